import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { AssignmentStatus } from '@prep/domain';
import { InterviewFormat } from '@prep/persistence';
import { ProgressType } from '../../assignments/dto/assignment.type';
import { PlanItemFields } from '../../assignments/dto/plan-item-fields.type';

@ObjectType({ description: 'A comment the coach left on the item.' })
export class CoachComment {
  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class CandidatePlanItem extends PlanItemFields {
  @Field(() => String, { nullable: true, description: "The candidate's notes or drafted answer." })
  notes: string | null;

  @Field({ description: 'For questions to ask: the candidate will ask it.' })
  chosen: boolean;

  @Field(() => [CoachComment], { description: 'What the coach commented on it, oldest first.' })
  coachComments: CoachComment[];
}

@ObjectType()
export class CandidatePlanSection {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field()
  phase: string;

  @Field(() => [CandidatePlanItem])
  items: CandidatePlanItem[];
}

/** What the candidate sees through their private link; nothing about other candidates or the coach's notes. */
@ObjectType('CandidatePlan')
export class CandidatePlanType {
  @Field()
  candidateName: string;

  @Field()
  coachName: string;

  @Field()
  organizationName: string;

  @Field()
  planTitle: string;

  @Field()
  company: string;

  @Field()
  role: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field()
  timeZone: string;

  @Field({ description: "The interview time in the candidate's zone, with the zone named." })
  startsAtLocal: string;

  @Field(() => InterviewFormat)
  format: InterviewFormat;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => [String])
  interviewers: string[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => AssignmentStatus)
  status: AssignmentStatus;

  @Field(() => String, { nullable: true })
  expectedDecisionDate: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  followUpSentAt: Date | null;

  @Field(() => ProgressType)
  progress: ProgressType;

  @Field(() => [CandidatePlanSection])
  sections: CandidatePlanSection[];
}

@ObjectType()
export class FollowUpDraftType {
  @Field()
  subject: string;

  @Field()
  body: string;
}
