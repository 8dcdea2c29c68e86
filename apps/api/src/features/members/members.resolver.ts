import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { AddMemberInput, AddMemberPayload } from './dto/add-member.input';
import { MemberType } from './dto/member.type';
import { MembersService } from './members.service';

@Resolver(() => MemberType)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Query(() => [MemberType], {
    name: 'members',
    description: "The organization's members, by name; removed members only with includeRemoved.",
  })
  listMembers(
    @CurrentAuth() auth: AuthContext,
    @Args('includeRemoved', { type: () => Boolean, defaultValue: false }) includeRemoved: boolean,
  ): Promise<MemberType[]> {
    return this.members.list(auth, includeRemoved);
  }

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => AddMemberPayload, {
    description:
      "OWNER or ADMIN. Invites an ADMIN or COACH; a removed member's address is invited again on the same membership.",
  })
  addMember(@CurrentAuth() auth: AuthContext, @Args('input') input: AddMemberInput): Promise<AddMemberPayload> {
    return this.members.add(auth, input);
  }
}
