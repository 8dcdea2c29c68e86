import 'reflect-metadata';
import { resolve } from 'node:path';
import argon2 from 'argon2';
import { Client } from 'pg';
import { loadConfig } from '@prep/config';
import { Cleanup } from '../api/cleanup';
import { freePort } from '../support/free-port';
import { progress } from '../api/progress';
import { deleteKeys } from '../api/redis-keys';
import { seedDatabase } from '../api/seed';
import { apiEnvironment, newRunSecrets, startApi } from '../api/systems';
import { createBenchDatabase } from '../support/bench-database';
import { UsageError, positiveInteger } from '../support/cli-options';
import { measureInBrowser } from './browser-timings';
import { measureBundles } from './bundle-sizes';

const WEB_APP_DIR = resolve('dist/apps/web');
const PASSWORD = 'bench-web-password-2026';
const GOALS = { firstScreenGzipBytes: 200 * 1024, rosterMs: 1000 };

function flag(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const orgs = positiveInteger('--orgs', flag(argv, '--orgs'), 4);
  const candidates = positiveInteger('--candidates', flag(argv, '--candidates'), 2000);
  const config = loadConfig();
  const cleanup = new Cleanup();
  cleanup.onSignals();
  try {
    const bundles = measureBundles(WEB_APP_DIR);
    progress(`first screen ${bundles.firstScreenGzipBytes} B gzip, whole app ${bundles.wholeAppGzipBytes} B gzip`);
    const database = await createBenchDatabase(config, 'web');
    cleanup.add('database', () => database.drop());
    const secrets = newRunSecrets(config);
    cleanup.add('Redis keys', async () => void (await deleteKeys(config.redis.url, secrets.redisPrefix)));
    progress(`seeding ${orgs} organizations × ${candidates} candidates`);
    const seed = await seedDatabase(database.ownerUrl, orgs, candidates);
    const email = await givePassword(database.ownerUrl, seed.organizations[0].ownerUserId);
    const environment = { ...apiEnvironment(config, database, secrets, await freePort()), WEB_APP_DIR };
    const api = await startApi(environment);
    cleanup.add('API process', api.child.stop);
    const link = await assignOnePlan(api.baseUrl, email);
    progress('measuring in headless Chromium');
    const timings = await measureInBrowser(api.baseUrl, { email, password: PASSWORD }, link);
    const report = {
      date: new Date().toISOString(),
      data: { organizations: orgs, candidatesPerOrganization: candidates },
      bundles,
      ...timings,
      goals: {
        firstScreenMet: bundles.firstScreenGzipBytes <= GOALS.firstScreenGzipBytes,
        rosterMet: timings.roster.medianMs <= GOALS.rosterMs,
      },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    progress(
      `roster 50 rows: median ${timings.roster.medianMs} ms (max ${timings.roster.maxMs}); ` +
        `candidate page: median ${timings.candidatePage.medianMs} ms (max ${timings.candidatePage.maxMs})`,
    );
    const verdict = (met: boolean) => (met ? 'MET' : 'MISSED');
    progress(
      `first screen ${(bundles.firstScreenGzipBytes / 1024).toFixed(0)} KB gzipped (goal ≤ ${GOALS.firstScreenGzipBytes / 1024} KB): ` +
        `${verdict(report.goals.firstScreenMet)}; roster median ${timings.roster.medianMs} ms (goal ≤ ${GOALS.rosterMs} ms): ` +
        verdict(report.goals.rosterMet),
    );
  } finally {
    await cleanup.run();
  }
}

/** The seed writes users without passwords; the browser signs in as the first organization's owner. */
async function givePassword(ownerUrl: string, userId: string): Promise<string> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const result = await owner.query<{ email: string }>(
      'UPDATE users SET password_hash = $1 WHERE id = $2 RETURNING email',
      [hash, userId],
    );
    return result.rows[0].email;
  } finally {
    await owner.end();
  }
}

async function graphql<T>(baseUrl: string, query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** One fresh assignment whose private link the bench knows (the seed stores only link hashes). */
async function assignOnePlan(baseUrl: string, email: string): Promise<string> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    baseUrl,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password: PASSWORD } },
  );
  const token = login.accessToken;
  const { planTemplates } = await graphql<{ planTemplates: Array<{ id: string }> }>(
    baseUrl,
    '{ planTemplates { id } }',
    {},
    token,
  );
  const { createCandidate } = await graphql<{ createCandidate: { id: string } }>(
    baseUrl,
    'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }',
    { input: { name: 'Bench Candidate', email: `bench.${Date.now()}@example.com`, timeZone: 'Europe/Berlin' } },
    token,
  );
  const startsAt = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
  const { assignPlan } = await graphql<{ assignPlan: { link: string } }>(
    baseUrl,
    'mutation($input: AssignPlanInput!) { assignPlan(input: $input) { link } }',
    {
      input: {
        candidateId: createCandidate.id,
        templateId: planTemplates[0].id,
        interview: { company: 'Initech', role: 'Engineer', startsAt, timeZone: 'Europe/Berlin' },
      },
    },
    token,
  );
  return assignPlan.link;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof UsageError ? 'Usage: ' : ''}${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
