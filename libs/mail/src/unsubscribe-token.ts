import { createHmac, timingSafeEqual } from 'node:crypto';

export interface UnsubscribeSubject {
  organizationId: string;
  candidateId: string;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN = new RegExp(`^(${UUID})\\.(${UUID})\\.([A-Za-z0-9_-]{43})$`);

/**
 * A signed, stateless unsubscribe token: `<organizationId>.<candidateId>.<HMAC>`. It names the
 * candidate to stop emailing and nothing else, so it is safe in every email's headers.
 */
export function createUnsubscribeToken(secret: string, subject: UnsubscribeSubject): string {
  return `${subject.organizationId}.${subject.candidateId}.${signature(secret, subject)}`;
}

export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeSubject | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const subject = { organizationId: match[1], candidateId: match[2] };
  const expected = Buffer.from(signature(secret, subject));
  const given = Buffer.from(match[3]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? subject : null;
}

export function unsubscribeUrl(appUrl: string, token: string): string {
  return `${appUrl}/u/${token}`;
}

function signature(secret: string, subject: UnsubscribeSubject): string {
  return createHmac('sha256', secret)
    .update(`unsubscribe:${subject.organizationId}:${subject.candidateId}`)
    .digest('base64url');
}
