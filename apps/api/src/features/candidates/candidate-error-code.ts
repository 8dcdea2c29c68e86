export enum CandidateErrorCode {
  NotFound = 'CANDIDATE_NOT_FOUND',
  CoachNotFound = 'COACH_NOT_FOUND',
  EmailInUse = 'CANDIDATE_EMAIL_IN_USE',
  Archived = 'CANDIDATE_ARCHIVED',
  Erased = 'CANDIDATE_ERASED',
}
