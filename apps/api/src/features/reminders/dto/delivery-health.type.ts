import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ReminderOutcomes } from './reminder-outcomes.type';

@ObjectType()
export class DeliveryCounts extends ReminderOutcomes {
  @Field()
  kind: string;

  @Field(() => Int)
  pending: number;
}

@ObjectType()
export class LatenessSummary {
  @Field(() => Float, { nullable: true, description: 'Median of sent_at − due_at, in seconds.' })
  p50Seconds: number | null;

  @Field(() => Float, { nullable: true })
  p99Seconds: number | null;

  @Field(() => Float, { nullable: true })
  maxSeconds: number | null;
}

@ObjectType()
export class DeliveryHealth {
  @Field(() => [DeliveryCounts], { description: 'By reminder kind, for reminders due in the range.' })
  byKind: DeliveryCounts[];

  @Field(() => LatenessSummary)
  lateness: LatenessSummary;
}
