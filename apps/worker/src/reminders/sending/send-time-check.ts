import { AssignmentStatus } from '@prep/domain';
import type { ReminderRecipient } from '@prep/domain';

export type SendTimeDecision =
  { send: true } | { send: false; status: 'CANCELLED' | 'SKIPPED'; reason: SendTimeReason };

export type SendTimeReason =
  'assignment-cancelled' | 'rescheduled' | 'assignment closed' | 'unsubscribed' | 'already done' | 'candidate started';

/** What the send-time checks read, as it is now (not as it was when the reminder was planned). */
export interface SendTimeFacts {
  reminder: {
    recipient: ReminderRecipient;
    planVersion: number;
    itemKeys: readonly string[];
    condition: string | null;
  };
  assignment: { status: AssignmentStatus; scheduleVersion: number; followUpSent: boolean };
  candidateUnsubscribed: boolean;
  doneItemKeys: ReadonlySet<string>;
  /** Any item done, noted or chosen. */
  candidateStarted: boolean;
}

const SEND: SendTimeDecision = { send: true };

/** Whether a due reminder still goes out, and if not, the row state and reason that say why. */
export function decideAtSendTime(facts: SendTimeFacts): SendTimeDecision {
  const { reminder, assignment } = facts;
  if (assignment.status === AssignmentStatus.CANCELLED) return cancelled('assignment-cancelled');
  if (reminder.planVersion !== assignment.scheduleVersion) return cancelled('rescheduled');
  if (assignment.status === AssignmentStatus.CLOSED) return skipped('assignment closed');
  // Unsubscribing stops the candidate's mail only; the coach still hears about their candidate.
  if (reminder.recipient === 'candidate' && facts.candidateUnsubscribed) return skipped('unsubscribed');
  if (reminder.itemKeys.length > 0 && reminder.itemKeys.every((key) => facts.doneItemKeys.has(key)))
    return skipped('already done');
  if (reminder.condition === 'follow-up-not-sent' && assignment.followUpSent) return skipped('already done');
  if (reminder.condition === 'not-started' && facts.candidateStarted) return skipped('candidate started');
  return SEND;
}

function cancelled(reason: SendTimeReason): SendTimeDecision {
  return { send: false, status: 'CANCELLED', reason };
}

function skipped(reason: SendTimeReason): SendTimeDecision {
  return { send: false, status: 'SKIPPED', reason };
}
