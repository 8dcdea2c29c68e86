import type { BenchReport } from './report';

/** The report for a reader: one row per figure, the system beside its baseline. */
export function renderTable(report: BenchReport): string {
  const { system, baselines, ratios, goals, machine, options } = report;
  const rows: string[][] = [
    ['figure', 'system', 'baseline', 'ratio'],
    ['delivered / s', fmt(system.deliveredPerSecond), `${fmt(baselines.rawSmtp.perSecond)} (raw SMTP)`, `${fmt(ratios.deliveryShareOfRawSmtp * 100)} %`],
    ['lateness p50 (ms)', fmt(system.latenessMs.p50Ms), `${fmt(baselines.rawBullmq.latenessMs.p50Ms)} (raw BullMQ)`, ''],
    ['lateness p99 (ms)', fmt(system.latenessMs.p99Ms), `${fmt(baselines.rawBullmq.latenessMs.p99Ms)} (raw BullMQ)`, `+${fmt(ratios.latenessP99OverRawMs)} ms, ×${fmt(ratios.latenessP99Ratio)}`],
    ['lateness max (ms)', fmt(system.latenessMs.maxMs), `${fmt(baselines.rawBullmq.latenessMs.maxMs)} (raw BullMQ)`, ''],
    ['Redis bytes / pending reminder', fmt(system.redisBytesPerPendingReminder), '', `${fmt(system.redisBytesPerPendingReminderWithEvents)} with the event stream`],
  ];
  return [
    `Reminders benchmark: N=${options.n}, due over ${options.windowMs} ms; ${machine.cpus} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}, Postgres ${machine.postgres}, Redis ${machine.redis}`,
    alignColumns(rows),
    `sent ${system.sent} of ${options.n} (${statusLine(system.statuses)}); SMTP sink accepted ${system.smtpAccepted}; retried ${system.retried}; worker warnings ${system.workerWarnings.count}`,
    ...warnings(report),
    goalLine(goals.latenessP99),
    goalLine(goals.delivery),
  ].join('\n');
}

function warnings(report: BenchReport): string[] {
  const lines: string[] = [];
  if (report.system.timedOut) lines.push('WARNING: the system run timed out with reminders still pending');
  if (report.baselines.rawBullmq.timedOut) lines.push('WARNING: the raw BullMQ baseline timed out');
  if (report.baselines.rawSmtp.timedOut) lines.push('WARNING: the raw SMTP baseline timed out');
  if (report.system.setupSlackMs < 0) lines.push(`WARNING: setup overran the first due instant by ${-report.system.setupSlackMs} ms; lateness includes it`);
  return lines;
}

function goalLine(goal: { target: string; met: boolean }): string {
  return `${goal.met ? 'MET   ' : 'MISSED'} ${goal.target}`;
}

function statusLine(statuses: Record<string, number>): string {
  return Object.entries(statuses).map(([status, count]) => `${status} ${count}`).join(', ');
}

function alignColumns(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

function fmt(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 1 }) : 'n/a';
}
