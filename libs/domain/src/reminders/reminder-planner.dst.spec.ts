import { planBuiltIn } from '../../../../test/support/built-in-schedule';
import { PlannedReminder } from './reminder-planner';

// Expected instants below are worked out by hand from each zone's published rules; the
// local clock readings are checked with Intl, independently of the planner's own code.

const NIGHT = { start: '21:00', end: '08:00' };
const NOW = '2025-01-02T12:00:00Z';

function localTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  }).format(instant);
}

function dueTimes(plan: PlannedReminder[]): Record<string, string> {
  return Object.fromEntries(plan.map((r) => [r.kind, r.dueAt.toISOString()]));
}

function localDueTimes(plan: PlannedReminder[], timeZone: string): Record<string, string> {
  return Object.fromEntries(plan.map((r) => [r.kind, localTime(r.dueAt, timeZone)]));
}

describe('DST: America/New_York, March (02:00 EST jumps to 03:00 EDT on Sun 9 March 2025)', () => {
  // Interview Mon 10 March 08:30 EDT.
  const plan = planBuiltIn({
    interviewAt: '2025-03-10T12:30:00Z',
    timeZone: 'America/New_York',
    quietHours: NIGHT,
    now: NOW,
  });

  it('counts offsets in real hours, so T-48h lands an hour earlier on the clock', () => {
    // T-48h = Sat 8 March 12:30Z = 07:30 EST (not 08:30): quiet, so 08:00 EST = 13:00Z.
    // T-24h = Sun 9 March 12:30Z = 08:30 EDT, after the change.
    expect(dueTimes(plan)).toMatchObject({
      'research-company': '2025-03-07T13:00:00.000Z',
      'review-role': '2025-03-08T13:00:00.000Z',
      'coach-not-started': '2025-03-08T12:30:00.000Z',
      practice: '2025-03-09T12:30:00.000Z',
      'final-check': '2025-03-10T12:00:00.000Z',
      reflect: '2025-03-10T14:30:00.000Z',
      'decision-check-in': '2025-03-17T12:30:00.000Z',
    });
  });

  it('reads quiet hours on the local clock of each day', () => {
    expect(localDueTimes(plan, 'America/New_York')).toMatchObject({
      'review-role': '08/03/2025, 08:00 GMT-5',
      practice: '09/03/2025, 08:30 GMT-4',
      'final-check': '10/03/2025, 08:00 GMT-4',
    });
  });
});

describe('DST: America/New_York, November (02:00 EDT falls back to 01:00 EST on Sun 2 Nov 2025)', () => {
  // Interview Mon 3 November 07:30 EST.
  const plan = planBuiltIn({
    interviewAt: '2025-11-03T12:30:00Z',
    timeZone: 'America/New_York',
    quietHours: NIGHT,
    now: NOW,
  });

  it('places each reminder on the right side of the change', () => {
    // T-48h = Sat 1 Nov 12:30Z = 08:30 EDT; T-24h = Sun 2 Nov 12:30Z = 07:30 EST, moved to 08:00 EST;
    // T-2h = 05:30 EST, but 08:00 is after the interview: 21:00 EST Sunday instead.
    expect(dueTimes(plan)).toMatchObject({
      'review-role': '2025-11-01T12:30:00.000Z',
      practice: '2025-11-02T13:00:00.000Z',
      'final-check': '2025-11-03T02:00:00.000Z',
      reflect: '2025-11-03T14:30:00.000Z',
    });
    expect(localDueTimes(plan, 'America/New_York')).toMatchObject({
      'review-role': '01/11/2025, 08:30 GMT-4',
      practice: '02/11/2025, 08:00 GMT-5',
      'final-check': '02/11/2025, 21:00 GMT-5',
    });
  });
});

describe('DST: Europe/Berlin', () => {
  it('spring: 02:00 CET jumps to 03:00 CEST on Sun 30 March 2025', () => {
    // Interview Mon 31 March 08:30 CEST = 06:30Z.
    const plan = planBuiltIn({
      interviewAt: '2025-03-31T06:30:00Z',
      timeZone: 'Europe/Berlin',
      quietHours: NIGHT,
      now: NOW,
    });
    expect(dueTimes(plan)).toMatchObject({
      'research-company': '2025-03-28T07:00:00.000Z', // 07:30 CET -> 08:00 CET
      'review-role': '2025-03-29T07:00:00.000Z', // 07:30 CET -> 08:00 CET
      practice: '2025-03-30T06:30:00.000Z', // 08:30 CEST
      'final-check': '2025-03-31T06:00:00.000Z', // 06:30 CEST -> 08:00 CEST
    });
  });

  it('autumn: 03:00 CEST falls back to 02:00 CET on Sun 26 October 2025', () => {
    // Interview Mon 27 October 09:00 CET = 08:00Z; T-24h = Sun 08:00Z = 09:00 CET (after the 01:00Z change);
    // T-48h = Sat 08:00Z = 10:00 CEST, an hour later on the clock than the interview.
    const plan = planBuiltIn({
      interviewAt: '2025-10-27T08:00:00Z',
      timeZone: 'Europe/Berlin',
      quietHours: NIGHT,
      now: NOW,
    });
    expect(dueTimes(plan)).toMatchObject({
      'review-role': '2025-10-25T08:00:00.000Z',
      practice: '2025-10-26T08:00:00.000Z',
    });
    expect(localDueTimes(plan, 'Europe/Berlin')).toMatchObject({
      'review-role': '25/10/2025, 10:00 GMT+2',
      practice: '26/10/2025, 09:00 GMT+1',
      'final-check': '27/10/2025, 08:00 GMT+1', // 07:00 CET -> 08:00 CET, still before 09:00
    });
  });
});

