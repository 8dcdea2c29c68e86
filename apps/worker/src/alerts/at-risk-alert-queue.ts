import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { AT_RISK_ALERT_INTERVAL_MS, JOB_QUEUES, queueConnection, sendAtRiskAlertsJobId } from '@prep/jobs';

export const AT_RISK_SCHEDULER_ID = 'plan-at-risk-alerts';
const CHECK_MS = 3600 * 1000;

/**
 * The at-risk alerts' side of the maintenance queue: a schedule every 15 minutes (shared by every
 * worker, kept in Redis, put back hourly should a flush remove it) and one run per organization.
 */
@Injectable()
export class AtRiskAlertQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AtRiskAlertQueue.name);
  private keeper?: NodeJS.Timeout;
  readonly queue: Queue;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.queue = new Queue(JOB_QUEUES['send-at-risk-alerts'], queueConnection(config.redis, 'producer'));
    this.queue.on('error', (error) => this.logger.warn(`Maintenance queue: ${error.message}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.register();
    this.keeper = setInterval(() => void this.keepRegistered(), CHECK_MS);
    this.keeper.unref();
  }

  async enqueueRun(organizationId: string, at: Date): Promise<void> {
    await this.queue.add(
      'send-at-risk-alerts',
      { organizationId },
      {
        jobId: sendAtRiskAlertsJobId(organizationId, at),
        attempts: 3,
        backoff: { type: 'exponential', delay: 1_000 },
        removeOnComplete: { age: 24 * 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.keeper);
    await this.queue.close();
  }

  private async register(): Promise<void> {
    await this.queue.upsertJobScheduler(
      AT_RISK_SCHEDULER_ID,
      { every: AT_RISK_ALERT_INTERVAL_MS },
      { name: 'plan-at-risk-alerts', data: {}, opts: { removeOnComplete: 10, removeOnFail: 10 } },
    );
  }

  private async keepRegistered(): Promise<void> {
    try {
      if (await this.queue.getJobScheduler(AT_RISK_SCHEDULER_ID)) return;
      await this.register();
      this.logger.warn('The at-risk alert schedule was missing from Redis; registered it again');
    } catch (error) {
      this.logger.warn(`Could not check the at-risk alert schedule: ${(error as Error).message}`);
    }
  }
}
