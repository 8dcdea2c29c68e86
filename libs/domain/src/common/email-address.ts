import { DomainValidationError } from './domain-validation-error';

const MAX_EMAIL_LENGTH = 254;
// One plain address: local@domain, no display name, no list, no whitespace or control characters.
const PLAIN_ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Normalizes to lower case; refuses anything that is not exactly one plain address. */
export function parseEmailAddress(input: string, field = 'email'): string {
  const value = input.trim();
  if (value.length === 0 || value.length > MAX_EMAIL_LENGTH || !PLAIN_ADDRESS.test(value)) {
    throw new DomainValidationError(field, 'must be one plain email address, like name@example.com');
  }
  const [local] = value.split('@');
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    throw new DomainValidationError(field, 'must be one plain email address, like name@example.com');
  }
  return value.toLowerCase();
}
