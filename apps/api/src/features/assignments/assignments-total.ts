import { EntityManager } from 'typeorm';
import type { NamedQuery } from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';
import { limitToOwnCandidates } from '../auth/own-candidates-scope';
import { isUuid } from '../../platform/ids/is-uuid';
import { visibleAssignments } from './assignment-lookup';
import { applyAssignmentsFilter } from './assignments-filter';
import { AssignmentsFilter } from './dto/assignment.inputs';

/** The filters the per-coach status counts can answer; with any other the rows are counted. */
const COUNTED_BY_ROLLUP = new Set<keyof AssignmentsFilter>(['status', 'coachId']);

/**
 * Selects `total_count`, how many assignments the caller sees under `filter`. Filtered by status
 * and coach at most, it is a sum over `coach_status_counts`, which the triggers keep with every
 * change of an assignment: a few rows whatever the organization's size. Otherwise it counts the rows.
 */
export function assignmentsTotal(
  manager: EntityManager,
  auth: AuthContext,
  filter: AssignmentsFilter,
  now: Date,
): NamedQuery {
  const used = (Object.keys(filter) as Array<keyof AssignmentsFilter>).filter(
    (key) => filter[key] !== null && filter[key] !== undefined,
  );
  const query = used.every((key) => COUNTED_BY_ROLLUP.has(key))
    ? fromStatusCounts(manager, auth, filter)
    : applyAssignmentsFilter(visibleAssignments(manager, auth), filter, now).select('count(*)', 'total_count');
  return { sql: query.getQuery(), parameters: query.getParameters() };
}

function fromStatusCounts(manager: EntityManager, auth: AuthContext, filter: AssignmentsFilter) {
  const query = manager
    .createQueryBuilder()
    .select('coalesce(sum(s.assignments), 0)', 'total_count')
    .from('coach_status_counts', 's')
    .where('s.organization_id = :organizationId', { organizationId: auth.organizationId });
  limitToOwnCandidates(query, auth, 's.coach_member_id');
  if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
  // A malformed id matches nothing rather than failing the query, as in the rows' filter.
  if (filter.coachId)
    query.andWhere(isUuid(filter.coachId) ? 's.coach_member_id = :coachId' : 'false', { coachId: filter.coachId });
  return query;
}
