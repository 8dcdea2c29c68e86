import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class QuietHoursType {
  @Field({ description: 'HH:MM in each candidate’s own time zone: candidate email pauses after this.' })
  start: string;

  @Field({ description: 'HH:MM: candidate email resumes. May be earlier than start (the quiet hours wrap midnight).' })
  end: string;
}

/** How the organization's email looks and when it may arrive. */
@ObjectType('OrganizationSettings')
export class OrganizationSettingsType {
  @Field()
  name: string;

  @Field({ description: 'IANA time zone used when a candidate has none.' })
  defaultTimeZone: string;

  @Field(() => String, {
    nullable: true,
    description: 'Shown as the sender of candidate email; the organization’s name when unset.',
  })
  emailSenderName: string | null;

  @Field(() => QuietHoursType)
  quietHours: QuietHoursType;

  @Field(() => Int, {
    nullable: true,
    description:
      'Candidates are erased automatically this many days after their last assignment ended (cancelled, or its ' +
      'interview past) and their last change; null keeps them.',
  })
  candidateRetentionDays: number | null;
}
