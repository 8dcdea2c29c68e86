import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '@prep/config';
import { assignPlan, createCandidate, signUp } from '../support/fixtures';
import {
  interviewInput,
  makeDue,
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

function spawnWorker(world: ReminderWorld): WorkerProcess {
  const child = spawn(process.execPath, [WORKER_MAIN], {
    cwd: root,
    env: { APP_ENV: 'test', REDIS_URL: loadConfig().redis.url, ...world.env, LOG_LEVEL: 'info' },
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

describe('a worker killed mid-burst', () => {
  let world: ReminderWorld;
  let survivor: WorkerProcess | undefined;

  beforeAll(async () => {
    if (!existsSync(WORKER_MAIN)) throw new Error('Build the apps first: npm run build');
    world = await startReminderWorld('crash');
  });
  afterAll(async () => {
    survivor?.child.kill('SIGTERM');
    await survivor?.exited;
    await world?.close();
  });

  it('leaves every reminder SENT after a restart, a duplicate possible only for one in flight at the kill', async () => {
    // The burst is planned while no worker runs: per assignment its email, and its first reminder moved to now.
    const owner = await signUp(world.api, 'Crash Coaching');
    const reminderIds: string[] = [];
    for (let i = 0; i < ASSIGNMENTS; i++) {
      const candidate = await createCandidate(world.api, owner);
      const { assignment } = await assignPlan(world.api, owner, candidate.id, {
        interview: interviewInput(minutesFromNow(5 * 24 * 60)),
      });
      reminderIds.push((await reminderOf(world.db, assignment.id, 'assignment')).id);
      reminderIds.push(
        (await makeDue(world.db, (await reminderOf(world.db, assignment.id, 'research-company')).id)).id,
      );
    }
    world.smtp.setAcceptDelayMs(250); // sends stay in flight long enough to be cut off

    const doomed = spawnWorker(world);
    await waitUntilProcessing(doomed);
    await waitFor(() => world.smtp.accepted().length >= 5, 'the burst to start', { wakeOn: [world.smtp.received] });
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    // Claimed by the dead worker and never recorded: the only ones that may go out twice.
    const { rows: inFlight } = await world.db.query(
      `SELECT id FROM reminders WHERE id = ANY($1) AND status = 'QUEUED' AND claimed_until > now()`,
      [reminderIds],
    );
    const mayRepeat = new Set(inFlight.map((row: { id: string }) => `<reminder-${row.id}@prep.example>`));
    // Their 5-minute claims would lapse by themselves; end them now instead of waiting.
    await world.db.query(
      `UPDATE reminders SET claimed_until = now() - interval '1 second' WHERE id = ANY($1) AND claimed_until > now()`,
      [reminderIds],
    );

    survivor = spawnWorker(world);
    await waitUntilProcessing(survivor);
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

    const accepted = new Map<string, number>();
    for (const mail of world.smtp.accepted()) accepted.set(mail.messageId, (accepted.get(mail.messageId) ?? 0) + 1);
    for (const id of reminderIds) expect(accepted.get(`<reminder-${id}@prep.example>`)).toBeGreaterThanOrEqual(1);
    const repeated = [...accepted].filter(([, times]) => times > 1).map(([messageId]) => messageId);
    for (const messageId of repeated) expect(mayRepeat.has(messageId)).toBe(true);
    expect(world.smtp.accepted()).toHaveLength(reminderIds.length + repeated.length);
    const { rows: deliveries } = await world.db.query(
      'SELECT count(*)::int AS n FROM deliveries WHERE reminder_id = ANY($1)',
      [reminderIds],
    );
    expect(deliveries[0].n).toBe(reminderIds.length);
  });
});
