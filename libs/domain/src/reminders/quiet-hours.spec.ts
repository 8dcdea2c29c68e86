import { isInQuietHours, nextAllowedInstant, parseQuietHours, previousAllowedInstant } from './quiet-hours';
import { ReminderPlanningError, ReminderPlanningErrorCode } from './reminder-planning-error';

const ms = (iso: string) => Date.parse(iso);
const iso = (instant: number) => new Date(instant).toISOString();
const night = parseQuietHours({ start: '21:00', end: '08:00' });

describe('parseQuietHours', () => {
  it('reads HH:mm as minutes of the day', () => {
    expect(parseQuietHours({ start: '21:30', end: '07:05' })).toEqual({
      startMinute: 21 * 60 + 30,
      endMinute: 7 * 60 + 5,
    });
  });

  it.each([
    [{ start: '25:00', end: '08:00' }],
    [{ start: '21:00', end: '8:00' }],
    [{ start: '21:60', end: '08:00' }],
    [{ start: '21:00', end: '21:00' }],
    [{ start: '21:00' }],
    [{ start: 2100, end: 800 }],
    [null],
  ])('refuses %j', (input) => {
    expect(() => parseQuietHours(input as never)).toThrow(
      expect.objectContaining({ code: ReminderPlanningErrorCode.InvalidQuietHours }),
    );
    expect(() => parseQuietHours(input as never)).toThrow(ReminderPlanningError);
  });
});

describe('isInQuietHours', () => {
  it.each([
    ['2025-06-01T20:59:00Z', false],
    ['2025-06-01T21:00:00Z', false], // the boundary itself is allowed
    ['2025-06-01T21:00:01Z', true],
    ['2025-06-01T23:00:00Z', true],
    ['2025-06-02T00:00:00Z', true],
    ['2025-06-02T07:59:59Z', true],
    ['2025-06-02T08:00:00Z', false],
    ['2025-06-02T12:00:00Z', false],
  ])('wrapping 21:00-08:00 in UTC: %s quiet=%s', (instant, quiet) => {
    expect(isInQuietHours(ms(instant), 'UTC', night)).toBe(quiet);
  });

  it('reads the local wall clock, not UTC', () => {
    // 23:00 UTC is 07:00 the next morning in Singapore (+08:00).
    expect(isInQuietHours(ms('2025-06-01T23:00:00Z'), 'Asia/Singapore', night)).toBe(true);
    expect(isInQuietHours(ms('2025-06-02T00:30:00Z'), 'Asia/Singapore', night)).toBe(false);
  });

  it('handles a window that does not wrap midnight', () => {
    const lunch = parseQuietHours({ start: '12:00', end: '14:00' });
    expect(isInQuietHours(ms('2025-06-01T13:00:00Z'), 'UTC', lunch)).toBe(true);
    expect(isInQuietHours(ms('2025-06-01T23:00:00Z'), 'UTC', lunch)).toBe(false);
    expect(isInQuietHours(ms('2025-06-01T03:00:00Z'), 'UTC', lunch)).toBe(false);
  });
});

describe('nextAllowedInstant', () => {
  it('keeps an allowed instant', () => {
    expect(iso(nextAllowedInstant(ms('2025-06-01T15:00:00Z'), 'UTC', night))).toBe('2025-06-01T15:00:00.000Z');
  });

  it('moves 23:00 to 08:00 the next day and 03:00 to 08:00 the same day', () => {
    expect(iso(nextAllowedInstant(ms('2025-06-01T23:00:00Z'), 'UTC', night))).toBe('2025-06-02T08:00:00.000Z');
    expect(iso(nextAllowedInstant(ms('2025-06-02T03:00:00Z'), 'UTC', night))).toBe('2025-06-02T08:00:00.000Z');
  });

  it('moves within a non-wrapping window to its end on the same day', () => {
    const early = parseQuietHours({ start: '00:00', end: '07:00' });
    expect(iso(nextAllowedInstant(ms('2025-06-01T03:00:00Z'), 'UTC', early))).toBe('2025-06-01T07:00:00.000Z');
  });

  it('ends quiet hours as the clock jumps when their end is skipped by spring forward', () => {
    // New York, 2025-03-09: 02:00 EST jumps to 03:00 EDT (07:00Z); 02:30 never happens.
    const window = parseQuietHours({ start: '22:00', end: '02:30' });
    expect(iso(nextAllowedInstant(ms('2025-03-09T06:00:00Z'), 'America/New_York', window))).toBe(
      '2025-03-09T07:00:00.000Z',
    );
  });

  it('takes the next reading of the end when fall back repeats it', () => {
    // New York, 2025-11-02: 01:00-02:00 happens twice (EDT 05:00Z-06:00Z, then EST 06:00Z-07:00Z).
    const window = parseQuietHours({ start: '22:00', end: '01:30' });
    expect(iso(nextAllowedInstant(ms('2025-11-02T04:00:00Z'), 'America/New_York', window))).toBe(
      '2025-11-02T05:30:00.000Z',
    );
    // 01:15 EST (second pass) is quiet again by the wall clock; its end is 01:30 EST.
    expect(iso(nextAllowedInstant(ms('2025-11-02T06:15:00Z'), 'America/New_York', window))).toBe(
      '2025-11-02T06:30:00.000Z',
    );
  });
});

describe('previousAllowedInstant', () => {
  it('moves back to the start of the quiet stretch, the evening before for early morning', () => {
    expect(iso(previousAllowedInstant(ms('2025-06-02T05:30:00Z'), 'UTC', night))).toBe('2025-06-01T21:00:00.000Z');
    expect(iso(previousAllowedInstant(ms('2025-06-01T23:30:00Z'), 'UTC', night))).toBe('2025-06-01T21:00:00.000Z');
  });

  it('stops a minute before the jump when the start is skipped by spring forward', () => {
    const window = parseQuietHours({ start: '02:30', end: '05:00' });
    const moved = previousAllowedInstant(ms('2025-03-09T08:00:00Z'), 'America/New_York', window);
    expect(iso(moved)).toBe('2025-03-09T06:59:00.000Z'); // 01:59 EST
    expect(isInQuietHours(moved, 'America/New_York', window)).toBe(false);
    expect(isInQuietHours(ms('2025-03-09T07:00:00Z'), 'America/New_York', window)).toBe(true);
  });
});
