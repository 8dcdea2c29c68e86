// Keys equal values: they are also the GraphQL enum names and the text stored in reminders.status.
export enum ReminderStatus {
  /** Planned; no timer is known to exist yet. */
  SCHEDULED = 'SCHEDULED',
  /** A timer exists (the scan gave it one, or a failed attempt waits for its retry). */
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  SKIPPED = 'SKIPPED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}

const { SCHEDULED, QUEUED, SENT, SKIPPED, CANCELLED, FAILED } = ReminderStatus;

/** Still to be sent: these are the rows a timer, a reschedule, a skip or a cancellation acts on. */
export const PENDING_REMINDER_STATUSES: readonly ReminderStatus[] = Object.freeze([SCHEDULED, QUEUED]);

const FROM_PENDING: readonly ReminderStatus[] = [SCHEDULED, QUEUED, SENT, SKIPPED, CANCELLED, FAILED];

/**
 * The moves a row makes. A pending row is moved (SCHEDULED again), marked QUEUED, retried
 * (QUEUED again) or ends; a FAILED one can only be sent again by hand; the others are history.
 */
const TRANSITIONS: Record<ReminderStatus, readonly ReminderStatus[]> = {
  [SCHEDULED]: FROM_PENDING,
  [QUEUED]: FROM_PENDING,
  [FAILED]: [SCHEDULED],
  [SENT]: [],
  [SKIPPED]: [],
  [CANCELLED]: [],
};

export function isPendingReminder(status: ReminderStatus): boolean {
  return PENDING_REMINDER_STATUSES.includes(status);
}

export function canTransitionReminder(from: ReminderStatus, to: ReminderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * Every change of a row after planning (a claim, an outcome, a move) raises its version by one:
 * a timer armed for an older version then finds nothing to do. Only marking a row QUEUED keeps
 * the version, because the timer it records was armed for exactly that version.
 */
export function nextReminderVersion(version: number): number {
  return version + 1;
}

/** The version a change started from, given the version it produced. */
export function reminderVersionBefore(version: number): number {
  return version - 1;
}

/** nextReminderVersion for statements that change rows in place. */
export const NEXT_REMINDER_VERSION_SQL = 'version + 1';

/** The pending statuses as an SQL list (`'SCHEDULED', 'QUEUED'`); the values are this module's own constants. */
export const PENDING_REMINDER_STATUSES_SQL = PENDING_REMINDER_STATUSES.map((status) => `'${status}'`).join(', ');
