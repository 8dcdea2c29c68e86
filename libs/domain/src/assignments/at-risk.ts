import { AssignmentStatus } from './assignment-status';

/** How close an interview may be while the plan is still under the minimum share done. */
export const AT_RISK_LEAD_HOURS = 72;
/** The share of items a plan needs done once the interview is that close. */
export const AT_RISK_MIN_DONE_SHARE = 0.5;
/** How long after the interview a missing follow-up becomes a risk. */
export const FOLLOW_UP_GRACE_HOURS = 24;

const HOUR_MS = 3600 * 1000;
const PREPARING = new Set<AssignmentStatus>([AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS]);

export interface AtRiskFacts {
  status: AssignmentStatus;
  startsAt: Date;
  done: number;
  total: number;
}

/** The instants that decide risk at `now`; the SQL condition uses the same ones. */
export function atRiskThresholds(now: Date): { now: Date; preparationDeadline: Date; followUpDeadline: Date } {
  return {
    now,
    preparationDeadline: new Date(now.getTime() + AT_RISK_LEAD_HOURS * HOUR_MS),
    followUpDeadline: new Date(now.getTime() - FOLLOW_UP_GRACE_HOURS * HOUR_MS),
  };
}

/**
 * Unprepared (interview within the lead time, under half done), not marked held (the interview has
 * passed and the plan is still being prepared: nobody recorded how it went), or no follow-up (still
 * INTERVIEWED after the grace period). Keep in sync with the SQL condition in the API's at-risk query.
 */
export function isAtRisk(facts: AtRiskFacts, now: Date): boolean {
  const { preparationDeadline, followUpDeadline } = atRiskThresholds(now);
  const startsAt = facts.startsAt.getTime();
  const unprepared =
    PREPARING.has(facts.status) &&
    startsAt >= now.getTime() &&
    startsAt <= preparationDeadline.getTime() &&
    facts.done < facts.total * AT_RISK_MIN_DONE_SHARE;
  const notMarkedHeld = PREPARING.has(facts.status) && startsAt < now.getTime();
  const noFollowUp = facts.status === AssignmentStatus.INTERVIEWED && startsAt < followUpDeadline.getTime();
  return unprepared || notMarkedHeld || noFollowUp;
}
