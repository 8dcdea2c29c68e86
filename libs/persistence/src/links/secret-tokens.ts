import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret with 256 bits of randomness; only its SHA-256 is ever stored. */
export function createSecretToken(prefix?: string): { token: string; hash: string } {
  const random = randomBytes(32).toString('base64url');
  const token = prefix ? `${prefix}_${random}` : random;
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
