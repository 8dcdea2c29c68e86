import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { MemberRole } from '@prep/domain';
import { createSecretToken, RefreshTokenEntity } from '@prep/persistence';
import { AccessTokenService } from './access-token.service';

export interface SessionMember {
  organizationId: string;
  memberId: string;
  userId: string;
  role: MemberRole;
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

export type RotationResult =
  { outcome: 'rotated'; member: SessionMember; tokens: SessionTokens } | { outcome: 'reused' | 'invalid' };

/**
 * Sessions are families of single-use refresh tokens. Using one issues the next; presenting a
 * used or revoked one means it leaked, so the whole family is revoked.
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accessTokens: AccessTokenService,
  ) {}

  start(manager: EntityManager, member: SessionMember): Promise<SessionTokens> {
    return this.issue(manager, member, randomUUID());
  }

  /** Must run in the token's tenant transaction; a reuse commits the revocation. */
  async rotate(
    manager: EntityManager,
    organizationId: string,
    tokenHash: string,
    loadMember: (memberId: string) => Promise<SessionMember | null>,
  ): Promise<RotationResult> {
    const repository = manager.getRepository(RefreshTokenEntity);
    const current = await repository.findOne({
      where: { organizationId, tokenHash },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current) return { outcome: 'invalid' };
    if (current.usedAt || current.revokedAt) {
      await this.revokeFamily(manager, organizationId, current.familyId);
      return { outcome: 'reused' };
    }
    if (current.expiresAt.getTime() <= Date.now()) return { outcome: 'invalid' };
    const member = await loadMember(current.memberId);
    if (!member) return { outcome: 'invalid' };
    await repository.update({ organizationId: current.organizationId, id: current.id }, { usedAt: new Date() });
    return { outcome: 'rotated', member, tokens: await this.issue(manager, member, current.familyId) };
  }

  async revokeFamily(manager: EntityManager, organizationId: string, familyId: string): Promise<void> {
    await manager
      .getRepository(RefreshTokenEntity)
      .update({ organizationId, familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /**
   * Ends every session of a member (removal, password reset), or every other one (password
   * change keeps the caller's `exceptFamilyId`). Returns how many sessions were still open.
   */
  async revokeAllForMember(
    manager: EntityManager,
    organizationId: string,
    memberId: string,
    exceptFamilyId?: string,
  ): Promise<number> {
    const query = manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      // Expired sessions are over already; only live ones are ended (and counted).
      .where(
        'organization_id = :organizationId AND member_id = :memberId AND revoked_at IS NULL AND expires_at > now()',
        {
          organizationId,
          memberId,
        },
      )
      .returning('family_id');
    if (exceptFamilyId) query.andWhere('family_id <> :exceptFamilyId', { exceptFamilyId });
    const result = await query.execute();
    const rows = (result.raw ?? []) as Array<{ family_id: string }>;
    return new Set(rows.map((row) => row.family_id)).size;
  }

  private async issue(manager: EntityManager, member: SessionMember, familyId: string): Promise<SessionTokens> {
    const { token, hash } = createSecretToken('rt');
    const ttlMs = this.config.auth.refreshTokenTtlDays * 24 * 3600 * 1000;
    await manager.getRepository(RefreshTokenEntity).insert({
      organizationId: member.organizationId,
      id: randomUUID(),
      familyId,
      memberId: member.memberId,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + ttlMs),
    });
    const accessToken = await this.accessTokens.sign({ ...member, sessionId: familyId });
    return { accessToken, refreshToken: token };
  }
}
