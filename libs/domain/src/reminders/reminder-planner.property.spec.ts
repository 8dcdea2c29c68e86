import { BUILT_IN_SCHEDULE, BuiltInPlanInput, planBuiltIn } from '../../../../test/support/built-in-schedule';
import { MIN_MESSAGE_SPACING_MINUTES, PlannedReminder } from './reminder-planner';
import { reminderPhase } from './reminder-schedule';
import { ReminderStatus } from './reminder-status';

// Invariants over every zone the runtime knows and dates spread over a year, from a
// fixed-seed generator so a failure reproduces. Local clock readings come from Intl, not
// from the planner's own conversions.

const CASES_PER_ZONE = 4;
const HOUR_MS = 3_600_000;
const YEAR_START = Date.UTC(2026, 0, 1);

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

const formatters = new Map<string, Intl.DateTimeFormat>();
function localParts(instant: Date, timeZone: string): Record<string, number> {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant).filter((p) => p.type !== 'literal');
  return Object.fromEntries(parts.map((p) => [p.type, Number(p.value)]));
}

function localMinuteOfDay(instant: Date, timeZone: string): number {
  const { hour, minute, second } = localParts(instant, timeZone);
  return hour * 60 + minute + (second + (instant.getTime() % 1000) / 1000) / 60;
}

function isQuiet(minute: number, start: number, end: number): boolean {
  return start > end ? minute > start || minute < end : minute > start && minute < end;
}

function randomInput(random: () => number, timeZone: string): BuiltInPlanInput {
  const nowMs = YEAR_START + Math.floor(random() * 365 * 24 * HOUR_MS) + Math.floor(random() * 1000);
  // From just over an hour to ten days ahead, so late bookings and quiet-hour squeezes are common.
  const interviewMs = nowMs + HOUR_MS + Math.floor(random() * 240 * HOUR_MS);
  const quietChoice = random();
  const quietHours =
    quietChoice < 0.15
      ? undefined
      : quietChoice < 0.6
        ? { start: '21:00', end: '08:00' }
        : (() => {
            const start = Math.floor(random() * 1440);
            const end = (start + 1 + Math.floor(random() * 1000)) % 1440;
            return { start: hhmm(start), end: hhmm(end) };
          })();
  const decisionChoice = random();
  const expectedDecisionDate =
    decisionChoice < 0.5
      ? undefined
      : (() => {
          const { year, month, day } = localParts(new Date(interviewMs + (random() * 20 - 4) * 24 * HOUR_MS), timeZone);
          return `${year}-${pad(month)}-${pad(day)}`;
        })();
  return { timeZone, now: new Date(nowMs), interviewAt: new Date(interviewMs), quietHours, expectedDecisionDate };
}

const PRE_INTERVIEW_KINDS = new Set<string>([
  'catch-up',
  ...BUILT_IN_SCHEDULE.filter((e) => reminderPhase(e) === 'before').map((e) => e.kind),
]);
// Sent in answer to the coach's action, at the planning instant, whatever the hour.
const IMMEDIATE_KINDS = new Set<string>(['assignment', 'catch-up']);

function violations(input: BuiltInPlanInput, plan: PlannedReminder[]): string[] {
  const problems: string[] = [];
  const nowMs = (input.now as Date).getTime();
  const interviewMs = (input.interviewAt as Date).getTime();
  plan.forEach((r, i) => {
    const previous = plan[i - 1];
    if (previous && (previous.dueAt > r.dueAt || (+previous.dueAt === +r.dueAt && previous.kind > r.kind))) {
      problems.push(`not sorted at ${r.kind}`);
    }
    if (r.status !== ReminderStatus.SCHEDULED) return;
    if (r.dueAt.getTime() < nowMs) problems.push(`${r.kind} due before now`);
    if (PRE_INTERVIEW_KINDS.has(r.kind) && r.dueAt.getTime() > interviewMs)
      problems.push(`${r.kind} after the interview`);
    if (IMMEDIATE_KINDS.has(r.kind) && r.dueAt.getTime() !== nowMs) problems.push(`${r.kind} not sent now`);
    if (input.quietHours && r.recipient === 'candidate' && !IMMEDIATE_KINDS.has(r.kind)) {
      const [start, end] = [input.quietHours.start, input.quietHours.end].map(
        (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)),
      );
      if (isQuiet(localMinuteOfDay(r.dueAt, input.timeZone), start, end)) problems.push(`${r.kind} in quiet hours`);
    }
  });
  const kinds = plan
    .map((r) => r.kind)
    .filter((k) => k !== 'catch-up')
    .sort();
  if (
    kinds.join() !==
    BUILT_IN_SCHEDULE.map((e) => e.kind)
      .sort()
      .join()
  )
    problems.push('kinds lost or doubled');
  problems.push(...spacingViolations(plan));
  const missedItems = plan.some(
    (r) => r.recipient === 'candidate' && r.reason === 'missed-late-booking' && r.itemKeys.length > 0,
  );
  if (missedItems !== plan.some((r) => r.kind === 'catch-up'))
    problems.push('catch-up does not match missed reminders');
  return problems;
}

/** Scheduled messages to one recipient are 30 minutes apart; a merged one's items ride in an earlier scheduled one. */
function spacingViolations(plan: PlannedReminder[]): string[] {
  const problems: string[] = [];
  const scheduled = plan.filter((r) => r.status === ReminderStatus.SCHEDULED);
  scheduled.forEach((r, i) => {
    const next = scheduled.slice(i + 1).find((other) => other.recipient === r.recipient);
    if (next && next.dueAt.getTime() - r.dueAt.getTime() < MIN_MESSAGE_SPACING_MINUTES * 60_000)
      problems.push(`${r.kind} and ${next.kind} closer than the spacing`);
  });
  for (const r of plan.filter((other) => other.reason === 'merged')) {
    const carrier = scheduled.find((other) => other.kind === r.mergedInto && other.recipient === r.recipient);
    if (!carrier || carrier.dueAt > r.dueAt || !r.itemKeys.every((key) => carrier.itemKeys.includes(key)))
      problems.push(`${r.kind} merged into nothing that carries its items`);
  }
  return problems;
}

describe('planReminders: invariants over every zone and a year of dates', () => {
  const zones = Intl.supportedValuesOf('timeZone');

  it('knows enough zones for the check to mean something', () => {
    expect(zones.length).toBeGreaterThan(300);
  });

  it('keeps every invariant, deterministically', () => {
    const random = mulberry32(20250607);
    const failures: string[] = [];
    let planned = 0;
    let moved = 0;
    let caughtUp = 0;
    for (const zone of zones) {
      for (let i = 0; i < CASES_PER_ZONE; i++) {
        const input = randomInput(random, zone);
        const plan = planBuiltIn(input);
        planned++;
        if (plan.some((r) => r.kind === 'catch-up')) caughtUp++;
        if (plan.some((r) => r.kind === 'reflect' && +r.dueAt !== +(input.interviewAt as Date) + 2 * HOUR_MS)) moved++;
        const problems = violations(input, plan);
        expect(planBuiltIn(input)).toEqual(plan);
        if (problems.length > 0) failures.push(`${JSON.stringify(input)}: ${problems.join('; ')}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // The generator must reach the interesting paths, or the invariants prove little.
    expect(planned).toBe(zones.length * CASES_PER_ZONE);
    expect(caughtUp).toBeGreaterThan(planned / 10);
    expect(moved).toBeGreaterThan(planned / 10);
  });
});
