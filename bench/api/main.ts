import 'reflect-metadata';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { AppConfig, loadConfig, loadConfigWithOverrides } from '@prep/config';
import { SESSION_OPTIONS } from '@prep/persistence';
import { Caller, mintOwnerTokens } from './access-tokens';
import { createBenchDatabase } from '../support/bench-database';
import { Cleanup } from './cleanup';
import { freePort } from '../support/free-port';
import { describeMachine, MachineDescription } from '../support/machine';
import { measureSystem } from './measure';
import { UsageError } from '../support/cli-options';
import { BenchOptions, parseOptions } from './options';
import { progress } from './progress';
import type { Recording } from './recording';
import { deleteKeys } from './redis-keys';
import { BenchReport, ScenarioReport, scenarioReport, totalFailures } from './report';
import { compareResponses, ResponseComparison } from './response-comparison';
import { buildScenarios, Scenario } from './scenarios';
import { seedDatabase } from './seed';
import { buildShareScenarios } from './floor-scenarios';
import { measureShares, renderSharesTable, withPageLinks } from './floor-shares';
import { captureStatements } from './sql-capture';
import { apiEnvironment, newRunSecrets, RunningSystem, startApi, startBaseline } from './systems';
import { renderTable } from './table';

// Output is written; anything still open after this is a leak, not a reason to hang.
const EXIT_GRACE_MS = 10_000;

/** A run whose responses were not all clean measured nothing worth comparing. */
class InvalidRunError extends Error {}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const cleanup = new Cleanup();
  cleanup.onSignals();
  try {
    await benchmark(options, config, cleanup);
  } finally {
    await cleanup.run();
  }
}

async function benchmark(options: BenchOptions, config: AppConfig, cleanup: Cleanup): Promise<void> {
  progress('creating a throwaway database (provisioned, migrated, built-in content synced)');
  const database = await createBenchDatabase(config, 'api');
  cleanup.add('database', () => (options.keep ? progress(`kept database ${database.name}`) : database.drop()));
  const secrets = newRunSecrets(config);
  cleanup.add('Redis keys', async () => void (await deleteKeys(config.redis.url, secrets.redisPrefix)));
  progress(`seeding ${options.orgs} organizations × ${options.candidates} candidates as the owner role`);
  const seed = await seedDatabase(database.ownerUrl, options.orgs, options.candidates);
  progress(`seeded in ${seed.seconds} s: ${JSON.stringify(seed.rows)}`);
  progress(`seeding one large organization × ${options.largeCandidates} candidates`);
  const large = await seedDatabase(database.ownerUrl, 1, options.largeCandidates, options.orgs);
  progress(`seeded in ${large.seconds} s: ${JSON.stringify(large.rows)}`);
  const callers = await mintOwnerTokens(seed.organizations, secrets.jwtSecret);
  const largeCallers = await mintOwnerTokens(large.organizations, secrets.jwtSecret);
  const pageCallers = await withPageLinks(database.ownerUrl, callers);
  const scenarios = buildScenarios(new Date());
  const environment = apiEnvironment(config, database, secrets, await freePort());
  progress('recording the statements the API issues: one request per organization and scenario, API in process');
  const recording = await captureStatements(loadConfigWithOverrides(environment), scenarios, callers);
  progress('starting the built API and the raw baseline as child processes');
  const api = await startApi(environment);
  cleanup.add('API process', api.child.stop);
  const baseline = await startBaseline({
    databaseUrl: database.appUrl,
    poolSize: config.database.poolSize,
    sessionOptions: SESSION_OPTIONS,
    jwtSecret: secrets.jwtSecret,
    queries: Object.fromEntries(
      scenarios.map((scenario) => [scenario.name, JSON.parse(scenario.body).query]),
    ) as Record<Scenario['name'], string>,
    recording,
  });
  cleanup.add('baseline process', async () => {
    await baseline.child.stop();
    await baseline.removeInput();
  });
  const comparisons = await compareAll(api, baseline, scenarios, callers[0]);
  const comparisonValid = comparisons.every((comparison) => comparison.equal);
  if (!comparisonValid)
    progress('WARNING: the baseline does not answer what the API answers; the figures compare unlike work');
  const reports: ScenarioReport[] = [];
  for (const scenario of scenarios)
    reports.push(await measureScenario(scenario, api, baseline, callers, options, recording, comparisonValid));
  const shares = await measureShares(
    api.baseUrl,
    buildShareScenarios(new Date()),
    { callers: pageCallers, connections: options.connections, durationSeconds: options.durationSeconds },
    {
      callers: largeCallers,
      assignments: {
        small: Math.round(seed.rows.assignments / seed.organizations.length),
        large: large.rows.assignments,
      },
    },
  );
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: await machineOf(database.ownerUrl, config.redis.url),
    options: {
      orgs: options.orgs,
      candidates: options.candidates,
      durationSeconds: options.durationSeconds,
      connections: options.connections,
      largeCandidates: options.largeCandidates,
    },
    seed: { seconds: seed.seconds, organizations: seed.organizations.length, rows: seed.rows },
    comparison: { valid: comparisonValid, responses: comparisons },
    scenarios: Object.fromEntries(scenarios.map((scenario, index) => [scenario.name, reports[index]])),
    shares,
    failures: totalFailures(reports),
    logs: { api: api.child.output(), baseline: baseline.child.output() },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`\n${renderTable(report)}\n\n${renderSharesTable(shares)}\n`);
  if (report.failures > 0) throw new InvalidRunError(`${report.failures} responses were not a clean 200 with data`);
}

async function compareAll(
  api: RunningSystem,
  baseline: RunningSystem,
  scenarios: Scenario[],
  caller: Caller,
): Promise<ResponseComparison[]> {
  const comparisons: ResponseComparison[] = [];
  for (const scenario of scenarios)
    comparisons.push(await compareResponses(api.baseUrl, baseline.baseUrl, scenario, caller));
  return comparisons;
}

async function measureScenario(
  scenario: Scenario,
  api: RunningSystem,
  baseline: RunningSystem,
  callers: Caller[],
  options: BenchOptions,
  recording: Recording,
  comparisonValid: boolean,
): Promise<ScenarioReport> {
  const plan = { callers, connections: options.connections, durationSeconds: options.durationSeconds };
  const system = await measureSystem('API', api.baseUrl, scenario, plan);
  const raw = await measureSystem('baseline', baseline.baseUrl, scenario, plan);
  return scenarioReport({ scenario, recording, system, baseline: raw, comparisonValid });
}

async function machineOf(postgresUrl: string, redisUrl: string): Promise<MachineDescription> {
  const postgres = new Client({ connectionString: postgresUrl });
  const redis = new Redis(redisUrl);
  await postgres.connect();
  try {
    return await describeMachine(postgres, redis);
  } finally {
    await postgres.end();
    redis.disconnect();
  }
}

// A missed goal is a result, not a failure: only a run that could not measure exits non-zero.
main().then(
  () => exitSoon(0),
  (error: unknown) => {
    const reason =
      error instanceof UsageError || error instanceof InvalidRunError
        ? error.message
        : error instanceof Error
          ? error.stack
          : String(error);
    process.stderr.write(`Benchmark failed: ${reason}\n`);
    exitSoon(1);
  },
);

function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
}
