import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AssignmentEntity } from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';
import { limitToOwnCandidates } from '../auth/own-candidates-scope';
import { AppError } from '../../platform/errors/app-error';
import { isUuid } from '../../platform/ids/is-uuid';
import { AssignmentErrorCode } from './assignment-error-code';

/** The assignments `a` the caller may see: their organization's, and a COACH only their own candidates'. */
export function visibleAssignments(manager: EntityManager, auth: AuthContext): SelectQueryBuilder<AssignmentEntity> {
  const query = manager
    .getRepository(AssignmentEntity)
    .createQueryBuilder('a')
    .where('a.organization_id = :organizationId', { organizationId: auth.organizationId });
  return limitToOwnCandidates(query, auth, 'a.coach_member_id');
}

/** Another organization's, another coach's (for a COACH) and a missing assignment look the same. */
export async function findVisibleAssignment(
  manager: EntityManager,
  auth: AuthContext,
  id: string,
  lock = false,
): Promise<AssignmentEntity> {
  const query = visibleAssignments(manager, auth).andWhere('a.id = :id', { id: isUuid(id) ? id : null });
  if (lock) query.setLock('pessimistic_write');
  const assignment = isUuid(id) ? await query.getOne() : null;
  if (!assignment) throw new AppError(AssignmentErrorCode.NotFound, 'Assignment not found');
  return assignment;
}
