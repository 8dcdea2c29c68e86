import { isIanaTimeZone } from '../common/time-zone';
import { ReminderPlanningError, ReminderPlanningErrorCode } from './reminder-planning-error';
import { LocalDate } from './wall-clock';

// An ISO string without an offset would be read in the server's zone; refuse it so that
// the same input plans the same reminders on every machine.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseInstant(value: Date | string, field: string): number {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'string' && ISO_WITH_OFFSET.test(value)
        ? Date.parse(value)
        : NaN;
  if (!Number.isFinite(ms)) {
    throw new ReminderPlanningError(
      ReminderPlanningErrorCode.InvalidInstant,
      `${field} must be a Date or an ISO 8601 date-time with an offset`,
    );
  }
  return ms;
}

export function assertTimeZone(zone: string): string {
  if (typeof zone !== 'string' || !isIanaTimeZone(zone)) {
    throw new ReminderPlanningError(
      ReminderPlanningErrorCode.InvalidTimeZone,
      `unknown IANA time zone: ${String(zone)}`,
    );
  }
  return zone;
}

/** A 'YYYY-MM-DD' that names a real calendar day. */
export function parseLocalDate(value: string, field: string): LocalDate {
  const match = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  const date = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrips =
    date !== null && new Date(Date.UTC(date.year, date.month - 1, date.day)).toISOString().startsWith(value);
  if (!date || !roundTrips) {
    throw new ReminderPlanningError(
      ReminderPlanningErrorCode.InvalidDecisionDate,
      `${field} must be a YYYY-MM-DD date`,
    );
  }
  return date;
}
