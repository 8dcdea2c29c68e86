import { Field, ObjectType } from '@nestjs/graphql';
import { MemberType } from '../../members/dto/member.type';
import { OrganizationType } from './organization.type';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Short-lived.' })
  accessToken: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Exchange once with refreshSession; a replayed token revokes the whole session. ' +
      'Null when the request asked for cookie mode (`X-Session-Mode: cookie`): the token is then in an HttpOnly cookie.',
  })
  refreshToken: string | null;

  @Field(() => MemberType)
  user: MemberType;

  @Field(() => OrganizationType)
  organization: OrganizationType;
}

@ObjectType()
export class Viewer {
  @Field(() => MemberType)
  user: MemberType;

  @Field(() => OrganizationType)
  organization: OrganizationType;
}
