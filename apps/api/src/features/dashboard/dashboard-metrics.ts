import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AssignmentStatus } from '@prep/domain';
import { AssignmentEntity, ReminderEntity, runNamedQuery } from '@prep/persistence';
import { PLAN_ITEM_TOTAL_SQL, planItemsDoneSql } from '../assignments/at-risk-condition';
import { ReminderOutcomes } from '../reminders/dto/reminder-outcomes.type';
import { StatusCount } from './dto/dashboard.type';

/** A fresh query over the visible assignments `a`. */
export type VisibleAssignments = () => SelectQueryBuilder<AssignmentEntity>;

export interface Range {
  from: Date;
  to: Date;
}

export interface DashboardMetrics {
  byStatus: StatusCount[];
  reminders: ReminderOutcomes;
  medianProgressAtTMinus24h: number | null;
  followUpSentRate: number | null;
}

interface MetricsRow {
  by_status: Array<{ status: AssignmentStatus; count: number }>;
  sent: string;
  skipped: string;
  failed: string;
  median: number | string | null;
  rate: number | string | null;
}

/** Every figure of the dashboard in one statement: one scalar subquery per figure. */
export async function loadDashboardMetrics(
  manager: EntityManager,
  visible: VisibleAssignments,
  range: Range,
): Promise<DashboardMetrics> {
  const parts = {
    byStatus: countByStatus(visible),
    reminders: reminderOutcomes(visible, range),
    median: medianProgress(visible, range),
    rate: followUpRate(visible, range),
  };
  const sql = `SELECT
    (SELECT coalesce(json_agg(json_build_object('status', s.status, 'count', s.count) ORDER BY s.status), '[]'::json)
       FROM (${parts.byStatus.getQuery()}) s) AS by_status,
    outcomes.sent, outcomes.skipped, outcomes.failed,
    (${parts.median.getQuery()}) AS median,
    (${parts.rate.getQuery()}) AS rate
  FROM (${parts.reminders.getQuery()}) outcomes`;
  const parameters = Object.assign({}, ...Object.values(parts).map((part) => part.getParameters()));
  const [row] = await runNamedQuery<MetricsRow>(manager, sql, parameters);
  return {
    byStatus: row.by_status.map(({ status, count }) => ({ status, count: Number(count) })),
    reminders: { sent: Number(row.sent), skipped: Number(row.skipped), failed: Number(row.failed) },
    medianProgressAtTMinus24h: toNumber(row.median),
    followUpSentRate: toNumber(row.rate),
  };
}

function countByStatus(visible: VisibleAssignments): SelectQueryBuilder<AssignmentEntity> {
  return visible().select('a.status', 'status').addSelect('count(*)', 'count').groupBy('a.status');
}

function reminderOutcomes(visible: VisibleAssignments, { from, to }: Range): SelectQueryBuilder<AssignmentEntity> {
  return visible()
    .innerJoin(ReminderEntity, 'r', 'r.organization_id = a.organization_id AND r.assignment_id = a.id')
    .select("count(*) FILTER (WHERE r.status = 'SENT')", 'sent')
    .addSelect("count(*) FILTER (WHERE r.status = 'SKIPPED')", 'skipped')
    .addSelect("count(*) FILTER (WHERE r.status = 'FAILED')", 'failed')
    .andWhere('r.due_at >= :from AND r.due_at < :to', { from, to });
}

// Items done by T-24h over the plan's items; plans without items say nothing about readiness.
const SHARE_DONE_AT_T_MINUS_24H = `${planItemsDoneSql("a.starts_at - interval '24 hours'")}::float8 / NULLIF(${PLAN_ITEM_TOTAL_SQL}, 0)`;

function medianProgress(visible: VisibleAssignments, { from, to }: Range): SelectQueryBuilder<AssignmentEntity> {
  return visible()
    .select(`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${SHARE_DONE_AT_T_MINUS_24H})`, 'median')
    .andWhere("a.status <> 'CANCELLED' AND a.starts_at >= :from AND a.starts_at < :to", { from, to });
}

function followUpRate(visible: VisibleAssignments, { from, to }: Range): SelectQueryBuilder<AssignmentEntity> {
  return visible()
    .select('avg(CASE WHEN a.follow_up_sent_at IS NOT NULL THEN 1.0 ELSE 0.0 END)', 'rate')
    .andWhere('a.interviewed_at >= :from AND a.interviewed_at < :to', { from, to });
}

function toNumber(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
