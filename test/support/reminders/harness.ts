import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import { AppConfig, loadConfig, loadConfigWithOverrides } from '@prep/config';
import { planReminders, ReminderScheduleEntry } from '@prep/domain';
import { queueConnection, sendReminderJobId } from '@prep/jobs';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { ApiHarness, startApi } from '../api-harness';
import { createIsolatedDatabase } from '../isolated-database';
import { startSmtpSink, SmtpSink } from './smtp-sink';

export const MAIL_FROM = 'reminders@prep.example';

/**
 * A world of its own for one reminders spec file: its own database, Redis prefix and SMTP server.
 * The database matters most: the scheduler reads due rows across every organization, so a worker
 * started by another spec file on a shared database would send (or steal) this file's reminders.
 */
export interface ReminderWorld {
  api: ApiHarness;
  /** The owner role on this world's database, for reading rows and moving time. */
  /** A pool: tests poll several rows at once. */
  db: Pool;
  smtp: SmtpSink;
  prefix: string;
  /** Variables for a worker of this world (in process or spawned). */
  env: Record<string, string>;
  startWorker: (overrides?: Record<string, string>) => Promise<INestApplicationContext>;
  /** Closes every worker started so far (each finishes the jobs it is running). */
  stopWorkers: () => Promise<void>;
  /** The reminders queue as BullMQ sees it, to look at timers. */
  queue: Queue;
  deletePrefixKeys: () => Promise<number>;
  close: () => Promise<void>;
}

export async function startReminderWorld(label: string): Promise<ReminderWorld> {
  const urls = await createIsolatedDatabase(label);
  const smtp = await startSmtpSink();
  const prefix = `${loadConfig().redis.prefix}-reminders-${label}`;
  const env = {
    DATABASE_URL: urls.appUrl,
    DATABASE_OWNER_URL: urls.ownerUrl,
    REDIS_PREFIX: prefix,
    SMTP_URL: smtp.url,
    MAIL_FROM,
    REMINDER_SCAN_INTERVAL_SECONDS: '1',
    // Retries in a fraction of a second rather than minutes; the policy itself is the domain's, tested there.
    REMINDER_RETRY_BASE_MS: '300',
    REMINDER_RETRY_MAX_MS: '2000',
    // Several workers run side by side here; the one that serves metrics says so.
    WORKER_METRICS_PORT: '0',
    LOG_LEVEL: 'silent',
  };
  const api = await startApi({ DATABASE_URL: urls.appUrl, DATABASE_OWNER_URL: urls.ownerUrl, REDIS_PREFIX: prefix });
  const db = new Pool({ connectionString: urls.ownerUrl, max: 4 });
  const workerConfig = (overrides: Record<string, string> = {}): AppConfig =>
    loadConfigWithOverrides({ ...env, ...overrides });
  const queue = new Queue('reminders', queueConnection(workerConfig().redis, 'producer'));
  const workers: INestApplicationContext[] = [];
  const stopWorkers = async () => {
    await Promise.allSettled(workers.splice(0).map((worker) => worker.close()));
  };
  return {
    api,
    db,
    smtp,
    prefix,
    env,
    queue,
    startWorker: async (overrides) => {
      const worker = await createWorkerApp(workerConfig(overrides));
      workers.push(worker);
      return worker;
    },
    stopWorkers,
    deletePrefixKeys: () => deleteKeys(workerConfig().redis.url, `${prefix}:*`),
    close: async () => {
      await stopWorkers();
      await queue.close();
      await api.close();
      await smtp.close();
      await db.end();
      await deleteKeys(workerConfig().redis.url, `${prefix}:*`);
      await urls.drop();
    },
  };
}

