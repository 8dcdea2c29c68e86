import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { AppConfig, loadConfig, loadConfigWithOverrides } from '@prep/config';
import { BenchDatabase, createBenchDatabase } from '../support/bench-database';
import { describeMachine, MachineDescription } from '../support/machine';
import { UsageError } from '../support/cli-options';
import { BenchOptions, parseOptions } from './options';
import { runPendingPhase } from './pending-phase';
import { measureRawBullmq } from './raw-bullmq';
import { measureRawSmtp } from './raw-smtp';
import { deleteKeys } from '../support/redis-keys';
import { buildReport, SystemPhaseInputs } from './report';
import { CountingSmtpSink, startCountingSmtpSink } from '../support/smtp-sink';
import { runSystem } from './system-run';
import { renderTable } from './table';

// Each phase may take this long, plus a little per reminder, before it gives up.
const SETTLE_BASE_MS = 60_000;
const SETTLE_PER_REMINDER_MS = 50;
// Output is written; anything still open after this is a leak, not a reason to hang.
const EXIT_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const prefix = `${config.redis.prefix}-bench-${randomBytes(3).toString('hex')}`;
  progress(`creating a throwaway database; Redis prefix ${prefix}`);
  const database = await createBenchDatabase(config, 'reminders');
  const sink = await startCountingSmtpSink();
  const redis = new Redis(config.redis.url);
  try {
    await benchmark(options, config, prefix, database, sink, redis);
  } finally {
    await sink.close();
    await deleteKeys(redis, prefix);
    redis.disconnect();
    if (options.keep) progress(`kept database ${database.name}`);
    else await database.drop();
  }
}

async function benchmark(
  options: BenchOptions,
  config: AppConfig,
  prefix: string,
  database: BenchDatabase,
  sink: CountingSmtpSink,
  redis: Redis,
): Promise<void> {
  const workerEnv = {
    DATABASE_URL: database.appUrl,
    DATABASE_OWNER_URL: database.ownerUrl,
    REDIS_PREFIX: prefix,
    SMTP_URL: sink.url,
    MAIL_FROM: 'reminders@bench.example',
    LOG_LEVEL: 'warn',
  };
  const workerConfig = loadConfigWithOverrides(workerEnv);
  const systemPhase = async (label: string, n: number, windowMs: number): Promise<SystemPhaseInputs> => {
    const acceptedBefore = await sink.accepted();
    const run = await runSystem({
      label,
      n,
      windowMs,
      settleMs: settleMs(n),
      workerConfig,
      ownerUrl: database.ownerUrl,
    });
    return { run, reminders: n, windowMs, smtpAccepted: (await sink.accepted()) - acceptedBefore };
  };

  const loadAverageAtStart: Record<string, number> = {};
  const phaseStarts = (name: string) => (loadAverageAtStart[name] = Math.round(loadavg()[0] * 100) / 100);

  phaseStarts('throughput');
  progress(`throughput, raw nodemailer pool: ${options.n} messages at once`);
  const rawSmtp = await measureRawSmtp(
    sink.url,
    workerConfig.mail.messagesPerConnection,
    options.n,
    settleMs(options.n),
  );
  progress(`throughput, system: ${options.n} reminders due at once through the worker`);
  const throughput = await systemPhase('throughput', options.n, 0);
  phaseStarts('lateness');
  progress(`lateness, raw BullMQ: ${options.latenessN} delayed no-op jobs over ${options.latenessWindowMs} ms`);
  const rawBullmq = await measureRawBullmq(
    { url: config.redis.url, prefix },
    options.latenessN,
    options.latenessWindowMs,
    settleMs(options.latenessN),
  );
  progress(`lateness, system: ${options.latenessN} reminders over ${options.latenessWindowMs} ms through the worker`);
  const lateness = await systemPhase('lateness', options.latenessN, options.latenessWindowMs);
  phaseStarts('pending');
  progress(`pending: ${options.pendingN} reminders pending over the next week, the scan and Redis measured in stages`);
  // A Redis prefix of its own (under the run's, so it is cleaned up with it): the finished jobs the
  // other phases keep for an hour stay out of its figures.
  const pending = await runPendingPhase({
    pending: options.pendingN,
    workerConfig: loadConfigWithOverrides({ ...workerEnv, REDIS_PREFIX: `${prefix}:pending` }),
    ownerUrl: database.ownerUrl,
  });

  const machine = await machineOf(database.ownerUrl, redis);
  const report = buildReport({
    options,
    machine,
    throughput,
    lateness,
    rawBullmq,
    rawSmtp,
    pending,
    loadAverageAtStart,
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`\n${renderTable(report)}\n`);
}

function settleMs(n: number): number {
  return SETTLE_BASE_MS + n * SETTLE_PER_REMINDER_MS;
}

async function machineOf(postgresUrl: string, redis: Redis): Promise<MachineDescription> {
  const postgres = new Client({ connectionString: postgresUrl });
  await postgres.connect();
  try {
    return await describeMachine(postgres, redis);
  } finally {
    await postgres.end();
  }
}

function progress(message: string): void {
  process.stderr.write(`[${new Date().toISOString()}] ${message}\n`);
}

// A missed goal is a result, not a failure: only a run that could not measure exits non-zero.
main().then(
  () => exitSoon(0),
  (error: unknown) => {
    const reason = error instanceof UsageError ? error.message : error instanceof Error ? error.stack : String(error);
    process.stderr.write(`Benchmark failed: ${reason}\n`);
    exitSoon(1);
  },
);

function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
}
