import { loadConfigWithOverrides } from '@prep/config';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { assignPlan, createCandidate, Session, signUp, startTcpProxy } from '../support/fixtures';
import { hasRedisServer, startOwnRedis } from '../support/reminders/redis-server';
import {
  attemptsOf,
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
import { waitFor, waitForJobs } from '../support/wait-for';

const FIVE_DAYS = 5 * 24 * 60;

describe('reminder sending under concurrency and failures', () => {
  let world: ReminderWorld;
  let owner: Session;

  beforeAll(async () => {
    world = await startReminderWorld('resilience');
    owner = await signUp(world.api, 'Resilience Coaching');
    // Two workers on the same Redis and database, as when scaled out.
    await world.startWorker();
    await world.startWorker();
  });
  afterAll(() => world?.close());
  afterEach(() => world.smtp.answerWith(() => ({ accept: true })));

  const acceptedIds = () => world.smtp.accepted().map((mail) => mail.messageId);
  const timesAccepted = (messageId: string) => acceptedIds().filter((id) => id === messageId).length;

  /** A plan five days out, its assignment email sent, and one later reminder of it. */
  async function pendingReminder(kind = 'research-company'): Promise<ReminderRow> {
    const candidate = await createCandidate(world.api, owner);
    const { assignment } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(FIVE_DAYS)),
    });
    await waitForStatus(world, (await reminderOf(world.db, assignment.id, 'assignment')).id, 'SENT');
    return reminderOf(world.db, assignment.id, kind);
  }

  it('sends each reminder once with two workers racing for it', async () => {
    const rows = await Promise.all([1, 2, 3, 4, 5].map(() => pendingReminder()));
    const copies: string[] = [];
    const scanTimers: string[] = [];
    for (const row of rows) {
      const { version } = await makeDue(world.db, row.id, 1500);
      scanTimers.push(timerOf({ id: row.id, version }));
      // Besides the scan's timer, three more wake-up calls for the same row version (as a stalled
      // job run again would give): only the claim keeps the two workers from sending it twice.
      for (const copy of [1, 2, 3]) {
        const jobId = `copy-${copy}-${row.id}`;
        await world.reminderJobs.queue.add(
          'send-reminder',
          { organizationId: owner.organization.id, reminderId: row.id, version },
          { jobId, delay: 1500 },
        );
        copies.push(jobId);
      }
    }
    const sent = await Promise.all(rows.map((row) => waitForStatus(world, row.id, 'SENT')));
    // Any late duplicate would come from a wake-up call still to run: wait for all of them. A scan
    // timer that does not exist by now never will (the scan arms no SENT row).
    const armed = await Promise.all(
      scanTimers.map(async (id) => ((await world.reminderJobs.queue.getJobState(id)) === 'unknown' ? [] : [id])),
    );
    await waitForJobs(world.reminderJobs, [...copies, ...armed.flat()], 'every wake-up call of the five rows to run');
    for (const row of sent) expect(timesAccepted(row.message_id!)).toBe(1);
    const { rows: deliveries } = await world.db.query(
      'SELECT count(*)::int AS n FROM deliveries WHERE reminder_id = ANY($1)',
      [sent.map((row) => row.id)],
    );
    expect(deliveries[0].n).toBe(5);
  });

  it('loses nothing when Redis loses every key (the prefix deleted, as FLUSHALL would)', async () => {
    const rows = await Promise.all([pendingReminder(), pendingReminder(), pendingReminder()]);
    // Due shortly, so the timers exist in Redis before the keys go.
    for (const row of rows) await makeDue(world.db, row.id, 2500);
    for (const row of rows) await waitForStatus(world, row.id, 'QUEUED');
    // FLUSHALL would also empty other spec files' queues on this shared Redis: delete this prefix only.
    expect(await world.deletePrefixKeys()).toBeGreaterThan(0);

    // The workers put the scan schedule back, and the next scan re-creates every timer from Postgres.
    // A worker checks for the schedule on a timer of its own, not in a job: nothing to wake on but time.
    await waitFor(
      () => world.reminderJobs.queue.getJobScheduler('schedule-reminders'),
      'the scan schedule to be registered again',
    );

    for (const row of rows) {
      const sent = await waitForStatus(world, row.id, 'SENT');
      expect(timesAccepted(sent.message_id!)).toBe(1);
    }
  });

  it('retries while the server answers 451, and delivers once it accepts', async () => {
    const row = await pendingReminder();
    const messageId = `<reminder-${row.id}@prep.example>`;
    let refusals = 0;
    world.smtp.answerWith((mail) =>
      mail.messageId === messageId && refusals++ < 2
        ? { accept: false, code: 451, message: '4.3.0 Mailbox busy, try later' }
        : { accept: true },
    );
    await makeDue(world.db, row.id);

    const sent = await waitForStatus(world, row.id, 'SENT');
    expect(sent).toMatchObject({ attempts: 3, claimed_until: null });
    expect(refusals).toBe(3); // two refusals, then the accepted third offer
    expect(timesAccepted(messageId)).toBe(1);
    // Each try is a row with the server's answer; none is lost to the next.
    const attempts = await attemptsOf(world.db, row.id);
    expect(attempts.map((attempt) => [attempt.attempt, attempt.outcome])).toEqual([
      [1, 'retrying'],
      [2, 'retrying'],
      [3, 'sent'],
    ]);
    expect(attempts[0].detail).toMatch(/451.*Mailbox busy/);
    expect(attempts[1].detail).toMatch(/451.*Mailbox busy/);
    expect(attempts[2]).toMatchObject({ message_id: messageId, possible_duplicate: false });
    expect(attempts[2].detail).toMatch(/^250/);
  });

  it("fails for good on a 550, keeping the server's reason", async () => {
    const row = await pendingReminder();
    const messageId = `<reminder-${row.id}@prep.example>`;
    world.smtp.answerWith((mail) =>
      mail.messageId === messageId
        ? { accept: false, code: 550, message: '5.1.1 Mailbox does not exist' }
        : { accept: true },
    );
    await makeDue(world.db, row.id);

    const failed = await waitForStatus(world, row.id, 'FAILED');
    expect(failed).toMatchObject({ attempts: 1, claimed_until: null, reason: 'refused' });
    expect(failed.last_error).toMatch(/550.*Mailbox does not exist/);
    expect(timesAccepted(messageId)).toBe(0);
    const [attempt, ...more] = await attemptsOf(world.db, row.id);
    expect(more).toEqual([]);
    expect(attempt).toMatchObject({ attempt: 1, outcome: 'failed', possible_duplicate: false });
    expect(attempt.detail).toMatch(/550.*Mailbox does not exist/);
  });

  it('rides out a Redis outage and sends what comes due after it', async () => {
    await world.stopWorkers();
    const proxy = await startTcpProxy(loadConfigWithOverrides(world.env).redis.url);
    try {
      await world.startWorker({ REDIS_URL: proxy.url });
      await proxy.stop();
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the outage itself, long enough for reconnect attempts to fail
      await proxy.start();
      const row = await pendingReminder();
      await makeDue(world.db, row.id);
      expect(await waitForStatus(world, row.id, 'SENT')).toMatchObject({ attempts: 1 });
    } finally {
      await world.stopWorkers(); // while the proxy still forwards: a worker cut off from Redis waits for it to close
      await proxy.close();
    }
  });

  (hasRedisServer ? it : it.skip)(
    'refuses to start on a Redis that may evict keys, naming the setting in one line',
    async () => {
      const evicting = await startOwnRedis(['--maxmemory-policy', 'allkeys-lru']);
      try {
        const config = loadConfigWithOverrides({ ...world.env, REDIS_URL: evicting.url });
        const failure = await createWorkerApp(config).then(
          () => null,
          (error: Error) => error,
        );
        expect(failure?.stack).toBe(
          'Redis maxmemory-policy is "allkeys-lru", but the worker needs "noeviction" (an evicting Redis silently drops queued jobs). ' +
            'Set maxmemory-policy noeviction in redis.conf, or run: redis-cli CONFIG SET maxmemory-policy noeviction',
        );
      } finally {
        await evicting.kill();
      }
    },
  );
});
