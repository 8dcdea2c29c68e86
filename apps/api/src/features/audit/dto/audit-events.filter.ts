import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Every field narrows the log; `from` is inclusive, `to` exclusive.' })
export class AuditEventsFilter {
  @Field({ nullable: true, description: 'e.g. `candidate`, `assignment`, `member`, `organization`, `plan_template`.' })
  subjectType?: string;

  @Field(() => ID, { nullable: true })
  subjectId?: string;

  @Field(() => ID, { nullable: true })
  actorMemberId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  to?: Date;
}
