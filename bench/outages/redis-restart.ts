import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { leadTimeMs } from '../support/due-instants';
import { readSendTimes } from '../support/reminder-outcome';
import { LatenessSummary, summarizeLateness } from '../support/stats';
import { sleepUntil } from '../support/wait';
import type { OutageOptions } from './options';
import { startOwnRedis } from './own-redis';
import {
  allSent,
  Goal,
  OutageBench,
  phaseOutcome,
  PhaseOutcome,
  progress,
  seedAndArm,
  waitUntilNonePending,
} from './phase-support';
import { startReadyWorker, workerEnvironment } from './worker-process';

const MAX_AFTER_RETURN_MS = 15_000;
const SETTLE_MS = 120_000;
// Some reminders fall due just after Redis is back: their timers went with the old Redis too.
const DUE_AFTER_RETURN_MS = 20_000;

export interface RedisRestartReport {
  description: string;
  outcome: PhaseOutcome;
  fellDueWhileDown: number;
  /** sent_at − max(due_at, Redis accepting connections again), over every reminder. */
  afterReturnMs: LatenessSummary;
  workerWarnings: number;
  goals: { afterReturn: Goal };
}

/**
 * The worker on a redis-server of its own, which is SIGKILLed (no persistence: every timer goes
 * with it) while reminders fall due, then started again empty. Postgres still holds every row;
 * the worker must find what fell due as soon as Redis accepts connections again.
 */
export async function runRedisRestart(bench: OutageBench, options: OutageOptions): Promise<RedisRestartReport> {
  const ownRedis = await startOwnRedis();
  const redis = { url: ownRedis.url, prefix: `${bench.redisPrefix}-redis` };
  const worker = await startReadyWorker(
    workerEnvironment(bench.config, bench.database, {
      redisUrl: redis.url,
      redisPrefix: redis.prefix,
      smtpUrl: bench.sink.url,
    }),
  );
  const downMs = options.redisDownS * 1000;
  try {
    const downAt = Date.now() + leadTimeMs(options.redisN);
    const ids = await seedAndArm(bench, redis, {
      label: `redis-${randomBytes(2).toString('hex')}`,
      reminders: options.redisN,
      start: downAt + 1000,
      windowMs: downMs - 1000 + DUE_AFTER_RETURN_MS,
    });
    await sleepUntil(downAt);
    await ownRedis.kill();
    progress(`Redis restart: Redis is down for ${options.redisDownS} s`);
    await sleep(downMs);
    await ownRedis.start();
    const backAt = Date.now();
    progress('Redis restart: Redis is back, empty');
    const finished = await waitUntilNonePending(bench.owner, ids, backAt + DUE_AFTER_RETURN_MS + SETTLE_MS);
    const rows = await readSendTimes(bench.owner, ids);
    const afterReturn = rows
      .filter((row) => row.sentAt)
      .map((row) => row.sentAt!.getTime() - Math.max(row.dueAt.getTime(), backAt));
    const outcome = await phaseOutcome(bench.owner, ids, !finished);
    const afterReturnMs = summarizeLateness(afterReturn);
    return {
      description:
        `${options.redisN} reminders due over ${options.redisDownS} s while the worker's Redis is down, and ` +
        `${DUE_AFTER_RETURN_MS / 1000} s after; Redis then restarted empty`,
      outcome,
      fellDueWhileDown: rows.filter((row) => row.dueAt.getTime() < backAt).length,
      afterReturnMs,
      workerWarnings: worker.warnings().count,
      goals: {
        afterReturn: {
          target: `Redis restarted empty: every reminder sent within ${MAX_AFTER_RETURN_MS / 1000} s of Redis back (or of its due time, if later)`,
          met: allSent(outcome) && afterReturnMs.maxMs <= MAX_AFTER_RETURN_MS,
        },
      },
    };
  } finally {
    await worker.child.stop();
    await ownRedis.kill();
  }
}
