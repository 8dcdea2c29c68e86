import { SelectQueryBuilder } from 'typeorm';
import { AT_RISK_MIN_DONE_SHARE, atRiskThresholds } from '@prep/domain';

/** The plan snapshot's item keys, as a set-returning SQL expression over assignment `a`. */
export const PLAN_ITEM_KEYS_SQL = "SELECT i.item->>'key' FROM jsonb_array_elements(a.plan->'sections') s(section), jsonb_array_elements(s.section->'items') i(item)";

const PLAN_ITEM_TOTAL_SQL = `(SELECT count(*) FROM (${PLAN_ITEM_KEYS_SQL}) keys)`;
const PLAN_ITEMS_DONE_SQL = `(SELECT count(*) FROM item_progress p
  WHERE p.organization_id = a.organization_id AND p.assignment_id = a.id AND p.done_at IS NOT NULL AND p.item_key IN (${PLAN_ITEM_KEYS_SQL}))`;

/**
 * The SQL twin of `isAtRisk` (libs/domain): same statuses, same thresholds (passed in, computed
 * by the domain), same comparisons. A test checks both agree on rows at the boundaries.
 */
const AT_RISK_SQL = `(
  (a.status IN ('ASSIGNED', 'IN_PROGRESS') AND a.starts_at >= :atRiskNow AND a.starts_at <= :atRiskPreparationDeadline
    AND ${PLAN_ITEMS_DONE_SQL} < ${PLAN_ITEM_TOTAL_SQL} * CAST(:atRiskMinDoneShare AS numeric))
  OR (a.status = 'INTERVIEWED' AND a.starts_at < :atRiskFollowUpDeadline)
)`;

export function whereAtRisk<T extends object>(query: SelectQueryBuilder<T>, now: Date, atRisk = true): SelectQueryBuilder<T> {
  const thresholds = atRiskThresholds(now);
  return query.andWhere(atRisk ? AT_RISK_SQL : `NOT ${AT_RISK_SQL}`, {
    atRiskNow: thresholds.now,
    atRiskPreparationDeadline: thresholds.preparationDeadline,
    atRiskFollowUpDeadline: thresholds.followUpDeadline,
    atRiskMinDoneShare: AT_RISK_MIN_DONE_SHARE,
  });
}
