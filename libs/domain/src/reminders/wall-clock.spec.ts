import { addDays, firstInstantAtOrAfterWallTime, instantsAtWallTime, resolveWallTime, wallClockAt } from './wall-clock';

const iso = (ms: number) => new Date(ms).toISOString();

describe('wallClockAt', () => {
  it.each([
    ['2025-01-15T12:00:00.000Z', 'America/New_York', { year: 2025, month: 1, day: 15 }, 7 * 60],
    ['2025-07-15T12:00:00.000Z', 'America/New_York', { year: 2025, month: 7, day: 15 }, 8 * 60],
    ['2025-06-01T20:00:00.000Z', 'Pacific/Kiritimati', { year: 2025, month: 6, day: 2 }, 10 * 60],
    ['2025-06-01T20:00:00.000Z', 'Pacific/Chatham', { year: 2025, month: 6, day: 2 }, 8 * 60 + 45],
    ['2025-06-01T20:00:30.000Z', 'Asia/Kolkata', { year: 2025, month: 6, day: 2 }, 1 * 60 + 30.5],
  ])('reads %s in %s', (instant, zone, date, minuteOfDay) => {
    expect(wallClockAt(Date.parse(instant), zone)).toEqual({ date, minuteOfDay });
  });
});

describe('instantsAtWallTime', () => {
  it('finds the single reading of an ordinary time', () => {
    expect(instantsAtWallTime({ year: 2025, month: 6, day: 1 }, 10 * 60, 'Europe/Berlin').map(iso)).toEqual([
      '2025-06-01T08:00:00.000Z',
    ]);
  });

  it('finds none for a time skipped by spring forward, and the gap end instead', () => {
    const skipped = { year: 2025, month: 3, day: 9 };
    expect(instantsAtWallTime(skipped, 2 * 60 + 30, 'America/New_York')).toEqual([]);
    expect(iso(resolveWallTime(skipped, 2 * 60 + 30, 'America/New_York').gapEnd as number)).toBe(
      '2025-03-09T07:00:00.000Z',
    );
    expect(iso(firstInstantAtOrAfterWallTime(skipped, 2 * 60 + 30, 'America/New_York'))).toBe(
      '2025-03-09T07:00:00.000Z',
    );
  });

  it('finds both readings of a time repeated by fall back, earliest first', () => {
    expect(instantsAtWallTime({ year: 2025, month: 11, day: 2 }, 90, 'America/New_York').map(iso)).toEqual([
      '2025-11-02T05:30:00.000Z',
      '2025-11-02T06:30:00.000Z',
    ]);
  });

  it('handles the 30-minute change on Lord Howe Island', () => {
    // 2025-10-05 02:00 (+10:30) jumps to 02:30 (+11:00); 2025-04-06 02:00 (+11:00) falls back to 01:30.
    expect(instantsAtWallTime({ year: 2025, month: 10, day: 5 }, 2 * 60 + 15, 'Australia/Lord_Howe')).toEqual([]);
    expect(
      iso(firstInstantAtOrAfterWallTime({ year: 2025, month: 10, day: 5 }, 2 * 60 + 15, 'Australia/Lord_Howe')),
    ).toBe('2025-10-04T15:30:00.000Z');
    expect(instantsAtWallTime({ year: 2025, month: 4, day: 6 }, 1 * 60 + 45, 'Australia/Lord_Howe').map(iso)).toEqual([
      '2025-04-05T14:45:00.000Z',
      '2025-04-05T15:15:00.000Z',
    ]);
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
