import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReminderStatus } from '@prep/domain';

registerEnumType(ReminderStatus, { name: 'ReminderStatus' });

/** One planned message and what became of it, so a coach sees why it was or wasn't sent. */
@ObjectType('Reminder')
export class ReminderType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. assignment, research-company, catch-up, follow-up-nudge, coach-not-started.' })
  kind: string;

  @Field({ description: 'candidate or coach.' })
  recipient: string;

  @Field(() => GraphQLISODateTime)
  dueAt: Date;

  @Field(() => ReminderStatus)
  status: ReminderStatus;

  @Field(() => String, { nullable: true, description: 'Why it was skipped, cancelled or failed.' })
  reason: string | null;

  /** The row's count of tries; GraphQL shows it as `attemptCount`, and `attempts` lists each try. */
  attempts: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => [String])
  itemKeys: string[];
}
