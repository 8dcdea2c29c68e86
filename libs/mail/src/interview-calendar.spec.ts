import { escapeText, interviewCalendar } from './interview-calendar';

describe('interviewCalendar', () => {
  const event = {
    uid: 'assignment-1@prep.example',
    sequence: 2,
    startsAt: new Date('2026-05-04T12:30:00Z'),
    endsAt: new Date('2026-05-04T13:30:00Z'),
    summary: 'Interview: Analyst, Data at Acme; Inc\r\nBCC:x',
    stampedAt: new Date('2026-05-01T08:00:00.123Z'),
  };

  it('writes one PUBLISH event with the stable UID, the sequence and UTC times, CRLF-terminated', () => {
    const ics = interviewCalendar(event);
    const lines = ics.split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:PUBLISH',
        'UID:assignment-1@prep.example',
        'SEQUENCE:2',
        'DTSTART:20260504T123000Z',
        'DTEND:20260504T133000Z',
        'DTSTAMP:20260501T080000Z',
      ]),
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes text so a value can neither add a property nor break one', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const summary = interviewCalendar(event)
      .split('\r\n')
      .find((line) => line.startsWith('SUMMARY:'));
    expect(summary).toBe('SUMMARY:Interview: Analyst\\, Data at Acme\\; Inc\\nBCC:x');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const ics = interviewCalendar({ ...event, summary: 'é'.repeat(100) });
    const physical = ics.split('\r\n');
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:${'é'.repeat(100)}\r\n`);
  });
});
