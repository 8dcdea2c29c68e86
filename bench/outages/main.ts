import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { loadConfig } from '@prep/config';
import { createBenchDatabase } from '../support/bench-database';
import { UsageError } from '../support/cli-options';
import { describeMachine } from '../support/machine';
import { measureCpu } from '../support/process-cpu';
import { deleteKeys } from '../support/redis-keys';
import { startCountingSmtpSink } from '../support/smtp-sink';
import { round } from '../support/stats';
import { runKillLoop } from './kill-loop';
import { OutageOptions, parseOptions, Phase } from './options';
import { OutageBench, progress } from './phase-support';
import { runPostgresTerminations } from './postgres-terminations';
import { runRedisRestart } from './redis-restart';
import { runSmtpOutage } from './smtp-outage';
import { OutageReport, PhaseConditions, PhaseReports, PhaseRun, renderTable } from './table';

// Output is written; anything still open after this is a leak, not a reason to hang.
const EXIT_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const redisPrefix = `${config.redis.prefix}-bench-outages-${randomBytes(3).toString('hex')}`;
  progress(`creating a throwaway database; Redis prefix ${redisPrefix}`);
  const database = await createBenchDatabase(config, 'outages');
  const sink = await startCountingSmtpSink();
  const owner = new Client({ connectionString: database.ownerUrl });
  const redis = new Redis(config.redis.url);
  try {
    await owner.connect();
    const bench: OutageBench = { config, database, owner, sink, redisPrefix };
    const phases: PhaseRun[] = [];
    for (const phase of options.phases) phases.push(await runPhase(phase, bench, options));
    const report: OutageReport = {
      date: new Date().toISOString(),
      machine: await describeMachine(owner, redis),
      options,
      phases,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(`\n${renderTable(report)}\n`);
  } finally {
    await owner.end();
    await sink.close();
    await deleteKeys(redis, redisPrefix);
    redis.disconnect();
    if (options.keep) progress(`kept database ${database.name}`);
    else await database.drop();
  }
}

function runPhase(phase: Phase, bench: OutageBench, options: OutageOptions): Promise<PhaseRun> {
  switch (phase) {
    case 'kill':
      return measured('kill', () => runKillLoop(bench, options));
    case 'smtp':
      return measured('smtp', () => runSmtpOutage(bench, options));
    case 'redis':
      return measured('redis', () => runRedisRestart(bench, options));
    case 'postgres':
      return measured('postgres', () => runPostgresTerminations(bench, options));
  }
}

async function measured<P extends Phase>(
  phase: P,
  run: () => Promise<PhaseReports[P]>,
): Promise<{ phase: P; report: PhaseReports[P] } & PhaseConditions> {
  progress(`phase ${phase}: starting (load average ${loadText()})`);
  const loadBefore = loadavg()[0];
  const { result, cpu } = await measureCpu(run);
  progress(`phase ${phase}: done`);
  return {
    phase,
    report: result,
    wallS: round(cpu.wallMs / 1000),
    loadAverage1mBefore: round(loadBefore, 2),
    loadAverage1mAfter: round(loadavg()[0], 2),
    hostStealShare: cpu.hostStealShare === null ? null : round(cpu.hostStealShare, 3),
  };
}

function loadText(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
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
