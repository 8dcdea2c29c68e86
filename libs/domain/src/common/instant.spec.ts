import { parseInstant, parseLocalDate } from './instant';

describe('parseInstant', () => {
  it('accepts ISO 8601 with Z or an offset', () => {
    expect(parseInstant('2026-05-04T14:30:00+02:00', 'startsAt').toISOString()).toBe('2026-05-04T12:30:00.000Z');
    expect(parseInstant('2026-05-04T12:30Z', 'startsAt').toISOString()).toBe('2026-05-04T12:30:00.000Z');
  });

  it.each(['2026-05-04T14:30:00', '2026-05-04', 'tomorrow', '2026-13-04T14:30:00Z', ''])('refuses %j', (input) => {
    expect(() => parseInstant(input, 'startsAt')).toThrow('startsAt must be an ISO 8601 date-time with an offset');
  });
});

describe('parseLocalDate', () => {
  it('accepts real dates only', () => {
    expect(parseLocalDate('2026-02-28', 'd')).toBe('2026-02-28');
    expect(() => parseLocalDate('2026-02-30', 'd')).toThrow('d must be a date like 2026-05-04');
    expect(() => parseLocalDate('28.02.2026', 'd')).toThrow();
  });
});
