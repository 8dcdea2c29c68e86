import { randomBytes } from 'node:crypto';
import { leadTimeMs } from '../support/due-instants';
import { LatenessSummary, summarizeLateness } from '../support/stats';
import { allDuplicatesExplained, DuplicateFigures, duplicateFigures } from './deliveries';
import type { OutageOptions } from './options';
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
import { killWorker, startReadyWorker, startWorker, workerEnvironment, WorkerProcess } from './worker-process';

const MAX_LATENESS_MS = 30_000;
const SETTLE_MS = 120_000;

export interface KillLoopReport {
  description: string;
  outcome: PhaseOutcome;
  duplicates: DuplicateFigures;
  kills: number;
  /** From a restart's spawn to its processors taking jobs, over the restarts that got that far. */
  bootMs: LatenessSummary;
  workerWarnings: number;
  firstWarnings: string[];
  goals: { lateness: Goal; duplicates: Goal; allSent: Goal };
}

/**
 * One worker, SIGKILLed every period and started again at once, while N reminders fall due evenly
 * over the window; the kills go on until every reminder is sent. One worker, not two taking turns:
 * the issue speaks of the worker, and with one nothing is running while a restart boots, so its
 * boot time and the claims and jobs the killed one left behind are all on the path to the send.
 * The relay answers each message after a pause (a real one takes hundreds of milliseconds): with
 * sends of a few milliseconds, a kill would rarely find one in flight, and takeovers and the
 * duplicates they may cause would go unmeasured.
 */
export async function runKillLoop(bench: OutageBench, options: OutageOptions): Promise<KillLoopReport> {
  const redis = { url: bench.config.redis.url, prefix: `${bench.redisPrefix}-kill` };
  const environment = workerEnvironment(bench.config, bench.database, {
    redisUrl: redis.url,
    redisPrefix: redis.prefix,
    smtpUrl: bench.sink.url,
  });
  await bench.sink.setAnswerDelay(options.killSmtpAnswerMs);
  const workers: WorkerProcess[] = [await startReadyWorker(environment)];
  const windowMs = options.killWindowS * 1000;
  const everyMs = options.killEveryS * 1000;
  const start = Date.now() + leadTimeMs(options.killN);
  const label = `kill-${randomBytes(2).toString('hex')}`;
  const ids = await seedAndArm(bench, redis, { label, reminders: options.killN, start, windowMs });
  let nextKillAt = Date.now() + everyMs;
  const killAndRestart = async () => {
    if (Date.now() < nextKillAt) return;
    nextKillAt += everyMs;
    await killWorker(workers[workers.length - 1]);
    workers.push(startWorker(environment));
    if (workers.length % 3 === 0) progress(`kill loop: ${workers.length - 1} kills`);
  };
  try {
    const finished = await waitUntilNonePending(bench.owner, ids, start + windowMs + SETTLE_MS, killAndRestart);
    return await killLoopReport(bench, options, ids, workers, finished);
  } finally {
    await workers[workers.length - 1].child.stop();
    await bench.sink.setAnswerDelay(0);
  }
}

async function killLoopReport(
  bench: OutageBench,
  options: OutageOptions,
  ids: string[],
  workers: WorkerProcess[],
  finished: boolean,
): Promise<KillLoopReport> {
  const outcome = await phaseOutcome(bench.owner, ids, !finished);
  const duplicates = await duplicateFigures(bench.owner, ids, await bench.sink.messages());
  const bootMs = await Promise.all(
    workers.slice(1).map(async (worker) => ((await worker.ready) ?? Number.NaN) - worker.startedAt),
  );
  const warnings = workers.flatMap((worker) => worker.warnings().first);
  return {
    description:
      `${options.killN} reminders due evenly over ${options.killWindowS} s; the one worker SIGKILLed every ` +
      `${options.killEveryS} s and started again at once, until none is pending; the relay answers each message ` +
      `after ${options.killSmtpAnswerMs} ms, so every kill interrupts sends in flight`,
    outcome,
    duplicates,
    kills: workers.length - 1,
    bootMs: summarizeLateness(bootMs.filter(Number.isFinite)),
    workerWarnings: workers.reduce((sum, worker) => sum + worker.warnings().count, 0),
    firstWarnings: warnings.slice(0, 5),
    goals: {
      lateness: {
        target: `kill loop: every reminder sent at most ${MAX_LATENESS_MS / 1000} s past its due time`,
        met: allSent(outcome) && outcome.latenessMs.maxMs <= MAX_LATENESS_MS,
      },
      duplicates: {
        target: 'kill loop: every duplicate flagged as a possible duplicate in its attempts, none sent twice at once',
        met: allDuplicatesExplained(duplicates),
      },
      allSent: { target: 'kill loop: every reminder sent in the end', met: allSent(outcome) },
    },
  };
}
