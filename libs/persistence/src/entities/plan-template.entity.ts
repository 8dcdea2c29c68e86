import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum PlanTemplateStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

/** An organization's own plan: an editable draft plus its published, immutable versions. */
@Entity({ name: 'plan_templates' })
export class PlanTemplateEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  @Column('jsonb')
  draft: unknown;

  @Column('text')
  status: PlanTemplateStatus;

  @Column('uuid', { name: 'forked_from_builtin_version_id', nullable: true })
  forkedFromBuiltinVersionId: string | null;

  @Column('uuid', { name: 'forked_from_version_id', nullable: true })
  forkedFromVersionId: string | null;

  @Column('int', { name: 'latest_version' })
  latestVersion: number;

  @Column('uuid', { name: 'created_by_member_id' })
  createdByMemberId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
