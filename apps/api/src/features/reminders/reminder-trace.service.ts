import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReminderStatus } from '@prep/domain';
import { TenantTransactions } from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';
import { RequestBatch, RequestBatches } from '../../platform/graphql/request-batch';
import { ReminderAttemptType, ReminderChangeType, ReminderMessageType } from './dto/reminder-trace.type';

/**
 * A reminder's delivery trace: its attempts, its changes and the message as sent. Each is read
 * for all the reminders of one request in one statement, within the caller's organization and,
 * for a COACH, only for their own assignments (another coach's reminder reads as empty).
 */
@Injectable()
export class ReminderTraceService {
  private readonly attemptBatches = new RequestBatches<ReminderAttemptType[]>();
  private readonly changeBatches = new RequestBatches<ReminderChangeType[]>();
  private readonly messageBatches = new RequestBatches<ReminderMessageType | null>();

  constructor(private readonly tenants: TenantTransactions) {}

  attempts(auth: AuthContext, reminderId: string, request: object): Promise<ReminderAttemptType[]> {
    const batch = this.attemptBatches.forRequest(
      request,
      () => new RequestBatch((ids) => this.load(auth, ids, ATTEMPTS_SQL, toAttempt, many), []),
    );
    return batch.get(reminderId);
  }

  changes(auth: AuthContext, reminderId: string, request: object): Promise<ReminderChangeType[]> {
    const batch = this.changeBatches.forRequest(
      request,
      () => new RequestBatch((ids) => this.load(auth, ids, CHANGES_SQL, toChange, many), []),
    );
    return batch.get(reminderId);
  }

  message(auth: AuthContext, reminderId: string, request: object): Promise<ReminderMessageType | null> {
    const batch = this.messageBatches.forRequest(
      request,
      () => new RequestBatch((ids) => this.load(auth, ids, MESSAGE_SQL, toMessage, last), null),
    );
    return batch.get(reminderId);
  }

  private load<Row extends { reminder_id: string }, Item, Result>(
    auth: AuthContext,
    reminderIds: string[],
    sql: string,
    toItem: (row: Row) => Item,
    group: (items: Item[]) => Result,
  ): Promise<Map<string, Result>> {
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager: EntityManager) => {
      const rows: Row[] = await manager.query(sql, [auth.organizationId, reminderIds, coachFilter(auth)]);
      const byReminder = new Map<string, Item[]>();
      for (const row of rows)
        byReminder.set(row.reminder_id, [...(byReminder.get(row.reminder_id) ?? []), toItem(row)]);
      return new Map([...byReminder].map(([id, items]) => [id, group(items)]));
    });
  }
}

/** The member a COACH is limited to; null for OWNER and ADMIN, who see the whole organization. */
function coachFilter(auth: AuthContext): string | null {
  return auth.role === 'OWNER' || auth.role === 'ADMIN' ? null : auth.memberId;
}

// $1 organization, $2 reminder ids, $3 the coach a COACH is limited to (null: everyone's).
const VISIBLE_REMINDERS = `
  SELECT r.id FROM reminders r
    JOIN assignments a ON a.organization_id = r.organization_id AND a.id = r.assignment_id
   WHERE r.organization_id = $1 AND r.id = ANY ($2::uuid[]) AND ($3::uuid IS NULL OR a.coach_member_id = $3::uuid)`;

const ATTEMPTS_SQL = `
  SELECT t.reminder_id, t.attempt, t.started_at, t.finished_at, t.outcome, t.detail, t.message_id, t.possible_duplicate
    FROM reminder_attempts t
   WHERE t.organization_id = $1 AND t.reminder_id IN (${VISIBLE_REMINDERS})
   ORDER BY t.reminder_id, t.attempt`;

const CHANGES_SQL = `
  SELECT c.reminder_id, c.changed_at, c.from_status, c.to_status, c.from_due_at, c.to_due_at, c.reason, c.actor_member_id
    FROM reminder_changes c
   WHERE c.organization_id = $1 AND c.reminder_id IN (${VISIBLE_REMINDERS})
   ORDER BY c.reminder_id, c.changed_at, c.id`;

const MESSAGE_SQL = `
  SELECT d.reminder_id, d.subject, d.to_address, d.sent_at, d.message_id, d.text_body
    FROM deliveries d
   WHERE d.organization_id = $1 AND d.reminder_id IN (${VISIBLE_REMINDERS})
   ORDER BY d.reminder_id, d.sent_at`;

interface AttemptRow {
  reminder_id: string;
  attempt: number;
  started_at: Date;
  finished_at: Date | null;
  outcome: string | null;
  detail: string | null;
  message_id: string | null;
  possible_duplicate: boolean;
}

interface ChangeRow {
  reminder_id: string;
  changed_at: Date;
  from_status: ReminderStatus | null;
  to_status: ReminderStatus;
  from_due_at: Date | null;
  to_due_at: Date;
  reason: string | null;
  actor_member_id: string | null;
}

interface MessageRow {
  reminder_id: string;
  subject: string;
  to_address: string;
  sent_at: Date;
  message_id: string;
  text_body: string;
}

function toAttempt(row: AttemptRow): ReminderAttemptType {
  return {
    attempt: row.attempt,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    outcome: row.outcome,
    reply: row.detail,
    messageId: row.message_id,
    possibleDuplicate: row.possible_duplicate,
  };
}

function toChange(row: ChangeRow): ReminderChangeType {
  return {
    at: row.changed_at,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    fromDueAt: row.from_due_at,
    toDueAt: row.to_due_at,
    reason: row.reason,
    actorMemberId: row.actor_member_id,
  };
}

function toMessage(row: MessageRow): ReminderMessageType {
  return {
    subject: row.subject,
    recipient: row.to_address,
    sentAt: row.sent_at,
    messageId: row.message_id,
    text: row.text_body,
  };
}

function many<T>(items: T[]): T[] {
  return items;
}

/** A message sent twice (a duplicate after a crash) shows as the later copy. */
function last<T>(items: T[]): T | null {
  return items.at(-1) ?? null;
}
