import { BUILT_IN_SCHEDULE, BuiltInPlanInput, planBuiltIn } from '../../../../test/support/built-in-schedule';
import { PlannedReminder, planReminders } from './reminder-planner';
import { ReminderPlanningError, ReminderPlanningErrorCode } from './reminder-planning-error';
import { ReminderScheduleEntry } from './reminder-schedule';

const NIGHT = { start: '21:00', end: '08:00' };

function dueTimes(plan: PlannedReminder[]): Record<string, string> {
  return Object.fromEntries(plan.map((r) => [r.kind, r.dueAt.toISOString()]));
}

function find(plan: PlannedReminder[], kind: string): PlannedReminder {
  const reminder = plan.find((r) => r.kind === kind);
  if (!reminder) throw new Error(`no ${kind} in plan`);
  return reminder;
}

describe('planReminders: the default plan, interview five days out', () => {
  // Chicago in June is CDT (UTC-5). Assigned Mon 2 June 10:00 local, interview Sat 7 June 14:00 local.
  const input: BuiltInPlanInput = {
    interviewAt: '2025-06-07T14:00:00-05:00',
    timeZone: 'America/Chicago',
    quietHours: NIGHT,
    now: new Date('2025-06-02T15:00:00Z'),
  };

  it('plans every kind at its instant, sorted by due time then kind', () => {
    expect(planBuiltIn(input)).toEqual([
      {
        kind: 'assignment',
        recipient: 'candidate',
        dueAt: new Date('2025-06-02T15:00:00Z'),
        itemKeys: [],
        status: 'SCHEDULED',
      },
      {
        kind: 'research-company',
        recipient: 'candidate',
        dueAt: new Date('2025-06-04T19:00:00Z'),
        itemKeys: ['explore-company-channels', 'learn-the-culture', 'talk-to-insiders'],
        status: 'SCHEDULED',
      },
      {
        kind: 'coach-not-started',
        recipient: 'coach',
        dueAt: new Date('2025-06-05T19:00:00Z'),
        itemKeys: [],
        status: 'SCHEDULED',
        condition: 'not-started',
      },
      {
        kind: 'review-role',
        recipient: 'candidate',
        dueAt: new Date('2025-06-05T19:00:00Z'),
        itemKeys: ['map-job-requirements', 'gather-your-evidence', 'research-salary-range'],
        status: 'SCHEDULED',
      },
      {
        kind: 'practice',
        recipient: 'candidate',
        dueAt: new Date('2025-06-06T19:00:00Z'),
        itemKeys: [...BUILT_IN_SCHEDULE[3].itemKeys],
        status: 'SCHEDULED',
      },
      {
        kind: 'final-check',
        recipient: 'candidate',
        dueAt: new Date('2025-06-07T17:00:00Z'),
        itemKeys: ['final-check'],
        status: 'SCHEDULED',
      },
      {
        kind: 'reflect',
        recipient: 'candidate',
        dueAt: new Date('2025-06-07T21:00:00Z'),
        itemKeys: ['reflect-what-went-well', 'reflect-do-differently', 'reflect-feedback'],
        status: 'SCHEDULED',
      },
      {
        kind: 'follow-up-email',
        recipient: 'candidate',
        dueAt: new Date('2025-06-07T23:00:00Z'),
        itemKeys: ['send-follow-up-email'],
        status: 'SCHEDULED',
      },
      {
        kind: 'follow-up-nudge',
        recipient: 'candidate',
        dueAt: new Date('2025-06-08T19:00:00Z'),
        itemKeys: ['send-follow-up-email'],
        status: 'SCHEDULED',
        condition: 'follow-up-not-sent',
      },
      {
        kind: 'decision-check-in',
        recipient: 'candidate',
        dueAt: new Date('2025-06-14T19:00:00Z'), // T+7d: no decision date
        itemKeys: [],
        status: 'SCHEDULED',
      },
    ]);
  });

  it('gives the same plan for a Date and an ISO string, and twice in a row', () => {
    const fromDate = planBuiltIn({ ...input, interviewAt: new Date('2025-06-07T19:00:00Z') });
    expect(planBuiltIn(input)).toEqual(fromDate);
    expect(planBuiltIn(input)).toEqual(planBuiltIn(input));
  });

  it('hands out copies of the schedule item keys', () => {
    const plan = planBuiltIn(input);
    find(plan, 'research-company').itemKeys.push('tampered');
    expect(BUILT_IN_SCHEDULE[1].itemKeys).not.toContain('tampered');
  });
});

