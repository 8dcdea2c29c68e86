import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ReminderStatus } from '@prep/domain';
import type { ReminderRecipient } from '@prep/domain';

/** One planned message. Every decision about it is a change of this row, never a silent drop. */
@Entity({ name: 'reminders' })
export class ReminderEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'assignment_id' })
  assignmentId: string;

  /** The assignment's schedule version this was planned for; a reschedule plans a new set. */
  @Column('int', { name: 'plan_version' })
  planVersion: number;

  @Column('text')
  kind: string;

  @Column('text')
  recipient: ReminderRecipient;

  @Column('timestamptz', { name: 'due_at' })
  dueAt: Date;

  @Column('text', { name: 'item_keys', array: true })
  itemKeys: string[];

  @Column('text', { nullable: true })
  condition: string | null;

  @Column('text')
  status: ReminderStatus;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('int')
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('text', { name: 'message_id', nullable: true })
  messageId: string | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;

  /** Raised by every claim and change; a timer for an older version finds nothing to do. */
  @Column('int')
  version: number;

  /** Set while a worker is sending it, so no timer hands it to a second worker meanwhile. */
  @Column('timestamptz', { name: 'claimed_until', nullable: true })
  claimedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
