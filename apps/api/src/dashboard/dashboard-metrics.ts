import { SelectQueryBuilder } from 'typeorm';
import { AssignmentEntity, ReminderEntity } from '@prep/persistence';
import { PLAN_ITEM_KEYS_SQL } from '../assignments/at-risk-condition';
import { ReminderOutcomes, StatusCount } from './dto/dashboard.type';

/** Metrics over a query of visible assignments `a`; each helper issues one statement. */
export type VisibleAssignments = () => SelectQueryBuilder<AssignmentEntity>;

export interface Range {
  from: Date;
  to: Date;
}

export async function countByStatus(visible: VisibleAssignments): Promise<StatusCount[]> {
  const rows = await visible().select('a.status', 'status').addSelect('count(*)', 'count').groupBy('a.status').orderBy('a.status').getRawMany<{ status: StatusCount['status']; count: string }>();
  return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
}

export async function reminderOutcomes(visible: VisibleAssignments, { from, to }: Range): Promise<ReminderOutcomes> {
  const row = await visible()
    .innerJoin(ReminderEntity, 'r', 'r.organization_id = a.organization_id AND r.assignment_id = a.id')
    .select("count(*) FILTER (WHERE r.status = 'SENT')", 'sent')
    .addSelect("count(*) FILTER (WHERE r.status = 'SKIPPED')", 'skipped')
    .addSelect("count(*) FILTER (WHERE r.status = 'FAILED')", 'failed')
    .andWhere('r.due_at >= :from AND r.due_at < :to', { from, to })
    .getRawOne<{ sent: string; skipped: string; failed: string }>();
  return { sent: Number(row?.sent ?? 0), skipped: Number(row?.skipped ?? 0), failed: Number(row?.failed ?? 0) };
}

// Items done by T-24h over the plan's items; plans without items say nothing about readiness.
const SHARE_DONE_AT_T_MINUS_24H = `(SELECT count(*) FROM item_progress p
  WHERE p.organization_id = a.organization_id AND p.assignment_id = a.id
    AND p.done_at <= a.starts_at - interval '24 hours' AND p.item_key IN (${PLAN_ITEM_KEYS_SQL}))::float8
  / NULLIF((SELECT count(*) FROM (${PLAN_ITEM_KEYS_SQL}) keys), 0)`;

export async function medianProgressAtTMinus24h(visible: VisibleAssignments, { from, to }: Range): Promise<number | null> {
  const row = await visible()
    .select(`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${SHARE_DONE_AT_T_MINUS_24H})`, 'median')
    .andWhere("a.status <> 'CANCELLED' AND a.starts_at >= :from AND a.starts_at < :to", { from, to })
    .getRawOne<{ median: number | string | null }>();
  return toNumber(row?.median);
}

export async function followUpSentRate(visible: VisibleAssignments, { from, to }: Range): Promise<number | null> {
  const row = await visible()
    .select('avg(CASE WHEN a.follow_up_sent_at IS NOT NULL THEN 1.0 ELSE 0.0 END)', 'rate')
    .andWhere('a.interviewed_at >= :from AND a.interviewed_at < :to', { from, to })
    .getRawOne<{ rate: number | string | null }>();
  return toNumber(row?.rate);
}

function toNumber(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
