import { ContentValidationError, parsePlanTemplate } from '@prep/content';
import type { ContentIssue, PlanTemplate } from '@prep/content';
import { AppError } from '../../platform/errors/app-error';
import { UpdatePlanTemplateInput } from './dto/plan-template.inputs';
import { PlanTemplateErrorCode } from './plan-template-error-code';

/** The limit of plan_templates.title, which mirrors the draft's title. */
const MAX_TITLE_LENGTH = 200;

/** The draft with each given part of the input replaced; a null part means "leave as is". */
export function applyUpdate(draft: PlanTemplate, input: UpdatePlanTemplateInput): unknown {
  return {
    ...draft,
    ...(input.title != null && { title: input.title }),
    ...(input.summary != null && { summary: input.summary }),
    ...(input.sections != null && { sections: withoutNulls(input.sections) }),
    ...(input.reminderSchedule != null && { reminderSchedule: withoutNulls(input.reminderSchedule) }),
  };
}

/** Checks a whole draft as a plan; every problem is named by its path, e.g. `sections[0].items[1].guidance`. */
export function validateDraft(draft: unknown): PlanTemplate {
  const plan = parseOrThrow(draft);
  if (plan.title.length > MAX_TITLE_LENGTH) {
    throw invalidContent([{ file: 'plan', path: 'title', message: `Must be at most ${MAX_TITLE_LENGTH} characters` }]);
  }
  return plan;
}

function parseOrThrow(draft: unknown): PlanTemplate {
  try {
    return parsePlanTemplate(draft);
  } catch (error) {
    if (error instanceof ContentValidationError) throw invalidContent(error.issues);
    throw error;
  }
}

function invalidContent(issues: readonly ContentIssue[]): AppError {
  const message = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
  // Every problem by its path, so a form can show each one beside its field.
  const problems = issues.map((issue) => ({ path: issue.path, message: issue.message }));
  return new AppError(PlanTemplateErrorCode.InvalidContent, message, {
    field: issues[0]?.path ?? '',
    issues: problems,
  });
}

// GraphQL sends optional fields as null; in a plan they are simply absent.
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, field]) => field !== null && field !== undefined);
  return Object.fromEntries(entries.map(([key, field]) => [key, withoutNulls(field)]));
}
