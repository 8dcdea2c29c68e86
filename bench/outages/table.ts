import type { MachineDescription } from '../support/machine';
import type { LatenessSummary } from '../support/stats';
import type { DuplicateFigures } from './deliveries';
import type { KillLoopReport } from './kill-loop';
import type { OutageOptions, Phase } from './options';
import type { Goal, PhaseOutcome } from './phase-support';
import type { PostgresTerminationsReport } from './postgres-terminations';
import type { RedisRestartReport } from './redis-restart';
import type { SmtpOutageReport } from './smtp-outage';

export interface PhaseReports {
  kill: KillLoopReport;
  smtp: SmtpOutageReport;
  redis: RedisRestartReport;
  postgres: PostgresTerminationsReport;
}

/** What the machine was doing meanwhile: it is shared, and a loaded one makes every figure worse. */
export interface PhaseConditions {
  wallS: number;
  loadAverage1mBefore: number;
  loadAverage1mAfter: number;
  hostStealShare: number | null;
}

export type PhaseRun = { [P in Phase]: { phase: P; report: PhaseReports[P] } & PhaseConditions }[Phase];

export interface OutageReport {
  date: string;
  machine: MachineDescription;
  options: OutageOptions;
  phases: PhaseRun[];
}

/** The report for a reader: one block of figures per phase, then every goal MET or MISSED. */
export function renderTable(report: OutageReport): string {
  const { machine } = report;
  const blocks = report.phases.map((run) => [
    `${run.phase}: ${run.report.description}`,
    ...alignRows([...phaseRows(run), ...conditionRows(run)]),
  ]);
  const goals = report.phases.flatMap((run) => Object.values(run.report.goals as Record<string, Goal>));
  return [
    `Outages benchmark, ${report.date}: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ` +
      `Node ${machine.node}, Postgres ${machine.postgres}, Redis ${machine.redis}`,
    ...blocks.map((lines) => lines.join('\n')),
    ...goals.map((goal) => `${goal.met ? 'MET   ' : 'MISSED'} ${goal.target}`),
  ].join('\n\n');
}

function phaseRows(run: PhaseRun): string[][] {
  switch (run.phase) {
    case 'kill':
      return [
        ...outcomeRows(run.report.outcome),
        ['kills (SIGKILL, restart at once)', fmt(run.report.kills)],
        [
          'restart to taking jobs p50 / max (s)',
          `${seconds(run.report.bootMs.p50Ms)} / ${seconds(run.report.bootMs.maxMs)}`,
        ],
        ...duplicateRows(run.report.duplicates),
        ['worker warnings and errors', fmt(run.report.workerWarnings)],
      ];
    case 'smtp':
      return [
        ...outcomeRows(run.report.outcome),
        ['sent during the outage', fmt(run.report.sentDuringOutage)],
        ['last sent after the relay returned (s)', fmt(run.report.lastSentAfterReturnS)],
        ['most attempts for one reminder', fmt(run.report.maxAttempts)],
        ['longest retry wait (REMINDER_RETRY_MAX_MS, s)', fmt(run.report.retryMaxDelayS)],
        ...duplicateRows(run.report.duplicates),
      ];
    case 'redis':
      return [
        ...outcomeRows(run.report.outcome),
        ['fell due while Redis was down', fmt(run.report.fellDueWhileDown)],
        ['sent after Redis back (or due) p50 / p99 / max (s)', summary(run.report.afterReturnMs)],
      ];
    case 'postgres':
      return [
        ...outcomeRows(run.report.outcome),
        [
          'terminations / backends terminated',
          `${fmt(run.report.terminations)} / ${fmt(run.report.backendsTerminated)}`,
        ],
        ...duplicateRows(run.report.duplicates),
      ];
  }
}

function outcomeRows(outcome: PhaseOutcome): string[][] {
  return [
    [
      'sent',
      `${fmt(outcome.sent)} of ${fmt(outcome.reminders)} (${statusLine(outcome.statuses)})${outcome.timedOut ? ', TIMED OUT' : ''}`,
    ],
    ['sent_at − due_at p50 / p99 / max (s)', summary(outcome.latenessMs)],
    ['needed more than one attempt', fmt(outcome.retried)],
  ];
}

function duplicateRows(figures: DuplicateFigures): string[][] {
  return [
    [
      'messages at the relay / reminders without one',
      `${fmt(figures.messagesReceived)} / ${fmt(figures.remindersNotReceived)}`,
    ],
    ['duplicated reminders (extra copies)', `${fmt(figures.duplicatedReminders)} (${fmt(figures.extraCopies)})`],
    [
      'of them flagged possibleDuplicate / sent twice at once',
      `${fmt(figures.explained)} / ${fmt(figures.sentTwiceAtOnce)}${unexplained(figures)}`,
    ],
    ['possibleDuplicate flags without a second copy', fmt(figures.flaggedNotDuplicated)],
  ];
}

function conditionRows(run: PhaseConditions): string[][] {
  return [
    ['phase wall time (s)', fmt(run.wallS)],
    ['load average (1 min) before / after', `${run.loadAverage1mBefore} / ${run.loadAverage1mAfter}`],
    ['CPU taken by the host (steal)', run.hostStealShare === null ? 'unknown' : `${fmt(run.hostStealShare * 100)} %`],
  ];
}

function unexplained(figures: DuplicateFigures): string {
  return figures.unexplainedIds.length ? `; unexplained: ${figures.unexplainedIds.join(', ')}` : '';
}

function summary(lateness: LatenessSummary): string {
  return `${seconds(lateness.p50Ms)} / ${seconds(lateness.p99Ms)} / ${seconds(lateness.maxMs)}`;
}

function seconds(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(1) : 'n/a';
}

function statusLine(statuses: Record<string, number>): string {
  return Object.entries(statuses)
    .map(([status, count]) => `${status} ${count}`)
    .join(', ');
}

function alignRows(rows: string[][]): string[] {
  const width = Math.max(...rows.map((row) => row[0].length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
}

function fmt(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 1 }) : 'n/a';
}
