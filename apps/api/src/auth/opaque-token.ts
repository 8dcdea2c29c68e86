import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret with 256 bits of randomness; only its SHA-256 is ever stored. */
export function createOpaqueToken(prefix: string): { token: string; hash: string } {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
