import { AssignmentStatus } from '@prep/domain';
import type { ReminderRecipient } from '@prep/domain';

// What a claim hands the send pipeline: the reminder row it holds, everything the send is
// checked against and rendered from (read by the same statement), and what is stored once sent.

/** A reminder row this worker holds the lease on, at the version its claim gave it. */
export interface ClaimedReminder {
  organizationId: string;
  id: string;
  assignmentId: string;
  planVersion: number;
  kind: string;
  recipient: ReminderRecipient;
  itemKeys: string[];
  condition: string | null;
  dueAt: Date;
  /** Including this one. */
  attempts: number;
  version: number;
}

/** The private link minted with the claim for a candidate email: its row id, and the token only this attempt knows. */
export interface EmailLink {
  id: string;
  token: string;
}

/** The parts of an assignment's plan an email lists (the stored plan outline). */
export interface PlanOutline {
  sections: ReadonlyArray<{ key: string; title: string; items: ReadonlyArray<{ key: string; title: string }> }>;
}

/** The interview as the email and its calendar event describe it. */
export interface InterviewFacts {
  id: string;
  company: string;
  role: string;
  startsAt: Date;
  timeZone: string;
  format: string;
  location: string | null;
  interviewers: string[];
  scheduleVersion: number;
}

/** Everything a due reminder is checked against and rendered from, read by the statement that claimed it. */
export interface ReminderContext {
  organization: { name: string; emailSenderName: string | null };
  assignment: InterviewFacts & { status: AssignmentStatus; followUpSent: boolean; plan: PlanOutline };
  candidate: { id: string; name: string; email: string; timeZone: string; unsubscribed: boolean };
  coach: { name: string; email: string };
  doneItemKeys: Set<string>;
  /** Past ASSIGNED, or any item done, noted or chosen. */
  candidateStarted: boolean;
  /** The coach's comments on the items a candidate reminder covers, oldest first. */
  coachComments: readonly CoachComment[];
  /** False once the coach revoked the links (until a new one is issued); no link was minted then. */
  hasLiveLink: boolean;
}

export interface CoachComment {
  itemKey: string;
  body: string;
}

/** A claimed reminder with what the claim read for it. `context` is an Error when a row it needs is gone. */
export interface ClaimForSend {
  reminder: ClaimedReminder;
  context: ReminderContext | Error;
  emailLink: EmailLink | null;
}

/**
 * A due reminder handed back unclaimed because it came too soon after a message to the same
 * recipient (at the version it has), with when that message went and when its interview starts.
 */
export interface TooSoonForRecipient {
  reminder: ClaimedReminder;
  lastSentAt: Date;
  interviewAt: Date;
}

/** The stored copy of a message: as sent, with the private link and unsubscribe tokens blanked out. */
export interface DeliveryRecord {
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  headers: Record<string, unknown>;
}

/** One row of reminder_claim_for_send(): the claimed reminder and what it is checked against and rendered from. */
export interface ClaimFunctionRow {
  organization_id: string;
  id: string;
  assignment_id: string;
  plan_version: number;
  kind: string;
  recipient: ReminderRecipient;
  item_keys: string[];
  condition: string | null;
  due_at: Date;
  attempts: number;
  version: number;
  organization_name: string | null;
  email_sender_name: string | null;
  assignment_status: AssignmentStatus | null;
  schedule_version: number | null;
  follow_up_sent: boolean | null;
  company: string | null;
  role: string | null;
  starts_at: Date | null;
  interview_time_zone: string | null;
  format: string | null;
  location: string | null;
  interviewers: string[] | null;
  plan_outline: PlanOutline | null;
  candidate_id: string | null;
  candidate_name: string | null;
  candidate_email: string | null;
  candidate_time_zone: string | null;
  candidate_unsubscribed: boolean | null;
  coach_name: string | null;
  coach_email: string | null;
  done_item_keys: string[];
  candidate_started: boolean;
  has_live_link: boolean;
  /** Set when the reminder came too soon after this message to its recipient (sent, or being sent): it was not claimed. */
  recipient_last_sent_at: Date | null;
  /** Another claim for the same recipient held the lock: nothing was claimed, claim again. */
  recipient_busy: boolean;
}

