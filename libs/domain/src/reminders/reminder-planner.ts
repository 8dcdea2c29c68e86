import { assertTimeZone, parseInstant, parseLocalDate } from './planning-input';
import { nextAllowedInstant, parseQuietHours, previousAllowedInstant, QuietHours, QuietWindow } from './quiet-hours';
import { ReminderPlanningError, ReminderPlanningErrorCode } from './reminder-planning-error';
import {
  assertValidSchedule,
  CATCH_UP_KIND,
  INTERVIEW_MOVED_KIND,
  PlannedReminderKind,
  ReminderCondition,
  reminderPhase,
  ReminderRecipient,
  ReminderSchedule,
  ReminderScheduleEntry,
} from './reminder-schedule';
import { ReminderStatus } from './reminder-status';
import { firstInstantAtOrAfterWallTime } from './wall-clock';

// Time model. Offsets are elapsed time: "T-24h" is 24 real hours before the interview
// instant, so across a DST change it lands an hour off the interview's local clock time
// (not "same time yesterday"). Only quiet hours
// and the decision date are wall-clock ideas, and both are read in the candidate's zone on
// the date in question.

const HOUR_MS = 3_600_000;

/** The check-in goes out at this local time on the expected decision date. */
export const DECISION_CHECK_IN_MINUTE_OF_DAY = 10 * 60;
/** With no expected decision date and no fallback in the schedule, the check-in goes this long after the interview. */
export const DECISION_FALLBACK_HOURS = 7 * 24;
/** Automatic messages to one recipient are at least this far apart; closer ones merge into the earlier. */
export const MIN_MESSAGE_SPACING_MINUTES = 30;

export interface ReminderPlanInput {
  /** The plan's own schedule; the default policy is the built-in plan's, in content/plans. */
  readonly schedule: ReminderSchedule;
  readonly interviewAt: Date | string;
  /** The candidate's IANA zone; quiet hours and the decision date are read in it. */
  readonly timeZone: string;
  readonly quietHours?: QuietHours | null;
  /** 'YYYY-MM-DD' in the candidate's zone. */
  readonly expectedDecisionDate?: string | null;
  /** The planning instant; the assignment email goes out now. */
  readonly now: Date | string;
  /** Schedule kinds not to plan (a reschedule does not send the assignment email again). */
  readonly omitKinds?: readonly string[];
  /**
   * Merge reminders to one recipient closer than this (default MIN_MESSAGE_SPACING_MINUTES); 0 plans
   * each on its own time, for callers that move existing rows one by one.
   */
  readonly mergeWithinMinutes?: number;
  /**
   * A reschedule: plan the candidate's "interview moved" message now, first of all, so that what
   * is due with it (a catch-up, a reminder right ahead) rides in it instead of following it.
   */
  readonly announceMove?: boolean;
}

/** The planner only schedules or skips; every later state is the row's. */
export type PlannedReminderStatus = ReminderStatus.SCHEDULED | ReminderStatus.SKIPPED;

export type ReminderSkipReason =
  /**
   * A pre-interview reminder whose time (or its last moment outside quiet hours) was
   * already past when the plan was made; its items go into the catch-up.
   */
  | 'missed-late-booking'
  /** A post-interview reminder whose time was already past when the plan was made. */
  | 'past-at-planning'
  /** The expected decision date puts the check-in before the interview. */
  | 'decision-before-interview'
  /** Due within the spacing of an earlier message to the same recipient, which carries its items. */
  | 'merged';

export interface PlannedReminder {
  readonly kind: PlannedReminderKind;
  readonly recipient: ReminderRecipient;
  /** When to send it; for a skipped reminder, when it would have been due. */
  readonly dueAt: Date;
  readonly itemKeys: string[];
  readonly status: PlannedReminderStatus;
  readonly reason?: ReminderSkipReason;
  readonly condition?: ReminderCondition;
  /** For a merged reminder: the kind of the one (to the same recipient) that carries its items. */
  readonly mergedInto?: PlannedReminderKind;
}

interface PlanningContext {
  readonly nowMs: number;
  readonly interviewMs: number;
  readonly zone: string;
  readonly quiet?: QuietWindow;
  /** 10:00 local on the expected decision date, when there is one. */
  readonly decisionMs?: number;
}

/**
 * Plans every reminder of a schedule for one interview. Pure: the same input always gives
 * the same list, sorted by due time then kind.
 */
