import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { createSecretToken, TenantTransactions } from '@prep/persistence';
import { ReminderMetrics } from '../../metrics/reminder-metrics';
import { QUEUE_CONCURRENCY } from '../../queue-runtime/queue-workers.service';
import { ClaimRow, claimedReminderOf, reminderContextOf } from './claim-row';
import { claimBatch, ClaimRequest, recordSentBatch, SentRecord } from './send-batches';
import { StatementBatcher } from './statement-batcher';
import type { ClaimedReminder, EmailLink } from './claimed-reminder';
import type { DeliveryRecord } from './reminder-composer';
import type { ReminderContext } from './reminder-context';
import type { SendTimeDecision } from './send-time-check';

/** A claimed reminder with what the claim read for it. `context` is an Error when a row it needs is gone. */
export interface ClaimForSend {
  reminder: ClaimedReminder;
  context: ReminderContext | Error;
  emailLink: EmailLink | null;
}

/** As many sends as the reminders queue runs at once can share a statement. */
const MAX_BATCH = QUEUE_CONCURRENCY.reminders;

/**
 * Every state change of a reminder row. Each one after the claim is conditional on the version
 * the claim produced, and raises it again, so a stale timer or a second worker finds nothing.
 * The two on every send (claim, SENT) go through reminder_claim_for_send and reminder_record_sent,
 * which set the tenant themselves, for the sends of one event-loop turn at a time (send-batches.ts);
 * the rarer ones are tenant transactions.
 */
@Injectable()
export class ReminderRows {
  private readonly claims: StatementBatcher<ClaimRequest, ClaimRow | null>;
  private readonly sentRecords: StatementBatcher<SentRecord, boolean>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly tenants: TenantTransactions,
    private readonly metrics: ReminderMetrics,
  ) {
    this.claims = new StatementBatcher((requests) => claimBatch(dataSource, requests), MAX_BATCH);
    this.sentRecords = new StatementBatcher((records) => recordSentBatch(dataSource, records), MAX_BATCH);
  }

  /**
   * Takes the row for this worker and reads what the send needs; null when it is not ours to send.
   * A candidate email's private link is minted by the same statement: its token is drawn here and
   * only its hash leaves the process.
   */
  async claim(organizationId: string, reminderId: string, version: number): Promise<ClaimForSend | null> {
    const link = { id: randomUUID(), ...createSecretToken() };
    const row = await this.claims.submit({ organizationId, reminderId, version, linkId: link.id, linkHash: link.hash });
    if (!row) return null;
    const reminder = claimedReminderOf(row);
    this.metrics.claimed(reminder.kind);
    return {
      reminder,
      context: contextOrError(row),
      emailLink: reminder.recipient === 'candidate' ? { id: link.id, token: link.token } : null,
    };
  }

  /**
   * A send-time check said no: the row ends SKIPPED or CANCELLED with the reason, and the link
   * minted for the email that will not be sent stops working.
   */
  async recordDecision(claim: ClaimForSend, decision: Exclude<SendTimeDecision, { send: true }>): Promise<void> {
    const { reminder, emailLink } = claim;
    await this.tenants.run({ organizationId: reminder.organizationId }, async (manager) => {
      await this.release(manager, reminder, 'status = $4, reason = $5', [decision.status, decision.reason]);
      if (emailLink) await revokeLink(manager, reminder.organizationId, emailLink.id);
    });
    this.metrics.outcome(reminder.kind, decision.status === 'SKIPPED' ? 'skipped' : 'cancelled');
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
    return this.releaseRevoking(reminder, unsentLink, "status = 'QUEUED', last_error = $4", [error]);
  }

  recordFailed(
    reminder: ClaimedReminder,
    reason: string,
    error: string,
    unsentLink: EmailLink | null,
  ): Promise<boolean> {
    this.metrics.outcome(reminder.kind, 'failed');
    return this.releaseRevoking(reminder, unsentLink, "status = 'FAILED', reason = $4, last_error = $5", [
      reason,
      error,
    ]);
  }

  private releaseRevoking(
    reminder: ClaimedReminder,
    unsentLink: EmailLink | null,
    changes: string,
    values: unknown[],
  ): Promise<boolean> {
    return this.tenants.run({ organizationId: reminder.organizationId }, async (manager) => {
      const released = await this.release(manager, reminder, changes, values);
      if (unsentLink) await revokeLink(manager, reminder.organizationId, unsentLink.id);
      return released;
    });
  }

  /** Applies `changes` (placeholders from $4), ends the lease and raises the version; false when the row was not ours any more. */
  private async release(
    manager: EntityManager,
    reminder: ClaimedReminder,
    changes: string,
    values: unknown[],
  ): Promise<boolean> {
    const rows = await updateReturning(
      manager,
      `UPDATE reminders SET ${changes}, claimed_until = NULL, version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3
        RETURNING id`,
      [reminder.organizationId, reminder.id, reminder.version, ...values],
    );
    return rows.length === 1;
  }
}

function contextOrError(row: ClaimRow): ReminderContext | Error {
  try {
    return reminderContextOf(row);
  } catch (error) {
    return error as Error;
  }
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
