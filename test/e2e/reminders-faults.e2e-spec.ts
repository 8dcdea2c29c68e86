import { loadConfig } from '@prep/config';
import { assignPlan, createCandidate, Session, signUp, withPg } from '../support/fixtures';
import {
  attemptsOf,
  interviewInput,
  makeDue,
  minutesFromNow,
  reminderById,
  reminderOf,
  ReminderRow,
  ReminderWorld,
  startReminderWorld,
  waitForStatus,
} from '../support/reminders/harness';
import { waitFor } from '../support/wait-for';
import { hasRedisServer, startOwnRedis } from '../support/reminders/redis-server';

const FIVE_DAYS = 5 * 24 * 60;
// The scan is made slow here: recovering within the bounds must not depend on it.
const SLOW_SCAN = { REMINDER_SCAN_INTERVAL_SECONDS: '600' };

describe('reminders through real outages', () => {
  let world: ReminderWorld;
  let owner: Session;

  beforeAll(async () => {
    world = await startReminderWorld('faults');
    owner = await signUp(world.api, 'Faults Coaching');
  });
  afterAll(() => world?.close());
  afterEach(async () => {
    await world.stopWorkers();
    world.smtp.answerWith(() => ({ accept: true }));
  });

  const timesAccepted = (messageId: string) =>
    world.smtp.accepted().filter((mail) => mail.messageId === messageId).length;

  /** A plan five days out and one of its later reminders, pending; no worker has seen it yet. */
  async function plannedReminder(kind = 'research-company'): Promise<ReminderRow> {
    const candidate = await createCandidate(world.api, owner);
    const { assignment } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(FIVE_DAYS)),
    });
    return reminderOf(world.db, assignment.id, kind);
  }

  it('waits out a relay away for longer than the old retry budget and delivers after, never FAILED', async () => {
    await world.startWorker({ REMINDER_RETRY_BASE_MS: '100', REMINDER_RETRY_MAX_MS: '400' });
    const row = await plannedReminder();
    const messageId = `<reminder-${row.id}@prep.example>`;
    let refusals = 0;
    // Ten refusals: six attempts used to be all a reminder got.
    world.smtp.answerWith((mail) =>
      mail.messageId === messageId && refusals++ < 10
        ? { accept: false, code: 421, message: '4.7.0 Try again later, closing connection' }
        : { accept: true },
    );
    await makeDue(world.db, row.id);

    const sent = await waitForStatus(world, row.id, 'SENT', 20_000);
    expect(sent).toMatchObject({ attempts: 11, claimed_until: null });
    expect(timesAccepted(messageId)).toBe(1);
    const attempts = await attemptsOf(world.db, row.id);
    expect(attempts.map((attempt) => attempt.outcome)).toEqual([...Array(10).fill('retrying'), 'sent']);
    const { rows: statuses } = await world.db.query('SELECT to_status FROM reminder_changes WHERE reminder_id = $1', [
      row.id,
    ]);
    expect(statuses.map((change) => change.to_status)).not.toContain('FAILED');
  });

  it('stops retrying a reminder once the interview starts: it ends SKIPPED, expired, never sent late', async () => {
    await world.startWorker();
    const row = await plannedReminder();
    const messageId = `<reminder-${row.id}@prep.example>`;
    const { rows } = await world.db.query(
      `UPDATE assignments SET starts_at = now() + interval '2 seconds' WHERE id = $1 RETURNING starts_at`,
      [row.assignment_id],
    );
    const interviewAt: Date = rows[0].starts_at;
    world.smtp.answerWith((mail) =>
      mail.messageId === messageId ? { accept: false, code: 451, message: '4.3.0 Mailbox busy' } : { accept: true },
    );
    await makeDue(world.db, row.id);

    const expired = await waitForStatus(world, row.id, 'SKIPPED', 10_000);
    expect(expired).toMatchObject({ reason: 'expired', sent_at: null, message_id: null });
    expect(expired.last_error).toMatch(/451/);
    expect(timesAccepted(messageId)).toBe(0);
    const attempts = await attemptsOf(world.db, row.id);
    expect(attempts.at(-1)?.outcome).toBe('expired');
    // A retry due just before the start may be claimed just after it (a slow machine): that attempt
    // only ends the reminder. None after the start tries to send.
    const { rows: late } = await world.db.query(
      `SELECT count(*)::int AS n FROM reminder_attempts WHERE reminder_id = $1 AND started_at > $2 AND outcome <> 'expired'`,
      [row.id, interviewAt],
    );
    expect(late[0].n).toBe(0);
  });

  (hasRedisServer ? it : it.skip)('sends what fell due within 15 s of Redis coming back empty', async () => {
    const redis = await startOwnRedis();
    // The worker's jobs run on this Redis, not the world's, so no queue event wakes the waits: poll the rows.
    const polledStatus = (id: string, status: string, timeoutMs?: number) =>
      waitFor(
        async () => {
          const current = await reminderById(world.db, id);
          return current.status === status ? current : undefined;
        },
        `reminder ${id} to be ${status}`,
        { timeoutMs },
      );
    try {
      const row = await plannedReminder();
      await world.startWorker({ ...SLOW_SCAN, REDIS_URL: redis.url });
      // Settled first: the assignment email sent, the scan the schedule runs at once long done.
      await polledStatus((await reminderOf(world.db, row.assignment_id, 'assignment')).id, 'SENT');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await redis.kill();
      await makeDue(world.db, row.id); // falls due while Redis is away
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await redis.start(); // empty: no timer, no scan schedule survived
      const backAt = Date.now();

      const sent = await polledStatus(row.id, 'SENT', 15_000);
      expect(Date.now() - backAt).toBeLessThan(15_000);
      expect(timesAccepted(sent.message_id!)).toBe(1);
    } finally {
      await world.stopWorkers();
      await redis.kill();
    }
  });

  it('retries a claim whose Postgres backend was terminated mid-statement, and sends once', async () => {
    await world.startWorker(SLOW_SCAN);
    const row = await plannedReminder();
    const messageId = `<reminder-${row.id}@prep.example>`;
    const locker = await world.db.connect();
    const database = (await locker.query('SELECT current_database() AS name')).rows[0].name as string;
    try {
      // Holding the row makes the worker's claim wait on it, mid-statement, until its backend is cut.
      const { version } = await makeDue(world.db, row.id);
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM reminders WHERE id = $1 FOR UPDATE', [row.id]);
      await world.reminderJobs.queue.add(
        'send-reminder',
        { organizationId: owner.organization.id, reminderId: row.id, version },
        { jobId: `cut-${row.id}` },
      );
      const terminated = await waitFor(async () => {
        // Only a superuser sees (and may end) another role's backends; the world's database, by name.
        const rows = await withPg(
          loadConfig().database.adminUrl,
          async (admin) =>
            (
              await admin.query(
                `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity
                WHERE datname = $1 AND usename = 'prep_app' AND wait_event_type = 'Lock'
                  AND query LIKE '%reminder_claim_for_send%'`,
                [database],
              )
            ).rows,
        );
        return rows.length > 0 ? rows.length : null;
      }, "the worker's claim to wait on the row");
      expect(terminated).toBe(1);
      await locker.query('ROLLBACK');
      const releasedAt = Date.now();

      // The statement itself is tried again on a new connection, within a second (the job's own
      // rerun would come only after 2 s).
      const sent = await waitForStatus(world, row.id, 'SENT', 10_000);
      expect(Date.now() - releasedAt).toBeLessThan(1_500);
      expect(timesAccepted(messageId)).toBe(1);
      expect(sent.attempts).toBe(1);
      expect((await attemptsOf(world.db, row.id)).map((attempt) => attempt.outcome)).toEqual(['sent']);
      expect((await reminderById(world.db, row.id)).claimed_until).toBeNull();
    } finally {
      locker.release();
    }
  });
});