describe('planReminders: quiet hours', () => {
  // Berlin in June is CEST (UTC+2).
  const berlin = { timeZone: 'Europe/Berlin', quietHours: NIGHT, now: '2025-06-01T08:00:00Z' };

  it('moves reminders falling at night to 08:00 local next morning; 21:00 itself is allowed', () => {
    // Interview Tue 10 June 21:00 local: reflect 23:00, follow-up 01:00, nudge 21:00 next day.
    const plan = planBuiltIn({ ...berlin, interviewAt: '2025-06-10T21:00:00+02:00' });
    expect(dueTimes(plan)).toMatchObject({
      reflect: '2025-06-11T06:00:00.000Z',
      'follow-up-email': '2025-06-11T06:00:00.000Z',
      'follow-up-nudge': '2025-06-11T19:00:00.000Z',
      practice: '2025-06-09T19:00:00.000Z',
      'final-check': '2025-06-10T17:00:00.000Z',
    });
  });

  it('moves a pre-interview reminder to the end of quiet hours when that is still before the interview', () => {
    // Interview 08:30 local: final check at 06:30 moves to 08:00.
    const plan = planBuiltIn({ ...berlin, interviewAt: '2025-06-10T08:30:00+02:00' });
    expect(find(plan, 'final-check')).toMatchObject({ status: 'SCHEDULED', dueAt: new Date('2025-06-10T06:00:00Z') });
  });

  it('moves a pre-interview reminder earlier, to the start of quiet hours, rather than past the interview', () => {
    // Interview 07:30 local: 08:00 would be after it, so the final check goes at 21:00 the evening before.
    const plan = planBuiltIn({ ...berlin, interviewAt: '2025-06-10T07:30:00+02:00' });
    expect(find(plan, 'final-check')).toMatchObject({ status: 'SCHEDULED', dueAt: new Date('2025-06-09T19:00:00Z') });
    // Practice at 07:30 the day before has a morning left: 08:00 that day.
    expect(find(plan, 'practice').dueAt).toEqual(new Date('2025-06-09T06:00:00Z'));
  });

  it('counts a reminder as missed when even the start of quiet hours is already past', () => {
    // Booked at 22:00 local for 07:30 next morning: no allowed moment is left before the interview.
    const plan = planBuiltIn({ ...berlin, now: '2025-06-09T20:00:00Z', interviewAt: '2025-06-10T07:30:00+02:00' });
    expect(find(plan, 'final-check')).toMatchObject({
      status: 'SKIPPED',
      reason: 'missed-late-booking',
      dueAt: new Date('2025-06-10T03:30:00Z'),
    });
    // The catch-up is due now, with the assignment email, so it rides in it.
    expect(find(plan, 'catch-up')).toMatchObject({ status: 'SKIPPED', dueAt: new Date('2025-06-09T20:00:00Z') });
    expect(find(plan, 'assignment')).toMatchObject({ status: 'SCHEDULED', dueAt: new Date('2025-06-09T20:00:00Z') });
    expect(find(plan, 'assignment').itemKeys).toContain('final-check');
  });

  it('handles a window that does not wrap midnight', () => {
    // Quiet 12:00-14:00: reflect at 13:00 local moves to 14:00; nothing happens at night.
    const plan = planBuiltIn({
      ...berlin,
      quietHours: { start: '12:00', end: '14:00' },
      interviewAt: '2025-06-10T11:00:00+02:00',
    });
    expect(dueTimes(plan)).toMatchObject({
      reflect: '2025-06-10T12:00:00.000Z',
      'follow-up-email': '2025-06-10T13:00:00.000Z',
      'final-check': '2025-06-10T07:00:00.000Z',
    });
  });

  it('handles a window wrapping midnight both sides of it', () => {
    // Quiet 22:00-06:00: reflect at 23:30 moves to 06:00 next day; follow-up at 01:30 to 06:00 the same day.
    const plan = planBuiltIn({
      ...berlin,
      quietHours: { start: '22:00', end: '06:00' },
      interviewAt: '2025-06-10T21:30:00+02:00',
    });
    expect(dueTimes(plan)).toMatchObject({
      reflect: '2025-06-11T04:00:00.000Z',
      'follow-up-email': '2025-06-11T04:00:00.000Z',
      'follow-up-nudge': '2025-06-11T19:30:00.000Z',
    });
  });

  it('does not hold back the assignment email or coach alerts', () => {
    // Assigned at 23:00 local; interview 06:00 local in four days: coach alert at 06:00 local stays.
    const plan = planBuiltIn({ ...berlin, now: '2025-06-01T21:00:00Z', interviewAt: '2025-06-05T06:00:00+02:00' });
    expect(find(plan, 'assignment').dueAt).toEqual(new Date('2025-06-01T21:00:00Z'));
    expect(find(plan, 'coach-not-started').dueAt).toEqual(new Date('2025-06-03T04:00:00Z'));
    expect(find(plan, 'review-role').dueAt).toEqual(new Date('2025-06-03T06:00:00Z'));
  });

  it('sends a delayed assignment email at its time, outside quiet hours, or now if it cannot be kept', () => {
    const delayed = (offsetHours: number) =>
      BUILT_IN_SCHEDULE.map((e) => (e.kind === 'assignment' ? { ...e, offsetHours } : e));
    // Assigned 10:00 local; +12h is 22:00, quiet: 08:00 next morning.
    const plan = planBuiltIn({ ...berlin, schedule: delayed(12), interviewAt: '2025-06-10T12:00:00+02:00' });
    expect(find(plan, 'assignment').dueAt).toEqual(new Date('2025-06-02T06:00:00Z'));
    // +48h would be after an interview a day away: it goes now, carrying the link.
    const late = planBuiltIn({ ...berlin, schedule: delayed(48), interviewAt: '2025-06-02T12:00:00+02:00' });
    expect(find(late, 'assignment')).toMatchObject({ status: 'SCHEDULED', dueAt: new Date('2025-06-01T08:00:00Z') });
  });

  it('applies no quiet hours when the organization has none', () => {
    const plan = planBuiltIn({ ...berlin, quietHours: null, interviewAt: '2025-06-10T21:00:00+02:00' });
    expect(find(plan, 'reflect').dueAt).toEqual(new Date('2025-06-10T21:00:00Z'));
  });
});

