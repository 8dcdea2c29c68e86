import { resolve } from 'node:path';
import { loadContent } from '@prep/content';
import { planReminders } from '@prep/domain';
import type { PlannedReminder, ReminderPlanInput, ReminderSchedule } from '@prep/domain';

const BUILT_IN_PLAN_KEY = 'second-interview-prep';

/**
 * The reminder policy the product ships: the built-in plan's schedule, loaded and validated as
 * the apps load it from content/. The planner's specs run against it rather than a copy of it.
 */
export const BUILT_IN_SCHEDULE: ReminderSchedule = builtInSchedule();

function builtInSchedule(): ReminderSchedule {
  const plan = loadContent(resolve(__dirname, '../../content')).plans.find((entry) => entry.key === BUILT_IN_PLAN_KEY);
  if (!plan) throw new Error(`content/ has no built-in plan "${BUILT_IN_PLAN_KEY}"`);
  return plan.reminderSchedule;
}

/** A planning input whose schedule, when left out, is the built-in one. */
export type BuiltInPlanInput = Omit<ReminderPlanInput, 'schedule'> & Partial<Pick<ReminderPlanInput, 'schedule'>>;

/** Plans with the built-in plan's schedule unless the case brings its own. */
export function planBuiltIn(input: BuiltInPlanInput): PlannedReminder[] {
  return planReminders({ schedule: BUILT_IN_SCHEDULE, ...input });
}
