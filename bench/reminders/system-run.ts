import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { AppConfig } from '@prep/config';
import { enqueueReminderTimer, JOB_QUEUES, queueConnection, ReminderTimer } from '@prep/jobs';
import { leadTimeMs } from './due-instants';
import { memoryDelta, QueueMemory, queueMemory } from './redis-keys';
import { pendingReminders, ReminderOutcome, readReminderOutcome } from './reminder-outcome';
import { seedReminders } from './seed';
import { pollUntil } from './wait';
import { startWorkerUnderTest } from './worker-under-test';

const REMINDERS_QUEUE = JOB_QUEUES['send-reminder'];
const PARALLEL_ENQUEUES = 100;

export interface SystemRunSettings {
  n: number;
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
  timedOut: boolean;
  workerWarnings: { count: number; first: string[] };
}

/**
 * The real worker against real rows: boots it on an empty database (its boot scan finds nothing),
 * seeds N reminders due a little ahead, arms their timers the way the API does after its commit,
 * measures Redis, then waits until no row is pending.
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
    await armTimers(queue, await seedReminders(owner, { reminders: settings.n, start: new Date(start), windowMs: settings.windowMs }));
    const after = await queueMemory(redis, settings.workerConfig.redis.prefix, REMINDERS_QUEUE);
    const pendingTimers = (await queue.getDelayedCount()) - delayedBefore;
    const setupSlackMs = start - Date.now();
    const finished = await pollUntil(async () => (await pendingReminders(owner)) === 0, start + settings.windowMs + settings.settleMs);
    return {
      outcome: await readReminderOutcome(owner),
      redisMemory: memoryDelta(after, before),
      pendingTimers,
      setupSlackMs,
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

async function armTimers(queue: Queue, timers: ReminderTimer[]): Promise<void> {
  for (let first = 0; first < timers.length; first += PARALLEL_ENQUEUES) {
    await Promise.all(timers.slice(first, first + PARALLEL_ENQUEUES).map((timer) => enqueueReminderTimer(queue, timer)));
  }
}
