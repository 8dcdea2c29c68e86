import { SelectQueryBuilder } from 'typeorm';
import { AT_RISK_MIN_DONE_SHARE, atRiskThresholds } from '@prep/domain';

/** How many items the plan snapshot of assignment `a` has (its keys are stored beside it). */
export const PLAN_ITEM_TOTAL_SQL = 'cardinality(a.plan_item_keys)';

/** Items of assignment `a`'s plan done by `doneBy` (an SQL instant), or ever when omitted. */
export function planItemsDoneSql(doneBy?: string): string {
  return `(SELECT count(*) FROM item_progress p
  WHERE p.organization_id = a.organization_id AND p.assignment_id = a.id AND p.item_key = ANY (a.plan_item_keys)
    AND ${doneBy ? `p.done_at <= ${doneBy}` : 'p.done_at IS NOT NULL'})`;
}

/**
 * The SQL twin of `isAtRisk` (libs/domain): same statuses, same thresholds (passed in, computed
 * by the domain), same comparisons. A test checks both agree on rows at the boundaries.
 */
const AT_RISK_SQL = `(
  (a.status IN ('ASSIGNED', 'IN_PROGRESS') AND a.starts_at >= :atRiskNow AND a.starts_at <= :atRiskPreparationDeadline
    AND ${planItemsDoneSql()} < ${PLAN_ITEM_TOTAL_SQL} * CAST(:atRiskMinDoneShare AS numeric))
  OR (a.status IN ('ASSIGNED', 'IN_PROGRESS') AND a.starts_at < :atRiskNow)
  OR (a.status = 'INTERVIEWED' AND a.starts_at < :atRiskFollowUpDeadline)
)`;

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
