import { DomainValidationError } from './domain-validation-error';

/** True for an IANA zone name the runtime knows (e.g. Europe/Berlin); offsets like +02:00 are not zones. */
export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function parseTimeZone(input: string, field = 'timeZone'): string {
  const value = input.trim();
  if (!isIanaTimeZone(value)) throw new DomainValidationError(field, 'must be an IANA time zone, like Europe/Berlin');
  return value;
}
