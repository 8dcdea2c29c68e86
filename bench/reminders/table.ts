import { renderPendingTable } from './pending-report';
import type { BenchReport, SystemPhaseReport } from './report';

/** The report for a reader: one block per phase, the system beside its same-run baseline. */
export function renderTable(report: BenchReport): string {
  const { throughput, lateness, goals, machine, options } = report;
  const { rawSmtp, redis } = throughput;
  const { rawBullmq } = lateness;
  const rows: string[][] = [
    ['figure', 'system', 'baseline', 'ratio'],
    [`throughput: ${options.n} due at once`, '', '', ''],
    [
      '  delivered / s',
      fmt(throughput.system.deliveredPerSecond),
      `${fmt(rawSmtp.perSecond)} (raw SMTP)`,
      `${fmt(throughput.deliveryShareOfRawSmtp * 100)} %`,
    ],
    [
      '  CPU ms / message (share of a core)',
      cpuCell(throughput.system.cpuMsPerReminder, throughput.system.cpuShareOfOneCore),
      cpuCell(rawSmtp.cpuMsPerMessage, rawSmtp.cpuShareOfOneCore),
      '',
    ],
    ['  CPU taken by the host (steal)', steal(throughput.system.hostStealShare), steal(rawSmtp.hostStealShare), ''],
    [
      '  lateness p50 / p99 (ms, the backlog)',
      `${fmt(throughput.system.latenessMs.p50Ms)} / ${fmt(throughput.system.latenessMs.p99Ms)}`,
      '',
      '',
    ],
    [
      '  Redis bytes / pending reminder',
      fmt(redis.bytesPerPendingReminder),
      '',
      `${fmt(redis.bytesPerPendingReminderWithEvents)} with the event stream`,
    ],
    [
      `lateness: ${options.latenessN} due over ${options.latenessWindowMs} ms (${fmt(lateness.duePerSecond)}/s)`,
      '',
      '',
      '',
    ],
    [
      '  lateness p50 (ms)',
      fmt(lateness.system.latenessMs.p50Ms),
      `${fmt(rawBullmq.latenessMs.p50Ms)} (raw BullMQ)`,
      '',
    ],
    [
      '  lateness p99 (ms)',
      fmt(lateness.system.latenessMs.p99Ms),
      `${fmt(rawBullmq.latenessMs.p99Ms)} (raw BullMQ)`,
      `${signed(lateness.p99OverRawMs)} ms, ×${fmt(lateness.p99Ratio)}`,
    ],
    [
      '  lateness max (ms)',
      fmt(lateness.system.latenessMs.maxMs),
      `${fmt(rawBullmq.latenessMs.maxMs)} (raw BullMQ)`,
      '',
    ],
    [
      '  CPU ms / reminder (share of a core)',
      cpuCell(lateness.system.cpuMsPerReminder, lateness.system.cpuShareOfOneCore),
      cpuCell(rawBullmq.cpuMsPerJob, rawBullmq.cpuShareOfOneCore),
      '',
    ],
    ['  CPU taken by the host (steal)', steal(lateness.system.hostStealShare), steal(rawBullmq.hostStealShare), ''],
  ];
  return [
    `Reminders benchmark: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ` +
      `Node ${machine.node}, Postgres ${machine.postgres}, Redis ${machine.redis}`,
    alignColumns(rows),
    '',
    alignColumns(renderPendingTable(report.pending)),
    '',
    `load average (1 min) as each phase began: ${loadLine(report.loadAverageAtStart)}`,
    phaseLine('throughput', throughput.system),
    phaseLine('lateness', lateness.system),
    ...warnings(report),
    goalLine(goals.latenessP99),
    goalLine(goals.delivery),
    goalLine(goals.flatWhilePending),
  ].join('\n');
}

function phaseLine(name: string, phase: SystemPhaseReport): string {
  return (
    `${name}: sent ${phase.sent} of ${phase.reminders} (${statusLine(phase.statuses)}); ` +
    `SMTP sink accepted ${phase.smtpAccepted}; retried ${phase.retried}; worker warnings ${phase.workerWarnings.count}`
  );
}

function warnings(report: BenchReport): string[] {
  const lines: string[] = [];
  for (const [name, phase] of [
    ['throughput', report.throughput.system],
    ['lateness', report.lateness.system],
  ] as const) {
    if (phase.timedOut) lines.push(`WARNING: the ${name} phase timed out with reminders still pending`);
    if (phase.setupSlackMs < 0)
      lines.push(
        `WARNING: setup of the ${name} phase overran the first due instant by ${-phase.setupSlackMs} ms; lateness includes it`,
      );
  }
  if (report.lateness.rawBullmq.timedOut) lines.push('WARNING: the raw BullMQ baseline timed out');
  if (report.throughput.rawSmtp.timedOut) lines.push('WARNING: the raw SMTP baseline timed out');
  return lines;
}

function loadLine(loads: Record<string, number>): string {
  return Object.entries(loads)
    .map(([phase, load]) => `${phase} ${load}`)
    .join(', ');
}

function cpuCell(msPerItem: number, share: number): string {
  return `${fmt(msPerItem)} (${fmt(share * 100)} %)`;
}

function steal(share: number | null): string {
  return share === null ? 'unknown' : `${fmt(share * 100)} %`;
}

function signed(value: number): string {
  return value >= 0 ? `+${fmt(value)}` : fmt(value);
}

function goalLine(goal: { target: string; met: boolean }): string {
  return `${goal.met ? 'MET   ' : 'MISSED'} ${goal.target}`;
}

function statusLine(statuses: Record<string, number>): string {
  return Object.entries(statuses)
    .map(([status, count]) => `${status} ${count}`)
    .join(', ');
}

function alignColumns(rows: string[][]): string {
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

function fmt(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 1 }) : 'n/a';
}
