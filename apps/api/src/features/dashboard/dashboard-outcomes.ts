import { EntityManager } from 'typeorm';
import { InterviewOutcome } from '@prep/domain';
import { runNamedQuery } from '@prep/persistence';
import type { Range } from './dashboard-metrics';
import type { VisibleAssignments } from './dashboard.service';
import { OutcomeCount } from './dto/dashboard.type';

/**
 * Outcomes recorded in [from, to), one count per outcome (zero included), in one statement on
 * the (organization_id, outcome_recorded_at) index.
 */
export async function loadOutcomeCounts(
  manager: EntityManager,
  visible: VisibleAssignments,
  { from, to }: Range,
): Promise<OutcomeCount[]> {
  const counts = visible()
    .select('a.outcome', 'outcome')
    .addSelect('count(*)', 'count')
    .andWhere('a.outcome IS NOT NULL AND a.outcome_recorded_at >= :from AND a.outcome_recorded_at < :to', {
      from,
      to,
    })
    .groupBy('a.outcome');
  const rows = await runNamedQuery<{ outcome: InterviewOutcome; count: string }>(
    manager,
    counts.getQuery(),
    counts.getParameters(),
  );
  const byOutcome = new Map(rows.map((row) => [row.outcome, Number(row.count)]));
  return Object.values(InterviewOutcome).map((outcome) => ({ outcome, count: byOutcome.get(outcome) ?? 0 }));
}
