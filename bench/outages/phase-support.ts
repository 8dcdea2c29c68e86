import { Queue } from 'bullmq';
import type { Client } from 'pg';
import type { AppConfig } from '@prep/config';
import { JOB_QUEUES, queueConnection } from '@prep/jobs';
import type { BenchDatabase } from '../support/bench-database';
import { armTimers } from '../support/reminder-timers';
import { pendingReminders, readReminderOutcome } from '../support/reminder-outcome';
import { seedReminders } from '../support/seed';
import type { CountingSmtpSink } from '../support/smtp-sink';
import { LatenessSummary, summarizeLateness } from '../support/stats';
import { pollUntil } from '../support/wait';

/** What every phase shares: the throwaway database, an owner connection to it and the relay. */
export interface OutageBench {
  config: AppConfig;
  database: BenchDatabase;
  owner: Client;
  sink: CountingSmtpSink;
  /** Each phase's Redis prefix starts with this: the shared Redis keeps other runs' keys. */
  redisPrefix: string;
}

export interface RedisTarget {
  url: string;
  prefix: string;
}

/** Seeds N reminders due evenly over the window from `start` and arms their timers; returns their ids. */
export async function seedAndArm(
  bench: OutageBench,
  redis: RedisTarget,
  plan: { label: string; reminders: number; start: number; windowMs: number },
): Promise<string[]> {
  const timers = await seedReminders(bench.owner, { ...plan, start: new Date(plan.start) });
  const queue = new Queue(JOB_QUEUES['send-reminder'], queueConnection(redis, 'producer'));
  try {
    await armTimers(queue, timers);
  } finally {
    await queue.close();
  }
  return timers.map((timer) => timer.reminderId);
}

/** Polls the rows until none is pending; `tick` runs between polls (a kill, a termination). */
export async function waitUntilNonePending(
  owner: Client,
  ids: readonly string[],
  deadline: number,
  tick: () => Promise<void> = async () => undefined,
): Promise<boolean> {
  return pollUntil(async () => {
    await tick();
    return (await pendingReminders(owner, ids)) === 0;
  }, deadline);
}

export interface PhaseOutcome {
  reminders: number;
  sent: number;
  statuses: Record<string, number>;
  retried: number;
  /** sent_at − due_at over the SENT rows. */
  latenessMs: LatenessSummary;
  timedOut: boolean;
}

export async function phaseOutcome(owner: Client, ids: readonly string[], timedOut: boolean): Promise<PhaseOutcome> {
  const outcome = await readReminderOutcome(owner, ids);
  return {
    reminders: ids.length,
    sent: outcome.statuses.SENT ?? 0,
    statuses: outcome.statuses,
    retried: outcome.retried,
    latenessMs: summarizeLateness(outcome.latenessMs),
    timedOut,
  };
}

export function allSent(outcome: PhaseOutcome): boolean {
  return outcome.sent === outcome.reminders && !outcome.timedOut;
}

export interface Goal {
  target: string;
  met: boolean;
}

export function progress(message: string): void {
  process.stderr.write(`[${new Date().toISOString()}] ${message}\n`);
}
