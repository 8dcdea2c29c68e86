// What happens after an attempt to send a reminder failed. Real relays are away for minutes or
// hours (maintenance, greylisting, 421 throttling), so transient failures are retried with
// exponential backoff and jitter over hours; a permanent refusal ends the reminder at once; and
// no retry is made once the message would no longer make sense.

export interface RetryPolicy {
  /** The first retry waits about this long; each later one about twice the one before. */
  baseDelayMs: number;
  /** No wait is longer than this. */
  maxDelayMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
}

export interface FailedAttempt {
  /** Attempts made so far, this one included. */
  attempts: number;
  /** The server refused for good (5xx), or the message cannot be built. */
  permanent: boolean;
  now: Date;
  /** After this the message no longer makes sense (see reminderExpiresAt). */
  expiresAt: Date;
}

export type RetryDecision =
  { action: 'retry'; at: Date } | { action: 'fail'; reason: string } | { action: 'expire'; reason: 'expired' };

/** A reminder after the interview still makes sense for a day after it was due, not longer. */
export const AFTER_INTERVIEW_VALIDITY_MS = 24 * 60 * 60_000;

/**
 * Until when a reminder may still go out: one meant for before the interview never after the
 * interview starts; one after it, for a day past its due time.
 */
export function reminderExpiresAt(dueAt: Date, interviewAt: Date): Date {
  if (dueAt.getTime() < interviewAt.getTime()) return interviewAt;
  return new Date(dueAt.getTime() + AFTER_INTERVIEW_VALIDITY_MS);
}

/**
 * `random` in [0, 1) spreads retries ("equal jitter": half the wait fixed, half random), so
 * reminders that failed together do not all return to the relay in the same second.
 */
export function decideAfterFailure(
  policy: RetryPolicy,
  failure: FailedAttempt,
  random: () => number = Math.random,
): RetryDecision {
  if (failure.permanent) return { action: 'fail', reason: 'refused' };
  if (failure.attempts >= policy.maxAttempts)
    return { action: 'fail', reason: `gave up after ${failure.attempts} attempts` };
  const at = new Date(failure.now.getTime() + retryDelayMs(policy, failure.attempts, random));
  if (at.getTime() >= failure.expiresAt.getTime()) return { action: 'expire', reason: 'expired' };
  return { action: 'retry', at };
}

/** The wait after the n-th failed attempt: base · 2^(n-1), capped, the upper half of it random. */
export function retryDelayMs(policy: RetryPolicy, attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.baseDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** Whether a due reminder may still be sent now, or has expired while it waited. */
export function reminderExpired(now: Date, expiresAt: Date): boolean {
  return now.getTime() >= expiresAt.getTime();
}
