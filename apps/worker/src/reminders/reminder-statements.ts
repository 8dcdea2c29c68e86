import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { NEXT_REMINDER_VERSION_SQL, ReminderStatus, reminderVersionBefore } from '@prep/domain';
import { QUEUE_CONCURRENCY } from '@prep/jobs';
import type { ReminderTimer } from '@prep/jobs';
import { createSecretToken, retryOnConnectionLoss, TenantTransactions } from '@prep/persistence';
import { ReminderMetrics } from '../metrics/reminder-metrics';
import { claimedReminderOf, reminderContextOf } from './claimed-reminder';
import type {
  ClaimedReminder,
  ClaimForSend,
  ClaimRow,
  DeliveryRecord,
  EmailLink,
  TooSoonForRecipient,
} from './claimed-reminder';
import { StatementBatcher } from './statement-batcher';

/**
 * At most half the sends the reminders queue runs at once share a statement. The rows a batch
 * answers are handled in one go, and meanwhile the process reads no SMTP reply: in the bench,
 * batches of up to 32 delivered about 12 % less than batches of up to 16 (and of 8, less still).
 */
export const MAX_BATCH = QUEUE_CONCURRENCY.reminders / 2;

/** A claim that found its recipient's lock taken (another claim for them, a few ms) tries again this often. */
const BUSY_RECIPIENT_RETRIES = 40;
const BUSY_RECIPIENT_WAIT_MS = 25;

/** One row due within the horizon, as the scan sees it. */
export interface DueRow {
  organization_id: string;
  id: string;
  version: number;
  due_at: Date;
}

/** Where a page of due rows ends: the next one starts after this due time and id. */
export interface DueCursor {
  dueAt: Date;
  id: string;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** due_reminders()'s result columns with their Postgres types; a test compares them with the catalog. */
export const DUE_ROW_COLUMNS = {
  organization_id: 'uuid',
  id: 'uuid',
  version: 'integer',
  due_at: 'timestamp with time zone',
} satisfies Record<keyof DueRow, string>;

/** How a send-time check ended a claimed reminder. */
export type EndedAtSendTime = ReminderStatus.SKIPPED | ReminderStatus.CANCELLED;

/**
 * Every statement of the worker's reminder flow. Each change after the claim is conditional on
 * the version the claim produced, and raises it again, so a stale timer or a second worker finds
 * nothing. The two on every send (claim, SENT) go through reminder_claim_for_send and
 * reminder_record_sent, which set the tenant themselves, batched (StatementBatcher); the rarer
 * ones are tenant transactions.
 */
@Injectable()
export class ReminderStatements {
  private readonly claims: StatementBatcher<ClaimRequest, ClaimRow | null>;
  private readonly sentRecords: StatementBatcher<SentRecord, boolean>;

  // Every statement here is safe to repeat (each change is conditional on the row's version), so
  // one cut by a Postgres restart or a terminated backend is tried again on a new connection.
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tenants: TenantTransactions,
    private readonly metrics: ReminderMetrics,
  ) {
    const intervals = {
      lease: `${config.reminders.claimLeaseMs} milliseconds`,
      spacing: `${config.reminders.messageSpacingMs} milliseconds`,
    };
    this.claims = new StatementBatcher(
      (requests) => retryOnConnectionLoss(() => claimBatch(dataSource, requests, intervals)),
      MAX_BATCH,
    );
    this.sentRecords = new StatementBatcher(
      (records) => retryOnConnectionLoss(() => recordSentBatch(dataSource, records)),
      MAX_BATCH,
    );
  }

  /** The one cross-tenant read: ids and versions only, through the SECURITY DEFINER function. */
  /**
   * One page of the pending, unclaimed rows due after `after` (a due time and id; null: from the
   * start) and by `until`, in (due_at, id) order: the next page starts after its last row.
   */
  findDue(after: DueCursor | null, until: Date, limit: number): Promise<DueRow[]> {
    return retryOnConnectionLoss(() =>
      this.dataSource.query(
        `SELECT organization_id, id, version, due_at
           FROM due_reminders(COALESCE($1::timestamptz, '-infinity'), COALESCE($2::uuid, '${NIL_UUID}'), $3, $4)`,
        [after?.dueAt ?? null, after?.id ?? null, until, limit],
      ),
    );
  }

  /** Rows whose claim ran out unrenewed (their worker stopped), as timers due now under the claimed version. */
  async findLapsedClaims(limit: number): Promise<ReminderTimer[]> {
    const rows: DueRow[] = await retryOnConnectionLoss(() =>
      this.dataSource.query('SELECT organization_id, id, version, due_at FROM reminders_with_lapsed_claims($1)', [
        limit,
      ]),
    );
    const now = new Date();
    return rows.map((row) => ({
      organizationId: row.organization_id,
      reminderId: row.id,
      version: row.version,
      dueAt: now,
    }));
  }

