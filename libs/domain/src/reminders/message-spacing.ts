import { MIN_MESSAGE_SPACING_MINUTES } from './reminder-planner';
import { reminderExpiresAt } from './retry-policy';

// At send time, automatic messages to one recipient stay MIN_MESSAGE_SPACING_MINUTES apart: a
// reminder that comes too soon after a message sent to that recipient waits, or, when waiting
// would take it past the point where it still makes sense, does not go at all.

export const MESSAGE_SPACING_MS = MIN_MESSAGE_SPACING_MINUTES * 60_000;

/**
 * The change reason of a coach's "send it now". The claim (SQL) reads it to let that send go at
 * once; `reminder_claim_for_send` holds the same text, and a test keeps the two equal.
 */
export const SEND_NOW_CHANGE_REASON = 'sent now by a coach';

export interface TooSoonReminder {
  /** When the reminder was due. */
  dueAt: Date;
  /** When the interview starts. */
  interviewAt: Date;
  /** The last message to the same recipient went (or began going) at this instant. */
  lastSentAt: Date;
}

export type SpacingDecision = { action: 'retime'; at: Date } | { action: 'skip'; reason: 'too-close' };

/**
 * Re-timed to one spacing (30 minutes unless configured otherwise) after the last message; skipped as `too-close` when that is past the
 * reminder's expiry (see reminderExpiresAt: a reminder for before the interview never goes once it
 * has started).
 */
export function decideSpacing(
  { dueAt, interviewAt, lastSentAt }: TooSoonReminder,
  spacingMs: number = MESSAGE_SPACING_MS,
): SpacingDecision {
  const at = new Date(lastSentAt.getTime() + spacingMs);
  if (at.getTime() >= reminderExpiresAt(dueAt, interviewAt).getTime()) return { action: 'skip', reason: 'too-close' };
  return { action: 'retime', at };
}
