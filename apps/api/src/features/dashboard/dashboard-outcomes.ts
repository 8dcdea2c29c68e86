import { InterviewOutcome } from '@prep/domain';
import type { NamedQuery } from '@prep/persistence';
import type { Range } from './dashboard-metrics';
import type { VisibleAssignments } from './dashboard.service';
import { OutcomeCount } from './dto/dashboard.type';

export interface OutcomeCountRow {
  outcome: InterviewOutcome;
  count: string;
}

/**
 * Outcomes recorded in [from, to), one row per outcome recorded, in one statement on the
 * (organization_id, outcome_recorded_at) index; with TypeORM's named parameters.
 */
export function outcomeCountsQuery(visible: VisibleAssignments, { from, to }: Range): NamedQuery {
  const counts = visible()
    .select('a.outcome', 'outcome')
    .addSelect('count(*)', 'count')
    .andWhere('a.outcome IS NOT NULL AND a.outcome_recorded_at >= :from AND a.outcome_recorded_at < :to', {
      from,
      to,
    })
    .groupBy('a.outcome');
  return { sql: counts.getQuery(), parameters: counts.getParameters() };
}

/** One count per outcome, zero included. */
export function toOutcomeCounts(rows: OutcomeCountRow[]): OutcomeCount[] {
  const byOutcome = new Map(rows.map((row) => [row.outcome, Number(row.count)]));
  return Object.values(InterviewOutcome).map((outcome) => ({ outcome, count: byOutcome.get(outcome) ?? 0 }));
}
