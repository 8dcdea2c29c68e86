/**
 * Deterministic job ids: enqueueing the same logical job twice is a no-op in BullMQ.
 * Ids never contain ':' (BullMQ's key separator).
 */
export function purgeExpiredCredentialsJobId(organizationId: string, day: Date): string {
  return `purge-expired-credentials.${organizationId}.${day.toISOString().slice(0, 10)}`;
}
