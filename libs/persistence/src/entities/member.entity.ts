import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberRole } from '@prep/domain';
import { UserEntity } from './user.entity';

export enum MemberStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
