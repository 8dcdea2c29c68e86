import { failureCount } from './load';
import type { MachineDescription } from '../support/machine';
import type { SystemFigures } from './measure';
import type { BenchOptions } from './options';
import type { ResponseComparison } from './response-comparison';
import type { Recording } from './recording';
import type { Scenario, ScenarioName } from './scenarios';
import type { SeedResult } from './seed';
import type { SharesReport } from './floor-shares';

const THROUGHPUT_SHARE = 0.4;
const HALF_RATE_P99_FACTOR = 2;

interface Goal {
  target: string;
  met: boolean;
}

export interface ScenarioReport {
  description: string;
  statementsPerRequest: number;
  system: SystemFigures;
  baseline: SystemFigures;
  ratios: { throughput: number; p50AtMax: number; p99AtMax: number; p99AtHalfRate: number };
  goals: { throughput: Goal; p99AtHalfRate: Goal };
}

export interface BenchReport {
  date: string;
  machine: MachineDescription;
  options: Omit<BenchOptions, 'keep'>;
  seed: { seconds: number; organizations: number; rows: SeedResult['rows'] };
  comparison: { valid: boolean; responses: ResponseComparison[] };
  scenarios: Partial<Record<ScenarioName, ScenarioReport>>;
  /** The API alone: each request's share of the floor, and the dashboard at two sizes. */
  shares: SharesReport;
  /** Responses that were not a clean 200 with data, over every measured run. */
  failures: number;
  logs: { api: { lines: number; first: string[] }; baseline: { lines: number; first: string[] } };
}

export interface ScenarioInputs {
  scenario: Scenario;
  recording: Recording;
  system: SystemFigures;
  baseline: SystemFigures;
  comparisonValid: boolean;
}

export function scenarioReport({
  scenario,
  recording,
  system,
  baseline,
  comparisonValid,
}: ScenarioInputs): ScenarioReport {
  const clean =
    comparisonValid &&
    [system, baseline].every((figures) => failureCount(figures.max) + failureCount(figures.halfRate) === 0);
  const throughput = round(system.max.requestsPerSecond / baseline.max.requestsPerSecond, 3);
  const p99AtHalfRate = round(system.halfRate.p99Ms / baseline.halfRate.p99Ms, 2);
  return {
    description: scenario.description,
    statementsPerRequest: Object.values(recording[scenario.name])[0]?.length ?? 0,
    system,
    baseline,
    ratios: {
      throughput,
      p50AtMax: round(system.max.p50Ms / baseline.max.p50Ms, 2),
      p99AtMax: round(system.max.p99Ms / baseline.max.p99Ms, 2),
      p99AtHalfRate,
    },
    goals: {
      throughput: {
        target: `${scenario.name}: req/s ≥ ${THROUGHPUT_SHARE * 100} % of the baseline's`,
        met: clean && throughput >= THROUGHPUT_SHARE,
      },
      p99AtHalfRate: {
        target: `${scenario.name}: p99 at half the maximum rate ≤ ${HALF_RATE_P99_FACTOR}× the baseline's`,
        met: clean && p99AtHalfRate <= HALF_RATE_P99_FACTOR,
      },
    },
  };
}

export function totalFailures(scenarios: ScenarioReport[]): number {
  return scenarios.reduce(
    (sum, report) =>
      sum +
      [report.system, report.baseline].reduce(
        (inner, figures) => inner + failureCount(figures.max) + failureCount(figures.halfRate),
        0,
      ),
    0,
  );
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
