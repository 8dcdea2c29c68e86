import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset email (the `token` of its link).' })
  token: string;

  @Field()
  newPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword: string;

  @Field()
  newPassword: string;
}

@InputType()
export class UpdateMyProfileInput {
  @Field({ description: 'Your name as the team and your candidates see it.' })
  name: string;
}