describe('DST: Australia/Lord_Howe (half-hour change: 02:00 +10:30 jumps to 02:30 +11 on Sun 5 Oct 2025, 4 Oct 15:30Z)', () => {
  // Interview Mon 6 October 08:15 +11 = Sun 5 October 21:15Z.
  const plan = planBuiltIn({
    interviewAt: '2025-10-05T21:15:00Z',
    timeZone: 'Australia/Lord_Howe',
    quietHours: NIGHT,
    now: NOW,
  });

  it('shifts the pre-change reminders by half an hour on the clock and honours quiet hours', () => {
    // T-48h = 3 Oct 21:15Z = 07:45 +10:30: quiet, to 08:00 +10:30 = 21:30Z.
    // T-24h = 4 Oct 21:15Z = 08:15 +11, after the change.
    // T-2h = 19:15Z = 06:15 +11: to 08:00 +11 = 21:00Z, before the 08:15 interview.
    expect(dueTimes(plan)).toMatchObject({
      'review-role': '2025-10-03T21:30:00.000Z',
      'coach-not-started': '2025-10-03T21:15:00.000Z',
      practice: '2025-10-04T21:15:00.000Z',
      'final-check': '2025-10-05T21:00:00.000Z',
      reflect: '2025-10-05T23:15:00.000Z',
    });
    expect(localDueTimes(plan, 'Australia/Lord_Howe')).toMatchObject({
      'review-role': '04/10/2025, 08:00 GMT+10:30',
      practice: '05/10/2025, 08:15 GMT+11',
      'final-check': '06/10/2025, 08:00 GMT+11',
      reflect: '06/10/2025, 10:15 GMT+11',
    });
  });
});

describe('zones with unusual offsets', () => {
  it('Asia/Kolkata (+05:30, no DST)', () => {
    // Interview 10 June 09:30 IST = 04:00Z; decision date 20 June 10:00 IST = 04:30Z.
    const plan = planBuiltIn({
      interviewAt: '2025-06-10T04:00:00Z',
      timeZone: 'Asia/Kolkata',
      quietHours: NIGHT,
      expectedDecisionDate: '2025-06-20',
      now: NOW,
    });
    expect(dueTimes(plan)).toMatchObject({
      'final-check': '2025-06-10T02:30:00.000Z', // 07:30 -> 08:00 IST
      reflect: '2025-06-10T06:00:00.000Z',
      'follow-up-nudge': '2025-06-11T04:00:00.000Z',
      'decision-check-in': '2025-06-20T04:30:00.000Z',
    });
  });

  it('Pacific/Chatham (+12:45 in June)', () => {
    // Interview 10 June 09:00 +12:45 = 9 June 20:15Z.
    const plan = planBuiltIn({
      interviewAt: '2025-06-09T20:15:00Z',
      timeZone: 'Pacific/Chatham',
      quietHours: NIGHT,
      expectedDecisionDate: '2025-06-20',
      now: NOW,
    });
    expect(dueTimes(plan)).toMatchObject({
      'final-check': '2025-06-09T19:15:00.000Z', // 07:00 -> 08:00 local
      practice: '2025-06-08T20:15:00.000Z',
      'decision-check-in': '2025-06-19T21:15:00.000Z',
    });
    expect(localTime(new Date('2025-06-09T19:15:00Z'), 'Pacific/Chatham')).toBe('10/06/2025, 08:00 GMT+12:45');
  });

  it('Pacific/Kiritimati (+14)', () => {
    // Interview 10 June 09:00 +14 = 9 June 19:00Z; a day ahead of UTC's calendar.
    const plan = planBuiltIn({
      interviewAt: '2025-06-09T19:00:00Z',
      timeZone: 'Pacific/Kiritimati',
      quietHours: NIGHT,
      now: NOW,
    });
    expect(dueTimes(plan)).toMatchObject({
      'final-check': '2025-06-09T18:00:00.000Z', // 07:00 -> 08:00 local
      reflect: '2025-06-09T21:00:00.000Z',
      'decision-check-in': '2025-06-16T19:00:00.000Z', // T+7d
    });
    const withDate = planBuiltIn({
      interviewAt: '2025-06-09T19:00:00Z',
      timeZone: 'Pacific/Kiritimati',
      expectedDecisionDate: '2025-06-20',
      now: NOW,
    });
    expect(withDate.find((r) => r.kind === 'decision-check-in')?.dueAt).toEqual(new Date('2025-06-19T20:00:00Z'));
  });
});