export function planReminders(input: ReminderPlanInput): PlannedReminder[] {
  const context = planningContext(input);
  assertValidSchedule(input.schedule);
  const planned = input.schedule
    .filter((entry) => !input.omitKinds?.includes(entry.kind))
    .map((entry) => planEntry(entry, context));
  const catchUp = catchUpFor(planned, context.nowMs);
  const lead = input.announceMove ? moveNotice(context.nowMs) : undefined;
  const sorted = sortReminders([...planned, ...(catchUp ? [catchUp] : []), ...(lead ? [lead] : [])]);
  return mergeClose(sorted, (input.mergeWithinMinutes ?? MIN_MESSAGE_SPACING_MINUTES) * 60_000, lead);
}

function moveNotice(nowMs: number): PlannedReminder {
  return {
    kind: INTERVIEW_MOVED_KIND,
    recipient: 'candidate',
    dueAt: new Date(nowMs),
    itemKeys: [],
    status: ReminderStatus.SCHEDULED,
  };
}

/**
 * One message where one will do: walking each recipient's scheduled reminders in due order, one due
 * less than `spacingMs` after the last message kept merges into it (its items ride along; it is
 * recorded SKIPPED as `merged`). A late booking's catch-up, due with the assignment email, thus
 * becomes part of it. The carrier keeps a send-time condition only when what it absorbed had the
 * same one, so a merge never drops items behind a check they were not subject to.
 */
function mergeClose(sorted: readonly PlannedReminder[], spacingMs: number, lead?: PlannedReminder): PlannedReminder[] {
  const merged = [...sorted];
  const carrierOf = new Map<ReminderRecipient, number>();
  // The lead message is the first its recipient gets, whatever sorts before it at the same instant.
  const leadIndex = lead ? merged.indexOf(lead) : -1;
  if (lead) carrierOf.set(lead.recipient, leadIndex);
  merged.forEach((reminder, index) => {
    if (reminder.status !== ReminderStatus.SCHEDULED || index === leadIndex) return;
    const carrierIndex = carrierOf.get(reminder.recipient);
    const carrier = carrierIndex === undefined ? undefined : merged[carrierIndex];
    if (carrier && carrierIndex !== undefined && reminder.dueAt.getTime() - carrier.dueAt.getTime() < spacingMs) {
      merged[carrierIndex] = absorb(carrier, reminder);
      merged[index] = { ...reminder, status: ReminderStatus.SKIPPED, reason: 'merged', mergedInto: carrier.kind };
    } else {
      carrierOf.set(reminder.recipient, index);
    }
  });
  return merged;
}

function absorb(carrier: PlannedReminder, absorbed: PlannedReminder): PlannedReminder {
  const { condition, ...rest } = carrier;
  const itemKeys = [...new Set([...carrier.itemKeys, ...absorbed.itemKeys])];
  return condition && condition === absorbed.condition ? { ...rest, itemKeys, condition } : { ...rest, itemKeys };
}

function planningContext(input: ReminderPlanInput): PlanningContext {
  const zone = assertTimeZone(input.timeZone);
  const nowMs = parseInstant(input.now, 'now');
  const interviewMs = parseInstant(input.interviewAt, 'interviewAt');
  if (interviewMs <= nowMs) {
    throw new ReminderPlanningError(ReminderPlanningErrorCode.InterviewNotInFuture, 'the interview must be after now');
  }
  const quiet = input.quietHours ? parseQuietHours(input.quietHours) : undefined;
  const decisionMs = input.expectedDecisionDate
    ? firstInstantAtOrAfterWallTime(
        parseLocalDate(input.expectedDecisionDate, 'expectedDecisionDate'),
        DECISION_CHECK_IN_MINUTE_OF_DAY,
        zone,
      )
    : undefined;
  return { nowMs, interviewMs, zone, quiet, decisionMs };
}

/** Anchor plus offset, before quiet hours are considered. */
function nominalInstant(entry: ReminderScheduleEntry, context: PlanningContext): number {
  switch (entry.anchor) {
    case 'assigned':
      return context.nowMs + entry.offsetHours * HOUR_MS;
    case 'interview':
      return context.interviewMs + entry.offsetHours * HOUR_MS;
    case 'decision':
      return context.decisionMs !== undefined
        ? context.decisionMs + entry.offsetHours * HOUR_MS
        : context.interviewMs + (entry.fallback?.offsetHours ?? DECISION_FALLBACK_HOURS) * HOUR_MS;
  }
}

function planEntry(entry: ReminderScheduleEntry, context: PlanningContext): PlannedReminder {
  const nominalMs = nominalInstant(entry, context);
  if (entry.anchor === 'assigned') return planAtAssignment(entry, nominalMs, context);
  return reminderPhase(entry) === 'before'
    ? planBeforeInterview(entry, nominalMs, context)
    : planAfterInterview(entry, nominalMs, context);
}

/**
 * The assignment email answers the coach's action, so it goes now even in quiet hours.
 * A template may delay it; it carries the private link, so whenever the delayed time
 * cannot be kept before the interview it goes now rather than not at all.
 */
