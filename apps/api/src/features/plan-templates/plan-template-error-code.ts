export enum PlanTemplateErrorCode {
  NotFound = 'PLAN_TEMPLATE_NOT_FOUND',
  InvalidContent = 'PLAN_TEMPLATE_INVALID',
  BuiltInReadOnly = 'BUILT_IN_TEMPLATE_READ_ONLY',
  ArchivedReadOnly = 'PLAN_TEMPLATE_ARCHIVED',
  NothingToPublish = 'PLAN_TEMPLATE_UNCHANGED',
  /** Raised to modules that assign a plan: the template has no version to assign. */
  NotPublished = 'TEMPLATE_NOT_PUBLISHED',
  /** Raised to modules that assign a plan: archived templates are no longer assigned. */
  Archived = 'TEMPLATE_ARCHIVED',
}
