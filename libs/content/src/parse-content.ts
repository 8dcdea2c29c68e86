import type { z } from 'zod';
import { emailTemplateSchema, type EmailTemplate } from './email-schema';
import { ContentValidationError, formatPath, type ContentIssue } from './errors';
import { planTemplateSchema, type PlanTemplate } from './plan-schema';

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: ContentIssue[] };

function parseWith<T>(schema: z.ZodType<T>, input: unknown, file: string): ParseResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message }));
  return { ok: false, issues };
}

export function checkPlanTemplate(input: unknown, file: string): ParseResult<PlanTemplate> {
  return parseWith(planTemplateSchema, input, file);
}

export function checkEmailTemplate(input: unknown, file: string): ParseResult<EmailTemplate> {
  return parseWith(emailTemplateSchema, input, file);
}

function valueOrThrow<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new ContentValidationError(result.issues);
  return result.value;
}

/** Validates a plan from anywhere (e.g. an organization's edited copy); `source` labels errors. */
export function parsePlanTemplate(input: unknown, source = 'plan'): PlanTemplate {
  return valueOrThrow(checkPlanTemplate(input, source));
}

export function parseEmailTemplate(input: unknown, source = 'email'): EmailTemplate {
  return valueOrThrow(checkEmailTemplate(input, source));
}