describe('planReminders: late booking', () => {
  // London in June is BST (UTC+1). Interview 30 hours after now.
  const plan = planBuiltIn({
    interviewAt: '2025-06-03T18:00:00Z',
    timeZone: 'Europe/London',
    quietHours: NIGHT,
    now: '2025-06-02T12:00:00Z',
  });

  it('skips the reminders already past, keeping their due time', () => {
    expect(find(plan, 'research-company')).toMatchObject({
      status: 'SKIPPED',
      reason: 'missed-late-booking',
      dueAt: new Date('2025-05-31T18:00:00Z'),
    });
    expect(find(plan, 'review-role')).toMatchObject({
      status: 'SKIPPED',
      reason: 'missed-late-booking',
      dueAt: new Date('2025-06-01T18:00:00Z'),
    });
    expect(find(plan, 'coach-not-started')).toMatchObject({ status: 'SKIPPED', reason: 'missed-late-booking' });
  });

  const missedItems = [
    'explore-company-channels',
    'learn-the-culture',
    'talk-to-insiders',
    'map-job-requirements',
    'gather-your-evidence',
    'research-salary-range',
  ];

  it('sends one email: the assignment email carries the catch-up list, in order', () => {
    expect(plan.filter((r) => r.kind === 'catch-up')).toEqual([
      {
        kind: 'catch-up',
        recipient: 'candidate',
        dueAt: new Date('2025-06-02T12:00:00Z'),
        itemKeys: missedItems,
        status: 'SKIPPED',
        reason: 'merged',
        mergedInto: 'assignment',
      },
    ]);
    expect(find(plan, 'assignment')).toMatchObject({
      status: 'SCHEDULED',
      dueAt: new Date('2025-06-02T12:00:00Z'),
      itemKeys: missedItems,
    });
  });

  it('keeps the catch-up as its own email when there is no assignment email to carry it (a reschedule)', () => {
    const rescheduled = planBuiltIn({
      interviewAt: '2025-06-03T18:00:00Z',
      timeZone: 'Europe/London',
      quietHours: NIGHT,
      now: '2025-06-02T12:00:00Z',
      omitKinds: ['assignment'],
    });
    expect(rescheduled.map((r) => r.kind)).not.toContain('assignment');
    expect(find(rescheduled, 'catch-up')).toMatchObject({ status: 'SCHEDULED', itemKeys: missedItems });
  });

  it('keeps practice and final check', () => {
    expect(find(plan, 'practice')).toMatchObject({ status: 'SCHEDULED', dueAt: new Date('2025-06-02T18:00:00Z') });
    expect(find(plan, 'final-check')).toMatchObject({ status: 'SCHEDULED', dueAt: new Date('2025-06-03T16:00:00Z') });
  });

  it('lists skipped reminders in due order with the rest', () => {
    expect(plan.map((r) => r.kind)).toEqual([
      'research-company',
      'coach-not-started',
      'review-role',
      'assignment',
      'catch-up',
      'practice',
      'final-check',
      'reflect',
      'follow-up-email',
      'follow-up-nudge',
      'decision-check-in',
    ]);
  });

  it('adds no catch-up when nothing was missed', () => {
    const early = planBuiltIn({
      interviewAt: '2025-06-10T18:00:00Z',
      timeZone: 'Europe/London',
      now: '2025-06-02T12:00:00Z',
    });
    expect(early.some((r) => r.kind === 'catch-up' || r.status === 'SKIPPED')).toBe(false);
  });

  it('adds no catch-up when only the coach alert was missed', () => {
    const plan = planBuiltIn({
      interviewAt: '2025-06-04T10:00:00Z',
      timeZone: 'Europe/London',
      now: '2025-06-02T12:00:00Z',
      schedule: BUILT_IN_SCHEDULE.filter((e) => e.kind !== 'research-company' && e.kind !== 'review-role'),
    });
    expect(find(plan, 'coach-not-started')).toMatchObject({ status: 'SKIPPED', reason: 'missed-late-booking' });
    expect(plan.some((r) => r.kind === 'catch-up')).toBe(false);
  });
});

