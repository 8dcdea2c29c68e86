import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { PENDING_REMINDER_STATUSES } from '@prep/domain';
import { AssignmentEntity, NamedQuery, runNamedQuery } from '@prep/persistence';
import { AssignmentType } from '../dto/assignment.type';
import { assignmentViewsSql } from './assignment-view-sql';
import { AssignmentViewRow, toAssignmentView } from './assignment-view-row';

export type InterviewOrder = 'ASC' | 'DESC';

export interface AssignmentViewsRequest {
  /** The assignments `a` to show: tenant, visibility, filter and cursor already applied. */
  page: SelectQueryBuilder<AssignmentEntity>;
  /** By interview time, then id: a stable order for cursors. */
  order?: InterviewOrder;
  limit?: number;
  /** The same assignments without cursor, when the caller reports a total. */
  total?: SelectQueryBuilder<AssignmentEntity>;
  /** Read every reminder of each assignment too (the query asks for them). */
  withReminders?: boolean;
  /** Read the plan document (the query shows the plan or progress by section); lists rarely need it. */
  withPlan?: boolean;
}

export interface AssignmentViews {
  views: AssignmentType[];
  totalCount: number | null;
}

/**
 * Assignments as the API shows them (candidate, coach, progress, link state, next reminder, last
 * activity and, on request, reminders) in ONE statement, whatever the page size.
 */
export async function loadAssignmentViews(
  manager: EntityManager,
  request: AssignmentViewsRequest,
): Promise<AssignmentViews> {
  const { sql, parameters } = assignmentViewsQuery(request);
  return toAssignmentViews(await runNamedQuery<AssignmentViewRow>(manager, sql, parameters));
}

/** The views statement, to run in a transaction or send with other reads. */
export function assignmentViewsQuery(request: AssignmentViewsRequest): NamedQuery {
  const order = request.order ?? 'ASC';
  const page = request.page
    .select('a.organization_id', 'organization_id')
    .addSelect('a.id', 'id')
    .addSelect(`row_number() OVER (ORDER BY a.starts_at ${order}, a.id ${order})`, 'ordinal')
    .orderBy('a.starts_at', order)
    .addOrderBy('a.id', order);
  if (request.limit !== undefined) page.limit(request.limit);
  const total = request.total?.select('count(*)', 'total_count');
  const sql = assignmentViewsSql({
    pageSql: page.getQuery(),
    totalSql: total?.getQuery(),
    withReminders: request.withReminders ?? false,
    withPlan: request.withPlan ?? true,
  });
  const parameters = {
    ...total?.getParameters(),
    ...page.getParameters(),
    pendingReminderStatuses: PENDING_REMINDER_STATUSES,
  };
  return { sql, parameters };
}

/** The rows of `assignmentViewsQuery` as views, and the total when it was asked. */
export function toAssignmentViews(rows: AssignmentViewRow[]): AssignmentViews {
  return {
    views: rows.filter((row) => row.id !== null).map(toAssignmentView),
    totalCount:
      rows[0]?.total_count === null || rows[0]?.total_count === undefined ? null : Number(rows[0].total_count),
  };
}
