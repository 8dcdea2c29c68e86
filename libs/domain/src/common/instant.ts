import { DomainValidationError } from './domain-validation-error';

// A full ISO 8601 date-time with an explicit offset: without one the instant would depend on
// the server's zone.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function parseInstant(input: string, field: string): Date {
  const value = input.trim();
  const instant = new Date(value);
  if (!ISO_WITH_OFFSET.test(value) || Number.isNaN(instant.getTime())) {
    throw new DomainValidationError(
      field,
      'must be an ISO 8601 date-time with an offset, like 2026-05-04T14:30:00+02:00',
    );
  }
  return instant;
}

/** A calendar date, YYYY-MM-DD, that exists. */
export function parseLocalDate(input: string, field: string): string {
  const value = input.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new DomainValidationError(field, 'must be a date like 2026-05-04');
  }
  return value;
}
