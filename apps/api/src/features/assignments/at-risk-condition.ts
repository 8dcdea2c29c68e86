import { SelectQueryBuilder } from 'typeorm';
import { AT_RISK_MIN_DONE_SHARE, atRiskThresholds } from '@prep/domain';

/** How many items the plan snapshot of assignment `a` has (its keys are stored beside it). */
const PLAN_ITEM_TOTAL_SQL = 'cardinality(a.plan_item_keys)';

/** Items of assignment `a`'s plan done, as the assignment's counter (kept by a trigger) holds them. */
const PLAN_ITEMS_DONE_SQL = 'a.items_done';

/**
 * Implied by every branch below, and written out so Postgres reads the index of open assignments
 * (`assignments_open_idx`) instead of walking past every closed one before the first at risk: in
 * an organization of 25,000 the dashboard's list passed 5,000 rows to find 100.
 */
const OPEN_STATUS_SQL = `a.status IN ('ASSIGNED', 'IN_PROGRESS', 'INTERVIEWED')`;

/**
 * The SQL twin of `isAtRisk` (libs/domain): same statuses, same thresholds (passed in, computed
 * by the domain), same comparisons. A test checks both agree on rows at the boundaries.
 */
const AT_RISK_SQL = `(${OPEN_STATUS_SQL} AND (
  (a.status IN ('ASSIGNED', 'IN_PROGRESS') AND a.starts_at >= :atRiskNow AND a.starts_at <= :atRiskPreparationDeadline
    AND ${PLAN_ITEMS_DONE_SQL} < ${PLAN_ITEM_TOTAL_SQL} * CAST(:atRiskMinDoneShare AS numeric))
  OR (a.status IN ('ASSIGNED', 'IN_PROGRESS') AND a.starts_at < :atRiskNow)
  OR (a.status = 'INTERVIEWED' AND a.starts_at < :atRiskFollowUpDeadline)
))`;

export function whereAtRisk<T extends object>(
  query: SelectQueryBuilder<T>,
  now: Date,
  atRisk = true,
): SelectQueryBuilder<T> {
  const thresholds = atRiskThresholds(now);
  return query.andWhere(atRisk ? AT_RISK_SQL : `NOT ${AT_RISK_SQL}`, {
    atRiskNow: thresholds.now,
    atRiskPreparationDeadline: thresholds.preparationDeadline,
    atRiskFollowUpDeadline: thresholds.followUpDeadline,
    atRiskMinDoneShare: AT_RISK_MIN_DONE_SHARE,
  });
}
