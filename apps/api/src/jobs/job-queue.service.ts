import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { JOB_QUEUES, JobName, JobPayload, QueueName, queueConnection } from '@prep/jobs';

/** The API's side of the queues: typed, id-only payloads with deterministic job ids. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async enqueue<TName extends JobName>(name: TName, payload: JobPayload<TName>, jobId: string): Promise<void> {
    await this.queue(JOB_QUEUES[name]).add(name, payload, {
      jobId,
      attempts: 3,
      backoff: { type: 'exponential', delay: 1_000 },
      // Completed jobs stay a day so the same deterministic id is not enqueued again meanwhile.
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, queueConnection(this.config.redis, 'producer'));
      this.queues.set(name, queue);
    }
    return queue;
  }
}
