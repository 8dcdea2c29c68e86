import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AssignmentStatus } from '@prep/domain';
import { InterviewFormat } from '@prep/persistence';

@InputType()
export class InterviewInput {
  @Field()
  company: string;

  @Field()
  role: string;

  @Field({ description: 'ISO 8601 with an offset, e.g. 2026-05-04T14:30:00+02:00.' })
  startsAt: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field(() => InterviewFormat, { defaultValue: InterviewFormat.VIDEO })
  format: InterviewFormat;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => [String], { nullable: true })
  interviewers?: string[] | null;
}

@InputType({ description: 'An extra item for this candidate only.' })
export class ExtraItemInput {
  @Field({ description: 'The section it goes into.' })
  sectionKey: string;

  @Field({ defaultValue: 'task' })
  kind: string;

  @Field()
  title: string;

  @Field()
  guidance: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours relative to the interview; defaults to the section’s first item.',
  })
  dueOffsetHours?: number | null;
}

@InputType()
export class AssignPlanInput {
  @Field(() => ID)
  candidateId: string;

  @Field(() => ID, { description: 'A built-in template id or one of the organization’s published templates.' })
  templateId: string;

  @Field(() => InterviewInput)
  interview: InterviewInput;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [String], { nullable: true, description: 'Item keys to leave out for this candidate.' })
  dropItemKeys?: string[] | null;

  @Field(() => [ExtraItemInput], { nullable: true })
  extraItems?: ExtraItemInput[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The same candidate’s plan whose interview led to this next round (its outcome is NEXT_ROUND).',
  })
  previousAssignmentId?: string | null;
}

@InputType({ description: 'Only the fields given change; null clears location and note.' })
export class UpdateAssignmentInput {
  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => InterviewFormat, { nullable: true })
  format?: InterviewFormat | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => [String], { nullable: true })
  interviewers?: string[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Item keys to take out of the plan; progress on every other item is kept.',
  })
  dropItemKeys?: string[] | null;

  @Field(() => [ExtraItemInput], { nullable: true })
  extraItems?: ExtraItemInput[] | null;
}

@InputType()
export class AssignmentsFilter {
  @Field(() => AssignmentStatus, { nullable: true })
  status?: AssignmentStatus | null;

  @Field(() => ID, { nullable: true })
  candidateId?: string | null;

  @Field(() => ID, { nullable: true })
  coachId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Interviews at or after this instant (ISO 8601 with an offset).',
  })
  interviewFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Interviews before this instant (ISO 8601 with an offset).' })
  interviewTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Interview within 72 h and under half done, or interviewed over 24 h ago without a follow-up; false: all the others.',
  })
  atRisk?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Interview in the next 7 days and not cancelled: the dashboard’s upcoming interviews; false: all the others.',
  })
  upcoming?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the candidate’s name or email or of the company, any case.',
  })
  search?: string | null;
}
