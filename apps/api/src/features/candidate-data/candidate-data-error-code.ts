export enum CandidateDataErrorCode {
  AlreadyErased = 'CANDIDATE_ALREADY_ERASED',
}
