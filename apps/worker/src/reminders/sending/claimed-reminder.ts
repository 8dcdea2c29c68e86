import type { ReminderRecipient } from '@prep/domain';

/** A reminder row this worker holds the lease on, at the version its claim gave it. */
export interface ClaimedReminder {
  organizationId: string;
  id: string;
  assignmentId: string;
  planVersion: number;
  kind: string;
  recipient: ReminderRecipient;
  itemKeys: string[];
  condition: string | null;
  dueAt: Date;
  /** Including this one. */
  attempts: number;
  version: number;
}

export const CLAIMED_COLUMNS = 'organization_id, id, assignment_id, plan_version, kind, recipient, item_keys, condition, due_at, attempts, version';

export interface ClaimedRow {
  organization_id: string;
  id: string;
  assignment_id: string;
  plan_version: number;
  kind: string;
  recipient: ReminderRecipient;
  item_keys: string[];
  condition: string | null;
  due_at: Date;
  attempts: number;
  version: number;
}

export function toClaimedReminder(row: ClaimedRow): ClaimedReminder {
  return {
    organizationId: row.organization_id,
    id: row.id,
    assignmentId: row.assignment_id,
    planVersion: row.plan_version,
    kind: row.kind,
    recipient: row.recipient,
    itemKeys: row.item_keys,
    condition: row.condition,
    dueAt: row.due_at,
    attempts: row.attempts,
    version: row.version,
  };
}
