import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AssignmentEntity, NamedQuery, runNamedQuery } from '@prep/persistence';
import { AssignmentType } from '../dto/assignment.type';
import { AssignmentViewParts, WHOLE_VIEW } from './assignment-view-parts';
import { assignmentViewsSql, pageColumns } from './assignment-view-sql';
import { AssignmentViewRow, toAssignmentView } from './assignment-view-row';

export type InterviewOrder = 'ASC' | 'DESC';

export interface AssignmentViewsRequest {
  /** The assignments `a` to show: tenant, visibility, filter and cursor already applied. */
  page: SelectQueryBuilder<AssignmentEntity>;
  /** By interview time, then id: a stable order for cursors. */
  order?: InterviewOrder;
  limit?: number;
  /** Selects `total_count` of the assignments the page is taken from, when the caller reports a total. */
  total?: NamedQuery;
  /** What the views show beyond the assignment's own columns; the whole view unless a query says less. */
  parts?: AssignmentViewParts;
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
  const parts = request.parts ?? WHOLE_VIEW;
  const [first, ...rest] = pageColumns(parts);
  const page = request.page.select(`a.${first}`, first);
  for (const column of rest) page.addSelect(`a.${column}`, column);
  page
    .addSelect(`row_number() OVER (ORDER BY a.starts_at ${order}, a.id ${order})`, 'ordinal')
    .orderBy('a.starts_at', order)
    .addOrderBy('a.id', order);
  if (request.limit !== undefined) page.limit(request.limit);
  const sql = assignmentViewsSql({ pageSql: page.getQuery(), totalSql: request.total?.sql, parts });
  return { sql, parameters: { ...request.total?.parameters, ...page.getParameters() } };
}

/** The rows of `assignmentViewsQuery` as views, and the total when it was asked. */
export function toAssignmentViews(rows: AssignmentViewRow[]): AssignmentViews {
  return {
    views: rows.filter((row) => row.id !== null).map(toAssignmentView),
    totalCount:
      rows[0]?.total_count === null || rows[0]?.total_count === undefined ? null : Number(rows[0].total_count),
  };
}
