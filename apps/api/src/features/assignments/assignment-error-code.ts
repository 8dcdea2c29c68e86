export enum AssignmentErrorCode {
  NotFound = 'ASSIGNMENT_NOT_FOUND',
  InterviewInPast = 'INTERVIEW_IN_PAST',
  InvalidPlanChange = 'INVALID_PLAN_CHANGE',
  StatusConflict = 'ASSIGNMENT_STATUS_CONFLICT',
  NotANextRound = 'NOT_A_NEXT_ROUND',
  NextRoundExists = 'NEXT_ROUND_EXISTS',
}
