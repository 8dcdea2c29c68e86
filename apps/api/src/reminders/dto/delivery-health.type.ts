import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class DeliveryCounts {
  @Field()
  kind: string;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => Int)
  failed: number;

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
