import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import { MemberStatus } from '@prep/persistence';

registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'OWNER and ADMIN see the whole organization; a COACH sees their own candidates.',
});
registerEnumType(MemberStatus, { name: 'MemberStatus' });

/** A person in an organization. `id` is the membership id (what coachId refers to). */
@ObjectType('Member')
export class MemberType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => MemberStatus, { description: 'REMOVED members keep their name in the history and cannot sign in.' })
  status: MemberStatus;

  /** Only the members queries load it; nested coaches leave it out. */
  @Field(() => GraphQLISODateTime, { nullable: true })
  removedAt?: Date | null;
}
