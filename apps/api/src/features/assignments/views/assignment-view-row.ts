import { PlanTemplate } from '@prep/content';
import { AssignmentStatus, computeProgress, InterviewOutcome, MemberRole } from '@prep/domain';
import type { ReminderStatus } from '@prep/domain';
import { InterviewFormat, MemberStatus } from '@prep/persistence';
import { CandidateType } from '../../candidates/dto/candidate.type';
import { ReminderType } from '../../reminders/dto/reminder.type';
import { AssignmentType } from '../dto/assignment.type';
import { describePlanItem } from '../plan-snapshot';

/**
 * A row of `assignmentViewsSql`, as node-postgres returns it. The optional groups are there when
 * the statement read that part (`AssignmentViewParts`); a row of an empty page has only the total.
 */
export type AssignmentViewRow = OwnColumns &
  Partial<CandidateColumns & CandidateTimelineColumns & CoachColumns & LinkColumns & TimelineColumns> & {
    total_count: string | null;
    next_reminder?: ReminderJson | null;
    audited_at?: Date | null;
    plan?: PlanTemplate;
    done_item_keys?: string[];
    reminders?: ReminderJson[];
  };

interface OwnColumns {
  id: string | null;
  candidate_id: string;
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
  cancel_reason: string | null;
  outcome: InterviewOutcome | null;
  outcome_note: string | null;
  previous_assignment_id: string | null;
  items_done: number;
  plan_item_total: number;
  updated_at: Date;
}

interface CandidateColumns {
  candidate_name: string;
  candidate_email: string;
  candidate_time_zone: string;
  candidate_unsubscribed: boolean;
  candidate_coach_id: string;
  candidate_coach_role: MemberRole;
  candidate_coach_status: MemberStatus;
  candidate_coach_name: string;
  candidate_coach_email: string;
}

interface CandidateTimelineColumns {
  candidate_archived_at: Date | null;
  candidate_erased_at: Date | null;
  candidate_created_at: Date;
  candidate_updated_at: Date;
}

interface CoachColumns {
  coach_id: string;
  coach_role: MemberRole;
  coach_status: MemberStatus;
  coach_name: string;
  coach_email: string;
}

interface LinkColumns {
  link_expires_at: Date;
  has_live_link: boolean;
}

interface TimelineColumns {
  interviewed_at: Date | null;
  follow_up_sent_at: Date | null;
  cancelled_at: Date | null;
  outcome_recorded_at: Date | null;
  created_at: Date;
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

/** A row as a view; the parts the statement did not read stay undefined (no query selected them). */
export function toAssignmentView(row: AssignmentViewRow): AssignmentType {
  return {
    id: row.id!,
    status: row.status,
    templateTitle: row.template_title,
    candidateId: row.candidate_id,
    candidate: readCandidate(row) ? toCandidate(row) : undefined,
    coach: readCoach(row) ? toCoach(row) : undefined,
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
    cancelReason: row.cancel_reason,
    outcome: row.outcome,
    outcomeNote: row.outcome_note,
    previousAssignmentId: row.previous_assignment_id,
    ...planAndProgress(row),
    ...(readTimeline(row) ? toTimeline(row) : {}),
    link: readLink(row) ? { expiresAt: row.link_expires_at, revoked: !row.has_live_link } : undefined,
    nextReminder: row.next_reminder === undefined ? undefined : row.next_reminder && toReminder(row.next_reminder),
    lastActivity: row.audited_at === undefined ? undefined : laterOf(row.audited_at, row.updated_at),
    reminders: row.reminders?.map(toReminder),
    updatedAt: row.updated_at,
  };
}

// Whether the statement read a part: its columns come together, so one of them tells.
const readCandidate = (row: AssignmentViewRow): row is AssignmentViewRow & CandidateColumns =>
  row.candidate_name !== undefined;
const readCoach = (row: AssignmentViewRow): row is AssignmentViewRow & CoachColumns => row.coach_id !== undefined;
const readLink = (row: AssignmentViewRow): row is AssignmentViewRow & LinkColumns => row.has_live_link !== undefined;
const readTimeline = (row: AssignmentViewRow): row is AssignmentViewRow & TimelineColumns =>
  row.created_at !== undefined;

function toCoach(row: CoachColumns) {
  return {
    id: row.coach_id,
    name: row.coach_name,
    email: row.coach_email,
    role: row.coach_role,
    status: row.coach_status,
  };
}

function toTimeline(row: TimelineColumns) {
  return {
    interviewedAt: row.interviewed_at,
    followUpSentAt: row.follow_up_sent_at,
    cancelledAt: row.cancelled_at,
    outcomeRecordedAt: row.outcome_recorded_at,
    createdAt: row.created_at,
  };
}

/** The latest audited change, or the last update when that is later (or nothing was audited). */
function laterOf(audited: Date | null, updated: Date): Date {
  return audited && audited > updated ? audited : updated;
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

function toCandidate(row: OwnColumns & CandidateColumns & Partial<CandidateTimelineColumns>): CandidateType {
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
    unsubscribed: row.candidate_unsubscribed,
    ...(row.candidate_created_at === undefined
      ? {}
      : {
          archivedAt: row.candidate_archived_at,
          erasedAt: row.candidate_erased_at,
          createdAt: row.candidate_created_at,
          updatedAt: row.candidate_updated_at,
        }),
  };
}

export function toReminder(json: ReminderJson): ReminderType {
  return { ...json, dueAt: new Date(json.dueAt), sentAt: json.sentAt === null ? null : new Date(json.sentAt) };
}