describe('planReminders: decision check-in', () => {
  const base = {
    interviewAt: '2025-06-07T14:00:00-05:00',
    timeZone: 'America/Chicago',
    quietHours: NIGHT,
    now: '2025-06-02T15:00:00Z',
  };

  it('goes at 10:00 local on the expected decision date', () => {
    const plan = planBuiltIn({ ...base, expectedDecisionDate: '2025-06-20' });
    expect(find(plan, 'decision-check-in')).toMatchObject({
      status: 'SCHEDULED',
      dueAt: new Date('2025-06-20T15:00:00Z'),
    });
  });

  it('uses the schedule fallback, or else 168 hours after the interview, without one', () => {
    const schedule = BUILT_IN_SCHEDULE.map((e) =>
      e.kind === 'decision-check-in' ? { ...e, fallback: { anchor: 'interview' as const, offsetHours: 72 } } : e,
    );
    expect(find(planBuiltIn({ ...base, schedule }), 'decision-check-in').dueAt).toEqual(
      new Date('2025-06-10T19:00:00Z'),
    );
    const withoutFallback = BUILT_IN_SCHEDULE.map((e) => ({ ...e, fallback: undefined }));
    expect(find(planBuiltIn({ ...base, schedule: withoutFallback }), 'decision-check-in').dueAt).toEqual(
      new Date('2025-06-14T19:00:00Z'),
    );
  });

  it('falls back to seven days (168 hours) after the interview by default', () => {
    for (const expectedDecisionDate of [undefined, null, '']) {
      const plan = planBuiltIn({ ...base, expectedDecisionDate });
      expect(find(plan, 'decision-check-in').dueAt).toEqual(new Date('2025-06-14T19:00:00Z'));
    }
  });

  it('respects quiet hours that cover 10:00', () => {
    const plan = planBuiltIn({
      ...base,
      quietHours: { start: '09:00', end: '11:30' },
      expectedDecisionDate: '2025-06-20',
    });
    expect(find(plan, 'decision-check-in').dueAt).toEqual(new Date('2025-06-20T16:30:00Z'));
  });

  it('is skipped as past-at-planning when the date has gone by', () => {
    const plan = planBuiltIn({ ...base, expectedDecisionDate: '2025-06-01' });
    expect(find(plan, 'decision-check-in')).toMatchObject({
      status: 'SKIPPED',
      reason: 'past-at-planning',
      dueAt: new Date('2025-06-01T15:00:00Z'),
    });
    expect(plan.some((r) => r.kind === 'catch-up')).toBe(false);
  });

  it('is skipped when the date comes before the interview', () => {
    const plan = planBuiltIn({ ...base, expectedDecisionDate: '2025-06-05' });
    expect(find(plan, 'decision-check-in')).toMatchObject({ status: 'SKIPPED', reason: 'decision-before-interview' });
  });
});

