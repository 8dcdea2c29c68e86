/**
 * A world of its own for one reminders spec file: its own database (cloned from the run's
 * template), Redis prefix and SMTP server, and the reminders queue followed with QueueEvents so
 * waits on a row wake when a job finishes. The database matters most: the scheduler reads due
 * rows across every organization, so a worker started by another spec file on a shared database
 * would send (or steal) this file's reminders.
 */
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig, loadConfig, loadConfigWithOverrides } from '@prep/config';
import { sendReminderJobId } from '@prep/jobs';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { ApiHarness, startApi } from '../api-harness';
import { createIsolatedDatabase } from '../isolated-database';
import { OwnerDatabase } from '../owner-database';
import { deleteKeys } from '../redis-keys';
import { QueueWatch, waitFor, watchQueue } from '../wait-for';
import { startSmtpSink, SmtpSink } from './smtp-sink';

export const MAIL_FROM = 'reminders@prep.example';

export interface ReminderWorld {
  api: ApiHarness;
  /** The owner role on this world's database, for reading rows and moving time. */
  db: OwnerDatabase;
  smtp: SmtpSink;
  prefix: string;
  /** Variables for a worker of this world (in process or spawned). */
  env: Record<string, string>;
  startWorker: (overrides?: Record<string, string>) => Promise<INestApplicationContext>;
  /** Closes every worker started so far (each finishes the jobs it is running). */
  stopWorkers: () => Promise<void>;
  /** The reminders queue as BullMQ sees it (timers, the scan's schedule) and its events. */
  reminderJobs: QueueWatch;
  /** Deletes every Redis key of this world, as FLUSHALL would on a Redis of its own. */
  deletePrefixKeys: () => Promise<number>;
  close: () => Promise<void>;
}

export async function startReminderWorld(label: string): Promise<ReminderWorld> {
  const database = await createIsolatedDatabase(label);
  const smtp = await startSmtpSink();
  const prefix = `${loadConfig().redis.prefix}-reminders-${label}`;
  const env = {
    DATABASE_URL: database.appUrl,
    DATABASE_OWNER_URL: database.ownerUrl,
    REDIS_PREFIX: prefix,
    SMTP_URL: smtp.url,
    MAIL_FROM,
    REMINDER_SCAN_INTERVAL_SECONDS: '1',
    // Retries in a fraction of a second rather than minutes; the policy itself is the domain's, tested there.
    REMINDER_RETRY_BASE_MS: '300',
    REMINDER_RETRY_MAX_MS: '2000',
    // Specs send several messages to one candidate within seconds; the spacing between them at send
    // time has a spec of its own (reminders-spacing), which turns it on with a short interval.
    REMINDER_MESSAGE_SPACING_MS: '0',
    // Several workers run side by side here; the one that serves metrics says so.
    WORKER_METRICS_PORT: '0',
    LOG_LEVEL: 'silent',
  };
  const api = await startApi({
    DATABASE_URL: database.appUrl,
    DATABASE_OWNER_URL: database.ownerUrl,
    REDIS_PREFIX: prefix,
  });
  const workerConfig = (overrides: Record<string, string> = {}): AppConfig =>
    loadConfigWithOverrides({ ...env, ...overrides });
  const redis = workerConfig().redis;
  const reminderJobs = await watchQueue('reminders', redis);
  const workers: INestApplicationContext[] = [];
  const stopWorkers = async () => {
    await Promise.allSettled(workers.splice(0).map((worker) => worker.close()));
  };
  return {
    api,
    db: database.owner,
    smtp,
    prefix,
    env,
    reminderJobs,
    startWorker: async (overrides) => {
      const worker = await createWorkerApp(workerConfig(overrides));
      workers.push(worker);
      return worker;
    },
    stopWorkers,
    deletePrefixKeys: () => deleteKeys(redis.url, `${prefix}:`),
    close: async () => {
      await stopWorkers();
      await reminderJobs.close();
      await api.close();
      await smtp.close();
      await deleteKeys(redis.url, `${prefix}:`);
      await database.drop();
    },
  };
}

export interface ReminderRow {
  id: string;
  assignment_id: string;
  plan_version: number;
  kind: string;
  recipient: string;
  item_keys: string[];
  status: string;
  reason: string | null;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  sent_at: Date | null;
  version: number;
  claimed_until: Date | null;
  due_at: Date;
}