  /** Extends the claims this worker still holds (same version, still claimed) by one lease from now. */
  async renewClaims(organizationId: string, held: readonly ClaimedReminder[], leaseMs: number): Promise<void> {
    // In id order, as the claim and SENT batches lock rows: in any other order the two deadlock.
    const reminders = [...held].sort((a, b) => compareIds(a.id, b.id));
    await this.inTenant(organizationId, async (manager) => {
      await manager.query(
        `UPDATE reminders r SET claimed_until = now() + make_interval(secs => $4::float8 / 1000)
           FROM unnest($2::uuid[], $3::int[]) AS held(id, version)
          WHERE r.organization_id = $1 AND r.id = held.id AND r.version = held.version AND r.claimed_until IS NOT NULL`,
        [
          organizationId,
          reminders.map((reminder) => reminder.id),
          reminders.map((reminder) => reminder.version),
          leaseMs,
        ],
      );
    });
  }

  /**
   * QUEUED only says a timer exists; the version stays, so the timer just added still matches.
   * A row that changed meanwhile (claimed, rescheduled) has another version and is left alone.
   */
  markQueued(organizationId: string, armed: readonly ReminderTimer[]): Promise<void> {
    const timers = [...armed].sort((a, b) => compareIds(a.reminderId, b.reminderId)); // the batches' lock order
    return this.inTenant(organizationId, async (manager) => {
      await manager.query(
        `UPDATE reminders r SET status = '${ReminderStatus.QUEUED}', updated_at = now()
           FROM unnest($2::uuid[], $3::int[]) AS due(id, version)
          WHERE r.organization_id = $1 AND r.id = due.id AND r.version = due.version AND r.status = '${ReminderStatus.SCHEDULED}'`,
        [organizationId, timers.map((timer) => timer.reminderId), timers.map((timer) => timer.version)],
      );
    });
  }

  /**
   * Takes the row for this worker and reads what the send needs; null when it is not ours to send.
   * A candidate email's private link is minted by the same statement: its token is drawn here and
   * only its hash leaves the process. A reminder too soon after a message to its recipient comes
   * back unclaimed, as TooSoonForRecipient.
   */
  async claim(
    organizationId: string,
    reminderId: string,
    version: number,
  ): Promise<ClaimForSend | TooSoonForRecipient | null> {
    const link = { id: randomUUID(), ...createSecretToken() };
    const request = { organizationId, reminderId, version, linkId: link.id, linkHash: link.hash };
    const row = await this.claimWhenRecipientFree(request);
    if (!row) return null;
    const reminder = claimedReminderOf(row);
    if (row.recipient_last_sent_at) {
      return { reminder, lastSentAt: row.recipient_last_sent_at, interviewAt: row.starts_at ?? reminder.dueAt };
    }
    this.metrics.claimed(reminder.kind);
    return {
      reminder,
      context: reminderContextOf(row),
      emailLink: reminder.recipient === 'candidate' ? { id: link.id, token: link.token } : null,
    };
  }

  /** Another claim for the same recipient is deciding (a few milliseconds): wait for it, then decide after it. */
  private async claimWhenRecipientFree(request: ClaimRequest): Promise<ClaimRow | null> {
    for (let attempt = 1; ; attempt++) {
      const row = await this.claims.submit(request);
      if (!row?.recipient_busy) return row;
      if (attempt >= BUSY_RECIPIENT_RETRIES)
        throw new Error(`Reminder ${request.reminderId}: its recipient stayed busy`);
      await new Promise((resolve) => setTimeout(resolve, BUSY_RECIPIENT_WAIT_MS * (1 + Math.random())));
    }
  }

  /**
   * Too soon after a message to the same recipient: due again at `at` (a new version, whose timer
   * the caller armed), the change explained as `spacing`.
   */
  async recordSpaced(reminder: ClaimedReminder, at: Date): Promise<boolean> {
    return this.inTenant(reminder.organizationId, async (manager) => {
      await manager.query("SELECT set_config('app.change_reason', 'spacing', true)");
      return release(manager, reminder, `status = '${ReminderStatus.QUEUED}', due_at = $4`, [at]);
    });
  }

  /** Too soon after a message to the same recipient, and waiting would take it past its time: SKIPPED, `too-close`. */
  async recordTooClose(reminder: ClaimedReminder): Promise<boolean> {
    this.metrics.outcome(reminder.kind, 'skipped');
    return this.inTenant(reminder.organizationId, (manager) =>
      release(manager, reminder, `status = '${ReminderStatus.SKIPPED}', reason = 'too-close'`, []),
    );
  }

