import type { Caller } from './access-tokens';
import { failureCount, LoadResult, runLoad } from './load';
import { PacedLoadResult, runPacedLoad } from './paced-load';
import { progress } from './progress';
import type { Scenario, ShareScenarioName } from './scenarios';

/** Untimed requests first (two per connection), so both systems are measured with warm code paths and full pools. */
const WARMUP_REQUESTS_PER_CONNECTION = 2;
/** A slow scenario's runs last long enough for this many answers, so its rate is not a handful of requests and its p99 not one sample. */
const MIN_SAMPLES = 30;
const MAX_RUN_SECONDS = 90;

export interface SystemFigures {
  /** As fast as it answers, at fixed connections. */
  max: LoadResult;
  /** Paced at half the rate measured in `max`: latency with headroom. */
  halfRate: PacedLoadResult & { targetRate: number; durationSeconds: number };
}

export interface LoadPlan {
  callers: Caller[];
  connections: number;
  durationSeconds: number;
}

export async function measureSystem(
  label: string,
  baseUrl: string,
  scenario: Scenario<ShareScenarioName>,
  plan: LoadPlan,
): Promise<SystemFigures> {
  const settings = {
    baseUrl,
    callers: plan.callers,
    body: scenario.body,
    connections: plan.connections,
    request: scenario.request,
    isClean: scenario.isClean,
  };
  const step = (message: string) => progress(`${scenario.name} / ${label}: ${message}`);
  step('warm-up');
  await runLoad({
    ...settings,
    durationSeconds: plan.durationSeconds,
    amount: plan.connections * WARMUP_REQUESTS_PER_CONNECTION,
  });
  step(`maximum rate, ${plan.connections} connections, ${plan.durationSeconds} s`);
  let max = await runLoad({ ...settings, durationSeconds: plan.durationSeconds });
  if (max.requests < MIN_SAMPLES) {
    const longer = runSeconds(plan.durationSeconds, max.requests / plan.durationSeconds);
    step(`only ${max.requests} answers; maximum rate again for ${longer} s`);
    max = await runLoad({ ...settings, durationSeconds: longer });
  }
  if (max.requests === 0) throw new Error(`${label} answered no ${scenario.name} request`);
  const targetRate = Math.round((max.requestsPerSecond / 2) * 100) / 100;
  const durationSeconds = runSeconds(plan.durationSeconds, targetRate);
  step(
    `${max.requestsPerSecond} req/s, p99 ${max.p99Ms} ms; now paced at ${targetRate} req/s for ${durationSeconds} s`,
  );
  const halfRate = await runPacedLoad({ ...settings, durationSeconds, ratePerSecond: targetRate });
  step(
    `p99 ${halfRate.p99Ms} ms at ${targetRate} req/s (sender late by ${halfRate.senderLateness.maxMs} ms at most); failures ${failureCount(max) + failureCount(halfRate)}`,
  );
  return { max, halfRate: { ...halfRate, targetRate, durationSeconds } };
}

function runSeconds(atLeast: number, answersPerSecond: number): number {
  return Math.min(
    MAX_RUN_SECONDS,
    Math.max(atLeast, Math.ceil(MIN_SAMPLES / Math.max(answersPerSecond, MIN_SAMPLES / MAX_RUN_SECONDS))),
  );
}
