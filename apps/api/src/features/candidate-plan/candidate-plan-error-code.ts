export enum CandidatePlanErrorCode {
  /** Wrong, expired, revoked or rotated-away link: all the same to the caller. */
  LinkNotFound = 'PLAN_LINK_NOT_FOUND',
  ItemNotFound = 'PLAN_ITEM_NOT_FOUND',
  NotAQuestionToAsk = 'NOT_A_QUESTION_TO_ASK',
  PlanClosed = 'PLAN_CLOSED',
  StatusConflict = 'PLAN_STATUS_CONFLICT',
}
