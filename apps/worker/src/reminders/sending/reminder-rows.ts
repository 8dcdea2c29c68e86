import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeliveryEntity, TenantTransactions } from '@prep/persistence';
import { ReminderMetrics } from '../../metrics/reminder-metrics';
import { CLAIMED_COLUMNS, ClaimedReminder, ClaimedRow, toClaimedReminder } from './claimed-reminder';
import type { DeliveryRecord } from './reminder-composer';
import type { SendTimeDecision } from './send-time-check';

/** A claim lasts longer than any send can (SMTP waits are bounded well under it). */
export const CLAIM_LEASE = "interval '5 minutes'";

/**
 * Every state change of a reminder row. Each one after the claim is conditional on the version
 * the claim produced, and raises it again, so a stale timer or a second worker finds nothing.
 */
@Injectable()
export class ReminderRows {
  constructor(
    private readonly tenants: TenantTransactions,
    private readonly metrics: ReminderMetrics,
  ) {}

  /** Takes the row for this worker, in its own short transaction; null when it is not ours to send. */
  claim(organizationId: string, reminderId: string, version: number): Promise<ClaimedReminder | null> {
    return this.tenants.run({ organizationId }, async (manager) => {
      const [row] = await updateReturning<ClaimedRow>(
        manager,
        `UPDATE reminders SET version = version + 1, attempts = attempts + 1, claimed_until = now() + ${CLAIM_LEASE},
                status = 'QUEUED', updated_at = now()
          WHERE organization_id = $1 AND id = $2 AND version = $3 AND status IN ('SCHEDULED', 'QUEUED')
            AND (claimed_until IS NULL OR claimed_until < now())
          RETURNING ${CLAIMED_COLUMNS}`,
        [organizationId, reminderId, version],
      );
      if (!row) return null;
      this.metrics.claimed(row.kind);
      return toClaimedReminder(row);
    });
  }

  /** A send-time check said no: the row ends SKIPPED or CANCELLED with the reason. */
  async recordDecision(manager: EntityManager, reminder: ClaimedReminder, decision: Exclude<SendTimeDecision, { send: true }>): Promise<void> {
    await this.release(manager, reminder, 'status = $4, reason = $5', [decision.status, decision.reason]);
    this.metrics.outcome(reminder.kind, decision.status === 'SKIPPED' ? 'skipped' : 'cancelled');
  }

  /** The server accepted the message: SENT, and the message as sent. */
  recordSent(reminder: ClaimedReminder, messageId: string, delivery: DeliveryRecord, smtpResponse: string): Promise<boolean> {
    return this.tenants.run({ organizationId: reminder.organizationId }, async (manager) => {
      const updated = await this.release(manager, reminder, "status = 'SENT', message_id = $4, sent_at = now(), last_error = NULL", [messageId]);
      // Recorded even if the lease was somehow lost: the message did go out.
      await manager.getRepository(DeliveryEntity).insert({
        organizationId: reminder.organizationId,
        id: randomUUID(),
        reminderId: reminder.id,
        messageId,
        ...delivery,
        smtpResponse,
      });
      this.metrics.sent(reminder.kind, reminder.dueAt);
      return updated;
    });
  }

  /** Back to the queue for another attempt (its timer is armed by the caller). */
  recordRetry(reminder: ClaimedReminder, error: string): Promise<boolean> {
    this.metrics.outcome(reminder.kind, 'retried');
    return this.tenants.run({ organizationId: reminder.organizationId }, (manager) =>
      this.release(manager, reminder, "status = 'QUEUED', last_error = $4", [error]),
    );
  }

  recordFailed(reminder: ClaimedReminder, reason: string, error: string): Promise<boolean> {
    this.metrics.outcome(reminder.kind, 'failed');
    return this.tenants.run({ organizationId: reminder.organizationId }, (manager) =>
      this.release(manager, reminder, "status = 'FAILED', reason = $4, last_error = $5", [reason, error]),
    );
  }

  /** Applies `changes` (placeholders from $4), ends the lease and raises the version; false when the row was not ours any more. */
  private async release(manager: EntityManager, reminder: ClaimedReminder, changes: string, values: unknown[]): Promise<boolean> {
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

/** TypeORM hands back an UPDATE's result as [rows, count]. */
async function updateReturning<T = unknown>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const [rows] = (await manager.query(sql, parameters)) as [T[], number];
  return rows;
}
