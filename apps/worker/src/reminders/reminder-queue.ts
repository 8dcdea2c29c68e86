import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { JOB_QUEUES, queueConnection } from '@prep/jobs';

/**
 * The worker's producer side of the reminders queue (timers, retries, the scan schedule).
 * Producer connections fail fast while Redis is away instead of queueing commands: the row in
 * Postgres stays the record, and the next scan re-creates whatever could not be added.
 */
@Injectable()
export class ReminderQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderQueue.name);
  readonly queue: Queue;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.queue = new Queue(JOB_QUEUES['send-reminder'], queueConnection(config.redis, 'producer'));
    // An 'error' event without a listener would end the process during a Redis outage.
    this.queue.on('error', (error) => this.logger.warn(`Reminders queue: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.queue.waitUntilReady();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