/** Like FLUSHALL, but only this world's keys: other spec files share the Redis server. */
async function deleteKeys(url: string, pattern: string): Promise<number> {
  const redis = new Redis(url);
  let deleted = 0;
  try {
    for await (const keys of redis.scanStream({ match: pattern, count: 500 })) {
      if ((keys as string[]).length) deleted += await redis.del(...(keys as string[]));
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}

export interface ReminderRow {
  id: string;
  assignment_id: string;
  plan_version: number;
  kind: string;
  recipient: string;
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

/**
 * Plans the assignment's reminder rows for its current schedule version, the way assignPlan and
 * rescheduleInterview do in their transaction, unless they are there already.
 */
export async function ensureRemindersPlanned(db: Pool, assignmentId: string): Promise<ReminderRow[]> {
  const { rows } = await db.query(
    `SELECT a.organization_id, a.plan, a.starts_at, a.schedule_version, a.expected_decision_date::text AS decision,
            c.time_zone, o.quiet_hours_start, o.quiet_hours_end
       FROM assignments a JOIN candidates c ON c.organization_id = a.organization_id AND c.id = a.candidate_id
       JOIN organizations o ON o.id = a.organization_id WHERE a.id = $1`,
    [assignmentId],
  );
  const assignment = rows[0];
  const existing = await remindersOf(db, assignmentId, assignment.schedule_version);
  if (existing.length > 0) return existing;
  const planned = planReminders({
    schedule: assignment.plan.reminderSchedule as ReminderScheduleEntry[],
    interviewAt: assignment.starts_at,
    timeZone: assignment.time_zone,
    quietHours: { start: assignment.quiet_hours_start, end: assignment.quiet_hours_end },
    expectedDecisionDate: assignment.decision,
    now: new Date(),
  });
  for (const reminder of planned) {
    await db.query(
      `INSERT INTO reminders (organization_id, id, assignment_id, plan_version, kind, recipient, due_at, item_keys, condition, status, reason)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        assignment.organization_id,
        assignmentId,
        assignment.schedule_version,
        reminder.kind,
        reminder.recipient,
        reminder.dueAt,
        reminder.itemKeys,
        reminder.condition ?? null,
        reminder.status,
        reminder.reason ?? null,
      ],
    );
  }
  return remindersOf(db, assignmentId, assignment.schedule_version);
}

export async function remindersOf(db: Pool, assignmentId: string, planVersion?: number): Promise<ReminderRow[]> {
  const { rows } = await db.query(
    `SELECT * FROM reminders WHERE assignment_id = $1 AND ($2::int IS NULL OR plan_version = $2) ORDER BY due_at, kind`,
    [assignmentId, planVersion ?? null],
  );
  return rows;
}

export async function reminderOf(db: Pool, assignmentId: string, kind: string): Promise<ReminderRow> {
  const { rows } = await db.query(
    'SELECT * FROM reminders WHERE assignment_id = $1 AND kind = $2 ORDER BY plan_version DESC LIMIT 1',
    [assignmentId, kind],
  );
  if (!rows[0]) throw new Error(`no ${kind} reminder for assignment ${assignmentId}`);
  return rows[0];
}

export async function reminderById(db: Pool, id: string): Promise<ReminderRow> {
  return (await db.query('SELECT * FROM reminders WHERE id = $1', [id])).rows[0];
}

/**
 * Stands in for time passing: offsets are in hours, so a test moves a pending row's due time
 * (to now, or a moment ahead) with the owner role, raising its version as any change does.
 */
export async function makeDue(db: Pool, reminderId: string, inMs = 0): Promise<ReminderRow> {
  const { rows } = await db.query(
    `UPDATE reminders SET due_at = now() + make_interval(secs => $2::float8 / 1000), version = version + 1
      WHERE id = $1 AND status IN ('SCHEDULED', 'QUEUED') RETURNING *`,
    [reminderId, inMs],
  );
  if (!rows[0]) throw new Error(`reminder ${reminderId} is not pending`);
  return rows[0];
}

export interface AttemptRow {
  attempt: number;
  outcome: string | null;
  detail: string | null;
  message_id: string | null;
  possible_duplicate: boolean;
}

/** The reminder's attempts as recorded, oldest first. */
export async function attemptsOf(db: Pool, reminderId: string): Promise<AttemptRow[]> {
  const { rows } = await db.query(
    'SELECT attempt, outcome, detail, message_id, possible_duplicate FROM reminder_attempts WHERE reminder_id = $1 ORDER BY attempt',
    [reminderId],
  );
  return rows;
}

/** Whether the BullMQ timer of this row version has run (and finished). */
export async function timerFinished(queue: Queue, reminderId: string, version: number): Promise<boolean> {
  const state = await queue.getJobState(sendReminderJobId(reminderId, version));
  return state === 'completed' || state === 'failed';
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}

export async function waitForStatus(
  db: Pool,
  reminderId: string,
  status: string,
  timeoutMs?: number,
): Promise<ReminderRow> {
  return waitFor(
    async () => {
      const row = await reminderById(db, reminderId);
      return row.status === status ? row : undefined;
    },
    `reminder ${reminderId} to be ${status}`,
    timeoutMs,
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