  /**
   * A send-time check said no: the row ends SKIPPED or CANCELLED with the reason, and the link
   * minted for the email that will not be sent stops working.
   */
  async recordDecision(claim: ClaimForSend, status: EndedAtSendTime, reason: string): Promise<void> {
    const { reminder, emailLink } = claim;
    await this.inTenant(reminder.organizationId, async (manager) => {
      await release(manager, reminder, 'status = $4, reason = $5', [status, reason]);
      if (emailLink) await revokeLink(manager, reminder.organizationId, emailLink.id);
    });
    this.metrics.outcome(reminder.kind, status === ReminderStatus.SKIPPED ? 'skipped' : 'cancelled');
  }

  /** The server accepted the message: SENT, and the message as sent, in one statement. */
  async recordSent(
    reminder: ClaimedReminder,
    messageId: string,
    delivery: DeliveryRecord,
    smtpResponse: string,
  ): Promise<boolean> {
    const stillOurs = await this.sentRecords.submit({
      reminder,
      messageId,
      delivery,
      smtpResponse,
      deliveryId: randomUUID(),
    });
    this.metrics.sent(reminder.kind, reminder.dueAt);
    return stillOurs;
  }

  /**
   * Back to the queue for another attempt (its timer is armed by the caller). `unsentLink`: the
   * link minted for an email that certainly never left, which stops working.
   */
  recordRetry(reminder: ClaimedReminder, error: string, unsentLink: EmailLink | null): Promise<boolean> {
    this.metrics.outcome(reminder.kind, 'retried');
    return this.releaseRevoking(reminder, unsentLink, `status = '${ReminderStatus.QUEUED}', last_error = $4`, [error]);
  }

  /**
   * Too late to send: a reminder for before the interview once it has started, or one after it a
   * day past its time. SKIPPED, reason `expired`, with the last failure (if any) kept.
   */
  recordExpired(reminder: ClaimedReminder, error: string | null, unsentLink: EmailLink | null): Promise<boolean> {
    this.metrics.outcome(reminder.kind, 'skipped');
    return this.releaseRevoking(
      reminder,
      unsentLink,
      `status = '${ReminderStatus.SKIPPED}', reason = 'expired', last_error = coalesce($4, last_error)`,
      [error],
    );
  }

  recordFailed(
    reminder: ClaimedReminder,
    reason: string,
    error: string,
    unsentLink: EmailLink | null,
  ): Promise<boolean> {
    this.metrics.outcome(reminder.kind, 'failed');
    return this.releaseRevoking(
      reminder,
      unsentLink,
      `status = '${ReminderStatus.FAILED}', reason = $4, last_error = $5`,
      [reason, error],
    );
  }

  private inTenant<T>(organizationId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return retryOnConnectionLoss(() => this.tenants.run({ organizationId }, work));
  }

  private releaseRevoking(
    reminder: ClaimedReminder,
    unsentLink: EmailLink | null,
    changes: string,
    values: unknown[],
  ): Promise<boolean> {
    return this.inTenant(reminder.organizationId, async (manager) => {
      const released = await release(manager, reminder, changes, values);
      if (unsentLink) await revokeLink(manager, reminder.organizationId, unsentLink.id);
      return released;
    });
  }
}

/** Applies `changes` (placeholders from $4), ends the lease and raises the version; false when the row was not ours any more. */
async function release(
  manager: EntityManager,
  reminder: ClaimedReminder,
  changes: string,
  values: unknown[],
): Promise<boolean> {
  const rows = await updateReturning(
    manager,
    `UPDATE reminders SET ${changes}, claimed_until = NULL, version = ${NEXT_REMINDER_VERSION_SQL}, updated_at = now()
      WHERE organization_id = $1 AND id = $2 AND version = $3
      RETURNING id`,
    [reminder.organizationId, reminder.id, reminder.version, ...values],
  );
  return rows.length === 1;
}

async function revokeLink(manager: EntityManager, organizationId: string, linkId: string): Promise<void> {
  await manager.query(
    'UPDATE assignment_links SET revoked_at = now() WHERE organization_id = $1 AND id = $2 AND revoked_at IS NULL',
    [organizationId, linkId],
  );
}

/** TypeORM hands back an UPDATE's result as [rows, count]. */
async function updateReturning<T = unknown>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const [rows] = (await manager.query(sql, parameters)) as [T[], number];
  return rows;
}

/** One timer's claim, with the id and hash of the link the claim mints for a candidate email. */
interface ClaimRequest {
  organizationId: string;
  reminderId: string;
  version: number;
  linkId: string;
  linkHash: string;
}

