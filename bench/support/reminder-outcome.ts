import type { Client } from 'pg';
import { PENDING_REMINDER_STATUSES_SQL } from '@prep/domain';

export interface ReminderOutcome {
  /** sent_at − due_at of every SENT row, in ms. */
  latenessMs: number[];
  statuses: Record<string, number>;
  /** Rows that needed more than one attempt. */
  retried: number;
  firstDueAt: Date | null;
  lastSentAt: Date | null;
}

/** How many of these rows (one phase's) are still waiting to be sent. */
export async function pendingReminders(owner: Client, ids: readonly string[]): Promise<number> {
  const { rows } = await owner.query<{ pending: number }>(
    `SELECT count(*)::int AS pending FROM reminders WHERE id = ANY($1::uuid[]) AND status IN (${PENDING_REMINDER_STATUSES_SQL})`,
    [ids],
  );
  return rows[0].pending;
}

/**
 * Those of these rows still waiting to be sent. Polled with what the last poll returned, the
 * list shrinks as the worker sends: the bench's own reads, in the worker's process and in
 * Postgres, stay small beside the work measured.
 */
export async function stillPending(owner: Client, ids: readonly string[]): Promise<string[]> {
  const { rows } = await owner.query<{ id: string }>(
    `SELECT id FROM reminders WHERE id = ANY($1::uuid[]) AND status IN (${PENDING_REMINDER_STATUSES_SQL})`,
    [ids],
  );
  return rows.map((row) => row.id);
}

/** Read from the rows themselves: Postgres is the record of what was sent and when. */
export async function readReminderOutcome(owner: Client, ids: readonly string[]): Promise<ReminderOutcome> {
  const lateness = await owner.query<{ lateness_ms: number }>(
    "SELECT (extract(epoch FROM sent_at - due_at) * 1000)::float8 AS lateness_ms FROM reminders WHERE id = ANY($1::uuid[]) AND status = 'SENT'",
    [ids],
  );
  const statuses = await owner.query<{ status: string; count: number }>(
    'SELECT status, count(*)::int AS count FROM reminders WHERE id = ANY($1::uuid[]) GROUP BY status',
    [ids],
  );
  const span = await owner.query<{ first_due_at: Date | null; last_sent_at: Date | null; retried: number }>(
    `SELECT min(due_at) AS first_due_at, max(sent_at) AS last_sent_at, count(*) FILTER (WHERE attempts > 1)::int AS retried
       FROM reminders WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return {
    latenessMs: lateness.rows.map((row) => row.lateness_ms),
    statuses: Object.fromEntries(statuses.rows.map((row) => [row.status, row.count])),
    retried: span.rows[0].retried,
    firstDueAt: span.rows[0].first_due_at,
    lastSentAt: span.rows[0].last_sent_at,
  };
}

export interface ReminderSendTime {
  id: string;
  status: string;
  attempts: number;
  dueAt: Date;
  sentAt: Date | null;
}

/** Each row's due and sent instants, for figures measured from an instant of the run (a restart, a return). */
export async function readSendTimes(owner: Client, ids: readonly string[]): Promise<ReminderSendTime[]> {
  const { rows } = await owner.query<{
    id: string;
    status: string;
    attempts: number;
    due_at: Date;
    sent_at: Date | null;
  }>('SELECT id, status, attempts, due_at, sent_at FROM reminders WHERE id = ANY($1::uuid[])', [ids]);
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    attempts: row.attempts,
    dueAt: row.due_at,
    sentAt: row.sent_at,
  }));
}
