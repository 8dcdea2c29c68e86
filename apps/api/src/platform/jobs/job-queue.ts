import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import {
  enqueueReminderTimer,
  JOB_QUEUES,
  JobName,
  JobPayload,
  QUEUE_NAMES,
  QueueName,
  queueConnection,
  ReminderTimer,
} from '@prep/jobs';

/** The API's side of the queues: typed, id-only payloads with deterministic job ids. */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Connects up front: producers do not queue commands offline, so a request never waits on Redis. */
  async onModuleInit(): Promise<void> {
    for (const name of QUEUE_NAMES)
      this.queues.set(name, new Queue(name, queueConnection(this.config.redis, 'producer')));
    await Promise.all([...this.queues.values()].map((queue) => queue.waitUntilReady()));
  }

  async enqueue<TName extends JobName>(name: TName, payload: JobPayload<TName>, jobId: string): Promise<void> {
    await this.queues.get(JOB_QUEUES[name])!.add(name, payload, {
      jobId,
      attempts: 3,
      backoff: { type: 'exponential', delay: 1_000 },
      // Completed jobs stay a day so the same deterministic id is not enqueued again meanwhile.
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  async enqueueReminderTimers(timers: readonly ReminderTimer[]): Promise<void> {
    const queue = this.queues.get(JOB_QUEUES['send-reminder'])!;
    for (const timer of timers) await enqueueReminderTimer(queue, timer);
  }

  /** Every queue, for the operators' dashboard. */
  all(): Queue[] {
    return [...this.queues.values()];
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
