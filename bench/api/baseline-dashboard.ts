import { DASHBOARD_LIST_SIZE } from '../../apps/api/src/features/dashboard/dto/dashboard.type';
import { assignmentRows, toNode, viewResults, ViewRow } from './baseline-node';
import type { StatementResult } from './baseline-replay';

interface MetricsRow {
  by_status: Array<{ status: string; count: number }>;
  sent: string;
  skipped: string;
  failed: string;
  median: number | string | null;
  rate: number | string | null;
}

/** `dashboard(from, to)`: the metrics statement, then the two lists in the order the API reads them (upcoming, at risk). */
export function shapeDashboard(results: StatementResult[]) {
  const metrics = results.find((result) => result.rows.length > 0 && 'by_status' in result.rows[0])?.rows[0] as
    MetricsRow | undefined;
  const [upcoming, atRisk] = viewResults(results);
  if (!metrics || !upcoming || !atRisk)
    throw new Error('the replayed statements lack the dashboard metrics or one of its lists');
  return {
    dashboard: {
      byStatus: metrics.by_status.map(({ status, count }) => ({ status, count: Number(count) })),
      upcomingInterviews: shortList(upcoming).map(toNode),
      moreUpcomingInterviews: assignmentRows(upcoming).length > DASHBOARD_LIST_SIZE,
      atRisk: shortList(atRisk).map(toNode),
      moreAtRisk: assignmentRows(atRisk).length > DASHBOARD_LIST_SIZE,
      reminders: { sent: Number(metrics.sent), skipped: Number(metrics.skipped), failed: Number(metrics.failed) },
      medianProgressAtTMinus24h: toNumber(metrics.median),
      followUpSentRate: toNumber(metrics.rate),
    },
  };
}

/** The API reads one row past each list to learn whether there are more. */
function shortList(rows: ViewRow[]): ViewRow[] {
  return assignmentRows(rows).slice(0, DASHBOARD_LIST_SIZE);
}

function toNumber(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}
