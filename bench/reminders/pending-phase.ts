import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { AppConfig } from '@prep/config';
import { JOB_QUEUES, queueConnection } from '@prep/jobs';
import { DueReminderScan, ScanPass } from '../../apps/worker/src/reminders/due-reminder-scan';
import { QueueMemory, queueMemory } from '../support/redis-keys';
import { seedReminders } from '../support/seed';
import { armTimers } from '../support/reminder-timers';
import { startWorkerUnderTest } from './worker-under-test';

const REMINDERS_QUEUE = JOB_QUEUES['send-reminder'];
const WEEK_MS = 7 * 24 * 3_600_000;
const MINUTE_MS = 60_000;
// Passes measured per stage, a little apart, besides the worker's own scheduled ones.
const PASSES = 10;
const PASS_SPACING_MS = 300;

export interface PendingPhaseSettings {
  /** Pending reminders at the last stage; the stages hold a tenth, a half and all of them. */
  pending: number;
  /** The worker's configuration, with a Redis prefix of this phase's own. */
  workerConfig: AppConfig;
  ownerUrl: string;
}

/** What one stage measured, with this many reminders pending. */
export interface PendingStage {
  pending: number;
  /** Of them, due within the horizon (those hold a timer). */
  withinHorizon: number;
  /** The scheduled scan's pass, run by hand: each one's duration and what it read. */
  passes: Array<ScanPass & { ms: number }>;
  /** One full pass (boot, Redis back): the whole horizon checked again. */
  fullPass: ScanPass & { ms: number };
  redis: QueueMemory;
}

export interface PendingPhaseResult {
  horizonMinutes: number;
  scanIntervalSeconds: number;
  stages: PendingStage[];
}

/**
 * Reminders pending over the next week, in three stages: first a tenth of them due within the
 * horizon (the next day, their timers armed as the API does after its commit), then more due
 * over the rest of the week until half, then all of them are pending. At each stage the scan's
 * pass is timed and counted, and the reminders queue's Redis keys are measured.
 */
export async function runPendingPhase(settings: PendingPhaseSettings): Promise<PendingPhaseResult> {
  const { workerConfig } = settings;
  const worker = await startWorkerUnderTest(workerConfig);
  const owner = new Client({ connectionString: settings.ownerUrl });
  const queue = new Queue(REMINDERS_QUEUE, queueConnection(workerConfig.redis, 'producer'));
  const redis = new Redis(workerConfig.redis.url);
  try {
    await owner.connect();
    await queue.waitUntilReady();
    const scan = worker.app.get(DueReminderScan);
    const horizonMs = workerConfig.reminders.horizonMinutes * MINUTE_MS;
    const sizes = [Math.round(settings.pending / 10), Math.round(settings.pending / 2), settings.pending];
    const stages: PendingStage[] = [];
    let seeded = 0;
    for (const [index, size] of sizes.entries()) {
      const now = Date.now();
      // The first stage from a minute ahead (a few fall due and are sent meanwhile) to the end of
      // the horizon; the later ones from past the horizon to the end of the week.
      const from = index === 0 ? now + MINUTE_MS : now + horizonMs + 10 * MINUTE_MS;
      const until = index === 0 ? now + horizonMs - 10 * MINUTE_MS : now + WEEK_MS;
      const timers = await seedReminders(owner, {
        label: `pending-${index}`,
        reminders: size - seeded,
        start: new Date(from),
        windowMs: until - from,
      });
      if (index === 0) {
        await armTimers(queue, timers);
        await scan.scan({ full: true }); // as the worker's boot scan would have: the rows marked QUEUED
      }
      seeded = size;
      stages.push(await measureStage(scan, redis, workerConfig, size, stages[0]?.withinHorizon ?? timers.length));
    }
    return {
      horizonMinutes: workerConfig.reminders.horizonMinutes,
      scanIntervalSeconds: workerConfig.reminders.scanIntervalSeconds,
      stages,
    };
  } finally {
    await worker.app.close();
    await queue.close();
    await owner.end();
    redis.disconnect();
  }
}

async function measureStage(
  scan: DueReminderScan,
  redis: Redis,
  config: AppConfig,
  pending: number,
  withinHorizon: number,
): Promise<PendingStage> {
  const passes: PendingStage['passes'] = [];
  for (let pass = 0; pass < PASSES; pass += 1) {
    passes.push(await timed(() => scan.scan()));
    await sleep(PASS_SPACING_MS);
  }
  const fullPass = await timed(() => scan.scan({ full: true }));
  const memory = await queueMemory(redis, config.redis.prefix, REMINDERS_QUEUE);
  return { pending, withinHorizon, passes, fullPass, redis: memory };
}

async function timed(pass: () => Promise<ScanPass>): Promise<ScanPass & { ms: number }> {
  const startedAt = performance.now();
  const result = await pass();
  return { ...result, ms: performance.now() - startedAt };
}
