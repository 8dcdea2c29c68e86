import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { AppConfig } from '@prep/config';
import { JOB_QUEUES, queueConnection } from '@prep/jobs';
import { leadTimeMs } from '../support/due-instants';
import { CpuUse, measureCpu } from '../support/process-cpu';
import { memoryDelta, QueueMemory, queueMemory } from '../support/redis-keys';
import { ReminderOutcome, readReminderOutcome, stillPending } from '../support/reminder-outcome';
import { seedReminders } from '../support/seed';
import { armTimers } from '../support/reminder-timers';
import { pollUntil, sleepUntil } from '../support/wait';
import { startWorkerUnderTest } from './worker-under-test';

const REMINDERS_QUEUE = JOB_QUEUES['send-reminder'];
// The poll runs in the worker's process and reads Postgres while the worker sends: every 200 ms
// over all N ids it took a few per cent of the worker's CPU. The phase's end is found within this.
const POLL_MS = 500;

export interface SystemRunSettings {
  /** Keeps this phase's organizations apart from another phase's on the same database. */
  label: string;
  n: number;
  /** The due instants are spread evenly over this window (0: all due at once). */
  windowMs: number;
  /** How long after the last due instant the run may take before it gives up. */
  settleMs: number;
  /** The worker's configuration: this run's database, Redis prefix and SMTP sink. */
  workerConfig: AppConfig;
  ownerUrl: string;
}

export interface SystemRunResult {
  outcome: ReminderOutcome;
  /** Bytes the reminders queue grew by once every timer was armed, and how many timers that was. */
  redisMemory: QueueMemory;
  pendingTimers: number;
  /** Time left before the first due instant once setup was done (negative: setup overran it). */
  setupSlackMs: number;
  /** This process (the worker, and the bench polling the rows) from the first due instant until no row was pending. */
  cpu: CpuUse;
  timedOut: boolean;
  workerWarnings: { count: number; first: string[] };
}

/**
 * The real worker against real rows: boots it (its boot scan finds nothing of this phase), seeds
 * N reminders due a little ahead, arms their timers the way the API does after its commit,
 * measures Redis, then waits until none of them is pending.
 */
export async function runSystem(settings: SystemRunSettings): Promise<SystemRunResult> {
  const worker = await startWorkerUnderTest(settings.workerConfig);
  const owner = new Client({ connectionString: settings.ownerUrl });
  const queue = new Queue(REMINDERS_QUEUE, queueConnection(settings.workerConfig.redis, 'producer'));
  const redis = new Redis(settings.workerConfig.redis.url);
  try {
    await owner.connect();
    await queue.waitUntilReady();
    const start = Date.now() + leadTimeMs(settings.n);
    const before = await queueMemory(redis, settings.workerConfig.redis.prefix, REMINDERS_QUEUE);
    const delayedBefore = await queue.getDelayedCount(); // the scan's own repeating job
    const timers = await seedReminders(owner, {
      label: settings.label,
      reminders: settings.n,
      start: new Date(start),
      windowMs: settings.windowMs,
    });
    await armTimers(queue, timers);
    const after = await queueMemory(redis, settings.workerConfig.redis.prefix, REMINDERS_QUEUE);
    const pendingTimers = (await queue.getDelayedCount()) - delayedBefore;
    const setupSlackMs = start - Date.now();
    const ids = timers.map((timer) => timer.reminderId);
    await sleepUntil(start);
    const deadline = start + settings.windowMs + settings.settleMs;
    let waiting: readonly string[] = ids;
    const { result: finished, cpu } = await measureCpu(() =>
      pollUntil(async () => (waiting = await stillPending(owner, waiting)).length === 0, deadline, POLL_MS),
    );
    return {
      outcome: await readReminderOutcome(owner, ids),
      redisMemory: memoryDelta(after, before),
      pendingTimers,
      setupSlackMs,
      cpu,
      timedOut: !finished,
      workerWarnings: worker.warnings(),
    };
  } finally {
    await worker.app.close();
    await queue.close();
    await owner.end();
    redis.disconnect();
  }
}