describe('planReminders: errors', () => {
  const valid: BuiltInPlanInput = {
    interviewAt: '2025-06-07T19:00:00Z',
    timeZone: 'Europe/Berlin',
    quietHours: NIGHT,
    now: '2025-06-02T15:00:00Z',
  };

  function codeOf(input: BuiltInPlanInput): ReminderPlanningErrorCode | undefined {
    try {
      planBuiltIn(input);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(ReminderPlanningError);
      return (error as ReminderPlanningError).code;
    }
  }

  it('accepts the valid input', () => {
    expect(codeOf(valid)).toBeUndefined();
  });

  it.each(['Mars/Olympus_Mons', '', '+05:00', 'EST5EDT ', 'Europe/Berlin/'])('refuses the time zone %j', (timeZone) => {
    expect(codeOf({ ...valid, timeZone })).toBe(ReminderPlanningErrorCode.InvalidTimeZone);
  });

  it.each(['2025-06-02T15:00:00Z', '2025-06-01T00:00:00Z'])(
    'refuses an interview at %s, not after now',
    (interviewAt) => {
      expect(codeOf({ ...valid, interviewAt })).toBe(ReminderPlanningErrorCode.InterviewNotInFuture);
    },
  );

  it.each([
    { start: '21:00', end: '24:00' },
    { start: '9pm', end: '8am' },
    { start: '08:00', end: '08:00' },
  ])('refuses the quiet hours %j', (quietHours) => {
    expect(codeOf({ ...valid, quietHours })).toBe(ReminderPlanningErrorCode.InvalidQuietHours);
  });

  it.each(['2025-02-30', '20-06-2025', '2025-6-20'])('refuses the decision date %j', (expectedDecisionDate) => {
    expect(codeOf({ ...valid, expectedDecisionDate })).toBe(ReminderPlanningErrorCode.InvalidDecisionDate);
  });

  it.each([
    { interviewAt: '2025-06-07T19:00:00' }, // no offset: would depend on the server's zone
    { interviewAt: 'next Tuesday' },
    { interviewAt: new Date(NaN) },
    { now: '2025-06-02' },
  ])('refuses the instant %j', (override) => {
    expect(codeOf({ ...valid, ...override })).toBe(ReminderPlanningErrorCode.InvalidInstant);
  });

  const badEntries: Partial<ReminderScheduleEntry>[] = [
    { offsetHours: Number.NaN },
    { anchor: 'assigned', offsetHours: -3 },
    { kind: 'catch-up' as never },
    { fallback: { anchor: 'interview', offsetHours: 168 } },
  ];
  it.each(badEntries)('refuses the schedule entry %j', (override) => {
    const schedule = [{ ...BUILT_IN_SCHEDULE[1], ...override }];
    expect(codeOf({ ...valid, schedule })).toBe(ReminderPlanningErrorCode.InvalidSchedule);
  });
});

