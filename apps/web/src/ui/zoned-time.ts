import { DateTime } from 'luxon';

/** A wall-clock date and time in a zone, as the ISO 8601 instant with offset the API takes. */
export function zonedInstant(date: string, time: string, timeZone: string): string | null {
  const instant = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  return instant.isValid ? instant.toISO({ suppressMilliseconds: true }) : null;
}

/** The date and time fields for an instant as seen in a zone. */
export function wallClockIn(iso: string, timeZone: string): { date: string; time: string } {
  const local = DateTime.fromISO(iso, { zone: timeZone });
  return { date: local.toISODate() ?? '', time: local.toFormat('HH:mm') };
}