/** One accepted message to record as SENT. */
interface SentRecord {
  reminder: ClaimedReminder;
  messageId: string;
  delivery: DeliveryRecord;
  smtpResponse: string;
  deliveryId: string;
}

// Each row is its own call of the function, which makes that row's organization the tenant
// before it touches anything: a batch mixes organizations and row-level security still applies
// to every row on its own. Rows go in id order so two batches lock shared rows in the same order.
// A candidate reminder with items also reads the coach's comments on them, in the same statement.
export const CLAIM_BATCH_SQL = `
  SELECT c.*,
         CASE WHEN c.recipient = 'candidate' AND cardinality(c.item_keys) > 0 THEN (
           SELECT json_agg(json_build_object('itemKey', k.item_key, 'body', k.body) ORDER BY k.position)
             FROM item_comments_for_send(c.organization_id, c.assignment_id, c.item_keys) WITH ORDINALITY AS k(item_key, body, position)
         ) END AS coach_comments
    FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::uuid[], $5::text[])
           AS b(organization_id, reminder_id, version, link_id, link_token_hash)
   CROSS JOIN LATERAL reminder_claim_for_send(b.organization_id, b.reminder_id, b.version, $6::interval, b.link_id, b.link_token_hash, $7::interval) AS c`;

export const RECORD_SENT_BATCH_SQL = `
  SELECT reminder_record_sent(b.organization_id, b.reminder_id, b.version, b.message_id, b.smtp_response,
                              b.delivery_id, b.to_address, b.subject, b.text_body, b.html_body, b.headers) AS still_ours
    FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::jsonb[])
           WITH ORDINALITY AS b(organization_id, reminder_id, version, message_id, smtp_response, delivery_id, to_address, subject, text_body, html_body, headers, position)
   ORDER BY b.position`;

/** The claimed row for each request, null where the reminder was not there to claim at that version. */
async function claimBatch(
  dataSource: DataSource,
  requests: ClaimRequest[],
  { lease, spacing }: { lease: string; spacing: string },
): Promise<Array<ClaimRow | null>> {
  const ordered = [...requests].sort((a, b) => compareIds(a.reminderId, b.reminderId));
  const rows: ClaimRow[] = await dataSource.query(CLAIM_BATCH_SQL, [
    ordered.map((request) => request.organizationId),
    ordered.map((request) => request.reminderId),
    ordered.map((request) => request.version),
    ordered.map((request) => request.linkId),
    ordered.map((request) => request.linkHash),
    lease,
    spacing,
  ]);
  // A claim raises the version. Two timers of the same row and version: only the first call
  // finds it claimable, so the row answers one request. The organization is part of the key:
  // a request made under another organization never claims the row and must not receive it.
  // A row handed back unclaimed (too soon for its recipient, or the recipient busy) keeps its version.
  const claimed = new Map(rows.map((row) => [claimKey(row.organization_id, row.id, requestedVersion(row)), row]));
  return requests.map((request) => {
    const key = claimKey(request.organizationId, request.reminderId, request.version);
    const row = claimed.get(key) ?? null;
    claimed.delete(key);
    return row;
  });
}

/** For each record, whether the row was still this claim's when it was marked SENT. */
async function recordSentBatch(dataSource: DataSource, records: SentRecord[]): Promise<boolean[]> {
  const order = records
    .map((_, index) => index)
    .sort((a, b) => compareIds(records[a].reminder.id, records[b].reminder.id));
  const ordered = order.map((index) => records[index]);
  const rows: Array<{ still_ours: boolean }> = await dataSource.query(RECORD_SENT_BATCH_SQL, [
    ordered.map(({ reminder }) => reminder.organizationId),
    ordered.map(({ reminder }) => reminder.id),
    ordered.map(({ reminder }) => reminder.version),
    ordered.map((record) => record.messageId),
    ordered.map((record) => record.smtpResponse),
    ordered.map((record) => record.deliveryId),
    ordered.map(({ delivery }) => delivery.toAddress),
    ordered.map(({ delivery }) => delivery.subject),
    ordered.map(({ delivery }) => delivery.textBody),
    ordered.map(({ delivery }) => delivery.htmlBody),
    ordered.map(({ delivery }) => JSON.stringify(delivery.headers)),
  ]);
  const stillOurs: boolean[] = [];
  order.forEach((recordIndex, position) => (stillOurs[recordIndex] = rows[position].still_ours));
  return stillOurs;
}

function requestedVersion(row: ClaimRow): number {
  const unclaimed = row.recipient_busy || row.recipient_last_sent_at !== null;
  return unclaimed ? row.version : reminderVersionBefore(row.version);
}

function claimKey(organizationId: string, reminderId: string, version: number): string {
  return `${organizationId}/${reminderId}/${version}`;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
