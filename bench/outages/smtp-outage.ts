import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { leadTimeMs } from '../support/due-instants';
import { readSendTimes } from '../support/reminder-outcome';
import type { SinkMode } from '../support/smtp-sink';
import { round } from '../support/stats';
import { sleepUntil } from '../support/wait';
import { allDuplicatesExplained, DuplicateFigures, duplicateFigures } from './deliveries';
import type { OutageMode, OutageOptions } from './options';
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

// How long after the relay's return the bench waits for the last reminder: two of the longest
// retry waits, so a last retry scheduled just before the return is seen.
const SETTLE_MARGIN_MS = 60_000;

export interface SmtpOutageReport {
  description: string;
  outcome: PhaseOutcome;
  duplicates: DuplicateFigures;
  /** How long after the relay came back the last reminder was accepted (the retry policy's backoff at work). */
  lastSentAfterReturnS: number;
  sentDuringOutage: number;
  maxAttempts: number;
  retryMaxDelayS: number;
  workerWarnings: number;
  goals: { delivered: Goal; backAfterReturn: Goal };
}

/**
 * The relay goes away while reminders fall due over the first part of the outage ('refuse': nothing
 * listens; 'defer': it takes each message, then answers 421; 'both': the first half one, the
 * second the other), then comes back. Every reminder's interview is days ahead, so none may expire.
 */
export async function runSmtpOutage(bench: OutageBench, options: OutageOptions): Promise<SmtpOutageReport> {
  const redis = { url: bench.config.redis.url, prefix: `${bench.redisPrefix}-smtp` };
  const worker = await startReadyWorker(
    workerEnvironment(bench.config, bench.database, {
      redisUrl: redis.url,
      redisPrefix: redis.prefix,
      smtpUrl: bench.sink.url,
    }),
  );
  const outageMs = options.smtpOutageS * 1000;
  const retryMaxDelayMs = bench.config.reminders.retry.maxDelayMs;
  try {
    const outageAt = Date.now() + leadTimeMs(options.smtpN);
    const label = `smtp-${randomBytes(2).toString('hex')}`;
    const ids = await seedAndArm(bench, redis, {
      label,
      reminders: options.smtpN,
      start: outageAt + 1000,
      windowMs: options.smtpDueWindowS * 1000,
    });
    await sleepUntil(outageAt);
    await relayAway(bench, options.smtpOutageMode, outageMs);
    const sentDuringOutage = (await readSendTimes(bench.owner, ids)).filter((row) => row.sentAt).length;
    await bench.sink.setMode('accept');
    const returnedAt = Date.now();
    progress(`SMTP outage: the relay is back; waiting for the retries (the longest wait is ${retryMaxDelayMs} ms)`);
    const finished = await waitUntilNonePending(bench.owner, ids, returnedAt + 2 * retryMaxDelayMs + SETTLE_MARGIN_MS);
    return smtpOutageReport(bench, options, ids, {
      finished,
      returnedAt,
      sentDuringOutage,
      retryMaxDelayMs,
      workerWarnings: worker.warnings().count,
    });
  } finally {
    await bench.sink.setMode('accept');
    await worker.child.stop();
  }
}

async function relayAway(bench: OutageBench, mode: OutageMode, outageMs: number): Promise<void> {
  const modes: SinkMode[] = mode === 'both' ? ['refuse', 'defer'] : [mode];
  for (const current of modes) {
    await bench.sink.setMode(current);
    progress(`SMTP outage: the relay ${current === 'refuse' ? 'refuses connections' : 'defers with 421'}`);
    await sleep(outageMs / modes.length);
  }
}

async function smtpOutageReport(
  bench: OutageBench,
  options: OutageOptions,
  ids: string[],
  run: {
    finished: boolean;
    returnedAt: number;
    sentDuringOutage: number;
    retryMaxDelayMs: number;
    workerWarnings: number;
  },
): Promise<SmtpOutageReport> {
  const outcome = await phaseOutcome(bench.owner, ids, !run.finished);
  const rows = await readSendTimes(bench.owner, ids);
  const lastSentAt = Math.max(...rows.map((row) => row.sentAt?.getTime() ?? Number.NaN));
  const lastSentAfterReturnS = round((lastSentAt - run.returnedAt) / 1000);
  const duplicates = await duplicateFigures(bench.owner, ids, await bench.sink.messages());
  return {
    description:
      `the relay away for ${options.smtpOutageS} s (${modeText(options.smtpOutageMode)}) while ${options.smtpN} ` +
      `reminders fall due over its first ${options.smtpDueWindowS} s; then it comes back`,
    outcome,
    duplicates,
    lastSentAfterReturnS,
    sentDuringOutage: run.sentDuringOutage,
    maxAttempts: Math.max(...rows.map((row) => row.attempts)),
    retryMaxDelayS: round(run.retryMaxDelayMs / 1000),
    workerWarnings: run.workerWarnings,
    goals: {
      delivered: {
        target: 'SMTP outage: every reminder delivered after the relay returns, none FAILED or expired',
        met: allSent(outcome) && allDuplicatesExplained(duplicates),
      },
      backAfterReturn: {
        target: `SMTP outage: the last one within the longest retry wait (${round(run.retryMaxDelayMs / 1000)} s) of the return`,
        met: allSent(outcome) && lastSentAfterReturnS * 1000 <= run.retryMaxDelayMs,
      },
    },
  };
}

function modeText(mode: OutageMode): string {
  if (mode === 'both') return 'refusing connections the first half, deferring with 421 after DATA the second';
  return mode === 'refuse' ? 'refusing connections' : 'deferring with 421 after DATA';
}
