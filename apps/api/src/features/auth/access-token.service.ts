import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { MemberRole } from '@prep/domain';
import type { AuthContext } from './auth-context';

const ISSUER = 'prep-api';
const AUDIENCE = 'prep-api';
const ROLES = new Set<string>(Object.values(MemberRole));
/** Bounds the verified tokens kept in memory; past it the oldest is dropped and verified again when it returns. */
const MAX_VERIFIED_TOKENS = 10_000;

interface VerifiedToken {
  claims: AuthContext;
  expiresAtMs: number;
}

/** Short-lived HS256 access tokens carrying the caller's organization, member and role. */
@Injectable()
export class AccessTokenService {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature and claims were checked, until they expire. A token never changes, and
   * checking its HMAC through WebCrypto on every request cost more than a simple request's own work.
   */
  private readonly verified = new Map<string, VerifiedToken>();

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
    const known = this.verified.get(token);
    if (known && known.expiresAtMs > Date.now()) return { ...known.claims };
    if (known) this.verified.delete(token);
    const claims = await this.check(token);
    if (claims) this.remember(token, claims.context, claims.expiresAtMs);
    return claims && { ...claims.context };
  }

  private remember(token: string, claims: AuthContext, expiresAtMs: number): void {
    if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { claims, expiresAtMs });
  }

  private async check(token: string): Promise<{ context: AuthContext; expiresAtMs: number } | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const { sub, org, mid, role, sid, exp } = payload;
      if (![sub, org, mid, sid].every((value) => typeof value === 'string') || !ROLES.has(String(role))) return null;
      if (typeof exp !== 'number') return null;
      const context = {
        userId: sub as string,
        organizationId: org as string,
        memberId: mid as string,
        role: role as MemberRole,
        sessionId: sid as string,
      };
      return { context, expiresAtMs: exp * 1000 };
    } catch {
      return null;
    }
  }
}
