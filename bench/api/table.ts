import type { BenchReport, ScenarioReport } from './report';

/** The report for a reader: per scenario, the system beside its baseline, then the goals. */
export function renderTable(report: BenchReport): string {
  const { machine, options, seed } = report;
  const rows: string[][] = [['scenario', 'figure', 'system', 'baseline', 'ratio']];
  for (const [name, scenario] of Object.entries(report.scenarios)) rows.push(...scenarioRows(name, scenario));
  return [
    `API benchmark: ${options.orgs} organizations × ${options.candidates} candidates ` +
      `(${seed.rows.assignments.toLocaleString('en-US')} assignments, seeded in ${seed.seconds} s); ` +
      `${options.connections} connections, ${options.durationSeconds} s per run`,
    `${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ` +
      `Node ${machine.node}, Postgres ${machine.postgres}, Redis ${machine.redis}`,
    alignColumns(rows),
    ...warnings(report),
    ...Object.values(report.scenarios).flatMap((scenario) => [
      goalLine(scenario.goals.throughput),
      goalLine(scenario.goals.p99AtHalfRate),
    ]),
  ].join('\n');
}

function scenarioRows(name: string, { system, baseline, ratios, statementsPerRequest }: ScenarioReport): string[][] {
  return [
    [
      `${name} (${statementsPerRequest} statements)`,
      'req/s at max',
      fmt(system.max.requestsPerSecond),
      fmt(baseline.max.requestsPerSecond),
      `${fmt(ratios.throughput * 100)} %`,
    ],
    ['', 'p50 at max (ms)', fmt(system.max.p50Ms), fmt(baseline.max.p50Ms), `×${fmt(ratios.p50AtMax)}`],
    ['', 'p99 at max (ms)', fmt(system.max.p99Ms), fmt(baseline.max.p99Ms), `×${fmt(ratios.p99AtMax)}`],
    [
      '',
      'p99 at half max (ms)',
      `${fmt(system.halfRate.p99Ms)} @ ${system.halfRate.targetRate}/s`,
      `${fmt(baseline.halfRate.p99Ms)} @ ${baseline.halfRate.targetRate}/s`,
      `×${fmt(ratios.p99AtHalfRate)}`,
    ],
    [
      '',
      'answers (max / half)',
      `${system.max.requests} / ${system.halfRate.requests}`,
      `${baseline.max.requests} / ${baseline.halfRate.requests}`,
      '',
    ],
  ];
}

function warnings(report: BenchReport): string[] {
  const lines = report.comparison.responses
    .filter((comparison) => !comparison.equal)
    .map(
      (comparison) =>
        `WARNING: ${comparison.scenario}: the baseline's answer differs from the API's (${comparison.firstDifference}); the comparison is invalid`,
    );
  if (report.failures > 0)
    lines.push(`WARNING: ${report.failures} responses were not a clean 200 with data; the run is invalid`);
  if (report.logs.api.lines > 0)
    lines.push(`API logged ${report.logs.api.lines} warnings or errors, first: ${report.logs.api.first[0]}`);
  return lines;
}

export function goalLine(goal: { target: string; met: boolean }): string {
  return `${goal.met ? 'MET   ' : 'MISSED'} ${goal.target}`;
}

export function alignColumns(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function fmt(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 1 }) : 'n/a';
}
