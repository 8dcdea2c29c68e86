import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AppConfig } from '@prep/config';
import type { BenchDatabase } from '../support/bench-database';
import { Child, startNodeChild, waitUntilReady } from '../support/child-process';
import { freePort } from '../support/free-port';
import type { BaselineInput } from './recording';

// `npm run build` puts the API here; the bench compiles itself to dist/bench.
const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
const BASELINE_MAIN = 'dist/bench/bench/api/baseline-server.js';
const BARE_SERVER_MAIN = 'dist/bench/bench/api/bare-server.js';
const READY_TIMEOUT_MS = 60_000;
/** High enough that no rate limit can answer instead of the code under test. */
const UNTHROTTLED = '1000000';

export interface RunSecrets {
  jwtSecret: string;
  databasePassword: string;
  redisPrefix: string;
}

export function newRunSecrets(config: AppConfig): RunSecrets {
  return {
    jwtSecret: randomBytes(32).toString('hex'),
    databasePassword: randomBytes(16).toString('hex'),
    redisPrefix: `${config.redis.prefix}-bench-api-${randomBytes(3).toString('hex')}`,
  };
}

/**
 * The API's environment, built explicitly: production settings, the bench database, this run's
 * Redis prefix and signing key, warnings only in the log, rate limits out of the way. SMTP is
 * required in production but these queries never send mail. Production refuses the development
 * database passwords, so the URLs carry this run's secret; the local Postgres the bench runs
 * against trusts loopback connections and ignores it.
 */
export function apiEnvironment(
  config: AppConfig,
  database: BenchDatabase,
  secrets: RunSecrets,
  port: number,
): Record<string, string> {
  return {
    APP_ENV: 'production',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: withPassword(database.appUrl, secrets.databasePassword),
    DATABASE_OWNER_URL: withPassword(database.ownerUrl, secrets.databasePassword),
    DATABASE_POOL_SIZE: String(config.database.poolSize),
    REDIS_URL: config.redis.url,
    REDIS_PREFIX: secrets.redisPrefix,
    JWT_SECRET: secrets.jwtSecret,
    UNSUBSCRIBE_SECRET: randomBytes(32).toString('hex'),
    SMTP_URL: 'smtp://127.0.0.1:25',
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT_POINTS: UNTHROTTLED,
    CANDIDATE_PAGE_RATE_LIMIT_POINTS: UNTHROTTLED,
    CONTENT_DIR: resolve(config.contentDir),
  };
}

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

export interface RunningSystem {
  baseUrl: string;
  child: Child;
}

export async function startApi(environment: Record<string, string>): Promise<RunningSystem> {
  const child = startNodeChild('API', API_MAIN, [], environment, process.cwd());
  const baseUrl = environment.APP_URL;
  try {
    await waitUntilReady(`${baseUrl}/health/ready`, child, READY_TIMEOUT_MS);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { baseUrl, child };
}

/** The baseline gets its input as a file only this user can read (it holds the signing key). */
export async function startBaseline(
  input: BaselineInput,
): Promise<RunningSystem & { removeInput: () => Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 'bench-api-'));
  const removeInput = () => rm(directory, { recursive: true, force: true });
  const file = join(directory, 'baseline-input.json');
  await writeFile(file, JSON.stringify(input));
  await chmod(file, 0o600);
  try {
    return { ...(await startListening('baseline', BASELINE_MAIN, ['--input', file])), removeInput };
  } catch (error) {
    await removeInput();
    throw error;
  }
}

/** Plain `node:http` doing `workMicroseconds` of CPU per request (`bare-server.ts`). */
export function startBareServer(workMicroseconds: number): Promise<RunningSystem> {
  return startListening('bare server', BARE_SERVER_MAIN, ['--work-us', String(workMicroseconds)]);
}

/** A bench child on a free port of its own, ready once it prints `listening <port>`. */
async function startListening(name: string, script: string, args: string[]): Promise<RunningSystem> {
  const port = await freePort();
  const child = startNodeChild(name, script, [...args, '--port', String(port)], {}, process.cwd());
  try {
    await child.waitForLine(/^listening \d+$/, READY_TIMEOUT_MS);
    return { baseUrl: `http://127.0.0.1:${port}`, child };
  } catch (error) {
    await child.stop();
    throw error;
  }
}
