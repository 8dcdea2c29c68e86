import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { InterviewFormat } from '@prep/persistence';

@ObjectType({ description: 'The interview as the last round had it; the time is for the coach to set.' })
export class InterviewDraft {
  @Field()
  company: string;

  @Field()
  role: string;

  @Field()
  timeZone: string;

  @Field(() => InterviewFormat)
  format: InterviewFormat;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => [String])
  interviewers: string[];
}

@ObjectType()
export class ExtraItemDraft {
  @Field()
  sectionKey: string;

  @Field()
  kind: string;

  @Field()
  title: string;

  @Field()
  guidance: string;

  @Field(() => Int, { nullable: true })
  dueOffsetHours: number | null;
}

@ObjectType({
  description:
    '`assignPlan` input for the next round, prefilled from this plan: add `interview.startsAt` and send it back.',
})
export class NextRoundDraft {
  @Field(() => ID)
  previousAssignmentId: string;

  @Field(() => ID)
  candidateId: string;

  @Field(() => ID)
  templateId: string;

  @Field(() => InterviewDraft)
  interview: InterviewDraft;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [ExtraItemDraft], { description: 'The items added for this candidate last round.' })
  extraItems: ExtraItemDraft[];
}
