import { DomainValidationError } from '@prep/domain';

/** A parsed application/x-www-form-urlencoded body; a repeated field arrives as an array. */
export type FormBody = Record<string, string | string[] | undefined> | undefined;

export function optionalField(body: FormBody, name: string): string | undefined {
  const value = body?.[name];
  if (Array.isArray(value)) throw new DomainValidationError(name, 'must be sent once');
  return value;
}

export function requiredField(body: FormBody, name: string): string {
  return optionalField(body, name) ?? '';
}

export function booleanField(body: FormBody, name: string): boolean {
  const value = optionalField(body, name);
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new DomainValidationError(name, 'must be true or false');
}

/** Browsers send line breaks as CRLF; notes are kept with plain LF. */
export function notesField(body: FormBody): string | undefined {
  return optionalField(body, 'notes')?.replace(/\r\n?/g, '\n');
}
