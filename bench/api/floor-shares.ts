import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Caller } from './access-tokens';
import { PageCaller } from './floor-scenarios';
import { LoadPlan, measureSystem, SystemFigures } from './measure';
import type { Scenario, ShareScenarioName } from './scenarios';
import { startBareServer } from './systems';
import { alignColumns, fmt, goalLine } from './table';

/** The goals, as shares of the floor measured in the same run. */
const SHARE_GOALS: Partial<Record<ShareScenarioName, number>> = {
  roster: 0.1,
  dashboard: 0.05,
  me: 0.3,
  'candidate page': 0.2,
};
const HALF_RATE_P99_OVER_P50 = 2;
const LARGE_OVER_SMALL_DASHBOARD_COST = 1.5;

export interface ShareFigures extends SystemFigures {
  description: string;
  shareOfFloor: number;
}

export interface Goal {
  target: string;
  value: number;
  met: boolean;
}

export interface SharesReport {
  scenarios: Partial<Record<ShareScenarioName, ShareFigures>>;
  dashboardAtSize: {
    small: SystemFigures;
    large: SystemFigures;
    assignments: { small: number; large: number };
    costRatio: number;
  };
  /** The floor's request against a bare server doing the floor's CPU per request: the host's own tail. */
  bareServer: SystemFigures & { workMicroseconds: number; tailRatio: number };
  goals: Goal[];
}

/** Gives each organization one private link whose token the bench knows (only hashes are stored). */
export async function withPageLinks(ownerUrl: string, callers: Caller[]): Promise<PageCaller[]> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const withLinks: PageCaller[] = [];
    for (const caller of callers) {
      const linkToken = randomBytes(32).toString('base64url');
      const { rowCount } = await owner.query(
        `UPDATE assignment_links l SET token_hash = $2
          WHERE l.organization_id = $1 AND l.id = (
            SELECT l2.id FROM assignment_links l2 JOIN assignments a ON a.organization_id = l2.organization_id AND a.id = l2.assignment_id
             WHERE l2.organization_id = $1 AND l2.revoked_at IS NULL AND a.status IN ('ASSIGNED', 'IN_PROGRESS')
               AND a.starts_at > now() + interval '2 days' AND a.link_expires_at > now()
             ORDER BY a.starts_at LIMIT 1)`,
        [caller.organizationId, createHash('sha256').update(linkToken).digest('hex')],
      );
      if (rowCount !== 1) throw new Error(`no live link to measure the candidate page in ${caller.organizationId}`);
      withLinks.push({ ...caller, linkToken });
    }
    return withLinks;
  } finally {
    await owner.end();
  }
}

export async function measureShares(
  baseUrl: string,
  scenarios: Array<Scenario<ShareScenarioName>>,
  plan: LoadPlan,
  large: { callers: Caller[]; assignments: { small: number; large: number } },
): Promise<SharesReport> {
  const figures: Partial<Record<ShareScenarioName, SystemFigures & { description: string }>> = {};
  for (const scenario of scenarios)
    figures[scenario.name] = {
      description: scenario.description,
      ...(await measureSystem('API', baseUrl, scenario, plan)),
    };
  const dashboard = scenarios.find((scenario) => scenario.name === 'dashboard')!;
  const largeDashboard = await measureSystem('API, large organization', baseUrl, dashboard, {
    ...plan,
    callers: large.callers,
  });
  const floor = figures.floor!.max.requestsPerSecond;
  const bareServer = await measureBareServer(
    scenarios.find((scenario) => scenario.name === 'floor')!,
    plan,
    Math.round(1_000_000 / floor),
  );
  const shares = Object.fromEntries(
    Object.entries(figures).map(([name, figure]) => [
      name,
      { ...figure, shareOfFloor: figure.max.requestsPerSecond / floor },
    ]),
  ) as Partial<Record<ShareScenarioName, ShareFigures>>;
  const costRatio = figures.dashboard!.max.requestsPerSecond / largeDashboard.max.requestsPerSecond;
  return {
    scenarios: shares,
    dashboardAtSize: { small: figures.dashboard!, large: largeDashboard, assignments: large.assignments, costRatio },
    bareServer,
    goals: goalsOf(shares, costRatio),
  };
}

