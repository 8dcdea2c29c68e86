import type { ReactNode } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';

/** One problem the API found, by its path in the input (e.g. `reminderSchedule[2].offsetHours`). */
export interface FieldIssue {
  message: string;
  code: string | null;
}

export type FieldIssues = ReadonlyMap<string, FieldIssue>;

export const NO_ISSUES: FieldIssues = new Map();

function isIssue(value: unknown): value is { path: string; message: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { path, message } = value as Record<string, unknown>;
  return typeof path === 'string' && typeof message === 'string';
}

/** The API's `issues` extension as a map from path to message and code; empty for any other error. */
export function fieldIssues(error: unknown): FieldIssues {
  if (!CombinedGraphQLErrors.is(error)) return NO_ISSUES;
  const first = error.errors[0];
  const issues = first?.extensions?.issues;
  if (!Array.isArray(issues)) return NO_ISSUES;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
  const found = new Map<string, FieldIssue>();
  for (const issue of issues.filter(isIssue)) {
    // The first problem of a field is the one to fix first.
    if (!found.has(issue.path)) found.set(issue.path, { message: issue.message, code });
  }
  return found;
}

/** The problem at this path or inside it (`fallback` also shows `fallback.offsetHours`). */
export function issueAt(issues: FieldIssues, path: string): FieldIssue | undefined {
  const exact = issues.get(path);
  if (exact) return exact;
  for (const [at, issue] of issues) if (at.startsWith(`${path}.`) || at.startsWith(`${path}[`)) return issue;
  return undefined;
}

/** The attributes that tie a control to its problem, so screen readers announce it with the field. */
export function invalidProps(issue: FieldIssue | undefined, messageId: string) {
  return issue ? { 'aria-invalid': true, 'aria-describedby': messageId } : {};
}

/** The API's message for one field, shown beside it. */
export function FieldProblem({ issue, id }: { issue: FieldIssue | undefined; id: string }) {
  if (!issue) return null;
  return (
    <span className="field-problem" id={id}>
      {issue.message}
      {issue.code && <span className="error-code"> ({issue.code})</span>}
    </span>
  );
}

/** A labelled control with the API's problem below it, outside the label so the control's name stays its label. */
export function Field({
  label,
  problem,
  children,
}: {
  label: string;
  problem: { issue: FieldIssue | undefined; id: string };
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label>
        {label}
        {children}
      </label>
      <FieldProblem {...problem} />
    </div>
  );
}
