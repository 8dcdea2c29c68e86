import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export type ReminderOutcome = 'sent' | 'skipped' | 'cancelled' | 'failed' | 'retried';

/** What the worker did with reminders, for Prometheus: outcomes by kind, attempts, lateness. */
@Injectable()
export class ReminderMetrics {
  readonly registry = new Registry();

  private readonly outcomes = new Counter({
    name: 'reminder_messages_total',
    help: 'Reminders by kind and outcome (sent, skipped, cancelled, failed, retried)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly attempts = new Counter({
    name: 'reminder_send_attempts_total',
    help: 'Claims of a reminder for sending, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  private readonly lateness = new Histogram({
    name: 'reminder_lateness_seconds',
    help: 'How long after its due time a reminder was sent (sent_at − due_at)',
    labelNames: ['kind'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  claimed(kind: string): void {
    this.attempts.inc({ kind });
  }

  outcome(kind: string, outcome: ReminderOutcome): void {
    this.outcomes.inc({ kind, outcome });
  }

  sent(kind: string, dueAt: Date, sentAt = new Date()): void {
    this.outcome(kind, 'sent');
    this.lateness.observe({ kind }, Math.max(0, (sentAt.getTime() - dueAt.getTime()) / 1000));
  }
}
