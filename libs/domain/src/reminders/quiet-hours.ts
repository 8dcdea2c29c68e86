import { ReminderPlanningError, ReminderPlanningErrorCode } from './reminder-planning-error';
import { addDays, LocalDate, resolveWallTime, wallClockAt } from './wall-clock';

/** An organization's quiet hours in the candidate's local time, 'HH:mm' each; may wrap midnight. */
export interface QuietHours {
  readonly start: string;
  readonly end: string;
}

/**
 * Quiet hours as minutes of the local day. Quiet is strictly between `start` and `end`:
 * a message exactly at either boundary is allowed, so "move to the end" and "move to the
 * start" both land on an allowed moment.
 */
export interface QuietWindow {
  readonly startMinute: number;
  readonly endMinute: number;
}

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
// A boundary is on the same day or a neighbour; a few rounds settle even odd zones.
const MAX_ROUNDS = 4;

function parseWallTime(value: unknown, field: string): number {
  const match = typeof value === 'string' ? WALL_TIME.exec(value) : null;
  if (!match) {
    throw new ReminderPlanningError(ReminderPlanningErrorCode.InvalidQuietHours, `quiet hours ${field} must be HH:mm`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

export function parseQuietHours(quietHours: QuietHours): QuietWindow {
  if (typeof quietHours !== 'object' || quietHours === null) {
    throw new ReminderPlanningError(ReminderPlanningErrorCode.InvalidQuietHours, 'quiet hours need a start and an end');
  }
  const startMinute = parseWallTime(quietHours.start, 'start');
  const endMinute = parseWallTime(quietHours.end, 'end');
  // Equal ends could mean "never quiet" or "always quiet"; refuse to guess.
  if (startMinute === endMinute) {
    throw new ReminderPlanningError(
      ReminderPlanningErrorCode.InvalidQuietHours,
      'quiet hours start and end must differ',
    );
  }
  return { startMinute, endMinute };
}

function wrapsMidnight(window: QuietWindow): boolean {
  return window.startMinute > window.endMinute;
}

function isQuietMinute(minuteOfDay: number, window: QuietWindow): boolean {
  return wrapsMidnight(window)
    ? minuteOfDay > window.startMinute || minuteOfDay < window.endMinute
    : minuteOfDay > window.startMinute && minuteOfDay < window.endMinute;
}

/** Judged on the local wall clock at that instant, whatever the zone's offset is that day. */
export function isInQuietHours(instantMs: number, zone: string, window: QuietWindow): boolean {
  return isQuietMinute(wallClockAt(instantMs, zone).minuteOfDay, window);
}

/** When the wall clock next reads `end` after a quiet instant (or jumps past it in a gap). */
function quietEnd(instantMs: number, zone: string, window: QuietWindow): number {
  const { date, minuteOfDay } = wallClockAt(instantMs, zone);
  const endDay = wrapsMidnight(window) && minuteOfDay > window.startMinute ? addDays(date, 1) : date;
  return findBoundary(endDay, 1, (day) => {
    const { readings, gapEnd } = resolveWallTime(day, window.endMinute, zone);
    // In a fall-back overlap the first reading may lie behind us; then the second counts.
    return (gapEnd === undefined ? readings : [gapEnd]).find((instant) => instant > instantMs);
  });
}

/** When the wall clock last read `start` before a quiet instant: the last allowed moment. */
function quietStart(instantMs: number, zone: string, window: QuietWindow): number {
  const { date, minuteOfDay } = wallClockAt(instantMs, zone);
  const startDay = wrapsMidnight(window) && minuteOfDay < window.endMinute ? addDays(date, -1) : date;
  return findBoundary(startDay, -1, (day) => {
    const { readings, gapEnd } = resolveWallTime(day, window.startMinute, zone);
    // When a gap skipped `start`, quiet began as the gap ended: the minute before is allowed.
    return (gapEnd === undefined ? readings : [gapEnd - MINUTE_MS]).filter((instant) => instant < instantMs).pop();
  });
}

function findBoundary(firstDay: LocalDate, step: 1 | -1, boundaryOn: (day: LocalDate) => number | undefined): number {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const boundary = boundaryOn(addDays(firstDay, round * step));
    if (boundary !== undefined) return boundary;
  }
  throw new Error('quiet hours boundary not found');
}

/** `instantMs` when allowed; otherwise the end of quiet hours after it. */
export function nextAllowedInstant(instantMs: number, zone: string, window: QuietWindow): number {
  return settle(instantMs, zone, window, quietEnd);
}

/** `instantMs` when allowed; otherwise the start of quiet hours before it (the last allowed moment). */
export function previousAllowedInstant(instantMs: number, zone: string, window: QuietWindow): number {
  return settle(instantMs, zone, window, quietStart);
}

// A boundary lands on an allowed moment except where a DST change swallows a whole allowed
// window; stepping again from there reaches the next boundary.
function settle(
  instantMs: number,
  zone: string,
  window: QuietWindow,
  boundary: (instantMs: number, zone: string, window: QuietWindow) => number,
): number {
  let instant = instantMs;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!isInQuietHours(instant, zone, window)) return instant;
    instant = boundary(instant, zone, window);
  }
  throw new Error('no moment outside quiet hours found');
}
