import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The tenant itself. Its RLS policy matches `id` against the transaction's organization. */
@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  @Column('text', { name: 'default_time_zone' })
  defaultTimeZone: string;

  @Column('text', { name: 'email_sender_name', nullable: true })
  emailSenderName: string | null;

  @Column('text', { name: 'email_reply_to', nullable: true })
  emailReplyTo: string | null;

  /** Local time (HH:MM, in each candidate's zone) when candidate email pauses, and resumes. */
  @Column('text', { name: 'quiet_hours_start' })
  quietHoursStart: string;

  @Column('text', { name: 'quiet_hours_end' })
  quietHoursEnd: string;

  /** Candidates are erased this many days after their last assignment ended; null keeps them. */
  @Column('int', { name: 'candidate_retention_days', nullable: true })
  candidateRetentionDays: number | null;

  /** Set when the OWNER deletes the organization: from then on it is refused, and a job removes its rows. */
  @Column('timestamptz', { name: 'deleting_at', nullable: true })
  deletingAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
