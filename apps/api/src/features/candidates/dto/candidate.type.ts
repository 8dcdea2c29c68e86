import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { MemberType } from '../../members/dto/member.type';
import { ConnectionType } from '../../../platform/pagination/connection.type';

/** The instants are optional: an assignment list reads them only when its query selects them. */
@ObjectType('Candidate')
export class CandidateType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field({ description: 'IANA time zone; reminders follow it.' })
  timeZone: string;

  @Field(() => MemberType)
  coach: MemberType;

  @Field({ description: 'The candidate asked for no more email.' })
  unsubscribed: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  archivedAt?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the candidate’s personal data was erased; the row stays, anonymized and archived.',
  })
  erasedAt?: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt?: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt?: Date;
}

@ObjectType()
export class CandidateConnection extends ConnectionType(CandidateType, 'Candidate') {}
