import type { BenchOptions } from './options';
import type { MachineDescription } from './machine';
import type { RawBullmqResult } from './raw-bullmq';
import type { RawSmtpResult } from './raw-smtp';
import type { SystemRunResult } from './system-run';
import { LatenessSummary, perSecond, round, summarizeLateness } from './stats';

const LATENESS_ALLOWANCE_MS = 50;
const DELIVERY_SHARE = 0.5;

export interface BenchReport {
  date: string;
  machine: MachineDescription;
  options: { n: number; windowMs: number };
  system: {
    timers: string;
    sent: number;
    statuses: Record<string, number>;
    retried: number;
    deliveredPerSecond: number;
    latenessMs: LatenessSummary;
    redisBytesPerPendingReminder: number;
    redisBytesPerPendingReminderWithEvents: number;
    redisMemoryDelta: SystemRunResult['redisMemory'];
    pendingTimers: number;
    setupSlackMs: number;
    smtpAccepted: number;
    timedOut: boolean;
    workerWarnings: SystemRunResult['workerWarnings'];
  };
  baselines: {
    rawBullmq: { latenessMs: LatenessSummary; timedOut: boolean };
    rawSmtp: { sent: number; perSecond: number; timedOut: boolean };
  };
  ratios: { latenessP99OverRawMs: number; latenessP99Ratio: number; deliveryShareOfRawSmtp: number };
  goals: { latenessP99: Goal; delivery: Goal };
}

interface Goal {
  target: string;
  met: boolean;
}

export interface ReportInputs {
  options: BenchOptions;
  machine: MachineDescription;
  system: SystemRunResult;
  smtpAccepted: number;
  rawBullmq: RawBullmqResult;
  rawSmtp: RawSmtpResult;
}

export function buildReport({ options, machine, system, smtpAccepted, rawBullmq, rawSmtp }: ReportInputs): BenchReport {
  const systemLateness = summarizeLateness(system.outcome.latenessMs);
  const rawLateness = summarizeLateness(rawBullmq.latenessMs);
  const sent = system.outcome.statuses.SENT ?? 0;
  const deliveredPerSecond = perSecond(sent, elapsedMs(system.outcome.firstDueAt, system.outcome.lastSentAt));
  const rawSmtpPerSecond = perSecond(rawSmtp.sent, rawSmtp.elapsedMs);
  const { jobs, delayed, events, other } = system.redisMemory;
  const timers = Math.max(1, system.pendingTimers);
  const allSent = sent === options.n && !system.timedOut;
  return {
    date: new Date().toISOString(),
    machine,
    options: { n: options.n, windowMs: options.windowMs },
    system: {
      timers: "armed with enqueueReminderTimer after seeding, as the API does after its commit; the worker's scheduler ran as configured",
      sent,
      statuses: system.outcome.statuses,
      retried: system.outcome.retried,
      deliveredPerSecond,
      latenessMs: systemLateness,
      redisBytesPerPendingReminder: Math.round((jobs + delayed + other) / timers),
      redisBytesPerPendingReminderWithEvents: Math.round((jobs + delayed + other + events) / timers),
      redisMemoryDelta: system.redisMemory,
      pendingTimers: system.pendingTimers,
      setupSlackMs: Math.round(system.setupSlackMs),
      smtpAccepted,
      timedOut: system.timedOut,
      workerWarnings: system.workerWarnings,
    },
    baselines: {
      rawBullmq: { latenessMs: rawLateness, timedOut: rawBullmq.timedOut },
      rawSmtp: { sent: rawSmtp.sent, perSecond: rawSmtpPerSecond, timedOut: rawSmtp.timedOut },
    },
    ratios: {
      latenessP99OverRawMs: round(systemLateness.p99Ms - rawLateness.p99Ms),
      latenessP99Ratio: round(systemLateness.p99Ms / rawLateness.p99Ms, 2),
      deliveryShareOfRawSmtp: round(deliveredPerSecond / rawSmtpPerSecond, 3),
    },
    goals: {
      latenessP99: {
        target: `lateness p99 ≤ raw BullMQ p99 + ${LATENESS_ALLOWANCE_MS} ms`,
        met: allSent && systemLateness.p99Ms <= rawLateness.p99Ms + LATENESS_ALLOWANCE_MS,
      },
      delivery: {
        target: `delivered/s ≥ ${DELIVERY_SHARE * 100} % of raw SMTP messages/s`,
        met: allSent && deliveredPerSecond >= DELIVERY_SHARE * rawSmtpPerSecond,
      },
    },
  };
}

function elapsedMs(from: Date | null, to: Date | null): number {
  return from && to ? to.getTime() - from.getTime() : Number.NaN;
}
