import { DomainValidationError } from './domain-validation-error';

export const MAX_NAME_LENGTH = 120;

/** Trims, folds inner whitespace, and bounds a person's or organization's name. */
export function parseDisplayName(input: string, field = 'name', maxLength = MAX_NAME_LENGTH): string {
  // Control characters (line breaks included; tabs fold like spaces) have no place in a name and
  // would break headers and logs: refused before folding, so a line break is not quietly a space.
  if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(input))
    throw new DomainValidationError(field, 'must not contain control characters');
  const value = input.replace(/\s+/g, ' ').trim();
  if (value.length === 0) throw new DomainValidationError(field, 'must not be empty');
  if (value.length > maxLength) throw new DomainValidationError(field, `must be at most ${maxLength} characters`);
  return value;
}
