import { AppError } from '../errors/app-error';
import { CommonErrorCode } from '../errors/common-error-code';

/** Opaque keyset cursors: base64url JSON of the sort key values of the last row seen. */
export function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string' && v.length <= 500)) {
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
