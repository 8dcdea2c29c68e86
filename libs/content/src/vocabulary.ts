import { REMINDER_KINDS, type ReminderKind, type ReminderRecipient } from '@prep/domain';

// The closed word lists shared by plan files, email templates and their consumers.
// Kept as `as const` tuples so zod enums and TypeScript unions come from one source.

export const PLAN_PHASES = ['before', 'after'] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

export const PLAN_ITEM_KINDS = [
  'task',
  'practice-question',
  'question-to-ask',
  'reflection',
  'follow-up-email',
] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

export const QUESTION_CATEGORIES = [
  'company',
  'position',
  'hiring-process',
  'compensation',
  'examples',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

// The reminder vocabulary belongs to the domain (the planner works with it); content re-uses it.
export { REMINDER_ANCHORS, REMINDER_CONDITIONS, REMINDER_KINDS, REMINDER_RECIPIENTS } from '@prep/domain';
export type { ReminderAnchor, ReminderCondition, ReminderKind, ReminderRecipient } from '@prep/domain';

/**
 * Email kinds that are not in a schedule: a late booking's single catch-up (on its own after a
 * reschedule, or inside the assignment email as `assignment-catch-up`), the candidate told at
 * once of a moved or cancelled interview, the coach's daily digest of at-risk assignments, team
 * invites and password resets.
 */
export const EXTRA_EMAIL_KINDS = [
  'catch-up',
  'assignment-catch-up',
  'interview-moved',
  'interview-cancelled',
  'coach-at-risk-digest',
  'member-invitation',
  'password-reset',
] as const;

export const EMAIL_TEMPLATE_KINDS = [...REMINDER_KINDS, ...EXTRA_EMAIL_KINDS] as const;
export type EmailTemplateKind = (typeof EMAIL_TEMPLATE_KINDS)[number];

/** When a reminder kind may fire relative to the interview; checked against its anchor. */
export type ReminderTiming = 'at-assignment' | 'before-interview' | 'after-interview';

export interface ReminderKindRule {
  readonly recipient: ReminderRecipient;
  readonly timing: ReminderTiming;
}

export const REMINDER_KIND_RULES: Readonly<Record<ReminderKind, ReminderKindRule>> = {
  assignment: { recipient: 'candidate', timing: 'at-assignment' },
  'research-company': { recipient: 'candidate', timing: 'before-interview' },
  'review-role': { recipient: 'candidate', timing: 'before-interview' },
  practice: { recipient: 'candidate', timing: 'before-interview' },
  'final-check': { recipient: 'candidate', timing: 'before-interview' },
  reflect: { recipient: 'candidate', timing: 'after-interview' },
  'follow-up-email': { recipient: 'candidate', timing: 'after-interview' },
  'follow-up-nudge': { recipient: 'candidate', timing: 'after-interview' },
  'decision-check-in': { recipient: 'candidate', timing: 'after-interview' },
  'coach-not-started': { recipient: 'coach', timing: 'before-interview' },
};

/** Item kinds bound to one phase; `task` may appear in either. */
export const ITEM_KIND_PHASE: Readonly<Partial<Record<PlanItemKind, PlanPhase>>> = {
  'practice-question': 'before',
  'question-to-ask': 'before',
  reflection: 'after',
  'follow-up-email': 'after',
};

/** Offsets are whole hours; a month either side of the anchor is plenty for any plan. */
export const MAX_OFFSET_HOURS = 720;
