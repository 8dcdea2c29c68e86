import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { MemberRole } from '@prep/domain';
import type { AuthContext } from './auth-context';

const ISSUER = 'prep-api';
const AUDIENCE = 'prep-api';
const ROLES = new Set<string>(Object.values(MemberRole));

/** Short-lived HS256 access tokens carrying the caller's organization, member and role. */
@Injectable()
export class AccessTokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.auth.jwtSecret);
  }

  sign(auth: AuthContext): Promise<string> {
    return new SignJWT({ org: auth.organizationId, mid: auth.memberId, role: auth.role, sid: auth.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(auth.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.config.auth.accessTokenTtlSeconds}s`)
      .sign(this.key);
  }

  /** The token's claims, or null for anything forged, expired or malformed. */
  async verify(token: string): Promise<AuthContext | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const { sub, org, mid, role, sid } = payload;
      if (![sub, org, mid, sid].every((value) => typeof value === 'string') || !ROLES.has(String(role))) return null;
      return {
        userId: sub as string,
        organizationId: org as string,
        memberId: mid as string,
        role: role as MemberRole,
        sessionId: sid as string,
      };
    } catch {
      return null;
    }
  }
}
