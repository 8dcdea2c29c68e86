import { IANAZone } from 'luxon';

// Conversions between instants (epoch milliseconds) and the wall clock of an IANA zone.
// Only the zone's UTC offset at an instant comes from the tz database (via luxon); the rest
// is plain arithmetic so that gaps and overlaps are resolved by rules stated here, not by
// a library default.

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A calendar date with no zone attached (e.g. the decision date a candidate wrote down). */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface WallClock {
  readonly date: LocalDate;
  /** Minutes since local midnight, fractional when the instant has seconds. */
  readonly minuteOfDay: number;
}

function offsetMinutes(instantMs: number, zone: string): number {
  return IANAZone.create(zone).offset(instantMs);
}

function utcMidnight(date: LocalDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function localDateOfUtcMillis(ms: number): LocalDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return localDateOfUtcMillis(utcMidnight(date) + days * DAY_MS);
}

export function wallClockAt(instantMs: number, zone: string): WallClock {
  const wallMs = instantMs + offsetMinutes(instantMs, zone) * MINUTE_MS;
  const date = localDateOfUtcMillis(wallMs);
  return { date, minuteOfDay: (wallMs - utcMidnight(date)) / MINUTE_MS };
}

/**
 * Every instant whose wall clock reads `minuteOfDay` on `date`, earliest first: one
 * normally, none inside a spring-forward gap, two inside a fall-back overlap.
 */
export function instantsAtWallTime(date: LocalDate, minuteOfDay: number, zone: string): number[] {
  const wallMs = utcMidnight(date) + minuteOfDay * MINUTE_MS;
  // A zone's offset near this wall time is one of the offsets a day either side of it or
  // at it (offsets do not change twice within a day); keep the readings that round-trip.
  const candidateOffsets = new Set([
    offsetMinutes(wallMs - DAY_MS, zone),
    offsetMinutes(wallMs, zone),
    offsetMinutes(wallMs + DAY_MS, zone),
  ]);
  const instants = new Set<number>();
  for (const offset of candidateOffsets) {
    const instant = wallMs - offset * MINUTE_MS;
    if (offsetMinutes(instant, zone) === offset) instants.add(instant);
  }
  return [...instants].sort((a, b) => a - b);
}

/**
 * For a wall time skipped by a spring-forward gap: the instant the gap ends, i.e. the
 * first moment the clock reads past that time.
 */
function gapEnd(date: LocalDate, minuteOfDay: number, zone: string): number {
  const wallMs = utcMidnight(date) + minuteOfDay * MINUTE_MS;
  // Read with the later (larger) offset the wall time lands before the change, with the
  // earlier offset after it; bisect between the two for the change itself.
  let before = wallMs - offsetMinutes(wallMs + DAY_MS, zone) * MINUTE_MS;
  let after = wallMs - offsetMinutes(wallMs - DAY_MS, zone) * MINUTE_MS;
  const offsetBefore = offsetMinutes(before, zone);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (offsetMinutes(middle, zone) === offsetBefore) before = middle;
    else after = middle;
  }
  return after;
}

/**
 * Where a wall time happens: its readings (earliest first) and, when it was skipped, the
 * instant the gap ended instead.
 */
export function resolveWallTime(
  date: LocalDate,
  minuteOfDay: number,
  zone: string,
): { readonly readings: number[]; readonly gapEnd?: number } {
  const readings = instantsAtWallTime(date, minuteOfDay, zone);
  return readings.length > 0 ? { readings } : { readings, gapEnd: gapEnd(date, minuteOfDay, zone) };
}

/**
 * The first instant at which the wall clock on `date` reads `minuteOfDay` or later: the
 * earlier of two repeated readings, or the end of the gap when that time was skipped.
 */
export function firstInstantAtOrAfterWallTime(date: LocalDate, minuteOfDay: number, zone: string): number {
  const { readings, gapEnd } = resolveWallTime(date, minuteOfDay, zone);
  return readings.length > 0 ? readings[0] : (gapEnd as number);
}
