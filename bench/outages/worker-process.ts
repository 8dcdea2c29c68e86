import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { AppConfig } from '@prep/config';
import type { BenchDatabase } from '../support/bench-database';
import { Child, startNodeChild } from '../support/child-process';

// `npm run build` (or the bench's own script) puts the worker here.
const WORKER_MAIN = 'dist/apps/worker/apps/worker/src/main.js';
// Logged once the queue processors run: the worker is taking jobs from here on.
const READY_LINE = /Processing queues/;
const READY_TIMEOUT_MS = 60_000;

export interface WorkerTarget {
  redisUrl: string;
  redisPrefix: string;
  smtpUrl: string;
}

/**
 * The worker's environment, built explicitly as a deployment sets it: production settings, the
 * bench database (production refuses the development passwords, so the URLs carry a secret the
 * local trust authentication ignores), this phase's Redis and SMTP relay, and no metrics port
 * (worker restarts would race for it). The reminder settings are the bench's own: their defaults,
 * unless set in its environment (e.g. REMINDER_RETRY_MAX_MS, to measure another retry cap).
 */
export function workerEnvironment(
  config: AppConfig,
  database: BenchDatabase,
  target: WorkerTarget,
): Record<string, string> {
  const password = randomBytes(16).toString('hex');
  return {
    APP_ENV: 'production',
    NODE_ENV: 'production',
    APP_URL: 'https://prep.bench.example',
    DATABASE_URL: withPassword(database.appUrl, password),
    DATABASE_OWNER_URL: withPassword(database.ownerUrl, password),
    DATABASE_POOL_SIZE: String(config.database.poolSize),
    REDIS_URL: target.redisUrl,
    REDIS_PREFIX: target.redisPrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    UNSUBSCRIBE_SECRET: randomBytes(32).toString('hex'),
    SMTP_URL: target.smtpUrl,
    MAIL_FROM: 'reminders@bench.example',
    WORKER_METRICS_PORT: '0',
    // Info, not warn: the line saying the processors run tells the bench when a restart is up.
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    CONTENT_DIR: resolve(config.contentDir),
    ...reminderSettings(config),
  };
}

function reminderSettings({ reminders }: AppConfig): Record<string, string> {
  return {
    REMINDER_SCAN_INTERVAL_SECONDS: String(reminders.scanIntervalSeconds),
    REMINDER_CLAIM_LEASE_MS: String(reminders.claimLeaseMs),
    REMINDER_MAX_ATTEMPTS: String(reminders.retry.maxAttempts),
    REMINDER_RETRY_BASE_MS: String(reminders.retry.baseDelayMs),
    REMINDER_RETRY_MAX_MS: String(reminders.retry.maxDelayMs),
  };
}

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

/** One run of the built worker as a child process. */
export interface WorkerProcess {
  child: Child;
  startedAt: number;
  /** When it began taking jobs, or null if it never did (killed first, or it failed). */
  ready: Promise<number | null>;
  /** Lines it logged at warn or above, and the first few of them. */
  warnings: () => { count: number; first: string[] };
}

const WARN_LEVEL = 40;
const KEPT_WARNINGS = 3;

export function startWorker(environment: Record<string, string>): WorkerProcess {
  const startedAt = Date.now();
  const child = startNodeChild('worker', WORKER_MAIN, [], environment, process.cwd());
  const ready = child.waitForLine(READY_LINE, READY_TIMEOUT_MS).then(
    () => Date.now(),
    () => null,
  );
  const warnings = { count: 0, first: [] as string[] };
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (levelOf(line) < WARN_LEVEL) continue;
      warnings.count += 1;
      if (warnings.first.length < KEPT_WARNINGS) warnings.first.push(line.slice(0, 300));
    }
  };
  child.process.stdout?.on('data', collect);
  child.process.stderr?.on('data', collect);
  return { child, startedAt, ready, warnings: () => ({ count: warnings.count, first: [...warnings.first] }) };
}

/** A pino JSON line's level; anything else (a crash's stack) counts as an error. */
function levelOf(line: string): number {
  if (!line.trim()) return 0;
  const level = /"level":(\d+)/.exec(line)?.[1];
  return level === undefined ? 50 : Number(level);
}

/** Starts the worker and waits until it takes jobs; fails with its output if it does not. */
export async function startReadyWorker(environment: Record<string, string>): Promise<WorkerProcess> {
  const worker = startWorker(environment);
  if ((await worker.ready) === null) {
    await worker.child.stop();
    throw new Error(`the worker did not start: ${worker.child.output().first.join(' | ')}`);
  }
  return worker;
}

/** SIGKILL: no shutdown hook runs, claims stay in Postgres and jobs stay active in Redis. */
export async function killWorker(worker: WorkerProcess): Promise<void> {
  const { process: child } = worker.child;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
