import type { BenchOptions } from './options';
import type { MachineDescription } from '../support/machine';
import type { CpuUse } from '../support/process-cpu';
import type { RawBullmqResult } from './raw-bullmq';
import type { RawSmtpResult } from './raw-smtp';
import type { SystemRunResult } from './system-run';
import type { PendingPhaseResult } from './pending-phase';
import { pendingGoal, PendingPhaseReport, pendingPhaseReport } from './pending-report';
import { LatenessSummary, perSecond, round, summarizeLateness } from '../support/stats';

const LATENESS_ALLOWANCE_MS = 50;
const DELIVERY_SHARE = 0.7;

/** One system phase, read from its rows. */
export interface SystemPhaseReport {
  reminders: number;
  windowMs: number;
  sent: number;
  statuses: Record<string, number>;
  retried: number;
  deliveredPerSecond: number;
  latenessMs: LatenessSummary;
  /** CPU of the process hosting the worker, per reminder sent, and as a share of one core. */
  cpuMsPerReminder: number;
  cpuShareOfOneCore: number;
  /** Share of the machine's CPU time the hypervisor gave to other guests during the phase. */
  hostStealShare: number | null;
  smtpAccepted: number;
  setupSlackMs: number;
  timedOut: boolean;
  workerWarnings: SystemRunResult['workerWarnings'];
}

export interface BenchReport {
  date: string;
  machine: MachineDescription;
  options: { n: number; latenessN: number; latenessWindowMs: number; pendingN: number };
  /** The 1-minute load average as each phase began: other work on the machine shows here. */
  loadAverageAtStart: Record<string, number>;
  throughput: {
    description: string;
    system: SystemPhaseReport;
    rawSmtp: {
      sent: number;
      perSecond: number;
      cpuMsPerMessage: number;
      cpuShareOfOneCore: number;
      hostStealShare: number | null;
      timedOut: boolean;
    };
    deliveryShareOfRawSmtp: number;
    redis: {
      bytesPerPendingReminder: number;
      bytesPerPendingReminderWithEvents: number;
      memoryDelta: SystemRunResult['redisMemory'];
      pendingTimers: number;
    };
  };
  lateness: {
    description: string;
    duePerSecond: number;
    system: SystemPhaseReport;
    rawBullmq: {
      latenessMs: LatenessSummary;
      cpuMsPerJob: number;
      cpuShareOfOneCore: number;
      hostStealShare: number | null;
      timedOut: boolean;
    };
    p99OverRawMs: number;
    p99Ratio: number;
  };
  pending: PendingPhaseReport;
  goals: { latenessP99: Goal; delivery: Goal; flatWhilePending: Goal };
}

interface Goal {
  target: string;
  met: boolean;
}

export interface SystemPhaseInputs {
  run: SystemRunResult;
  reminders: number;
  windowMs: number;
  smtpAccepted: number;
}

export interface ReportInputs {
  options: BenchOptions;
  machine: MachineDescription;
  throughput: SystemPhaseInputs;
  lateness: SystemPhaseInputs;
  rawBullmq: RawBullmqResult;
  rawSmtp: RawSmtpResult;
  pending: PendingPhaseResult;
  loadAverageAtStart: Record<string, number>;
}

