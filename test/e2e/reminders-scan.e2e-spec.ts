import { INestApplicationContext } from '@nestjs/common';
import { DueReminderScan } from '../../apps/worker/src/reminders/due-reminder-scan';
import { assignPlan, createCandidate, Session, signUp } from '../support/fixtures';
import {
  interviewInput,
  makeDue,
  minutesFromNow,
  reminderOf,
  ReminderRow,
  ReminderWorld,
  startReminderWorld,
  timerOf,
  waitForStatus,
} from '../support/reminders/harness';

const FIVE_DAYS = 5 * 24 * 60;
const HOUR = 3_600_000;
// Passes run here by hand: the scheduled one (and its near window of two intervals, 20 minutes) stays out of the way.
const SCAN_SETTINGS = { REMINDER_SCAN_INTERVAL_SECONDS: '600', REMINDER_HORIZON_MINUTES: '60' };

describe('the scheduler scan', () => {
  let world: ReminderWorld;
  let owner: Session;
  let scan: DueReminderScan;

  beforeAll(async () => {
    world = await startReminderWorld('scan');
    owner = await signUp(world.api, 'Scan Coaching');
    const worker: INestApplicationContext = await world.startWorker(SCAN_SETTINGS);
    scan = worker.get(DueReminderScan);
  });
  afterAll(() => world?.close());

  /** A pending reminder of a plan five days out, moved to `inMs` from now without a timer (as a lost enqueue leaves it). */
  async function reminderDueIn(inMs: number): Promise<ReminderRow> {
    const candidate = await createCandidate(world.api, owner);
    const { assignment } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(FIVE_DAYS)),
    });
    await waitForStatus(world, (await reminderOf(world.db, assignment.id, 'assignment')).id, 'SENT');
    return makeDue(world.db, (await reminderOf(world.db, assignment.id, 'research-company')).id, inMs);
  }

  const hasTimer = async (row: ReminderRow) => (await world.reminderJobs.queue.getJobState(timerOf(row))) !== 'unknown';

  it('arms a row when it enters the horizon, then leaves it alone until it nears its time', async () => {
    const row = await reminderDueIn(2 * HOUR);
    await scan.scan({ full: true });
    expect(await hasTimer(row)).toBe(false); // beyond the hour's horizon

    const entered = await scan.scan({}, Date.now() + 1.5 * HOUR);
    expect(entered).toMatchObject({ full: false, rows: 1, added: 1 });
    expect(await hasTimer(row)).toBe(true);

    // Armed and not yet near: the next passes read nothing, however many of them run.
    expect(await scan.scan({}, Date.now() + 1.5 * HOUR)).toMatchObject({ full: false, rows: 0, added: 0 });
    expect(await scan.scan({}, Date.now() + 1.6 * HOUR)).toMatchObject({ full: false, rows: 0, added: 0 });
  });

  it('gives a row near its time its lost timer back, and every row of the horizon once Redis lost its keys', async () => {
    const row = await reminderDueIn(2 * HOUR);
    await scan.scan({ full: true }, Date.now() + 1.5 * HOUR);
    expect(await hasTimer(row)).toBe(true);
    await world.reminderJobs.queue.remove(timerOf(row)); // the timer lost

    // Not near yet: armed once, not looked at again. Within two intervals (20 minutes) of its
    // time, it is checked on every pass.
    await scan.scan({}, Date.now() + 1.5 * HOUR);
    expect(await hasTimer(row)).toBe(false);
    const near = await scan.scan({}, Date.now() + 2 * HOUR - 15 * 60_000);
    expect(near.added).toBeGreaterThanOrEqual(1);
    expect(await hasTimer(row)).toBe(true);

    await world.deletePrefixKeys(); // the watermark goes with the timers
    const afterFlush = await scan.scan({}, Date.now() + 1.5 * HOUR);
    expect(afterFlush.full).toBe(true);
    expect(await hasTimer(row)).toBe(true);
  });
});
