import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentStatus, InterviewOutcome } from '@prep/domain';
import { AssignmentType } from '../../assignments/dto/assignment.type';
import { ReminderOutcomes } from '../../reminders/dto/reminder-outcomes.type';

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

  @Field(() => [AssignmentType], { description: 'Interviews in the next 7 days, soonest first.' })
  upcomingInterviews: AssignmentType[];

  @Field(() => [AssignmentType], {
    description: 'Interview within 72 h and under half done, or interviewed over 24 h ago without a follow-up.',
  })
  atRisk: AssignmentType[];

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
