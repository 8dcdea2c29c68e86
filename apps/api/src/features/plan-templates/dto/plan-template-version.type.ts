import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanSectionType, ReminderRuleType } from './plan-template.type';

/** One published, immutable version of a plan: what assignments made from it were given. */
@ObjectType('PlanTemplateVersion')
export class PlanTemplateVersionType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was published (for a built-in plan, when it shipped).' })
  publishedAt: Date;

  @Field(() => String, { nullable: true, description: "The publishing member's name; null for built-in versions." })
  publishedBy: string | null;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => [PlanSectionType])
  sections: PlanSectionType[];

  @Field(() => [ReminderRuleType])
  reminderSchedule: ReminderRuleType[];
}
