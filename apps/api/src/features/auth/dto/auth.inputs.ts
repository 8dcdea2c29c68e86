import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field()
  organizationName: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class LoginInput {
  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The invitation secret returned once by addMember.' })
  token: string;

  @Field()
  password: string;
}
