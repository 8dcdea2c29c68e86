import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { AddMemberPayload } from './dto/add-member.input';
import {
  ChangeMemberRoleInput,
  RemoveMemberInput,
  RemoveMemberPayload,
  TransferOwnershipPayload,
} from './dto/member-changes.inputs';
import { MemberType } from './dto/member.type';
import { InvitationsService } from './invitations.service';
import { MemberChangesService } from './member-changes.service';

/** Managing the team. OWNER and ADMIN manage members; only an OWNER touches an OWNER. */
@Resolver()
export class MemberChangesResolver {
  constructor(
    private readonly changes: MemberChangesService,
    private readonly invitations: InvitationsService,
  ) {}

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => MemberType, {
    description:
      "OWNER or ADMIN. Changes a member's role. Only an OWNER may change an OWNER's role or make someone OWNER, " +
      'and the last OWNER cannot be demoted.',
  })
  changeMemberRole(@CurrentAuth() auth: AuthContext, @Args('input') input: ChangeMemberRoleInput): Promise<MemberType> {
    return this.changes.changeRole(auth, input);
  }

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => RemoveMemberPayload, {
    description:
      'OWNER or ADMIN. Removes a member: their sessions end at once and they can no longer sign in; their candidates ' +
      'and open assignments (and pending coach alerts) move to handOverToMemberId in the same transaction. The member ' +
      'stays in the history as REMOVED. Only an OWNER may remove an OWNER, and never the last one.',
  })
  removeMember(
    @CurrentAuth() auth: AuthContext,
    @Args('input') input: RemoveMemberInput,
  ): Promise<RemoveMemberPayload> {
    return this.changes.remove(auth, input);
  }

  @RequireRole(MemberRole.OWNER)
  @Mutation(() => TransferOwnershipPayload, {
    description: 'OWNER only. Makes an active member the OWNER; the caller becomes ADMIN.',
  })
  transferOwnership(
    @CurrentAuth() auth: AuthContext,
    @Args('memberId', { type: () => ID }) memberId: string,
  ): Promise<TransferOwnershipPayload> {
    return this.changes.transferOwnership(auth, memberId);
  }

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => AddMemberPayload, {
    description:
      'OWNER or ADMIN. Issues a fresh invitation secret (returned once) and emails a new link; every earlier ' +
      'invitation secret of this member stops working.',
  })
  resendInvitation(
    @CurrentAuth() auth: AuthContext,
    @Args('memberId', { type: () => ID }) memberId: string,
  ): Promise<AddMemberPayload> {
    return this.invitations.resend(auth, memberId);
  }

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => MemberType, {
    description: 'OWNER or ADMIN. The invitation stops working; the invited member is kept as REMOVED.',
  })
  revokeInvitation(
    @CurrentAuth() auth: AuthContext,
    @Args('memberId', { type: () => ID }) memberId: string,
  ): Promise<MemberType> {
    return this.invitations.revoke(auth, memberId);
  }
}
