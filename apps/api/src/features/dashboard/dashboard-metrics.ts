import { AssignmentStatus } from '@prep/domain';
import type { TenantReadStatement } from '@prep/persistence';
import { ReminderOutcomes } from '../reminders/dto/reminder-outcomes.type';
import { StatusCount } from './dto/dashboard.type';
import { RollupWindows, rollupWindows } from './rollup-windows';

export interface Range {
  from: Date;
  to: Date;
}

/** Whose figures: one coach's, the whole organization's (coach null), or nobody's (a malformed coach id). */
export interface MetricsScope {
  organizationId: string;
  coachMemberId: string | null;
  matchesNothing: boolean;
}

export interface DashboardMetrics {
  byStatus: StatusCount[];
  reminders: ReminderOutcomes;
  medianProgressAtTMinus24h: number | null;
  followUpSentRate: number | null;
}

export interface MetricsRow {
  by_status: Array<{ status: AssignmentStatus; count: number }>;
  sent: string;
  skipped: string;
  failed: string;
  median: number | string | null;
  rate: number | string | null;
}

// $1 organization, $2 coach (null: all), $3 nothing, $4 from, $5 to, $6/$7 whole hours, $8/$9 whole days.
const COACH = (alias: string) =>
  `${alias}.organization_id = $1 AND NOT $3 AND ($2::uuid IS NULL OR ${alias}.coach_member_id = $2)`;
// The range's partial units at either end, [from, start) and [end, to): disjoint, as two rows,
// so each is read as one index range. Written as (a AND b) OR (c AND d), the generic plan bounded
// the index scans by $4 alone and by $5 alone, reading nearly every assignment in the range.
const EDGES = (start: string, end: string) =>
  `(VALUES ($4::timestamptz, ${start}::timestamptz), (${end}::timestamptz, $5::timestamptz)) AS edge(from_at, to_at)`;
const IN_EDGE = (column: string) => `${column} >= edge.from_at AND ${column} < edge.to_at`;

/**
 * Every figure in one statement, from the rollups the triggers keep: whole hours (reminder
 * outcomes, follow-ups) and whole days (readiness) inside the range are read as sums, and only
 * the partial hour or day at either end from the rows. The cost follows the range's length,
 * not the organization's size.
 */
const METRICS_SQL = `
WITH by_status AS (
  SELECT c.status, sum(c.assignments)::int AS count FROM coach_status_counts c
   WHERE ${COACH('c')} GROUP BY c.status HAVING sum(c.assignments) > 0
), hours AS (
  SELECT coalesce(sum(h.reminders_sent), 0) AS sent, coalesce(sum(h.reminders_skipped), 0) AS skipped,
         coalesce(sum(h.reminders_failed), 0) AS failed, coalesce(sum(h.interviews), 0) AS interviews,
         coalesce(sum(h.follow_ups_sent), 0) AS follow_ups
    FROM coach_hourly_figures h WHERE ${COACH('h')} AND h.hour >= $6 AND h.hour < $7
), edge_reminders AS (
  -- The coach is looked up per edge reminder, not joined: the generic plan would hash every
  -- assignment of the organization (25,000 in the bench's large one) to match a handful of rows.
  SELECT count(*) FILTER (WHERE r.status = 'SENT') AS sent, count(*) FILTER (WHERE r.status = 'SKIPPED') AS skipped,
         count(*) FILTER (WHERE r.status = 'FAILED') AS failed
    FROM ${EDGES('$6', '$7')}, reminders r
   WHERE r.organization_id = $1 AND NOT $3 AND r.status IN ('SENT', 'SKIPPED', 'FAILED')
     AND ${IN_EDGE('r.due_at')}
     AND ($2::uuid IS NULL OR EXISTS (
       SELECT 1 FROM assignments a
        WHERE a.organization_id = r.organization_id AND a.id = r.assignment_id AND a.coach_member_id = $2))
), edge_interviews AS (
  SELECT count(*) AS interviews, count(a.follow_up_sent_at) AS follow_ups FROM ${EDGES('$6', '$7')}, assignments a
   WHERE ${COACH('a')} AND a.interviewed_at IS NOT NULL AND ${IN_EDGE('a.interviewed_at')}
), readiness AS (
  SELECT d.items_done::float8 / d.items_total AS share, sum(d.assignments) AS n FROM coach_daily_readiness d
   WHERE ${COACH('d')} AND d.day >= $8 AND d.day < $9 AND d.items_total > 0 GROUP BY 1
  UNION ALL
  SELECT a.items_done_by_t_minus_24h::float8 / cardinality(a.plan_item_keys), 1 FROM ${EDGES('$8', '$9')}, assignments a
   WHERE ${COACH('a')} AND a.status <> 'CANCELLED' AND cardinality(a.plan_item_keys) > 0
     AND ${IN_EDGE('a.starts_at')}
), shares AS (
  SELECT share, sum(sum(n)) OVER (ORDER BY share) AS upto FROM readiness GROUP BY share HAVING sum(n) > 0
), median_position AS (
  SELECT (max(upto) - 1) / 2.0 AS p FROM shares
), median AS (
  -- percentile_cont(0.5) over the weighted shares: the two middle values, interpolated.
  SELECT lo.share + (hi.share - lo.share) * (m.p - floor(m.p))::float8 AS value
    FROM median_position m,
         LATERAL (SELECT min(share) AS share FROM shares WHERE upto > floor(m.p)) lo,
         LATERAL (SELECT min(share) AS share FROM shares WHERE upto > ceil(m.p)) hi
)
SELECT (SELECT coalesce(json_agg(json_build_object('status', s.status, 'count', s.count) ORDER BY s.status), '[]'::json)
          FROM by_status s) AS by_status,
       h.sent + e.sent AS sent, h.skipped + e.skipped AS skipped, h.failed + e.failed AS failed,
       (SELECT value FROM median) AS median,
       (h.follow_ups + i.follow_ups)::numeric / NULLIF(h.interviews + i.interviews, 0) AS rate
  FROM hours h, edge_reminders e, edge_interviews i`;

/** The figures' statement, to send with the dashboard's other reads. */
export function dashboardMetricsStatement(scope: MetricsScope, range: Range): TenantReadStatement {
  const windows: RollupWindows = rollupWindows(range);
  return {
    sql: METRICS_SQL,
    values: [
      scope.organizationId,
      scope.coachMemberId,
      scope.matchesNothing,
      range.from,
      range.to,
      windows.hours.from,
      windows.hours.to,
      windows.days.from,
      windows.days.to,
    ],
  };
}

/** The one row of `dashboardMetricsStatement`. */
export function toDashboardMetrics(row: MetricsRow): DashboardMetrics {
  return {
    byStatus: row.by_status.map(({ status, count }) => ({ status, count: Number(count) })),
    reminders: { sent: Number(row.sent), skipped: Number(row.skipped), failed: Number(row.failed) },
    medianProgressAtTMinus24h: toNumber(row.median),
    followUpSentRate: toNumber(row.rate),
  };
}

function toNumber(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
