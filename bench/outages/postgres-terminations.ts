import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { leadTimeMs } from '../support/due-instants';
import { allDuplicatesExplained, DuplicateFigures, duplicateFigures } from './deliveries';
import type { OutageOptions } from './options';
import {
  allSent,
  Goal,
  OutageBench,
  phaseOutcome,
  PhaseOutcome,
  seedAndArm,
  waitUntilNonePending,
} from './phase-support';
import { startReadyWorker, workerEnvironment } from './worker-process';

const MAX_LATENESS_MS = 30_000;
const SETTLE_MS = 120_000;

export interface PostgresTerminationsReport {
  description: string;
  outcome: PhaseOutcome;
  duplicates: DuplicateFigures;
  terminations: number;
  backendsTerminated: number;
  workerWarnings: number;
  goals: { lateness: Goal; duplicates: Goal };
}

/**
 * Every connection the worker holds to the bench database is ended by pg_terminate_backend each
 * period while reminders fall due (as an admin's intervention or a failover would): statements in
 * flight fail with "terminating connection due to administrator command".
 */
export async function runPostgresTerminations(
  bench: OutageBench,
  options: OutageOptions,
): Promise<PostgresTerminationsReport> {
  const redis = { url: bench.config.redis.url, prefix: `${bench.redisPrefix}-postgres` };
  const worker = await startReadyWorker(
    workerEnvironment(bench.config, bench.database, {
      redisUrl: redis.url,
      redisPrefix: redis.prefix,
      smtpUrl: bench.sink.url,
    }),
  );
  const admin = new Client({ connectionString: bench.config.database.adminUrl });
  await admin.connect();
  try {
    const windowMs = options.postgresWindowS * 1000;
    const everyMs = options.postgresTerminateEveryS * 1000;
    const start = Date.now() + leadTimeMs(options.postgresN);
    const ids = await seedAndArm(bench, redis, {
      label: `postgres-${randomBytes(2).toString('hex')}`,
      reminders: options.postgresN,
      start,
      windowMs,
    });
    const benchBackend = (await bench.owner.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const counts = { terminations: 0, backends: 0 };
    let nextAt = start;
    const terminate = async () => {
      if (Date.now() < nextAt || Date.now() > start + windowMs) return;
      nextAt += everyMs;
      const { rows } = await admin.query<{ ended: number }>(
        `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity
          WHERE datname = $1 AND pid <> $2 AND backend_type = 'client backend'`,
        [bench.database.name, benchBackend],
      );
      counts.terminations += 1;
      counts.backends += rows[0].ended;
    };
    const finished = await waitUntilNonePending(bench.owner, ids, start + windowMs + SETTLE_MS, terminate);
    const outcome = await phaseOutcome(bench.owner, ids, !finished);
    const duplicates = await duplicateFigures(bench.owner, ids, await bench.sink.messages());
    return {
      description:
        `${options.postgresN} reminders due evenly over ${options.postgresWindowS} s; every worker connection ` +
        `terminated (pg_terminate_backend) every ${options.postgresTerminateEveryS} s meanwhile`,
      outcome,
      duplicates,
      terminations: counts.terminations,
      backendsTerminated: counts.backends,
      workerWarnings: worker.warnings().count,
      goals: {
        lateness: {
          target: `Postgres terminations: every reminder sent at most ${MAX_LATENESS_MS / 1000} s past its due time`,
          met: allSent(outcome) && outcome.latenessMs.maxMs <= MAX_LATENESS_MS,
        },
        duplicates: {
          target: 'Postgres terminations: every duplicate flagged as a possible duplicate, none sent twice at once',
          met: allDuplicatesExplained(duplicates),
        },
      },
    };
  } finally {
    await admin.end();
    await worker.child.stop();
  }
}
