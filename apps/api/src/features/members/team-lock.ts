import { EntityManager } from 'typeorm';
import { MemberRole } from '@prep/domain';
import { MemberEntity, MemberStatus } from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';
import { AuthErrorCode } from '../auth/auth-error-code';
import { AppError } from '../../platform/errors/app-error';
import { isUuid } from '../../platform/ids/is-uuid';
import { MemberErrorCode } from './member-error-code';

/**
 * Every change to an organization's team runs under this lock, so concurrent requests (two
 * OWNERs demoting each other, a transfer racing a removal) see each other's outcome and the
 * last OWNER always stays. NO KEY UPDATE leaves inserts that reference the organization alone.
 */
export async function lockTeam(manager: EntityManager, organizationId: string): Promise<void> {
  await manager.query('SELECT id FROM organizations WHERE id = $1 FOR NO KEY UPDATE', [organizationId]);
}

/** The caller's current membership, read under the lock: a role changed a moment ago counts. */
export async function actingMember(manager: EntityManager, auth: AuthContext): Promise<MemberEntity> {
  const actor = await manager
    .getRepository(MemberEntity)
    .findOneBy({ organizationId: auth.organizationId, id: auth.memberId });
  if (actor?.status !== MemberStatus.ACTIVE) {
    throw new AppError(AuthErrorCode.RoleNotAllowed, 'Your role does not allow this action');
  }
  return actor;
}

/** A member of this organization; another organization's id answers like a missing one. */
export async function memberOrNotFound(
  manager: EntityManager,
  organizationId: string,
  memberId: string,
): Promise<MemberEntity> {
  const member = isUuid(memberId)
    ? await manager.getRepository(MemberEntity).findOneBy({ organizationId, id: memberId })
    : null;
  if (!member) throw new AppError(MemberErrorCode.NotFound, 'No such member');
  return member;
}

export function activeOwnerCount(manager: EntityManager, organizationId: string): Promise<number> {
  return manager
    .getRepository(MemberEntity)
    .countBy({ organizationId, role: MemberRole.OWNER, status: MemberStatus.ACTIVE });
}
