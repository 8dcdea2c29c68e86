import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class EmailPreferenceType {
  @Field()
  organizationName: string;

  @Field()
  subscribed: boolean;
}