/**
 * The floor is bound by the API's one core, so 1 / its rate is about its CPU per request. The bare
 * server spins that long on top of its own HTTP work: slower than the floor, so a larger p50 and
 * an easier tail goal, with nothing but the host to stall it.
 */
async function measureBareServer(
  floor: Scenario<ShareScenarioName>,
  plan: LoadPlan,
  workMicroseconds: number,
): Promise<SharesReport['bareServer']> {
  const server = await startBareServer(workMicroseconds);
  try {
    const figures = await measureSystem(`bare server, ${workMicroseconds} µs a request`, server.baseUrl, floor, plan);
    return { ...figures, workMicroseconds, tailRatio: figures.halfRate.p99Ms / figures.max.p50Ms };
  } finally {
    await server.child.stop();
  }
}

function goalsOf(shares: Partial<Record<ShareScenarioName, ShareFigures>>, costRatio: number): Goal[] {
  const goals: Goal[] = [];
  for (const [name, share] of Object.entries(SHARE_GOALS) as Array<[ShareScenarioName, number]>) {
    const value = shares[name]!.shareOfFloor;
    goals.push({
      target: `${name} ≥ ${share * 100} % of the floor (${fmt(value * 100)} %)`,
      value,
      met: value >= share,
    });
  }
  for (const [name, figure] of Object.entries(shares)) {
    // Its p50 is the one at the maximum rate: the typical answer, against the tail once there is headroom.
    const value = figure.halfRate.p99Ms / figure.max.p50Ms;
    goals.push({
      target: `${name}: p99 at half the maximum rate ≤ ${HALF_RATE_P99_OVER_P50}× its p50 at max (×${fmt(value)})`,
      value,
      met: value <= HALF_RATE_P99_OVER_P50,
    });
  }
  goals.push({
    target: `dashboard at the large size ≤ ${LARGE_OVER_SMALL_DASHBOARD_COST}× the cost at the small one (×${fmt(costRatio)})`,
    value: costRatio,
    met: costRatio <= LARGE_OVER_SMALL_DASHBOARD_COST,
  });
  return goals;
}

export function renderSharesTable(report: SharesReport): string {
  const rows = [
    ['request', 'req/s', 'p50 / p99 at max', 'p50 / p99 at half max', 'sender late p99 / max', 'share of the floor'],
  ];
  for (const [name, figure] of Object.entries(report.scenarios))
    rows.push([
      name,
      fmt(figure.max.requestsPerSecond),
      `${fmt(figure.max.p50Ms)} / ${fmt(figure.max.p99Ms)} ms`,
      `${fmt(figure.halfRate.p50Ms)} / ${fmt(figure.halfRate.p99Ms)} ms at ${fmt(figure.halfRate.targetRate)}/s`,
      `${fmt(figure.halfRate.senderLateness.p99Ms)} / ${fmt(figure.halfRate.senderLateness.maxMs)} ms`,
      `${fmt(figure.shareOfFloor * 100)} %`,
    ]);
  const { small, large, assignments, costRatio } = report.dashboardAtSize;
  return [
    'Shares of the floor (the API alone, same run, same server):',
    alignColumns(rows),
    `dashboard at ${assignments.small.toLocaleString('en-US')} assignments: ${fmt(small.max.requestsPerSecond)} req/s; ` +
      `at ${assignments.large.toLocaleString('en-US')}: ${fmt(large.max.requestsPerSecond)} req/s; cost ratio ×${fmt(costRatio)}`,
    bareServerLine(report.bareServer),
    ...report.goals.map(goalLine),
  ].join('\n');
}

function bareServerLine({ workMicroseconds, max, halfRate, tailRatio }: SharesReport['bareServer']): string {
  return (
    `bare node:http server, ${workMicroseconds} µs of CPU a request (the host's own tail): ${fmt(max.requestsPerSecond)} req/s, ` +
    `p50 ${fmt(max.p50Ms)} ms at max; p99 ${fmt(halfRate.p99Ms)} ms at half (sender late by ${fmt(halfRate.senderLateness.maxMs)} ms at most): ×${fmt(tailRatio)} its p50`
  );
}
