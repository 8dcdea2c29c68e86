import { ReminderPlanningError, ReminderPlanningErrorCode } from './reminder-planning-error';

/** Kinds a schedule may hold. The domain owns this vocabulary; plan content validates against it. */
export const REMINDER_KINDS = [
  'assignment',
  'research-company',
  'review-role',
  'practice',
  'final-check',
  'reflect',
  'follow-up-email',
  'follow-up-nudge',
  'decision-check-in',
  'coach-not-started',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Never in a schedule: the planner adds it when a late booking made reminders miss their time. */
export const CATCH_UP_KIND = 'catch-up';
/** Never in a schedule: a reschedule tells the candidate at once, and what is due now rides along. */
export const INTERVIEW_MOVED_KIND = 'interview-moved';
export type PlannedReminderKind = ReminderKind | typeof CATCH_UP_KIND | typeof INTERVIEW_MOVED_KIND;

export const REMINDER_RECIPIENTS = ['candidate', 'coach'] as const;
export type ReminderRecipient = (typeof REMINDER_RECIPIENTS)[number];

/**
 * What an offset counts from: the moment the plan is assigned, the interview instant, or
 * 10:00 local on the expected decision date (the interview + 7 days when there is none).
 */
export const REMINDER_ANCHORS = ['assigned', 'interview', 'decision'] as const;
export type ReminderAnchor = (typeof REMINDER_ANCHORS)[number];

/** Checked again when the reminder is due, not at planning: the planner only carries it. */
export const REMINDER_CONDITIONS = ['follow-up-not-sent', 'not-started'] as const;
export type ReminderCondition = (typeof REMINDER_CONDITIONS)[number];

/** `before` reminders are due before the interview, so they must never slip past it. */
export type ReminderPhase = 'before' | 'after';

/** Where a decision-anchored reminder goes when no decision date was recorded. */
export interface ReminderFallback {
  readonly anchor: 'interview';
  readonly offsetHours: number;
}

export interface ReminderScheduleEntry {
  readonly kind: ReminderKind;
  readonly recipient: ReminderRecipient;
  readonly anchor: ReminderAnchor;
  /** Elapsed hours from the anchor (negative = before it); an absolute duration, not wall-clock hours. */
  readonly offsetHours: number;
  readonly condition?: ReminderCondition;
  /** Only for the `decision` anchor; without one the planner uses the interview + 168 hours. */
  readonly fallback?: ReminderFallback;
  readonly itemKeys: readonly string[];
}

export type ReminderSchedule = readonly ReminderScheduleEntry[];

/** The assignment happens before the interview; decision check-ins come after it. */
export function reminderPhase(entry: Pick<ReminderScheduleEntry, 'anchor' | 'offsetHours'>): ReminderPhase {
  switch (entry.anchor) {
    case 'assigned':
      return 'before';
    case 'interview':
      return entry.offsetHours < 0 ? 'before' : 'after';
    case 'decision':
      return 'after';
  }
}

/** Rejects what the planner cannot honour; a template's schedule goes through this too. */
export function assertValidSchedule(schedule: ReminderSchedule): void {
  for (const entry of schedule) {
    const problem = scheduleEntryProblem(entry);
    if (problem) {
      throw new ReminderPlanningError(ReminderPlanningErrorCode.InvalidSchedule, `${entry.kind}: ${problem}`);
    }
  }
}

function scheduleEntryProblem(entry: ReminderScheduleEntry): string | undefined {
  if (!REMINDER_KINDS.includes(entry.kind)) return 'unknown kind';
  if (!Number.isFinite(entry.offsetHours)) return 'offsetHours must be a finite number';
  if (entry.anchor === 'assigned' && entry.offsetHours < 0) return 'nothing can be sent before the assignment';
  if (entry.fallback && (entry.anchor !== 'decision' || !Number.isFinite(entry.fallback.offsetHours))) {
    return 'only a decision reminder has a fallback, with finite offsetHours';
  }
  if (!Array.isArray(entry.itemKeys) || entry.itemKeys.some((key) => typeof key !== 'string')) {
    return 'itemKeys must be strings';
  }
  return undefined;
}
