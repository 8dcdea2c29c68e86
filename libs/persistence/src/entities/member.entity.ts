import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberRole } from '@prep/domain';
import { UserEntity } from './user.entity';

export enum MemberStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  /** Kept, never deleted, so history still names them; they cannot sign in. */
  REMOVED = 'REMOVED',
}

@Entity({ name: 'members' })
export class MemberEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => UserEntity, { eager: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('text')
  role: MemberRole;

  @Column('text')
  status: MemberStatus;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt: Date | null;

  /** Raised by every resend or revocation: an email job of an older version sends nothing. */
  @Column('int', { name: 'invitation_version', default: 1 })
  invitationVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
