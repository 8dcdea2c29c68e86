import { MemberRole, seesWholeOrganization } from '../members/member-role';

/** Who may see or change a candidate: the whole organization's leads, or the candidate's own coach. */
export function canAccessCandidate(actor: { role: MemberRole; memberId: string }, coachMemberId: string): boolean {
  return seesWholeOrganization(actor.role) || actor.memberId === coachMemberId;
}
