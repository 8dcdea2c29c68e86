import { z } from 'zod';
import { keySchema } from './plain-text';
import { offsetHoursSchema, report, type IssueSink } from './refine';
import {
  MAX_OFFSET_HOURS,
  REMINDER_ANCHORS,
  REMINDER_CONDITIONS,
  REMINDER_KINDS,
  REMINDER_KIND_RULES,
  REMINDER_RECIPIENTS,
} from './vocabulary';

const fallbackSchema = z.strictObject({
  anchor: z.literal('interview'),
  offsetHours: z.int().min(1).max(MAX_OFFSET_HOURS),
});

export const reminderRuleSchema = z
  .strictObject({
    kind: z.enum(REMINDER_KINDS),
    recipient: z.enum(REMINDER_RECIPIENTS),
    anchor: z.enum(REMINDER_ANCHORS),
    offsetHours: offsetHoursSchema,
    condition: z.enum(REMINDER_CONDITIONS).optional(),
    /** Used when the anchor is `decision` and no decision date was recorded. */
    fallback: fallbackSchema.optional(),
    /** Plan items this reminder is about; when all are done the reminder is skipped. */
    itemKeys: z.array(keySchema),
  })
  .superRefine((rule, ctx) => {
    checkRecipient(rule, ctx);
    checkTiming(rule, ctx);
    checkFallback(rule, ctx);
  });

type RuleInput = z.input<typeof reminderRuleSchema>;

function checkRecipient(rule: RuleInput, ctx: IssueSink): void {
  const expected = REMINDER_KIND_RULES[rule.kind].recipient;
  if (rule.recipient !== expected) {
    report(ctx, ['recipient'], `A ${rule.kind} reminder goes to the ${expected}`);
  }
}

function checkTiming(rule: RuleInput, ctx: IssueSink): void {
  const { timing } = REMINDER_KIND_RULES[rule.kind];
  if (timing === 'at-assignment') {
    if (rule.anchor !== 'assigned') report(ctx, ['anchor'], `A ${rule.kind} reminder is anchored to "assigned"`);
    else if (rule.offsetHours < 0) report(ctx, ['offsetHours'], 'Must not be negative for the "assigned" anchor');
    return;
  }
  if (rule.anchor === 'assigned') {
    report(ctx, ['anchor'], `A ${rule.kind} reminder is anchored to the interview or the decision`);
  } else if (timing === 'before-interview' && rule.anchor !== 'interview') {
    report(ctx, ['anchor'], `A ${rule.kind} reminder is anchored to "interview"`);
  } else if (rule.anchor === 'interview') {
    const inTime = timing === 'before-interview' ? rule.offsetHours < 0 : rule.offsetHours > 0;
    if (!inTime) {
      const side = timing === 'before-interview' ? 'negative (before' : 'positive (after';
      report(ctx, ['offsetHours'], `Must be ${side} the interview) for a ${rule.kind} reminder`);
    }
  }
}

function checkFallback(rule: RuleInput, ctx: IssueSink): void {
  if (rule.anchor === 'decision' && rule.fallback === undefined) {
    report(ctx, ['fallback'], 'Required for the "decision" anchor (used when no decision date is known)');
  }
  if (rule.anchor !== 'decision' && rule.fallback !== undefined) {
    report(ctx, ['fallback'], 'Only reminders anchored to "decision" have a fallback');
  }
}

export type ReminderRule = z.output<typeof reminderRuleSchema>;
export type ReminderFallback = z.output<typeof fallbackSchema>;
