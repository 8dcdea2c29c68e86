/**
 * Deterministic job ids: enqueueing the same logical job twice is a no-op in BullMQ.
 * Ids never contain ':' (BullMQ's key separator).
 */
export function purgeExpiredCredentialsJobId(organizationId: string, day: Date): string {
  return `purge-expired-credentials.${organizationId}.${day.toISOString().slice(0, 10)}`;
}

/** One timer per reminder row and version: enqueueing it again is a no-op; a changed row gets a new one. */
export function sendReminderJobId(reminderId: string, version: number): string {
  return `send-reminder.${reminderId}.v${version}`;
}

/** One invitation email per invited member and invitation version: a resend gets a job of its own. */
export function memberInvitationJobId(memberId: string, invitationVersion: number): string {
  return `send-member-invitation.${memberId}.v${invitationVersion}`;
}

/** One email per password reset request. */
export function passwordResetJobId(passwordResetId: string): string {
  return `send-password-reset.${passwordResetId}`;
}

/** One retention run per organization and day. */
export function eraseExpiredCandidatesJobId(organizationId: string, day: Date): string {
  return `erase-expired-candidates.${organizationId}.${day.toISOString().slice(0, 10)}`;
}

/** One deletion job per organization: deleting it twice enqueues nothing new. */
export function deleteOrganizationJobId(organizationId: string): string {
  return `delete-organization.${organizationId}`;
}

/** How often the at-risk alerts are evaluated; one run per organization in each such slot. */
export const AT_RISK_ALERT_INTERVAL_MS = 15 * 60_000;

/** One at-risk alert run per organization and 15-minute slot: a second worker's enqueue of the same slot is a no-op. */
export function sendAtRiskAlertsJobId(organizationId: string, at: Date): string {
  return `send-at-risk-alerts.${organizationId}.${Math.floor(at.getTime() / AT_RISK_ALERT_INTERVAL_MS)}`;
}
