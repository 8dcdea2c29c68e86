import { Field, ObjectType } from '@nestjs/graphql';
import { MemberType } from '../../members/dto/member.type';
import { OrganizationType } from './organization.type';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Short-lived.' })
  accessToken: string;

  @Field({ description: 'Exchange once with refreshSession; a replayed token revokes the whole session.' })
  refreshToken: string;

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
