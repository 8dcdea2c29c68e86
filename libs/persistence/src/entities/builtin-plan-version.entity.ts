import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PlanTemplate } from '@prep/content';

/** One version of a built-in plan from content/; the same for every organization. */
@Entity({ name: 'builtin_plan_versions' })
export class BuiltinPlanVersionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'template_key' })
  templateKey: string;

  @Column('int')
  version: number;

  @Column('text', { name: 'content_hash' })
  contentHash: string;

  @Column('jsonb')
  content: PlanTemplate;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
