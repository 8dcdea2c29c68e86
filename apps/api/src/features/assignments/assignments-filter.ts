import { SelectQueryBuilder } from 'typeorm';
import { parseInstant } from '@prep/domain';
import { AssignmentEntity } from '@prep/persistence';
import { AppError } from '../../platform/errors/app-error';
import { CommonErrorCode } from '../../platform/errors/common-error-code';
import { isUuid } from '../../platform/ids/is-uuid';
import { whereAtRisk } from './at-risk-condition';
import { whereUpcoming } from './upcoming-condition';
import { AssignmentsFilter } from './dto/assignment.inputs';

const SEARCH_MAX_LENGTH = 200;

/** Narrows a query over assignment `a`; `now` decides risk so one request sees one instant. */
export function applyAssignmentsFilter(
  query: SelectQueryBuilder<AssignmentEntity>,
  filter: AssignmentsFilter,
  now: Date,
): SelectQueryBuilder<AssignmentEntity> {
  if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
  // A malformed id matches nothing rather than failing the query.
  if (filter.candidateId)
    query.andWhere(isUuid(filter.candidateId) ? 'a.candidate_id = :candidateId' : 'false', {
      candidateId: filter.candidateId,
    });
  if (filter.coachId)
    query.andWhere(isUuid(filter.coachId) ? 'a.coach_member_id = :coachId' : 'false', { coachId: filter.coachId });
  if (filter.interviewFrom)
    query.andWhere('a.starts_at >= :interviewFrom', {
      interviewFrom: parseInstant(filter.interviewFrom, 'interviewFrom'),
    });
  if (filter.interviewTo)
    query.andWhere('a.starts_at < :interviewTo', { interviewTo: parseInstant(filter.interviewTo, 'interviewTo') });
  if (filter.atRisk !== null && filter.atRisk !== undefined) whereAtRisk(query, now, filter.atRisk);
  if (filter.upcoming !== null && filter.upcoming !== undefined) whereUpcoming(query, now, filter.upcoming);
  if (filter.search) applySearch(query, filter.search);
  return query;
}

function applySearch(query: SelectQueryBuilder<AssignmentEntity>, search: string): void {
  const pattern = `%${escapeLike(checkSearch(search))}%`;
  query.andWhere(
    `(a.company ILIKE :search ESCAPE '\\' OR EXISTS (SELECT 1 FROM candidates sc
      WHERE sc.organization_id = a.organization_id AND sc.id = a.candidate_id AND (sc.name ILIKE :search ESCAPE '\\' OR sc.email ILIKE :search ESCAPE '\\')))`,
    { search: pattern },
  );
}

function checkSearch(search: string): string {
  if (/[\u0000-\u001f\u007f]/.test(search) || search.length > SEARCH_MAX_LENGTH) {
    throw new AppError(
      CommonErrorCode.InvalidInput,
      `search must be plain text of at most ${SEARCH_MAX_LENGTH} characters`,
      { field: 'search' },
    );
  }
  return search;
}

/** `%` and `_` match themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
