import { SignJWT } from 'jose';
import type { SeedOrganization } from './seed-statements';

// What the API's AccessTokenService signs and verifies (apps/api/src/features/auth/access-token.service.ts).
const ISSUER = 'prep-api';
const AUDIENCE = 'prep-api';
/** Longer than any run; the API checks the expiry, not its own TTL setting. */
const LIFETIME = '2h';

export interface Caller {
  organizationId: string;
  accessToken: string;
}

/** One OWNER per organization: the roster and the dashboard then cover the whole organization. */
export function mintOwnerTokens(organizations: SeedOrganization[], jwtSecret: string): Promise<Caller[]> {
  const key = new TextEncoder().encode(jwtSecret);
  return Promise.all(
    organizations.map(async (org) => ({
      organizationId: org.id,
      accessToken: await new SignJWT({ org: org.id, mid: org.ownerMemberId, role: 'OWNER', sid: org.ownerSessionId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(org.ownerUserId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(LIFETIME)
        .sign(key),
    })),
  );
}
