import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { JOB_QUEUES, JobPayload, queueConnection } from '@prep/jobs';

/** The worker's producer side of the maintenance queue: the daily retention schedule and its per-organization runs. */
@Injectable()
export class MaintenanceQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceQueue.name);
  readonly queue: Queue;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.queue = new Queue(JOB_QUEUES['erase-expired-candidates'], queueConnection(config.redis, 'producer'));
    this.queue.on('error', (error) => this.logger.warn(`Maintenance queue: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.queue.waitUntilReady();
  }

  async enqueueRetentionRun(payload: JobPayload<'erase-expired-candidates'>, jobId: string): Promise<void> {
    await this.queue.add('erase-expired-candidates', payload, {
      jobId,
      attempts: 3,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
