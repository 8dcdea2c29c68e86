import { randomBytes } from 'node:crypto';
import { hashOpaqueToken } from '../auth/opaque-token';

/** A private link secret: 256 bits of randomness, URL-safe; only its SHA-256 is stored. */
export function createLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

/** Built from configured APP_URL, never from a request's Host header. */
export function candidateLink(appUrl: string, token: string): string {
  return `${appUrl}/a/${token}`;
}

export function linkExpiry(startsAt: Date, ttlDaysAfterInterview: number): Date {
  return new Date(startsAt.getTime() + ttlDaysAfterInterview * 24 * 3600 * 1000);
}
