import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One "forgot password" request of a member. The worker mints the secret it emails and stores
 * only its SHA-256 here; the token works once, until `expiresAt`.
 */
@Entity({ name: 'password_reset_tokens' })
export class PasswordResetTokenEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'member_id' })
  memberId: string;

  @Column('text', { name: 'token_hash', nullable: true })
  tokenHash: string | null;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
