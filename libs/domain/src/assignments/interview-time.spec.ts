import { formatInterviewTime } from './interview-time';

describe('formatInterviewTime', () => {
  it('shows the local time in the candidate’s zone and names the zone', () => {
    const instant = new Date('2026-05-04T12:30:00Z');
    expect(formatInterviewTime(instant, 'Europe/Berlin')).toMatch(/^Monday,? 4 May 2026.* 14:30 .*\(Europe\/Berlin\)$/);
    expect(formatInterviewTime(instant, 'America/New_York')).toMatch(/08:30 .*\(America\/New_York\)$/);
  });
});