describe('planReminders: one message where one will do', () => {
  const entry = (kind: ReminderScheduleEntry['kind'], offsetHours: number, itemKeys: string[], extra = {}) =>
    ({ kind, recipient: 'candidate', anchor: 'interview', offsetHours, itemKeys, ...extra }) as ReminderScheduleEntry;
  const input = {
    interviewAt: '2025-06-10T12:00:00Z',
    timeZone: 'UTC',
    now: '2025-06-01T12:00:00Z',
  };
  const plan = (schedule: ReminderScheduleEntry[], extra = {}) =>
    planReminders({ ...input, schedule, ...extra }) as PlannedReminder[];

  it('merges a reminder due within 30 minutes of an earlier one to the same recipient into it', () => {
    const merged = plan([entry('review-role', -48, ['a']), entry('practice', -47.75, ['b', 'a'])]);
    expect(find(merged, 'review-role')).toMatchObject({ status: 'SCHEDULED', itemKeys: ['a', 'b'] });
    expect(find(merged, 'practice')).toMatchObject({ status: 'SKIPPED', reason: 'merged', mergedInto: 'review-role' });
  });

  it('keeps messages 30 minutes apart or more, and never merges across recipients', () => {
    const apart = plan([
      entry('review-role', -48, ['a']),
      entry('practice', -47.5, ['b']),
      entry('coach-not-started', -48, [], { recipient: 'coach' }),
    ]);
    expect(apart.every((r) => r.status === 'SCHEDULED')).toBe(true);
  });

  it('chains: each message is measured from the last one kept, so a run of close reminders is one message', () => {
    const chain = plan([
      entry('research-company', -48, ['a']),
      entry('review-role', -47.75, ['b']),
      entry('practice', -47.25, ['c']),
    ]);
    expect(chain.filter((r) => r.status === 'SCHEDULED').map((r) => r.kind)).toEqual(['research-company', 'practice']);
    expect(find(chain, 'research-company').itemKeys).toEqual(['a', 'b']);
  });

  it('drops a send-time condition the absorbed reminder was not subject to', () => {
    const conditional = plan([
      entry('follow-up-email', 4, ['x'], { condition: 'follow-up-not-sent' }),
      entry('follow-up-nudge', 4.25, ['y']),
    ]);
    expect(find(conditional, 'follow-up-email').condition).toBeUndefined();
    expect(find(conditional, 'follow-up-email').itemKeys).toEqual(['x', 'y']);
  });

  it('plans each on its own time when asked not to merge', () => {
    const separate = plan([entry('review-role', -48, ['a']), entry('practice', -47.75, ['b'])], {
      mergeWithinMinutes: 0,
    });
    expect(separate.every((r) => r.status === 'SCHEDULED')).toBe(true);
  });
});

describe('planReminders: a reschedule announces the move first', () => {
  const late = {
    interviewAt: '2025-06-03T18:00:00Z',
    timeZone: 'Europe/London',
    quietHours: NIGHT,
    now: '2025-06-02T12:00:00Z',
    omitKinds: ['assignment'],
    announceMove: true,
  };

  it('plans the move notice now and lets the catch-up ride in it, though "catch-up" sorts first', () => {
    const plan = planBuiltIn(late);
    const notice = find(plan, 'interview-moved');
    expect(notice).toMatchObject({ status: 'SCHEDULED', recipient: 'candidate', dueAt: new Date(late.now) });
    expect(find(plan, 'catch-up')).toMatchObject({
      status: 'SKIPPED',
      reason: 'merged',
      mergedInto: 'interview-moved',
    });
    expect(notice.itemKeys).toEqual(find(plan, 'catch-up').itemKeys);
  });

  it('plans no notice when not asked to', () => {
    expect(planBuiltIn({ ...late, announceMove: false }).map((r) => r.kind)).not.toContain('interview-moved');
  });
});
