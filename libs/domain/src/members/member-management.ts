import { canManageMembers, MemberRole } from './member-role';

export type MemberChangeVerdict = 'allowed' | 'not-a-manager' | 'owner-only';

/**
 * Who may change whom. OWNER and ADMIN manage the team; only an OWNER may touch an OWNER or
 * make one (an ADMIN can neither demote, remove nor create the people who can remove them).
 */
export function judgeMemberChange(actor: MemberRole, target: MemberRole, newRole?: MemberRole): MemberChangeVerdict {
  if (!canManageMembers(actor)) return 'not-a-manager';
  const touchesOwner = target === MemberRole.OWNER || newRole === MemberRole.OWNER;
  if (touchesOwner && actor !== MemberRole.OWNER) return 'owner-only';
  return 'allowed';
}

/** Whether a change that takes `target` out of the OWNER role leaves the organization an OWNER. */
export function leavesAnOwner(target: MemberRole, activeOwners: number, newRole?: MemberRole): boolean {
  if (target !== MemberRole.OWNER || newRole === MemberRole.OWNER) return true;
  return activeOwners > 1;
}
