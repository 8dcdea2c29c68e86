/** Why a plan could not be made; stable strings so callers can map them to API errors. */
export enum ReminderPlanningErrorCode {
  InvalidTimeZone = 'INVALID_TIME_ZONE',
  InvalidInstant = 'INVALID_INSTANT',
  InterviewNotInFuture = 'INTERVIEW_NOT_IN_FUTURE',
  InvalidQuietHours = 'INVALID_QUIET_HOURS',
  InvalidDecisionDate = 'INVALID_DECISION_DATE',
  InvalidSchedule = 'INVALID_SCHEDULE',
}

export class ReminderPlanningError extends Error {
  constructor(
    readonly code: ReminderPlanningErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReminderPlanningError';
  }
}
