import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import { MemberType } from './member.type';

@InputType()
export class AddMemberInput {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => MemberRole, { description: 'ADMIN or COACH.' })
  role: MemberRole;
}

@ObjectType()
export class AddMemberPayload {
  @Field(() => MemberType)
  member: MemberType;

  @Field({ description: 'The invitation secret, shown this once. The member accepts it with acceptInvitation.' })
  invitationToken: string;
}
