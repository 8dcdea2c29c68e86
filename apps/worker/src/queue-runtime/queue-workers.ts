import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { JobName, QUEUE_CONCURRENCY, QUEUE_NAMES, QueueName, queueConnection } from '@prep/jobs';
import { buildHandlerRegistry } from './handler-registry';
import { JOB_HANDLERS } from './job-handler';
import type { JobHandler } from './job-handler';
import { runWithJobLogFields } from './job-log-context';

/** One BullMQ worker per queue, dispatching each job to its registered handler. */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly registry: Map<JobName, JobHandler>;
  private workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
  ) {
    this.registry = buildHandlerRegistry(handlers);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.workers = QUEUE_NAMES.map((queue) => this.startWorker(queue));
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
    this.logger.log(`Processing queues: ${QUEUE_NAMES.join(', ')}`);
  }

  /** Lets running jobs finish, then disconnects; jobs not yet started stay in Redis for the next worker. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  private startWorker(queue: QueueName): Worker {
    const worker = new Worker(queue, (job) => runWithJobLogFields(job, () => this.dispatch(job)), {
      ...queueConnection(this.config.redis, 'worker'),
      concurrency: QUEUE_CONCURRENCY[queue],
      autorun: true,
    });
    worker.on('failed', (job, error) => {
      const report = () => this.logger.warn(`Job ${job?.name} ${job?.id} failed: ${error.message}`);
      if (job) runWithJobLogFields(job, report);
      else report();
    });
    worker.on('error', (error) => this.logger.error(`Queue ${queue} connection error: ${error.message}`));
    return worker;
  }

  private async dispatch(job: Job): Promise<void> {
    const handler = this.registry.get(job.name as JobName);
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    await handler.handle(job.data, { jobId: job.id ?? '', attempt: job.attemptsMade + 1 });
  }
}
