import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { MemberRole } from '@prep/domain';
import { MemberStatus, TenantTransactions } from '@prep/persistence';
import type { AuthContext } from './auth-context';

/** The member behind a live session, as their row says now. */
interface LiveMember {
  memberId: string;
  userId: string;
  role: MemberRole;
}

interface CachedCheck {
  expiresAt: number;
  member: Promise<LiveMember | null>;
}

// A session (refresh-token family) is live while its newest token is neither used, revoked nor
// expired; rotation marks the old token used and inserts the next one in the same transaction.
const LIVE_SESSION_MEMBER = `
  SELECT m.id AS "memberId", m.user_id AS "userId", m.role
  FROM members m
  WHERE m.organization_id = $1 AND m.id = $2 AND m.status = $4
    AND EXISTS (
      SELECT 1 FROM refresh_tokens t
      WHERE t.organization_id = $1 AND t.family_id = $3 AND t.member_id = m.id
        AND t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now()
    )`;

/**
 * Whether an access token's session is still live and its member still active, and the role that
 * member has now (not the one in the token). One check per (organization, session) is trusted for
 * SESSION_CHECK_CACHE_MS, so a warm request costs a map lookup; concurrent requests share one check.
 */
@Injectable()
export class LiveSessions {
  private readonly checks = new Map<string, CachedCheck>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantTransactions,
  ) {}

  /** The token's context with the member's current role, or null when the session has ended. */
  async confirm(claims: AuthContext): Promise<AuthContext | null> {
    const member = await this.check(claims.organizationId, claims.sessionId, claims.memberId);
    if (!member || member.memberId !== claims.memberId || member.userId !== claims.userId) return null;
    return { ...claims, role: member.role };
  }

  /** Drops this process's trust in a session at once (e.g. on logout). */
  forget(organizationId: string, sessionId: string): void {
    this.checks.delete(keyOf(organizationId, sessionId));
  }

  private check(organizationId: string, sessionId: string, memberId: string): Promise<LiveMember | null> {
    const key = keyOf(organizationId, sessionId);
    const now = Date.now();
    const cached = this.checks.get(key);
    if (cached && cached.expiresAt > now) return cached.member;

    const member = this.load(organizationId, sessionId, memberId);
    const ttl = this.config.auth.sessionCheckCacheMs;
    if (ttl > 0) {
      this.dropExpired(now);
      this.checks.delete(key); // re-inserted at the end, so the map stays in expiry order
      this.checks.set(key, { expiresAt: now + ttl, member });
      // A failed check (database down) is not an answer; the next request tries again.
      member.catch(() => this.checks.get(key)?.member === member && this.checks.delete(key));
    }
    return member;
  }

  private load(organizationId: string, sessionId: string, memberId: string): Promise<LiveMember | null> {
    return this.tenants.run({ organizationId }, async (manager) => {
      const rows: LiveMember[] = await manager.query(LIVE_SESSION_MEMBER, [
        organizationId,
        memberId,
        sessionId,
        MemberStatus.ACTIVE,
      ]);
      return rows[0] ?? null;
    });
  }

  /** Entries are inserted with the same TTL, so the oldest come first: the map stays bounded by the TTL. */
  private dropExpired(now: number): void {
    for (const [key, check] of this.checks) {
      if (check.expiresAt > now) return;
      this.checks.delete(key);
    }
  }
}

const keyOf = (organizationId: string, sessionId: string) => `${organizationId}:${sessionId}`;
