import { PlanTemplate } from '@prep/content';
import { AssignmentStatus, computeProgress, InterviewOutcome, MemberRole } from '@prep/domain';
import type { ReminderStatus } from '@prep/domain';
import { InterviewFormat, MemberStatus } from '@prep/persistence';
import { CandidateType } from '../../candidates/dto/candidate.type';
import { ReminderType } from '../../reminders/dto/reminder.type';
import { AssignmentType } from '../dto/assignment.type';
import { describePlanItem } from '../plan-snapshot';

/** A row of `assignmentViewsSql`, as node-postgres returns it. */
export interface AssignmentViewRow {
  total_count: string | null;
  id: string | null;
  status: AssignmentStatus;
  template_title: string;
  company: string;
  role: string;
  starts_at: Date;
  time_zone: string;
  format: InterviewFormat;
  location: string | null;
  interviewers: string[];
  note: string | null;
  expected_decision_date: string | null;
  interviewed_at: Date | null;
  follow_up_sent_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  outcome: InterviewOutcome | null;
  outcome_note: string | null;
  outcome_recorded_at: Date | null;
  previous_assignment_id: string | null;
  items_done: number;
  plan_item_total: number;
  /** Only when the view was asked with its plan. */
  plan?: PlanTemplate;
  done_item_keys?: string[];
  link_expires_at: Date;
  created_at: Date;
  updated_at: Date;
  candidate_id: string;
  candidate_name: string;
  candidate_email: string;
  candidate_time_zone: string;
  candidate_unsubscribed_at: Date | null;
  candidate_archived_at: Date | null;
  candidate_erased_at: Date | null;
  candidate_created_at: Date;
  candidate_updated_at: Date;
  candidate_coach_id: string;
  candidate_coach_role: MemberRole;
  candidate_coach_status: MemberStatus;
  candidate_coach_name: string;
  candidate_coach_email: string;
  coach_id: string;
  coach_role: MemberRole;
  coach_status: MemberStatus;
  coach_name: string;
  coach_email: string;
  has_live_link: boolean;
  next_reminder: ReminderJson | null;
  audited_at: Date | null;
  reminders?: ReminderJson[];
}

/** `REMINDER_JSON_SQL`: instants arrive as ISO strings. */
export interface ReminderJson {
  id: string;
  kind: string;
  recipient: string;
  dueAt: string;
  status: ReminderStatus;
  reason: string | null;
  attempts: number;
  sentAt: string | null;
  lastError: string | null;
  itemKeys: string[];
}

/** The candidate's work on an item is read only when a query asks for it (`AssignmentItemWorkResolver`). */
const NO_WORK_LOADED = { notes: null, chosen: false, doneAt: null, comments: [] };

export function toAssignmentView(row: AssignmentViewRow): AssignmentType {
  return {
    id: row.id!,
    status: row.status,
    templateTitle: row.template_title,
    candidate: toCandidate(row),
    coach: {
      id: row.coach_id,
      name: row.coach_name,
      email: row.coach_email,
      role: row.coach_role,
      status: row.coach_status,
    },
    interview: {
      company: row.company,
      role: row.role,
      startsAt: row.starts_at,
      timeZone: row.time_zone,
      format: row.format,
      location: row.location,
      interviewers: row.interviewers,
    },
    note: row.note,
    expectedDecisionDate: row.expected_decision_date,
    interviewedAt: row.interviewed_at,
    followUpSentAt: row.follow_up_sent_at,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    outcome: row.outcome,
    outcomeNote: row.outcome_note,
    outcomeRecordedAt: row.outcome_recorded_at,
    previousAssignmentId: row.previous_assignment_id,
    ...planAndProgress(row),
    link: { expiresAt: row.link_expires_at, revoked: !row.has_live_link },
    nextReminder: row.next_reminder ? toReminder(row.next_reminder) : null,
    lastActivity: row.audited_at && row.audited_at > row.updated_at ? row.audited_at : row.updated_at,
    reminders: row.reminders?.map(toReminder),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** From the plan document when it was read; otherwise the totals the row keeps (a list shows no sections). */
function planAndProgress(row: AssignmentViewRow): Pick<AssignmentType, 'progress' | 'plan'> {
  if (!row.plan) return { progress: { done: row.items_done, total: row.plan_item_total, sections: [] }, plan: [] };
  const done = new Set(row.done_item_keys);
  return {
    progress: computeProgress(row.plan, done),
    plan: row.plan.sections.map((section) => ({
      key: section.key,
      title: section.title,
      phase: section.phase,
      items: section.items.map((item) => ({
        ...describePlanItem(item),
        done: done.has(item.key),
        ...NO_WORK_LOADED,
      })),
    })),
  };
}

function toCandidate(row: AssignmentViewRow): CandidateType {
  return {
    id: row.candidate_id,
    name: row.candidate_name,
    email: row.candidate_email,
    timeZone: row.candidate_time_zone,
    coach: {
      id: row.candidate_coach_id,
      name: row.candidate_coach_name,
      email: row.candidate_coach_email,
      role: row.candidate_coach_role,
      status: row.candidate_coach_status,
    },
    unsubscribed: row.candidate_unsubscribed_at !== null,
    archivedAt: row.candidate_archived_at,
    erasedAt: row.candidate_erased_at,
    createdAt: row.candidate_created_at,
    updatedAt: row.candidate_updated_at,
  };
}

export function toReminder(json: ReminderJson): ReminderType {
  return { ...json, dueAt: new Date(json.dueAt), sentAt: json.sentAt === null ? null : new Date(json.sentAt) };
}
