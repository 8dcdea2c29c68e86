import { Field, Int, ObjectType } from '@nestjs/graphql';

/** How many reminders were sent, skipped and failed. */
@ObjectType()
export class ReminderOutcomes {
  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => Int)
  failed: number;
}
