import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import { MemberType } from './member.type';

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => MemberRole)
  role: MemberRole;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The active member who takes over the removed member's candidates and open assignments. Required when there are any.",
  })
  handOverToMemberId?: string | null;
}

@ObjectType()
export class RemoveMemberPayload {
  @Field(() => MemberType, { description: 'The member as kept in the history, now REMOVED.' })
  member: MemberType;

  @Field(() => MemberType, { nullable: true })
  handedOverTo: MemberType | null;

  @Field(() => Int)
  candidatesMoved: number;

  @Field(() => Int)
  assignmentsMoved: number;

  @Field(() => Int, { description: 'Pending coach alerts that now go to the new coach.' })
  coachAlertsReaddressed: number;

  @Field(() => Int, { description: 'Sessions of the removed member that were ended.' })
  sessionsEnded: number;
}

@ObjectType()
export class TransferOwnershipPayload {
  @Field(() => MemberType, { description: 'The new OWNER.' })
  owner: MemberType;

  @Field(() => MemberType, { description: 'The former OWNER, now ADMIN.' })
  previousOwner: MemberType;
}
