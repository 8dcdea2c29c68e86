import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum AuditActorType {
  MEMBER = 'MEMBER',
  CANDIDATE = 'CANDIDATE',
  SYSTEM = 'SYSTEM',
}

/** Append-only: the app role may insert and read these rows, never change or delete them. */
@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' })
  occurredAt: Date;

  @Column('text', { name: 'actor_type' })
  actorType: AuditActorType;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text')
  action: string;

  @Column('text', { name: 'subject_type' })
  subjectType: string;

  @Column('uuid', { name: 'subject_id' })
  subjectId: string;

  @Column('jsonb')
  details: object;
}
