import { AssignmentStatus } from './assignment-status';

// Keys equal values: they are also the GraphQL enum names clients send.
export enum InterviewOutcome {
  NEXT_ROUND = 'NEXT_ROUND',
  OFFER = 'OFFER',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  NO_DECISION = 'NO_DECISION',
}

/** The reason pending reminders carry when an outcome made them pointless. */
export const OUTCOME_RECORDED_REASON = 'outcome-recorded';

/**
 * The after-interview nudges an outcome makes pointless. A final answer (offer, rejection,
 * withdrawal) ends the thank-you email, its nudge and the decision check-in; a next round is a
 * decision too, but a thank-you still helps before it; no decision yet keeps everything, since
 * the check-in is what asks for it. Reflection is worth doing whatever the result.
 */
const ENDED_KINDS: Record<InterviewOutcome, readonly string[]> = {
  [InterviewOutcome.OFFER]: ['follow-up-email', 'follow-up-nudge', 'decision-check-in'],
  [InterviewOutcome.REJECTED]: ['follow-up-email', 'follow-up-nudge', 'decision-check-in'],
  [InterviewOutcome.WITHDRAWN]: ['follow-up-email', 'follow-up-nudge', 'decision-check-in'],
  [InterviewOutcome.NEXT_ROUND]: ['decision-check-in'],
  [InterviewOutcome.NO_DECISION]: [],
};

export function remindersEndedByOutcome(outcome: InterviewOutcome): readonly string[] {
  return ENDED_KINDS[outcome];
}

/**
 * Where an outcome leaves the plan: an open plan whose interview has begun counts as
 * interviewed even if the candidate never said so; one already further along stays where it is
 * (a closed plan too: the answer often comes after the coach closed it). Null when an outcome
 * cannot be recorded: before the interview (cancelling is the way to end such a plan) or on a
 * cancelled plan.
 */
export function statusAfterOutcome(status: AssignmentStatus, startsAt: Date, now: Date): AssignmentStatus | null {
  if (
    status === AssignmentStatus.INTERVIEWED ||
    status === AssignmentStatus.FOLLOWED_UP ||
    status === AssignmentStatus.CLOSED
  )
    return status;
  const begun = startsAt.getTime() <= now.getTime();
  if (begun && (status === AssignmentStatus.ASSIGNED || status === AssignmentStatus.IN_PROGRESS))
    return AssignmentStatus.INTERVIEWED;
  return null;
}

/**
 * A coach may close a plan once its interview has begun, whether or not the candidate marked it
 * held; before that, cancelling is the way to stop a plan.
 */
export function mayClose(status: AssignmentStatus, startsAt: Date, now: Date): boolean {
  if (status === AssignmentStatus.INTERVIEWED || status === AssignmentStatus.FOLLOWED_UP) return true;
  return (
    (status === AssignmentStatus.ASSIGNED || status === AssignmentStatus.IN_PROGRESS) &&
    startsAt.getTime() <= now.getTime()
  );
}
