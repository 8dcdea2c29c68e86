import type { PendingPhaseResult, PendingStage } from './pending-phase';
import { round } from '../support/stats';

/** Flat: at the last stage, at most this many times the first stage's figure. */
const FLAT_RATIO = 1.5;

export interface PendingStageReport {
  pending: number;
  withinHorizon: number;
  /** The scheduled pass: median and max duration, and rows read from Postgres per pass. */
  passMs: { median: number; max: number };
  rowsPerPass: { median: number; max: number };
  timersAddedByPasses: number;
  fullPass: { ms: number; rows: number };
  /** Bytes of the reminders queue's keys, BullMQ's event stream apart (trimmed, not per reminder). */
  redisBytes: number;
  redisEventBytes: number;
}

export interface PendingPhaseReport {
  description: string;
  horizonMinutes: number;
  scanIntervalSeconds: number;
  stages: PendingStageReport[];
  /** Last stage over first stage. */
  passMsRatio: number;
  redisBytesRatio: number;
}

export function pendingPhaseReport(result: PendingPhaseResult): PendingPhaseReport {
  const stages = result.stages.map(stageReport);
  const first = stages[0];
  const last = stages[stages.length - 1];
  return {
    description:
      `${last.pending} reminders pending over the next week: ${first.pending} due within the horizon ` +
      `(${result.horizonMinutes} minutes), then more due past it, measured at ${stages.map((stage) => stage.pending).join(', ')} pending`,
    horizonMinutes: result.horizonMinutes,
    scanIntervalSeconds: result.scanIntervalSeconds,
    stages,
    passMsRatio: round(last.passMs.median / first.passMs.median, 2),
    redisBytesRatio: round(last.redisBytes / first.redisBytes, 2),
  };
}

export function pendingGoal(report: PendingPhaseReport): { target: string; met: boolean } {
  const first = report.stages[0].pending;
  const last = report.stages[report.stages.length - 1].pending;
  return {
    target: `flat: the scan's median pass and the queue's Redis bytes at ${last} pending ≤ ${FLAT_RATIO}× at ${first} (pending phase)`,
    met: report.passMsRatio <= FLAT_RATIO && report.redisBytesRatio <= FLAT_RATIO,
  };
}

function stageReport(stage: PendingStage): PendingStageReport {
  const ms = stage.passes.map((pass) => pass.ms);
  const rows = stage.passes.map((pass) => pass.rows);
  const { jobs, delayed, events, other } = stage.redis;
  return {
    pending: stage.pending,
    withinHorizon: stage.withinHorizon,
    passMs: { median: round(median(ms), 2), max: round(Math.max(...ms), 2) },
    rowsPerPass: { median: median(rows), max: Math.max(...rows) },
    timersAddedByPasses: stage.passes.reduce((sum, pass) => sum + pass.added, 0),
    fullPass: { ms: round(stage.fullPass.ms, 1), rows: stage.fullPass.rows },
    redisBytes: jobs + delayed + other,
    redisEventBytes: events,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The pending phase's block of the table: one row per stage. */
export function renderPendingTable(report: PendingPhaseReport): string[][] {
  return [
    [
      `pending: scan every ${report.scanIntervalSeconds} s, horizon ${report.horizonMinutes} min`,
      'pass ms (median / max)',
      'rows / pass (median / max)',
      'full pass',
      'Redis bytes (events apart)',
    ],
    ...report.stages.map((stage) => [
      `  ${count(stage.pending)} pending, ${count(stage.withinHorizon)} within the horizon`,
      `${stage.passMs.median} / ${stage.passMs.max}`,
      `${stage.rowsPerPass.median} / ${stage.rowsPerPass.max}`,
      `${stage.fullPass.ms} ms, ${count(stage.fullPass.rows)} rows`,
      `${count(stage.redisBytes)} (${count(stage.redisEventBytes)})`,
    ]),
    ['  last stage / first', `×${report.passMsRatio}`, '', '', `×${report.redisBytesRatio}`],
  ];
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
