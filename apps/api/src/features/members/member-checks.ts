import { EntityManager } from 'typeorm';
import { judgeMemberChange, leavesAnOwner, MemberRole } from '@prep/domain';
import { MemberEntity, MemberStatus } from '@prep/persistence';
import { AuthErrorCode } from '../auth/auth-error-code';
import { AppError } from '../../platform/errors/app-error';
import { MemberErrorCode } from './member-error-code';
import { activeOwnerCount } from './team-lock';

export function assertChangeable(target: MemberEntity): void {
  if (target.status === MemberStatus.REMOVED) {
    throw new AppError(MemberErrorCode.Removed, 'This member was removed');
  }
}

/** Ownership goes only to someone who has joined (an OWNER must be able to sign in). */
export function assertJoined(target: MemberEntity): void {
  if (target.status !== MemberStatus.ACTIVE) {
    throw new AppError(MemberErrorCode.NotActive, 'Ownership goes to a member who has joined');
  }
}

export function assertMayChange(actor: MemberEntity, target: MemberEntity, newRole?: MemberRole): void {
  assertChangeable(target);
  const verdict = judgeMemberChange(actor.role, target.role, newRole);
  if (verdict === 'owner-only') throw ownerOnly();
  if (verdict === 'not-a-manager') {
    throw new AppError(AuthErrorCode.RoleNotAllowed, 'Your role does not allow this action');
  }
}

export async function assertLeavesAnOwner(
  manager: EntityManager,
  target: MemberEntity,
  newRole?: MemberRole,
): Promise<void> {
  if (leavesAnOwner(target.role, await activeOwnerCount(manager, target.organizationId), newRole)) return;
  throw new AppError(MemberErrorCode.LastOwner, 'An organization keeps at least one OWNER; transfer ownership first');
}

export const ownerOnly = () => new AppError(MemberErrorCode.OwnerOnly, 'Only an OWNER may do this');
