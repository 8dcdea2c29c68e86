import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReminderStatus } from '@prep/domain';

/** One try at sending a reminder, as it ended. */
@ObjectType('ReminderAttempt')
export class ReminderAttemptType {
  @Field(() => Int, { description: '1 for the first try.' })
  attempt: number;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'sent, retrying, failed, expired, skipped, cancelled, or interrupted (the worker stopped before it recorded an outcome); none while it runs.',
  })
  outcome: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The mail server's reply (or the error) for this try; for a skip or cancellation, why.",
  })
  reply: string | null;

  @Field(() => String, { nullable: true })
  messageId: string | null;

  @Field({
    description:
      'This try followed one that never recorded an outcome: if the server had accepted that one, the message went out twice (with the same Message-ID).',
  })
  possibleDuplicate: boolean;
}

/** One change of a reminder's status or due time, and why. */
@ObjectType('ReminderChange')
export class ReminderChangeType {
  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => ReminderStatus, { nullable: true, description: 'None when the reminder was planned.' })
  fromStatus: ReminderStatus | null;

  @Field(() => ReminderStatus)
  toStatus: ReminderStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  fromDueAt: Date | null;

  @Field(() => GraphQLISODateTime)
  toDueAt: Date;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: 'The member who made the change; none for the system.' })
  actorMemberId: string | null;
}

/** The email as it was sent, with the private link and unsubscribe tokens blanked out. */
@ObjectType('ReminderMessage')
export class ReminderMessageType {
  @Field()
  subject: string;

  @Field()
  recipient: string;

  @Field(() => GraphQLISODateTime)
  sentAt: Date;

  @Field()
  messageId: string;

  @Field({ description: 'The plain-text part as sent.' })
  text: string;
}