/** What the batched claim statement returns: the function's row and the coach's comments beside it. */
export interface ClaimRow extends ClaimFunctionRow {
  /** Null for a coach alert or a reminder without items. */
  coach_comments: CoachComment[] | null;
}

/** The function's result columns with their Postgres types; a test compares them with the catalog. */
export const CLAIM_ROW_COLUMNS = {
  organization_id: 'uuid',
  id: 'uuid',
  assignment_id: 'uuid',
  plan_version: 'integer',
  kind: 'text',
  recipient: 'text',
  item_keys: 'text[]',
  condition: 'text',
  due_at: 'timestamp with time zone',
  attempts: 'integer',
  version: 'integer',
  organization_name: 'text',
  email_sender_name: 'text',
  assignment_status: 'text',
  schedule_version: 'integer',
  follow_up_sent: 'boolean',
  company: 'text',
  role: 'text',
  starts_at: 'timestamp with time zone',
  interview_time_zone: 'text',
  format: 'text',
  location: 'text',
  interviewers: 'text[]',
  plan_outline: 'jsonb',
  candidate_id: 'uuid',
  candidate_name: 'text',
  candidate_email: 'text',
  candidate_time_zone: 'text',
  candidate_unsubscribed: 'boolean',
  coach_name: 'text',
  coach_email: 'text',
  done_item_keys: 'text[]',
  candidate_started: 'boolean',
  has_live_link: 'boolean',
  recipient_last_sent_at: 'timestamp with time zone',
  recipient_busy: 'boolean',
} satisfies Record<keyof ClaimFunctionRow, string>;

export function claimedReminderOf(row: ClaimRow): ClaimedReminder {
  return {
    organizationId: row.organization_id,
    id: row.id,
    assignmentId: row.assignment_id,
    planVersion: row.plan_version,
    kind: row.kind,
    recipient: row.recipient,
    itemKeys: row.item_keys,
    condition: row.condition,
    dueAt: row.due_at,
    attempts: row.attempts,
    version: row.version,
  };
}

/** The claim reads with outer joins, so a row that is gone shows up here as an Error that fails the attempt. */
export function reminderContextOf(row: ClaimRow): ReminderContext | Error {
  try {
    return {
      organization: { name: present(row.organization_name, 'organization'), emailSenderName: row.email_sender_name },
      assignment: {
        id: row.assignment_id,
        status: present(row.assignment_status, 'assignment'),
        scheduleVersion: present(row.schedule_version, 'assignment'),
        followUpSent: present(row.follow_up_sent, 'assignment'),
        company: present(row.company, 'assignment'),
        role: present(row.role, 'assignment'),
        startsAt: present(row.starts_at, 'assignment'),
        timeZone: present(row.interview_time_zone, 'assignment'),
        format: present(row.format, 'assignment'),
        location: row.location,
        interviewers: present(row.interviewers, 'assignment'),
        plan: present(row.plan_outline, 'assignment'),
      },
      candidate: {
        id: present(row.candidate_id, 'candidate'),
        name: present(row.candidate_name, 'candidate'),
        email: present(row.candidate_email, 'candidate'),
        timeZone: present(row.candidate_time_zone, 'candidate'),
        unsubscribed: present(row.candidate_unsubscribed, 'candidate'),
      },
      coach: { name: present(row.coach_name, 'coach user'), email: present(row.coach_email, 'coach user') },
      doneItemKeys: new Set(row.done_item_keys),
      candidateStarted: row.assignment_status !== AssignmentStatus.ASSIGNED || row.candidate_started,
      coachComments: row.coach_comments ?? [],
      hasLiveLink: row.has_live_link,
    };
  } catch (error) {
    return error as Error;
  }
}

function present<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`the reminder's ${what} record is missing`);
  return value;
}
