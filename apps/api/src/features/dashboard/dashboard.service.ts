import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AssignmentStatus, parseInstant, seesWholeOrganization } from '@prep/domain';
import { AssignmentEntity, TenantTransactions } from '@prep/persistence';
import { whereAtRisk } from '../assignments/at-risk-condition';
import { AssignmentType } from '../assignments/dto/assignment.type';
import { loadAssignmentViews } from '../assignments/views/assignment-views';
import type { AuthContext } from '../auth/auth-context';
import { limitToOwnCandidates } from '../auth/own-candidates-scope';
import { AppError } from '../../platform/errors/app-error';
import { isUuid } from '../../platform/ids/is-uuid';
import { DashboardErrorCode } from './dashboard-error-code';
import { loadDashboardMetrics, MetricsScope, Range } from './dashboard-metrics';
import { loadOutcomeCounts } from './dashboard-outcomes';
import { Dashboard } from './dto/dashboard.type';

const UPCOMING_DAYS = 7;
// A dashboard shows lists, not archives: longer lists belong to `assignments` with its filters.
const LIST_LIMIT = 100;

@Injectable()
export class DashboardService {
  constructor(private readonly tenants: TenantTransactions) {}

  report(
    auth: AuthContext,
    fromInput: string,
    toInput: string,
    coachId?: string | null,
    lists: ListsSelection = {},
  ): Promise<Dashboard> {
    const range = parseRange(fromInput, toInput);
    const now = new Date();
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const visible = visibleAssignments(manager, auth, coachId);
      // One after the other: statements on one transaction's connection cannot overlap.
      const metrics = await loadDashboardMetrics(manager, metricsScope(auth, coachId), range);
      const upcomingInterviews = await loadUpcoming(manager, visible, now, lists.upcomingInterviews);
      const atRisk = await loadAtRisk(manager, visible, now, lists.atRisk);
      const outcomes = lists.outcomes ? await loadOutcomeCounts(manager, visible, range) : [];
      return { ...metrics, upcomingInterviews, atRisk, outcomes };
    });
  }
}

/** What the query shows of a list's assignments beyond the usual columns. */
export interface ListSelection {
  withReminders?: boolean;
  withPlan?: boolean;
}

export interface ListsSelection {
  upcomingInterviews?: ListSelection;
  atRisk?: ListSelection;
  /** Whether the query asks for the outcome counts. */
  outcomes?: boolean;
}

async function loadUpcoming(
  manager: EntityManager,
  visible: VisibleAssignments,
  now: Date,
  selection: ListSelection = {},
): Promise<AssignmentType[]> {
  const until = new Date(now.getTime() + UPCOMING_DAYS * 24 * 3600 * 1000);
  const page = visible().andWhere('a.status <> :cancelled AND a.starts_at >= :now AND a.starts_at < :until', {
    cancelled: AssignmentStatus.CANCELLED,
    now,
    until,
  });
  return (await loadAssignmentViews(manager, { page, limit: LIST_LIMIT, ...selection })).views;
}

async function loadAtRisk(
  manager: EntityManager,
  visible: VisibleAssignments,
  now: Date,
  selection: ListSelection = {},
): Promise<AssignmentType[]> {
  return (await loadAssignmentViews(manager, { page: whereAtRisk(visible(), now), limit: LIST_LIMIT, ...selection }))
    .views;
}

/** Whose figures the dashboard shows: the same choice as `visibleAssignments`, for the rollups. */
function metricsScope(auth: AuthContext, coachId?: string | null): MetricsScope {
  const scope = { organizationId: auth.organizationId, coachMemberId: null, matchesNothing: false };
  if (!seesWholeOrganization(auth.role)) return { ...scope, coachMemberId: auth.memberId };
  if (!coachId) return scope;
  return isUuid(coachId) ? { ...scope, coachMemberId: coachId } : { ...scope, matchesNothing: true };
}

/** A fresh query over the visible assignments `a`. */
export type VisibleAssignments = () => SelectQueryBuilder<AssignmentEntity>;

/** The organization's (OWNER/ADMIN, optionally one coach's) or the calling coach's own assignments, whatever coachId says. */
function visibleAssignments(manager: EntityManager, auth: AuthContext, coachId?: string | null): VisibleAssignments {
  return () => {
    const query = manager
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .where('a.organization_id = :organizationId', { organizationId: auth.organizationId });
    limitToOwnCandidates(query, auth, 'a.coach_member_id');
    // Only who sees the whole organization picks a coach. A malformed id matches nothing rather than failing the query.
    if (coachId && seesWholeOrganization(auth.role))
      query.andWhere(isUuid(coachId) ? 'a.coach_member_id = :coachId' : 'false', { coachId });
    return query;
  };
}

function parseRange(fromInput: string, toInput: string): Range {
  const range = { from: parseInstant(fromInput, 'from'), to: parseInstant(toInput, 'to') };
  if (range.from >= range.to)
    throw new AppError(DashboardErrorCode.InvalidRange, 'from must be before to', { field: 'to' });
  return range;
}
