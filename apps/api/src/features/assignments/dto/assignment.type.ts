import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssignmentStatus, InterviewOutcome } from '@prep/domain';
import { InterviewFormat } from '@prep/persistence';
import { CandidateType } from '../../candidates/dto/candidate.type';
import { ItemCommentType } from '../../item-comments/dto/item-comment.type';
import { MemberType } from '../../members/dto/member.type';
import { ConnectionType } from '../../../platform/pagination/connection.type';
import { ReminderType } from '../../reminders/dto/reminder.type';
import { PlanItemFields } from './plan-item-fields.type';

registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: 'ASSIGNED → IN_PROGRESS (first item done) → INTERVIEWED → FOLLOWED_UP → CLOSED, or CANCELLED.',
});
registerEnumType(InterviewFormat, { name: 'InterviewFormat' });
registerEnumType(InterviewOutcome, {
  name: 'InterviewOutcome',
  description:
    'OFFER, REJECTED and WITHDRAWN end the follow-up email, its nudge and the decision check-in; NEXT_ROUND ends the check-in only (a thank-you still helps); NO_DECISION ends nothing.',
});

@ObjectType()
export class Interview {
  @Field()
  company: string;

  @Field()
  role: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field({ description: 'IANA time zone the interview is held in (the candidate sees times in it).' })
  timeZone: string;

  @Field(() => InterviewFormat)
  format: InterviewFormat;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => [String])
  interviewers: string[];
}

@ObjectType()
export class SectionProgressType {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  total: number;
}

@ObjectType('Progress')
export class ProgressType {
  @Field(() => Int)
  done: number;

  @Field(() => Int)
  total: number;

  @Field(() => [SectionProgressType])
  sections: SectionProgressType[];
}

@ObjectType()
export class AssignmentItem extends PlanItemFields {
  @Field(() => Int)
  dueOffsetHours: number;

  @Field(() => String, { nullable: true, description: "The candidate's notes or drafted answer." })
  notes: string | null;

  @Field({ description: 'For questions to ask: the candidate will ask it.' })
  chosen: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the candidate marked it done.' })
  doneAt: Date | null;

  @Field(() => [ItemCommentType], { description: 'Comments for the candidate, oldest first.' })
  comments: ItemCommentType[];
}

@ObjectType()
export class AssignmentSection {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field()
  phase: string;

  @Field(() => [AssignmentItem])
  items: AssignmentItem[];
}

@ObjectType()
export class AssignmentLinkState {
  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field()
  revoked: boolean;
}

/**
 * The optional properties are the parts of a view (`AssignmentViewParts`): a list reads only those
 * its query selects, so the others are left out, and GraphQL reads nothing it was not asked for.
 */
@ObjectType('Assignment')
export class AssignmentType {
  @Field(() => ID)
  id: string;

  @Field(() => AssignmentStatus)
  status: AssignmentStatus;

  @Field()
  templateTitle: string;

  /** Whose plan it is; the `candidate` field shows them. */
  candidateId: string;

  @Field(() => CandidateType)
  candidate?: CandidateType;

  @Field(() => MemberType)
  coach?: MemberType;

  @Field(() => Interview)
  interview: Interview;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'The decision date the candidate was told (YYYY-MM-DD).' })
  expectedDecisionDate: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  interviewedAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  followUpSentAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  cancelledAt?: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => InterviewOutcome, { nullable: true, description: 'How the interview went, as the coach recorded it.' })
  outcome: InterviewOutcome | null;

  @Field(() => String, { nullable: true })
  outcomeNote: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  outcomeRecordedAt?: Date | null;

  /** The plan of the round before; the `previousAssignment` field resolves it. */
  previousAssignmentId: string | null;

  @Field(() => ProgressType)
  progress: ProgressType;

  @Field(() => [AssignmentSection], { description: 'The plan as assigned (a snapshot), with what is done.' })
  plan: AssignmentSection[];

  @Field(() => AssignmentLinkState)
  link?: AssignmentLinkState;

  @Field(() => ReminderType, { nullable: true, description: 'The earliest reminder still to be sent.' })
  nextReminder?: ReminderType | null;

  @Field(() => GraphQLISODateTime, { description: 'The latest audited change, or the last update.' })
  lastActivity?: Date;

  @Field(() => GraphQLISODateTime)
  createdAt?: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  /** Read with the assignment when the query asks for them; the `reminders` field resolver loads them otherwise. */
  reminders?: ReminderType[];
}

@ObjectType()
export class AssignmentConnection extends ConnectionType(AssignmentType, 'Assignment') {}

@ObjectType()
export class AssignmentWithLink {
  @Field(() => AssignmentType)
  assignment: AssignmentType;

  @Field({ description: "The candidate's private link. Shown only now; only its hash is stored." })
  link: string;
}
