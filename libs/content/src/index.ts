export {
  EMAIL_TEMPLATE_KINDS,
  EXTRA_EMAIL_KINDS,
  ITEM_KIND_PHASE,
  MAX_OFFSET_HOURS,
  PLAN_ITEM_KINDS,
  PLAN_PHASES,
  QUESTION_CATEGORIES,
  REMINDER_ANCHORS,
  REMINDER_CONDITIONS,
  REMINDER_KINDS,
  REMINDER_KIND_RULES,
  REMINDER_RECIPIENTS,
} from './vocabulary';
export type {
  EmailTemplateKind,
  PlanItemKind,
  PlanPhase,
  QuestionCategory,
  ReminderAnchor,
  ReminderCondition,
  ReminderKind,
  ReminderKindRule,
  ReminderRecipient,
  ReminderTiming,
} from './vocabulary';

export { planItemSchema, planSectionSchema, planTemplateSchema } from './plan-schema';
export type { PlanItem, PlanSection, PlanSnapshot, PlanTemplate } from './plan-schema';
export { reminderRuleSchema } from './reminder-rule-schema';
export type { ReminderFallback, ReminderRule } from './reminder-rule-schema';

export { emailTemplateSchema } from './email-schema';
export type { EmailTemplate } from './email-schema';

export { isLinkPlaceholder, LIST_ITEM_FIELDS, TEMPLATE_PLACEHOLDERS } from './placeholders';
export type { ListItemField, PlaceholderSet } from './placeholders';

export { parseTemplate, TemplateSyntaxError } from './template-syntax';
export type { TemplateNode } from './template-syntax';

export { escapeHtml, renderEmail, TemplateRenderError, toSingleLine } from './render-email';
export type { RenderedEmail, TemplateListItem, TemplateVariables } from './render-email';

export { canonicalJson, contentHash } from './content-hash';

export { ContentValidationError } from './errors';
export type { ContentIssue } from './errors';

export { parseEmailTemplate, parsePlanTemplate } from './parse-content';

export { loadContent } from './load-content';
export type { Content, EmailTemplates } from './load-content';
