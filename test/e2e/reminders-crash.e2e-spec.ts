import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '@prep/config';
import { NEXT_REMINDER_VERSION_SQL, PENDING_REMINDER_STATUSES_SQL } from '@prep/domain';
import { assignPlan, createCandidate, signUp } from '../support/fixtures';
import {
  interviewInput,
  minutesFromNow,
  reminderOf,
  ReminderWorld,
  startReminderWorld,
} from '../support/reminders/harness';
import { onEvents, waitFor } from '../support/wait-for';

// The worker as it ships (npm run build first), so SIGKILL ends a real process mid-send.
const root = resolve(__dirname, '../..');
const WORKER_MAIN = resolve(root, 'dist/apps/worker/apps/worker/src/main.js');
const ASSIGNMENTS = 12;

interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<void>;
  output: () => string;
}

function spawnWorker(world: ReminderWorld, overrides: Record<string, string> = {}): WorkerProcess {
  const child = spawn(process.execPath, [WORKER_MAIN], {
    cwd: root,
    env: { APP_ENV: 'test', REDIS_URL: loadConfig().redis.url, ...world.env, LOG_LEVEL: 'info', ...overrides },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  return { child, exited, output: () => output };
}

async function waitUntilProcessing(worker: WorkerProcess): Promise<void> {
  const { child, output } = worker;
  await waitFor(
    () => {
      if (/Processing queues/.test(output())) return true;
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the worker exited:\n${output()}`);
      return false;
    },
    () => `the worker to boot; output:\n${output()}`,
    { wakeOn: [onEvents(child.stdout!, 'data'), onEvents(child.stderr!, 'data'), onEvents(child, 'exit')] },
  );
}

// Short claims for the test; production's default is 15 s, the same mechanism.
const LEASE_MS = 2500;
// The takeover bound: a lapsed claim is seen within half a lease and claimed again at once.
const TAKEOVER_BOUND_MS = 3 * LEASE_MS + 2000;

describe('a worker killed mid-burst', () => {
  let world: ReminderWorld;
  let survivor: WorkerProcess | undefined;

  beforeAll(async () => {
    if (!existsSync(WORKER_MAIN)) throw new Error('Build the apps first: npm run build');
    world = await startReminderWorld('crash');
  });
  afterAll(async () => {
    survivor?.child.kill('SIGKILL');
    await survivor?.exited;
    await world?.close();
  });

  it('has a live worker take over the killed one’s sends within seconds, a duplicate possible only for one in flight and flagged', async () => {
    // The burst is planned while no worker runs: per assignment its email and its first reminder.
    const owner = await signUp(world.api, 'Crash Coaching');
    const reminderIds: string[] = [];
    for (let i = 0; i < ASSIGNMENTS; i++) {
      const candidate = await createCandidate(world.api, owner);
      const { assignment } = await assignPlan(world.api, owner, candidate.id, {
        interview: interviewInput(minutesFromNow(5 * 24 * 60)),
      });
      reminderIds.push((await reminderOf(world.db, assignment.id, 'assignment')).id);
      reminderIds.push((await reminderOf(world.db, assignment.id, 'research-company')).id);
    }
    world.smtp.setAcceptDelayMs(400); // sends stay in flight long enough to be cut off

    // Two workers, as when scaled out; the burst falls due once both are up (until then an hour away).
    const moveBurst = (sql: string) =>
      world.db.query(
        `UPDATE reminders SET due_at = ${sql}, version = ${NEXT_REMINDER_VERSION_SQL} WHERE id = ANY($1) AND status IN (${PENDING_REMINDER_STATUSES_SQL})`,
        [reminderIds],
      );
    await moveBurst(`now() + interval '1 hour'`);
    const env = { REMINDER_CLAIM_LEASE_MS: String(LEASE_MS) };
    const doomed = spawnWorker(world, env);
    survivor = spawnWorker(world, env);
    await Promise.all([waitUntilProcessing(doomed), waitUntilProcessing(survivor)]);
    await moveBurst('now()');
    await waitFor(() => world.smtp.accepted().length >= 3, 'the burst to start', { wakeOn: [world.smtp.received] });
    doomed.child.kill('SIGKILL');
    const killedAt = Date.now();
    await doomed.exited;

    // Claimed and not recorded at the kill: the only ones that may go out twice.
    const { rows: inFlight } = await world.db.query(
      `SELECT id FROM reminders WHERE id = ANY($1) AND status = 'QUEUED' AND claimed_until IS NOT NULL`,
      [reminderIds],
    );
    const mayRepeat = new Set(inFlight.map((row: { id: string }) => `<reminder-${row.id}@prep.example>`));

    await waitFor(
      async () => {
        const { rows } = await world.db.query(
          `SELECT count(*)::int AS n FROM reminders WHERE id = ANY($1) AND status = 'SENT'`,
          [reminderIds],
        );
        return rows[0].n === reminderIds.length;
      },
      'every reminder to be SENT',
      { wakeOn: [world.reminderJobs.jobsFinishing], timeoutMs: 20_000 },
    );
    expect(Date.now() - killedAt).toBeLessThan(TAKEOVER_BOUND_MS);

    const accepted = new Map<string, number>();
    for (const mail of world.smtp.accepted()) accepted.set(mail.messageId, (accepted.get(mail.messageId) ?? 0) + 1);
    for (const id of reminderIds) expect(accepted.get(`<reminder-${id}@prep.example>`)).toBeGreaterThanOrEqual(1);
    const repeated = [...accepted].filter(([, times]) => times > 1).map(([messageId]) => messageId);
    for (const messageId of repeated) expect(mayRepeat.has(messageId)).toBe(true);
    expect(world.smtp.accepted()).toHaveLength(reminderIds.length + repeated.length);

    // Every send the kill interrupted shows on the trace: the interrupted attempt, then one that
    // says it may be a duplicate. Every message that did go out twice is among them.
    const { rows: attempts } = await world.db.query(
      `SELECT reminder_id, attempt, outcome, possible_duplicate FROM reminder_attempts
        WHERE reminder_id = ANY($1) ORDER BY reminder_id, attempt`,
      [reminderIds],
    );
    const flagged = new Set(
      attempts.filter((row) => row.possible_duplicate).map((row) => `<reminder-${row.reminder_id}@prep.example>`),
    );
    for (const messageId of repeated) expect(flagged.has(messageId)).toBe(true);
    for (const row of attempts.filter((attempt) => attempt.possible_duplicate))
      expect(attempts).toContainEqual({
        ...row,
        attempt: row.attempt - 1,
        outcome: 'interrupted',
        possible_duplicate: false,
      });
    expect(attempts.filter((row) => row.outcome === 'sent')).toHaveLength(reminderIds.length);
    const { rows: deliveries } = await world.db.query(
      'SELECT count(*)::int AS n FROM deliveries WHERE reminder_id = ANY($1)',
      [reminderIds],
    );
    expect(deliveries[0].n).toBe(reminderIds.length);
  });
});
