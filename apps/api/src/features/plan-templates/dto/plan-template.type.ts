import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanTemplateStatus } from '@prep/persistence';

export enum PlanTemplateSource {
  BUILT_IN = 'BUILT_IN',
  ORGANIZATION = 'ORGANIZATION',
}

registerEnumType(PlanTemplateSource, {
  name: 'PlanTemplateSource',
  description: 'BUILT_IN plans ship with the product; ORGANIZATION plans are forks.',
});
registerEnumType(PlanTemplateStatus, { name: 'PlanTemplateStatus' });

@ObjectType('PlanItem')
export class PlanItemType {
  @Field()
  key: string;

  @Field({ description: 'task, practice-question, question-to-ask, reflection or follow-up-email.' })
  kind: string;

  @Field()
  title: string;

  @Field()
  guidance: string;

  @Field(() => Int, { description: 'When the item is due, in hours relative to the interview.' })
  dueOffsetHours: number;

  @Field(() => String, {
    nullable: true,
    description: 'For question-to-ask items: company, position, hiring-process, compensation or examples.',
  })
  category?: string | null;

  @Field(() => [String], { nullable: true })
  followUps?: string[] | null;
}

@ObjectType('PlanSection')
export class PlanSectionType {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field({ description: 'before or after the interview.' })
  phase: string;

  @Field(() => [PlanItemType])
  items: PlanItemType[];
}

@ObjectType('ReminderFallback')
export class ReminderFallbackType {
  @Field()
  anchor: string;

  @Field(() => Int)
  offsetHours: number;
}

@ObjectType('ReminderRule')
export class ReminderRuleType {
  @Field()
  kind: string;

  @Field({ description: 'candidate or coach.' })
  recipient: string;

  @Field({ description: 'assigned, interview or decision.' })
  anchor: string;

  @Field(() => Int)
  offsetHours: number;

  @Field(() => String, { nullable: true })
  condition?: string | null;

  @Field(() => [String], { description: 'When all these items are done, the reminder is skipped.' })
  itemKeys: string[];

  @Field(() => ReminderFallbackType, {
    nullable: true,
    description: 'Timing used when the anchor is decision and no decision date is known.',
  })
  fallback?: ReminderFallbackType | null;
}

/** A plan to assign. For an ORGANIZATION template, the content fields show the draft. */
@ObjectType('PlanTemplate')
export class PlanTemplateType {
  @Field(() => ID)
  id: string;

  @Field(() => PlanTemplateSource)
  source: PlanTemplateSource;

  @Field()
  key: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => PlanTemplateStatus)
  status: PlanTemplateStatus;

  @Field(() => Int, { description: 'The built-in version, or the latest published version (0 if never published).' })
  version: number;

  @Field({ description: 'The draft differs from the latest published version (always true before the first publish).' })
  hasUnpublishedChanges: boolean;

  @Field(() => [PlanSectionType])
  sections: PlanSectionType[];

  @Field(() => [ReminderRuleType])
  reminderSchedule: ReminderRuleType[];
}