export async function remindersOf(
  db: OwnerDatabase,
  assignmentId: string,
  planVersion?: number,
): Promise<ReminderRow[]> {
  const { rows } = await db.query(
    `SELECT * FROM reminders WHERE assignment_id = $1 AND ($2::int IS NULL OR plan_version = $2) ORDER BY due_at, kind`,
    [assignmentId, planVersion ?? null],
  );
  return rows;
}

export async function reminderOf(db: OwnerDatabase, assignmentId: string, kind: string): Promise<ReminderRow> {
  const { rows } = await db.query(
    'SELECT * FROM reminders WHERE assignment_id = $1 AND kind = $2 ORDER BY plan_version DESC LIMIT 1',
    [assignmentId, kind],
  );
  if (!rows[0]) throw new Error(`no ${kind} reminder for assignment ${assignmentId}`);
  return rows[0];
}

export async function reminderById(db: OwnerDatabase, id: string): Promise<ReminderRow> {
  return (await db.query('SELECT * FROM reminders WHERE id = $1', [id])).rows[0];
}

/**
 * Stands in for time passing: offsets are in hours, so a test moves a pending row's due time
 * (to now, or a moment ahead) with the owner role, raising its version as any change does.
 */
export async function makeDue(db: OwnerDatabase, reminderId: string, inMs = 0): Promise<ReminderRow> {
  const { rows } = await db.query(
    `UPDATE reminders SET due_at = now() + make_interval(secs => $2::float8 / 1000), version = version + 1
      WHERE id = $1 AND status IN ('SCHEDULED', 'QUEUED') RETURNING *`,
    [reminderId, inMs],
  );
  if (!rows[0]) throw new Error(`reminder ${reminderId} is not pending`);
  return rows[0];
}

/**
 * As `makeDue` for several rows, in ONE statement: a worker sees all of them re-timed or none,
 * never the first claimable before the others have moved. `inMs` by reminder id.
 */
export async function makeDueTogether(db: OwnerDatabase, inMs: Record<string, number>): Promise<void> {
  const ids = Object.keys(inMs);
  const { rowCount } = await db.query(
    `UPDATE reminders r SET due_at = now() + make_interval(secs => d.in_ms / 1000), version = r.version + 1
       FROM unnest($1::uuid[], $2::float8[]) AS d(id, in_ms)
      WHERE r.id = d.id AND r.status IN ('SCHEDULED', 'QUEUED')`,
    [ids, ids.map((id) => inMs[id])],
  );
  if (rowCount !== ids.length) throw new Error(`only ${rowCount} of ${ids.length} reminders were pending`);
}

/** The BullMQ timer of this row version, for `waitForJobs`. */
export const timerOf = (row: Pick<ReminderRow, 'id' | 'version'>) => sendReminderJobId(row.id, row.version);

export interface AttemptRow {
  attempt: number;
  outcome: string | null;
  detail: string | null;
  message_id: string | null;
  possible_duplicate: boolean;
}

/** The reminder's attempts as recorded, oldest first. */
export async function attemptsOf(db: OwnerDatabase, reminderId: string): Promise<AttemptRow[]> {
  const { rows } = await db.query(
    'SELECT attempt, outcome, detail, message_id, possible_duplicate FROM reminder_attempts WHERE reminder_id = $1 ORDER BY attempt',
    [reminderId],
  );
  return rows;
}

/**
 * Waits for a row to reach a status. Rows change as jobs of the world's worker run, so the check
 * wakes on each job finishing (the scheduler's scan finishes one every second as well).
 */
export async function waitForStatus(
  world: Pick<ReminderWorld, 'db' | 'reminderJobs'>,
  reminderId: string,
  status: string,
  timeoutMs?: number,
): Promise<ReminderRow> {
  return waitFor(
    async () => {
      const row = await reminderById(world.db, reminderId);
      return row.status === status ? row : undefined;
    },
    `reminder ${reminderId} to be ${status}`,
    { wakeOn: [world.reminderJobs.jobsFinishing], timeoutMs },
  );
}

export function minutesFromNow(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

export function interviewInput(startsAt: string, overrides: Record<string, unknown> = {}) {
  return {
    company: 'Globex',
    role: 'Data Analyst',
    startsAt,
    timeZone: 'Europe/Berlin',
    format: 'VIDEO',
    interviewers: ['Hank Scorpio'],
    ...overrides,
  };
}

/** The token of a private link (the part after /a/). */
export function linkToken(link: string): string {
  return new URL(link).pathname.split('/a/')[1];
}
