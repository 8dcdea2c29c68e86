import type { WhereExpressionBuilder } from 'typeorm';
import { seesWholeOrganization } from '@prep/domain';
import type { AuthContext } from './auth-context';

/**
 * The one place a COACH is limited to their own candidates (and so to their assignments and
 * reminders); OWNER and ADMIN see the whole organization. `coachColumn` is the row's coach
 * member column, e.g. `a.coach_member_id`. A row outside the scope then reads as missing.
 */
export function limitToOwnCandidates<T extends WhereExpressionBuilder>(
  query: T,
  auth: AuthContext,
  coachColumn: string,
): T {
  if (seesWholeOrganization(auth.role)) return query;
  query.andWhere(`${coachColumn} = :actorMemberId`, { actorMemberId: auth.memberId });
  return query;
}

/** For the same reason a COACH may not hand a candidate to someone else. */
export function mayGiveCandidatesTo(auth: AuthContext, coachMemberId: string): boolean {
  return seesWholeOrganization(auth.role) || coachMemberId === auth.memberId;
}
