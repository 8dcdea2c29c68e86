import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PlanTemplate } from '@prep/content';

@Entity({ name: 'plan_template_versions' })
export class PlanTemplateVersionEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'template_id' })
  templateId: string;

  @Column('int')
  version: number;

  @Column('text', { name: 'content_hash' })
  contentHash: string;

  @Column('jsonb')
  content: PlanTemplate;

  @Column('uuid', { name: 'published_by_member_id' })
  publishedByMemberId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
