import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PlanSnapshot } from '@prep/content';
import { AssignmentStatus, InterviewOutcome } from '@prep/domain';

export enum InterviewFormat {
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
  PHONE = 'PHONE',
}

/** A candidate's prep plan for one interview: a snapshot of a template version plus the interview. */
@Entity({ name: 'assignments' })
export class AssignmentEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId: string;

  @Column('uuid', { name: 'coach_member_id' })
  coachMemberId: string;

  @Column('text', { name: 'template_title' })
  templateTitle: string;

  @Column('uuid', { name: 'builtin_version_id', nullable: true })
  builtinVersionId: string | null;

  @Column('uuid', { name: 'template_version_id', nullable: true })
  templateVersionId: string | null;

  @Column('jsonb')
  plan: PlanSnapshot;

  @Column('text')
  company: string;

  @Column('text')
  role: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  @Column('text', { name: 'time_zone' })
  timeZone: string;

  @Column('text')
  format: InterviewFormat;

  @Column('text', { nullable: true })
  location: string | null;

  @Column('text', { array: true })
  interviewers: string[];

  @Column('text', { nullable: true })
  note: string | null;

  @Column('text')
  status: AssignmentStatus;

  @Column('int', { name: 'schedule_version' })
  scheduleVersion: number;

  @Column('date', { name: 'expected_decision_date', nullable: true })
  expectedDecisionDate: string | null;

  @Column('timestamptz', { name: 'interviewed_at', nullable: true })
  interviewedAt: Date | null;

  @Column('timestamptz', { name: 'follow_up_sent_at', nullable: true })
  followUpSentAt: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason: string | null;

  @Column('text', { nullable: true })
  outcome: InterviewOutcome | null;

  @Column('text', { name: 'outcome_note', nullable: true })
  outcomeNote: string | null;

  @Column('timestamptz', { name: 'outcome_recorded_at', nullable: true })
  outcomeRecordedAt: Date | null;

  @Column('uuid', { name: 'previous_assignment_id', nullable: true })
  previousAssignmentId: string | null;

  @Column('timestamptz', { name: 'link_expires_at' })
  linkExpiresAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
