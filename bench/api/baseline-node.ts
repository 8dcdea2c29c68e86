import type { StatementResult } from './baseline-replay';

/**
 * The assignment fields the scenarios select (scenarios.ts NODE_FIELDS), shaped from a row of the
 * API's one-statement assignment view (apps/api/src/features/assignments/views), as the API shapes them.
 */
// A type alias, not an interface, so a row of any statement's result can be tested to be one.
export type ViewRow = {
  id: string | null;
  total_count: string | null;
  status: string;
  candidate_name: string;
  candidate_email: string;
  coach_name: string;
  starts_at: Date;
  company: string;
  items_done: number;
  plan_item_total: number;
  next_reminder: { kind: string; dueAt: string } | null;
  audited_at: Date | null;
  updated_at: Date;
};

/** A result is a list of assignment views when its rows have the view's columns (an empty list still has one row, for the total). */
export function viewResults(results: StatementResult[]): ViewRow[][] {
  return results.map((result) => result.rows).filter(isViewRows);
}

function isViewRows(rows: StatementResult['rows']): rows is ViewRow[] {
  return rows.length > 0 && 'candidate_name' in rows[0];
}

export function assignmentRows(rows: ViewRow[]): ViewRow[] {
  return rows.filter((row) => row.id !== null);
}

export function toNode(row: ViewRow) {
  return {
    id: row.id,
    status: row.status,
    candidate: { name: row.candidate_name, email: row.candidate_email },
    coach: { name: row.coach_name },
    interview: { startsAt: row.starts_at.toISOString(), company: row.company },
    progress: progressOf(row),
    nextReminder: row.next_reminder
      ? { kind: row.next_reminder.kind, dueAt: new Date(row.next_reminder.dueAt).toISOString() }
      : null,
    lastActivity: (row.audited_at && row.audited_at > row.updated_at ? row.audited_at : row.updated_at).toISOString(),
  };
}

/** A list reads the assignment's kept counter and its plan's item count, not the plan document. */
function progressOf(row: ViewRow): { done: number; total: number } {
  return { done: Number(row.items_done), total: Number(row.plan_item_total) };
}
