import { parseItip } from '../../../test/support/itip';
import { escapeText, interviewCalendar } from './interview-calendar';

describe('interviewCalendar', () => {
  const event = {
    uid: 'assignment-1@prep.example',
    sequence: 2,
    startsAt: new Date('2026-05-04T12:30:00Z'),
    endsAt: new Date('2026-05-04T13:30:00Z'),
    summary: 'Interview: Analyst, Data at Acme; Inc\r\nBCC:x',
    stampedAt: new Date('2026-05-01T08:00:00.123Z'),
    organizer: { name: 'Northwind "Careers"', address: 'prep@prep.example' },
    attendee: { name: 'Cara Candidate', address: 'cara@example.com' },
    method: 'REQUEST' as const,
  };

  it('writes one REQUEST event with the stable UID, the sequence and UTC times, CRLF-terminated', () => {
    const ics = interviewCalendar(event);
    const lines = ics.split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:REQUEST',
        'STATUS:CONFIRMED',
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

  it('is a valid iTIP request: organizer and attendee as mailto addresses, quoted names', () => {
    const itip = parseItip(interviewCalendar(event));
    expect(itip.method).toBe('REQUEST');
    expect(itip.one('ORGANIZER')).toEqual({
      name: 'ORGANIZER',
      params: { CN: 'Northwind Careers' },
      value: 'mailto:prep@prep.example',
    });
    expect(itip.one('ATTENDEE')).toMatchObject({ params: { CN: 'Cara Candidate' }, value: 'mailto:cara@example.com' });
    expect(itip.one('DTSTAMP').value).toBe('20260501T080000Z');
  });

  it('writes a cancellation as METHOD:CANCEL with STATUS:CANCELLED for the same UID', () => {
    const itip = parseItip(interviewCalendar({ ...event, method: 'CANCEL', sequence: 3 }));
    expect(itip.method).toBe('CANCEL');
    expect(itip.one('STATUS').value).toBe('CANCELLED');
    expect(itip.one('UID').value).toBe('assignment-1@prep.example');
    expect(itip.one('SEQUENCE').value).toBe('3');
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

  it('folds lines of three- and four-octet characters at 75 octets and leaves a line of exactly 75 as it is', () => {
    const summary = 'a€😀'.repeat(30);
    const ics = interviewCalendar({ ...event, summary, location: 'L'.repeat(75 - 'LOCATION:'.length) });
    const physical = ics.split('\r\n');
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThanOrEqual(3);
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:${summary}\r\n`);
    expect(physical).toContain(`LOCATION:${'L'.repeat(66)}`);
  });
});
