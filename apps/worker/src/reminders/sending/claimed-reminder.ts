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

/** The private link minted with the claim for a candidate email: its row id, and the token only this attempt knows. */
export interface EmailLink {
  id: string;
  token: string;
}
