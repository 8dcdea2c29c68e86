import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class PlanItemInput {
  @Field()
  key: string;

  @Field()
  kind: string;

  @Field()
  title: string;

  @Field()
  guidance: string;

  @Field(() => Int)
  dueOffsetHours: number;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => [String], { nullable: true })
  followUps?: string[] | null;
}

@InputType()
export class PlanSectionInput {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field()
  phase: string;

  @Field(() => [PlanItemInput])
  items: PlanItemInput[];
}

@InputType()
export class ReminderFallbackInput {
  @Field()
  anchor: string;

  @Field(() => Int)
  offsetHours: number;
}

@InputType()
export class ReminderRuleInput {
  @Field()
  kind: string;

  @Field()
  recipient: string;

  @Field()
  anchor: string;

  @Field(() => Int)
  offsetHours: number;

  @Field(() => String, { nullable: true })
  condition?: string | null;

  @Field(() => [String])
  itemKeys: string[];

  @Field(() => ReminderFallbackInput, { nullable: true })
  fallback?: ReminderFallbackInput | null;
}

/** Each field given replaces that part of the draft; the resulting draft must be a valid plan. */
@InputType()
export class UpdatePlanTemplateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [PlanSectionInput], { nullable: true })
  sections?: PlanSectionInput[] | null;

  @Field(() => [ReminderRuleInput], { nullable: true })
  reminderSchedule?: ReminderRuleInput[] | null;
}
