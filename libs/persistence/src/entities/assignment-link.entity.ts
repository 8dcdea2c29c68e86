import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export enum AssignmentLinkPurpose {
  /** Shown once to the coach, to pass on. */
  SHARED = 'SHARED',
  /** Minted for one email, so every message carries a working link without storing a secret. */
  EMAIL = 'EMAIL',
}

/** One private link to an assignment's plan; only the SHA-256 of its token is stored. */
@Entity({ name: 'assignment_links' })
export class AssignmentLinkEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'assignment_id' })
  assignmentId: string;

  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('text')
  purpose: AssignmentLinkPurpose;

  @Column('uuid', { name: 'reminder_id', nullable: true })
  reminderId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