function planAtAssignment(entry: ReminderScheduleEntry, nominalMs: number, context: PlanningContext): PlannedReminder {
  if (nominalMs === context.nowMs) return scheduled(entry, nominalMs);
  const dueMs = nominalMs < context.interviewMs ? dueBeforeInterview(entry, nominalMs, context) : undefined;
  return scheduled(entry, dueMs ?? context.nowMs);
}

function planBeforeInterview(
  entry: ReminderScheduleEntry,
  nominalMs: number,
  context: PlanningContext,
): PlannedReminder {
  if (nominalMs < context.nowMs) return skipped(entry, nominalMs, 'missed-late-booking');
  const dueMs = dueBeforeInterview(entry, nominalMs, context);
  return dueMs === undefined ? skipped(entry, nominalMs, 'missed-late-booking') : scheduled(entry, dueMs);
}

/**
 * Quiet hours push a pre-interview reminder to their end, unless that is not before the
 * interview; then it goes at their start, the last allowed moment before. When that start
 * is already past, every moment from now to the interview is quiet (or taken by the
 * interview): the reminder could only have gone out before the plan was made, so it counts
 * as missed by a late booking and its items ride in the catch-up sent now.
 */
function dueBeforeInterview(
  entry: ReminderScheduleEntry,
  nominalMs: number,
  context: PlanningContext,
): number | undefined {
  if (!appliesQuietHours(entry, context)) return nominalMs;
  const later = nextAllowedInstant(nominalMs, context.zone, context.quiet);
  if (later < context.interviewMs) return later;
  const earlier = previousAllowedInstant(nominalMs, context.zone, context.quiet);
  return earlier >= context.nowMs ? earlier : undefined;
}

function planAfterInterview(
  entry: ReminderScheduleEntry,
  nominalMs: number,
  context: PlanningContext,
): PlannedReminder {
  if (nominalMs < context.nowMs) return skipped(entry, nominalMs, 'past-at-planning');
  if (nominalMs < context.interviewMs) return skipped(entry, nominalMs, 'decision-before-interview');
  const dueMs = appliesQuietHours(entry, context)
    ? nextAllowedInstant(nominalMs, context.zone, context.quiet)
    : nominalMs;
  return scheduled(entry, dueMs);
}

/** Quiet hours protect the candidate's nights; coach alerts are not bound to the candidate's zone. */
function appliesQuietHours(
  entry: ReminderScheduleEntry,
  context: PlanningContext,
): context is PlanningContext & { quiet: QuietWindow } {
  return entry.recipient === 'candidate' && context.quiet !== undefined;
}

/**
 * One reminder, sent now, carrying every item of the candidate reminders a late booking
 * missed (in the order they would have come); none when nothing was missed. Like the
 * assignment email it answers the coach's action, so it goes now even in quiet hours.
 */
function catchUpFor(planned: readonly PlannedReminder[], nowMs: number): PlannedReminder | undefined {
  const missed = sortReminders(
    planned.filter((r) => r.recipient === 'candidate' && r.reason === 'missed-late-booking'),
  );
  const itemKeys = [...new Set(missed.flatMap((r) => r.itemKeys))];
  if (itemKeys.length === 0) return undefined;
  return {
    kind: CATCH_UP_KIND,
    recipient: 'candidate',
    dueAt: new Date(nowMs),
    itemKeys,
    status: ReminderStatus.SCHEDULED,
  };
}

function scheduled(entry: ReminderScheduleEntry, dueMs: number): PlannedReminder {
  return withCondition(entry, {
    kind: entry.kind,
    recipient: entry.recipient,
    dueAt: new Date(dueMs),
    itemKeys: [...entry.itemKeys],
    status: ReminderStatus.SCHEDULED,
  });
}

function skipped(entry: ReminderScheduleEntry, dueMs: number, reason: ReminderSkipReason): PlannedReminder {
  return withCondition(entry, {
    kind: entry.kind,
    recipient: entry.recipient,
    dueAt: new Date(dueMs),
    itemKeys: [...entry.itemKeys],
    status: ReminderStatus.SKIPPED,
    reason,
  });
}

function withCondition(entry: ReminderScheduleEntry, reminder: PlannedReminder): PlannedReminder {
  return entry.condition ? { ...reminder, condition: entry.condition } : reminder;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortReminders(reminders: readonly PlannedReminder[]): PlannedReminder[] {
  return [...reminders].sort(
    (a, b) =>
      a.dueAt.getTime() - b.dueAt.getTime() || compareText(a.kind, b.kind) || compareText(a.recipient, b.recipient),
  );
}
