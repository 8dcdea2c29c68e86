import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a Basic authorization header with the expected credentials in constant time. */
export function isAuthorizedBasic(header: string | undefined, user: string, password: string): boolean {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!match) return false;
  const given = digest(Buffer.from(match[1], 'base64').toString('utf8'));
  return timingSafeEqual(given, digest(`${user}:${password}`));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
