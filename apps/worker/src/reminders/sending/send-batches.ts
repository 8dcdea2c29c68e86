import type { DataSource } from 'typeorm';
import type { ClaimRow } from './claim-row';
import type { ClaimedReminder } from './claimed-reminder';
import type { DeliveryRecord } from './reminder-composer';

/** A claim lasts longer than any send can (SMTP waits are bounded well under it). */
export const CLAIM_LEASE = '5 minutes';

/** One timer's claim, with the id and hash of the link the claim mints for a candidate email. */
export interface ClaimRequest {
  organizationId: string;
  reminderId: string;
  version: number;
  linkId: string;
  linkHash: string;
}

/** One accepted message to record as SENT. */
export interface SentRecord {
  reminder: ClaimedReminder;
  messageId: string;
  delivery: DeliveryRecord;
  smtpResponse: string;
  deliveryId: string;
}

// Each row is its own call of the function, which makes that row's organization the tenant
// before it touches anything: a batch mixes organizations and row-level security still applies
// to every row on its own. Rows go in id order so two batches lock shared rows in the same order.
const CLAIM_BATCH_SQL = `
  SELECT c.*
    FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::uuid[], $5::text[])
           AS b(organization_id, reminder_id, version, link_id, link_token_hash)
   CROSS JOIN LATERAL reminder_claim_for_send(b.organization_id, b.reminder_id, b.version, $6::interval, b.link_id, b.link_token_hash) AS c`;

const RECORD_SENT_BATCH_SQL = `
  SELECT reminder_record_sent(b.organization_id, b.reminder_id, b.version, b.message_id, b.smtp_response,
                              b.delivery_id, b.to_address, b.subject, b.text_body, b.html_body, b.headers) AS still_ours
    FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::uuid[],
                $7::text[], $8::text[], $9::text[], $10::text[], $11::jsonb[])
           WITH ORDINALITY AS b(organization_id, reminder_id, version, message_id, smtp_response, delivery_id,
                                to_address, subject, text_body, html_body, headers, position)
   ORDER BY b.position`;

/** The claimed row for each request, null where the reminder was not there to claim at that version. */
export async function claimBatch(dataSource: DataSource, requests: ClaimRequest[]): Promise<Array<ClaimRow | null>> {
  const ordered = [...requests].sort((a, b) => compareIds(a.reminderId, b.reminderId));
  const rows: ClaimRow[] = await dataSource.query(CLAIM_BATCH_SQL, [
    ordered.map((request) => request.organizationId),
    ordered.map((request) => request.reminderId),
    ordered.map((request) => request.version),
    ordered.map((request) => request.linkId),
    ordered.map((request) => request.linkHash),
    CLAIM_LEASE,
  ]);
  // A claim raises the version by one. Two timers of the same row and version: only the first
  // call finds it claimable, so the row answers one request. The organization is part of the key:
  // a request made under another organization never claims the row and must not receive it.
  const claimed = new Map(rows.map((row) => [claimKey(row.organization_id, row.id, row.version - 1), row]));
  return requests.map((request) => {
    const key = claimKey(request.organizationId, request.reminderId, request.version);
    const row = claimed.get(key) ?? null;
    claimed.delete(key);
    return row;
  });
}

/** For each record, whether the row was still this claim's when it was marked SENT. */
export async function recordSentBatch(dataSource: DataSource, records: SentRecord[]): Promise<boolean[]> {
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

function claimKey(organizationId: string, reminderId: string, version: number): string {
  return `${organizationId}/${reminderId}/${version}`;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
