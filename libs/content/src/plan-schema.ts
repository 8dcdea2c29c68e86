import { z } from 'zod';
import { keySchema, plainTextSchema } from './plain-text';
import { offsetHoursSchema, report, type IssueSink } from './refine';
import { reminderRuleSchema } from './reminder-rule-schema';
import { ITEM_KIND_PHASE, PLAN_ITEM_KINDS, PLAN_PHASES, QUESTION_CATEGORIES } from './vocabulary';

export const planItemSchema = z
  .strictObject({
    key: keySchema,
    kind: z.enum(PLAN_ITEM_KINDS),
    title: plainTextSchema,
    guidance: plainTextSchema,
    dueOffsetHours: offsetHoursSchema,
    category: z.enum(QUESTION_CATEGORIES).optional(),
    followUps: z.array(plainTextSchema).min(1).optional(),
  })
  .superRefine((item, ctx) => {
    const isQuestion = item.kind === 'question-to-ask';
    if (isQuestion && item.category === undefined) {
      report(ctx, ['category'], 'Required for question-to-ask items');
    }
    if (!isQuestion && item.category !== undefined) {
      report(ctx, ['category'], 'Only question-to-ask items have a category');
    }
    if (!isQuestion && item.followUps !== undefined) {
      report(ctx, ['followUps'], 'Only question-to-ask items have follow-ups');
    }
  });

export const planSectionSchema = z
  .strictObject({
    key: keySchema,
    title: plainTextSchema,
    phase: z.enum(PLAN_PHASES),
    items: z.array(planItemSchema).min(1),
  })
  .superRefine((section, ctx) => {
    section.items.forEach((item, index) => {
      const dueInPhase = section.phase === 'before' ? item.dueOffsetHours < 0 : item.dueOffsetHours > 0;
      if (!dueInPhase) {
        const expected = section.phase === 'before' ? 'negative' : 'positive';
        report(ctx, ['items', index, 'dueOffsetHours'], `Must be ${expected} in the "${section.phase}" phase`);
      }
      const requiredPhase = ITEM_KIND_PHASE[item.kind];
      if (requiredPhase !== undefined && requiredPhase !== section.phase) {
        report(ctx, ['items', index, 'kind'], `A ${item.kind} item belongs in the "${requiredPhase}" phase`);
      }
    });
  });

export const planTemplateSchema = z
  .strictObject({
    key: keySchema,
    title: plainTextSchema,
    summary: plainTextSchema,
    sections: z.array(planSectionSchema).min(1),
    reminderSchedule: z.array(reminderRuleSchema),
  })
  .superRefine((plan, ctx) => {
    checkUniqueKeys(plan, ctx);
    checkSchedule(plan, ctx);
  });

type PlanInput = z.input<typeof planTemplateSchema>;

function checkUniqueKeys(plan: PlanInput, ctx: IssueSink): void {
  const sectionKeys = new Map<string, number>();
  const itemKeys = new Map<string, string>();
  plan.sections.forEach((section, sectionIndex) => {
    const firstSection = sectionKeys.get(section.key);
    if (firstSection !== undefined) {
      report(ctx, ['sections', sectionIndex, 'key'], `Duplicate section key "${section.key}" (first used at sections[${firstSection}])`);
    } else {
      sectionKeys.set(section.key, sectionIndex);
    }
    section.items.forEach((item, itemIndex) => {
      const here = `sections[${sectionIndex}].items[${itemIndex}]`;
      const first = itemKeys.get(item.key);
      if (first !== undefined) {
        report(ctx, ['sections', sectionIndex, 'items', itemIndex, 'key'], `Duplicate item key "${item.key}" (first used at ${first})`);
      } else {
        itemKeys.set(item.key, here);
      }
    });
  });
}

function checkSchedule(plan: PlanInput, ctx: IssueSink): void {
  const items = plan.sections.flatMap((section) => section.items);
  const knownItemKeys = new Set(items.map((item) => item.key));
  const followUpItems = items.filter((item) => item.kind === 'follow-up-email').length;
  const seenKinds = new Set<string>();
  if (followUpItems > 1) report(ctx, ['sections'], 'A plan has at most one follow-up-email item');

  plan.reminderSchedule.forEach((rule, index) => {
    if (seenKinds.has(rule.kind)) report(ctx, ['reminderSchedule', index, 'kind'], `Duplicate reminder kind "${rule.kind}"`);
    seenKinds.add(rule.kind);
    if (rule.condition === 'follow-up-not-sent' && followUpItems !== 1) {
      report(ctx, ['reminderSchedule', index, 'condition'], 'Needs exactly one follow-up-email item in the plan');
    }
    checkItemKeys(rule.itemKeys, knownItemKeys, ['reminderSchedule', index, 'itemKeys'], ctx);
  });
}

function checkItemKeys(keys: string[], known: Set<string>, path: PropertyKey[], ctx: IssueSink): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (!known.has(key)) report(ctx, [...path, index], `Unknown item key "${key}"`);
    if (seen.has(key)) report(ctx, [...path, index], `Item key "${key}" is listed twice`);
    seen.add(key);
  });
}

export type PlanItem = z.output<typeof planItemSchema>;
export type PlanSection = z.output<typeof planSectionSchema>;
export type PlanTemplate = z.output<typeof planTemplateSchema>;
/** An assignment's own copy of its plan: a validated template, fixed when it was assigned. */
export type PlanSnapshot = PlanTemplate;
