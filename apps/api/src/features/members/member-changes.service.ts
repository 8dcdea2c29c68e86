import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MemberRole } from '@prep/domain';
import { MemberEntity, MemberStatus, TenantTransactions } from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';
import { SessionService } from '../auth/session.service';
import { recordMemberAction } from '../audit/record-member-action';
import { AppError } from '../../platform/errors/app-error';
import { isUuid } from '../../platform/ids/is-uuid';
import {
  ChangeMemberRoleInput,
  RemoveMemberInput,
  RemoveMemberPayload,
  TransferOwnershipPayload,
} from './dto/member-changes.inputs';
import { MemberType } from './dto/member.type';
import { handOverCoachingWork, HandOverCounts, hasCoachingWork } from './hand-over';
import { MemberErrorCode } from './member-error-code';
import { assertChangeable, assertJoined, assertLeavesAnOwner, assertMayChange, ownerOnly } from './member-checks';
import { markRemoved } from './member-removal';
import { memberView } from './member-view';
import { actingMember, lockTeam, memberOrNotFound } from './team-lock';

const NO_HAND_OVER: HandOverCounts = { candidates: 0, assignments: 0, coachAlerts: 0 };

/** Role changes, removals and ownership transfers: each one transaction under the team lock, audited. */
@Injectable()
export class MemberChangesService {
  constructor(
    private readonly tenants: TenantTransactions,
    private readonly sessions: SessionService,
  ) {}

  changeRole(auth: AuthContext, input: ChangeMemberRoleInput): Promise<MemberType> {
    return this.underTeamLock(auth, async (manager, actor) => {
      const target = await memberOrNotFound(manager, auth.organizationId, input.memberId);
      assertMayChange(actor, target, input.role);
      if (target.role === input.role) return memberView(manager, target);
      if (input.role === MemberRole.OWNER) assertJoined(target);
      await assertLeavesAnOwner(manager, target, input.role);
      await manager
        .getRepository(MemberEntity)
        .update({ organizationId: target.organizationId, id: target.id }, { role: input.role });
      await recordMemberAction(manager, auth, {
        action: 'member.role-changed',
        subjectType: 'member',
        subjectId: target.id,
        details: { from: target.role, to: input.role },
      });
      return memberView(manager, target);
    });
  }

  /** The member row stays (REMOVED, with their name) so history still names them; their sessions end now. */
  remove(auth: AuthContext, input: RemoveMemberInput): Promise<RemoveMemberPayload> {
    return this.underTeamLock(auth, async (manager, actor) => {
      const target = await memberOrNotFound(manager, auth.organizationId, input.memberId);
      if (target.id === actor.id) throw new AppError(MemberErrorCode.CannotRemoveSelf, 'You cannot remove yourself');
      assertMayChange(actor, target);
      await assertLeavesAnOwner(manager, target);
      const heir = await this.heirFor(manager, target, input.handOverToMemberId ?? null);
      const moved = heir
        ? await handOverCoachingWork(manager, target.organizationId, target.id, heir.id)
        : NO_HAND_OVER;
      await markRemoved(manager, target);
      const sessionsEnded = await this.sessions.revokeAllForMember(manager, target.organizationId, target.id);
      await recordMemberAction(manager, auth, {
        action: 'member.removed',
        subjectType: 'member',
        subjectId: target.id,
        details: { role: target.role, handedOverTo: heir?.id ?? null, ...moved, sessionsEnded },
      });
      return {
        member: await memberView(manager, target),
        handedOverTo: heir ? await memberView(manager, heir) : null,
        candidatesMoved: moved.candidates,
        assignmentsMoved: moved.assignments,
        coachAlertsReaddressed: moved.coachAlerts,
        sessionsEnded,
      };
    });
  }

  /** OWNER only: the chosen active member becomes OWNER and the caller ADMIN, at once. */
  transferOwnership(auth: AuthContext, memberId: string): Promise<TransferOwnershipPayload> {
    return this.underTeamLock(auth, async (manager, actor) => {
      if (actor.role !== MemberRole.OWNER) throw ownerOnly();
      const target = await memberOrNotFound(manager, auth.organizationId, memberId);
      if (target.id === actor.id) {
        throw new AppError(MemberErrorCode.CannotTransferToSelf, 'You already own this organization');
      }
      assertChangeable(target);
      assertJoined(target);
      const members = manager.getRepository(MemberEntity);
      await members.update({ organizationId: target.organizationId, id: target.id }, { role: MemberRole.OWNER });
      await members.update({ organizationId: actor.organizationId, id: actor.id }, { role: MemberRole.ADMIN });
      await recordMemberAction(manager, auth, {
        action: 'organization.ownership-transferred',
        subjectType: 'member',
        subjectId: target.id,
        details: { from: actor.id, to: target.id, targetPreviousRole: target.role },
      });
      return { owner: await memberView(manager, target), previousOwner: await memberView(manager, actor) };
    });
  }

  private underTeamLock<T>(
    auth: AuthContext,
    work: (manager: EntityManager, actor: MemberEntity) => Promise<T>,
  ): Promise<T> {
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      await lockTeam(manager, auth.organizationId);
      return work(manager, await actingMember(manager, auth));
    });
  }

  /** Who takes over the removed member's work; required only when there is work to hand over. */
  private async heirFor(
    manager: EntityManager,
    target: MemberEntity,
    heirId: string | null,
  ): Promise<MemberEntity | null> {
    if (heirId === null) {
      if (await hasCoachingWork(manager, target.organizationId, target.id)) {
        throw new AppError(
          MemberErrorCode.HandOverRequired,
          'This member still coaches candidates; choose who takes them over',
          { field: 'handOverToMemberId' },
        );
      }
      return null;
    }
    const heir =
      isUuid(heirId) && heirId !== target.id
        ? await manager.getRepository(MemberEntity).findOneBy({ organizationId: target.organizationId, id: heirId })
        : null;
    if (heir?.status !== MemberStatus.ACTIVE) {
      throw new AppError(MemberErrorCode.HandOverMemberNotFound, 'handOverToMemberId is not an active member', {
        field: 'handOverToMemberId',
      });
    }
    return heir;
  }
}
