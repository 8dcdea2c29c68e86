import { DomainValidationError } from './domain-validation-error';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export function checkPasswordPolicy(password: string, field = 'password'): string {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainValidationError(field, `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new DomainValidationError(field, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  return password;
}
