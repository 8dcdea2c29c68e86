import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class QuietHoursInput {
  @Field()
  start: string;

  @Field()
  end: string;
}

/** Only the fields given change; a `null` sender name falls back to the organization's name. */
@InputType()
export class UpdateOrganizationSettingsInput {
  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  defaultTimeZone?: string;

  @Field(() => String, { nullable: true })
  emailSenderName?: string | null;

  @Field(() => QuietHoursInput, { nullable: true, description: 'Pending reminders move to fit the new quiet hours.' })
  quietHours?: QuietHoursInput;

  @Field(() => Int, { nullable: true, description: '1 to 3650 days; `null` keeps candidates until erased by hand.' })
  candidateRetentionDays?: number | null;
}
