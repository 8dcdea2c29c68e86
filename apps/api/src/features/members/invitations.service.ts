import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { MemberRole } from '@prep/domain';
import { createSecretToken, InvitationEntity, MemberEntity, MemberStatus, TenantTransactions } from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';
import { recordMemberAction } from '../audit/record-member-action';
import { AppError } from '../../platform/errors/app-error';
import { AddMemberPayload } from './dto/add-member.input';
import { MemberType } from './dto/member.type';
import { hasCoachingWork } from './hand-over';
import { InvitationEmails } from './invitation-emails';
import { assertMayChange } from './member-checks';
import { markRemoved } from './member-removal';
import { MemberErrorCode } from './member-error-code';
import { memberView } from './member-view';
import { actingMember, lockTeam, memberOrNotFound } from './team-lock';

/** Resending and revoking invitations of members who have not joined yet. */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantTransactions,
    private readonly invitationEmails: InvitationEmails,
  ) {}

  /**
   * A fresh secret (returned once) and a fresh email: every earlier secret, the emailed ones
   * included, stops working, and an email job of the old version sends nothing.
   */
  resend(auth: AuthContext, memberId: string): Promise<AddMemberPayload> {
    return this.reissue(auth, async (manager) => {
      const target = await this.invitedMember(manager, auth, memberId);
      return { target, action: 'member.invitation-resent', changes: {} };
    });
  }

  /**
   * Inviting the address of a member removed from this organization invites them again: the same
   * membership (history stays in one place) as INVITED with the new role. Null when there is none.
   */
  async reinviteRemoved(auth: AuthContext, email: string, role: MemberRole): Promise<AddMemberPayload | null> {
    const found = await this.tenants.run({ organizationId: auth.organizationId }, (manager) =>
      removedMemberWithEmail(manager, auth.organizationId, email),
    );
    if (!found) return null;
    return this.reissue(auth, async (manager) => {
      await lockTeam(manager, auth.organizationId);
      await actingMember(manager, auth);
      const target = await memberOrNotFound(manager, auth.organizationId, found.id);
      if (target.status !== MemberStatus.REMOVED) throw emailTaken();
      const changes = { status: MemberStatus.INVITED, removedAt: null, role };
      return { target, action: 'member.re-invited', changes };
    });
  }

  /** Raises the invitation version, replaces every secret with one new one and emails it after the commit. */
  private async reissue(
    auth: AuthContext,
    choose: (
      manager: EntityManager,
    ) => Promise<{ target: MemberEntity; action: string; changes: Partial<MemberEntity> }>,
  ): Promise<AddMemberPayload> {
    const invitation = createSecretToken('inv');
    const expiresAt = new Date(Date.now() + this.config.auth.invitationTtlDays * 24 * 3600 * 1000);
    const { member, version } = await this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const { target, action, changes } = await choose(manager);
      const { organizationId, id } = target;
      const version = target.invitationVersion + 1;
      await manager
        .getRepository(MemberEntity)
        .update({ organizationId, id }, { ...changes, invitationVersion: version });
      await manager.getRepository(InvitationEntity).delete({ organizationId, memberId: id });
      await manager
        .getRepository(InvitationEntity)
        .insert({ organizationId, id: randomUUID(), memberId: id, tokenHash: invitation.hash, expiresAt });
      await recordMemberAction(manager, auth, {
        action,
        subjectType: 'member',
        subjectId: id,
        details: { invitationVersion: version, ...(changes.role ? { role: changes.role } : {}) },
      });
      return { member: await memberView(manager, target), version };
    });
    this.invitationEmails.enqueue(auth.organizationId, member.id, auth.memberId, version);
    return { member, invitationToken: invitation.token };
  }

  /** The invitation stops working at once; the member stays in the history as REMOVED. */
  revoke(auth: AuthContext, memberId: string): Promise<MemberType> {
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const target = await this.invitedMember(manager, auth, memberId);
      if (await hasCoachingWork(manager, target.organizationId, target.id)) {
        throw new AppError(
          MemberErrorCode.HandOverRequired,
          'This invited member already coaches candidates; remove them with removeMember and a hand-over',
          { field: 'memberId' },
        );
      }
      await markRemoved(manager, target);
      await recordMemberAction(manager, auth, {
        action: 'member.invitation-revoked',
        subjectType: 'member',
        subjectId: target.id,
        details: { role: target.role },
      });
      return memberView(manager, target);
    });
  }

  /** Under the team lock; the member row update then also waits for an email job reading it. */
  private async invitedMember(manager: EntityManager, auth: AuthContext, memberId: string): Promise<MemberEntity> {
    await lockTeam(manager, auth.organizationId);
    const actor = await actingMember(manager, auth);
    const target = await memberOrNotFound(manager, auth.organizationId, memberId);
    assertMayChange(actor, target);
    if (target.status !== MemberStatus.INVITED) {
      throw new AppError(MemberErrorCode.NotInvited, 'This member has no open invitation');
    }
    return target;
  }
}

async function removedMemberWithEmail(
  manager: EntityManager,
  organizationId: string,
  email: string,
): Promise<MemberEntity | null> {
  return manager.getRepository(MemberEntity).findOne({
    where: { organizationId, status: MemberStatus.REMOVED, user: { email } },
    relations: { user: true },
  });
}

const emailTaken = () =>
  new AppError(MemberErrorCode.EmailAlreadyRegistered, 'An account with this email already exists');
