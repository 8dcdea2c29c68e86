import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateCandidateInput {
  @Field()
  name: string;

  @Field()
  email: string;

  @Field({ description: 'IANA time zone, like Europe/Berlin.' })
  timeZone: string;

  @Field(() => ID, { nullable: true, description: 'The coaching member; defaults to the caller.' })
  coachId?: string;
}

@InputType()
export class UpdateCandidateInput {
  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  email?: string;

  @Field({ nullable: true })
  timeZone?: string;

  @Field(() => ID, { nullable: true, description: 'Reassigns the candidate; OWNER and ADMIN only.' })
  coachId?: string;
}

@InputType()
export class CandidatesFilter {
  @Field({ nullable: true, description: 'Matches part of the name or email.' })
  search?: string;

  @Field(() => ID, { nullable: true })
  coachId?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}
