import { AppError } from '../errors/app-error';
import { CommonErrorCode } from '../errors/common-error-code';
import { isUuid } from '../ids/is-uuid';

/** Opaque keyset cursors: base64url JSON of the sort key values of the last row seen. */
export function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Checks one position of a cursor; a tampered value must fail here, not in SQL. */
export type CursorPart = (value: string) => boolean;

export function decodeCursor(cursor: string, parts: readonly CursorPart[]): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === parts.length &&
      values.every((value, index) => typeof value === 'string' && value.length <= 500 && parts[index](value))
    ) {
      return values as string[];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError(CommonErrorCode.InvalidCursor, 'after is not a cursor this API issued', { field: 'after' });
}

export function checkPageSize(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new AppError(CommonErrorCode.PageSizeOutOfRange, `first must be between 1 and ${max}`, { field: 'first' });
  }
  return first;
}

/** Cursor parts the API issues: free text without control characters, ids, instants. */
export const textCursorPart: CursorPart = (value) => !/[\u0000-\u001f]/.test(value);
export const uuidCursorPart: CursorPart = isUuid;
// Exactly what toISOString() writes: Date.parse would roll 2026-02-30 over into March, and Postgres
// would refuse it with an internal error.
export const instantCursorPart: CursorPart = (value) => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  const instant = new Date(value);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === value;
};
