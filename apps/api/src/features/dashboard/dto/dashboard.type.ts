import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentStatus, InterviewOutcome } from '@prep/domain';
import { AssignmentType } from '../../assignments/dto/assignment.type';
import { ReminderOutcomes } from '../../reminders/dto/reminder-outcomes.type';

// A dashboard is read at a glance: each list shows the first few and says whether there are more,
// which `assignments` lists in full under the filter of the same name.
export const DASHBOARD_LIST_SIZE = 10;

@ObjectType()
export class StatusCount {
  @Field(() => AssignmentStatus)
  status: AssignmentStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class OutcomeCount {
  @Field(() => InterviewOutcome)
  outcome: InterviewOutcome;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class Dashboard {
  @Field(() => [StatusCount])
  byStatus: StatusCount[];

  @Field(() => [AssignmentType], {
    description: `The ${DASHBOARD_LIST_SIZE} soonest interviews of the next 7 days, not cancelled, soonest first.`,
  })
  upcomingInterviews: AssignmentType[];

  @Field(() => Boolean, {
    description:
      'Whether there are more upcoming interviews than listed: `assignments` lists them all (filter `upcoming`).',
  })
  moreUpcomingInterviews: boolean;

  @Field(() => [AssignmentType], {
    description:
      `The first ${DASHBOARD_LIST_SIZE} by interview time of those at risk: interview within 72 h and under half done, ` +
      'or interviewed over 24 h ago without a follow-up.',
  })
  atRisk: AssignmentType[];

  @Field(() => Boolean, {
    description: 'Whether more assignments are at risk than listed: `assignments` lists them all (filter `atRisk`).',
  })
  moreAtRisk: boolean;

  @Field(() => ReminderOutcomes, { description: 'Outcomes of reminders due in [from, to).' })
  reminders: ReminderOutcomes;

  @Field(() => Float, {
    nullable: true,
    description: 'Median share of items done 24 h before interviews held in [from, to).',
  })
  medianProgressAtTMinus24h: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of assignments interviewed in [from, to) whose follow-up was sent.',
  })
  followUpSentRate: number | null;

  @Field(() => [OutcomeCount], { description: 'Interview outcomes recorded in [from, to), one count per outcome.' })
  outcomes: OutcomeCount[];
}