export function buildReport(inputs: ReportInputs): BenchReport {
  const { options, machine, throughput, lateness, rawBullmq, rawSmtp } = inputs;
  const pending = pendingPhaseReport(inputs.pending);
  const burst = systemPhase(throughput);
  const spread = systemPhase(lateness);
  const rawSmtpPerSecond = perSecond(rawSmtp.sent, rawSmtp.elapsedMs);
  const rawLateness = summarizeLateness(rawBullmq.latenessMs);
  const deliveryShare = round(burst.deliveredPerSecond / rawSmtpPerSecond, 3);
  return {
    date: new Date().toISOString(),
    machine,
    options: {
      n: options.n,
      latenessN: options.latenessN,
      latenessWindowMs: options.latenessWindowMs,
      pendingN: options.pendingN,
    },
    loadAverageAtStart: inputs.loadAverageAtStart,
    throughput: {
      description: `${options.n} reminders all due at the same instant, against a pooled nodemailer transport sending ${options.n} small messages at once`,
      system: burst,
      rawSmtp: {
        sent: rawSmtp.sent,
        perSecond: rawSmtpPerSecond,
        ...cpuFigures(rawSmtp.cpu, rawSmtp.sent, 'cpuMsPerMessage'),
        timedOut: rawSmtp.timedOut,
      },
      deliveryShareOfRawSmtp: deliveryShare,
      redis: redisFigures(throughput.run),
    },
    lateness: {
      description: `${options.latenessN} reminders due evenly over ${options.latenessWindowMs} ms, against BullMQ delayed no-op jobs due at the same instants`,
      duePerSecond: perSecond(options.latenessN, options.latenessWindowMs),
      system: spread,
      rawBullmq: {
        latenessMs: rawLateness,
        ...cpuFigures(rawBullmq.cpu, rawBullmq.latenessMs.length, 'cpuMsPerJob'),
        timedOut: rawBullmq.timedOut,
      },
      p99OverRawMs: round(spread.latenessMs.p99Ms - rawLateness.p99Ms),
      p99Ratio: round(spread.latenessMs.p99Ms / rawLateness.p99Ms, 2),
    },
    pending,
    goals: {
      flatWhilePending: pendingGoal(pending),
      latenessP99: {
        target: `lateness p99 ≤ raw BullMQ p99 + ${LATENESS_ALLOWANCE_MS} ms (lateness phase, below capacity)`,
        met:
          allSent(spread) &&
          !rawBullmq.timedOut &&
          spread.latenessMs.p99Ms <= rawLateness.p99Ms + LATENESS_ALLOWANCE_MS,
      },
      delivery: {
        target: `delivered/s ≥ ${DELIVERY_SHARE * 100} % of raw SMTP messages/s (throughput phase, all due at once)`,
        met: allSent(burst) && !rawSmtp.timedOut && burst.deliveredPerSecond >= DELIVERY_SHARE * rawSmtpPerSecond,
      },
    },
  };
}

function systemPhase({ run, reminders, windowMs, smtpAccepted }: SystemPhaseInputs): SystemPhaseReport {
  const sent = run.outcome.statuses.SENT ?? 0;
  return {
    reminders,
    windowMs,
    sent,
    statuses: run.outcome.statuses,
    retried: run.outcome.retried,
    deliveredPerSecond: perSecond(sent, elapsedMs(run.outcome.firstDueAt, run.outcome.lastSentAt)),
    latenessMs: summarizeLateness(run.outcome.latenessMs),
    ...cpuFigures(run.cpu, sent, 'cpuMsPerReminder'),
    smtpAccepted,
    setupSlackMs: Math.round(run.setupSlackMs),
    timedOut: run.timedOut,
    workerWarnings: run.workerWarnings,
  };
}

type CpuFigures<K extends string> = Record<K, number> & { cpuShareOfOneCore: number; hostStealShare: number | null };

function cpuFigures<K extends string>(cpu: CpuUse, count: number, perItem: K): CpuFigures<K> {
  return {
    [perItem]: round(cpu.cpuMs / Math.max(1, count), 2),
    cpuShareOfOneCore: round(cpu.cpuMs / cpu.wallMs, 2),
    hostStealShare: cpu.hostStealShare === null ? null : round(cpu.hostStealShare, 3),
  } as CpuFigures<K>;
}

function redisFigures(run: SystemRunResult): BenchReport['throughput']['redis'] {
  const { jobs, delayed, events, other } = run.redisMemory;
  const timers = Math.max(1, run.pendingTimers);
  return {
    bytesPerPendingReminder: Math.round((jobs + delayed + other) / timers),
    bytesPerPendingReminderWithEvents: Math.round((jobs + delayed + other + events) / timers),
    memoryDelta: run.redisMemory,
    pendingTimers: run.pendingTimers,
  };
}

function allSent(phase: SystemPhaseReport): boolean {
  return phase.sent === phase.reminders && !phase.timedOut;
}

function elapsedMs(from: Date | null, to: Date | null): number {
  return from && to ? to.getTime() - from.getTime() : Number.NaN;
}
