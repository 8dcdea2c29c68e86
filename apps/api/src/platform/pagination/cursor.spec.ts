import { AppError } from '../errors/app-error';
import { CommonErrorCode } from '../errors/common-error-code';
import { publicCodeFor } from '../errors/error-code-map';
import { checkPageSize, decodeCursor, encodeCursor, instantCursorPart, textCursorPart, uuidCursorPart } from './cursor';

const ID = '5d0f3c1a-7b2e-4c9d-8e1f-2a3b4c5d6e7f';
const INSTANT = '2026-05-04T12:30:00.000Z';
// The two cursors the API issues: candidates by name, assignments by interview time; both then by id.
const BY_NAME = [textCursorPart, uuidCursorPart];
const BY_INTERVIEW = [instantCursorPart, uuidCursorPart];

const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the cursor to be refused');
}

describe('keyset cursors', () => {
  it('give back the sort key values of the row they were made from', () => {
    expect(decodeCursor(encodeCursor(['Ada Lovelace', ID]), BY_NAME)).toEqual(['Ada Lovelace', ID]);
    expect(decodeCursor(encodeCursor([INSTANT, ID]), BY_INTERVIEW)).toEqual([INSTANT, ID]);
    expect(decodeCursor(encodeCursor(['Zoë "Zed" O\'Neil, Ph.D.', ID]), BY_NAME)).toEqual([
      'Zoë "Zed" O\'Neil, Ph.D.',
      ID,
    ]);
  });

  it('are opaque URL-safe text, not the values in the clear', () => {
    const cursor = encodeCursor(['Ada Lovelace', ID]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('Ada');
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['an empty string', ''],
    ['base64 of something that is not JSON', Buffer.from('{"oops"').toString('base64url')],
    ['a JSON object instead of a list', raw({ name: 'Ada', id: ID })],
    ['too few values', raw(['Ada'])],
    ['too many values', raw(['Ada', ID, 'extra'])],
    ['a number where text goes', raw([42, ID])],
    ['an id that is not a UUID', raw(['Ada', "1' OR '1'='1"])],
    ['a control character in the text', raw(['Ada\u0000', ID])],
    ['an over-long value', raw(['a'.repeat(501), ID])],
  ])('refuses %s with INVALID_CURSOR on the after argument (BAD_USER_INPUT)', (_, cursor) => {
    const error = refusal(() => decodeCursor(cursor, BY_NAME));
    expect(error.code).toBe(CommonErrorCode.InvalidCursor);
    expect(publicCodeFor(error.code)).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('after is not a cursor this API issued');
    expect(error.details).toEqual({ field: 'after' });
  });

  it("refuses one cursor kind's values where the other is expected", () => {
    const byName = encodeCursor(['Ada Lovelace', ID]);
    expect(refusal(() => decodeCursor(byName, BY_INTERVIEW)).code).toBe(CommonErrorCode.InvalidCursor);
  });

  it.each([
    ['a date without time', '2026-05-04'],
    ['a local time without a zone', '2026-05-04T12:30:00.000'],
    ['an offset other than Z', '2026-05-04T12:30:00.000+02:00'],
    ['a day that does not exist', '2026-02-30T12:30:00.000Z'],
    ['a month that does not exist', '2026-13-01T12:30:00.000Z'],
    ['an hour that does not exist', '2026-05-04T25:30:00.000Z'],
  ])('refuses an interview time that is %s', (_, instant) => {
    expect(refusal(() => decodeCursor(raw([instant, ID]), BY_INTERVIEW)).code).toBe(CommonErrorCode.InvalidCursor);
  });

  it('accepts a cursor whose value was changed to another well-formed one: it only says where to start', () => {
    const edited = raw(['Bob', ID]);
    expect(decodeCursor(edited, BY_NAME)).toEqual(['Bob', ID]);
  });
});

describe('page sizes', () => {
  it('accept 1 up to the configured maximum', () => {
    expect(checkPageSize(1, 100)).toBe(1);
    expect(checkPageSize(100, 100)).toBe(100);
  });

  it.each([0, -1, 101, 2.5, Number.NaN])('refuse %p with PAGE_SIZE_OUT_OF_RANGE naming the range', (first) => {
    const error = refusal(() => checkPageSize(first, 100));
    expect(error.code).toBe(CommonErrorCode.PageSizeOutOfRange);
    expect(publicCodeFor(error.code)).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('first must be between 1 and 100');
    expect(error.details).toEqual({ field: 'first' });
  });
});
