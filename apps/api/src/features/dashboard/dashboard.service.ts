import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { parseInstant, seesWholeOrganization } from '@prep/domain';
import { AssignmentEntity, NamedQuery, TenantTransactions } from '@prep/persistence';
import { whereAtRisk } from '../assignments/at-risk-condition';
import { whereUpcoming } from '../assignments/upcoming-condition';
import type { AssignmentViewParts } from '../assignments/views/assignment-view-parts';
import { AssignmentViewRow } from '../assignments/views/assignment-view-row';
import { assignmentViewsQuery, toAssignmentViews } from '../assignments/views/assignment-views';
import type { AssignmentType } from '../assignments/dto/assignment.type';
import type { AuthContext } from '../auth/auth-context';
import { limitToOwnCandidates } from '../auth/own-candidates-scope';
import { AppError } from '../../platform/errors/app-error';
import { isUuid } from '../../platform/ids/is-uuid';
import { DashboardErrorCode } from './dashboard-error-code';
import { dashboardMetricsStatement, MetricsRow, MetricsScope, Range, toDashboardMetrics } from './dashboard-metrics';
import { OutcomeCountRow, outcomeCountsQuery, toOutcomeCounts } from './dashboard-outcomes';
import { Dashboard, DASHBOARD_LIST_SIZE } from './dto/dashboard.type';

@Injectable()
export class DashboardService {
  constructor(private readonly tenants: TenantTransactions) {}

  async report(
    auth: AuthContext,
    fromInput: string,
    toInput: string,
    coachId?: string | null,
    lists: ListsSelection = {},
  ): Promise<Dashboard> {
    const range = parseRange(fromInput, toInput);
    const now = new Date();
    const visible = visibleAssignments(this.tenants.composer, auth, coachId);
    const named = (query: NamedQuery) => this.tenants.named(query);
    // Every read of the dashboard in one read-only transaction and one round trip.
    const [metricsRows, upcomingRows, atRiskRows, outcomeRows] = await this.tenants.readAll(
      { organizationId: auth.organizationId },
      [
        dashboardMetricsStatement(metricsScope(auth, coachId), range),
        named(upcomingQuery(visible, now, lists.upcomingInterviews)),
        named(atRiskQuery(visible, now, lists.atRisk)),
        ...(lists.outcomes ? [named(outcomeCountsQuery(visible, range))] : []),
      ],
    );
    const upcoming = shortList(upcomingRows as AssignmentViewRow[]);
    const atRisk = shortList(atRiskRows as AssignmentViewRow[]);
    return {
      ...toDashboardMetrics(metricsRows[0] as MetricsRow),
      upcomingInterviews: upcoming.views,
      moreUpcomingInterviews: upcoming.more,
      atRisk: atRisk.views,
      moreAtRisk: atRisk.more,
      outcomes: outcomeRows ? toOutcomeCounts(outcomeRows as OutcomeCountRow[]) : [],
    };
  }
}

/** What the query shows of each list's assignments (the whole view when not said). */
export interface ListsSelection {
  upcomingInterviews?: AssignmentViewParts;
  atRisk?: AssignmentViewParts;
  /** Whether the query asks for the outcome counts. */
  outcomes?: boolean;
}

// One row past the list says whether there are more, without counting them all.
function upcomingQuery(visible: VisibleAssignments, now: Date, parts?: AssignmentViewParts): NamedQuery {
  return assignmentViewsQuery({ page: whereUpcoming(visible(), now), limit: DASHBOARD_LIST_SIZE + 1, parts });
}

function atRiskQuery(visible: VisibleAssignments, now: Date, parts?: AssignmentViewParts): NamedQuery {
  return assignmentViewsQuery({ page: whereAtRisk(visible(), now), limit: DASHBOARD_LIST_SIZE + 1, parts });
}

function shortList(rows: AssignmentViewRow[]): { views: AssignmentType[]; more: boolean } {
  const { views } = toAssignmentViews(rows);
  return { views: views.slice(0, DASHBOARD_LIST_SIZE), more: views.length > DASHBOARD_LIST_SIZE };
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
