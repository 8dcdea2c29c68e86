import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MaintenanceQueue } from './maintenance-queue';

export const RETENTION_SCHEDULER_ID = 'plan-candidate-retention';
const DAY_MS = 24 * 3600 * 1000;
const CHECK_MS = 3600 * 1000;

/**
 * Registers the daily retention run in BullMQ (one schedule shared by every worker). The schedule
 * lives in Redis, so a flush would end it: each worker checks it hourly and puts it back.
 */
@Injectable()
export class CandidateRetentionSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CandidateRetentionSchedule.name);
  private keeper?: NodeJS.Timeout;

  constructor(private readonly maintenance: MaintenanceQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.register();
    this.keeper = setInterval(() => void this.keepRegistered(), CHECK_MS);
    this.keeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.keeper);
  }

  private async register(): Promise<void> {
    await this.maintenance.queue.upsertJobScheduler(
      RETENTION_SCHEDULER_ID,
      { every: DAY_MS },
      { name: 'plan-candidate-retention', data: {}, opts: { removeOnComplete: 10, removeOnFail: 10 } },
    );
  }

  private async keepRegistered(): Promise<void> {
    try {
      if (await this.maintenance.queue.getJobScheduler(RETENTION_SCHEDULER_ID)) return;
      await this.register();
      this.logger.warn('The candidate retention schedule was missing from Redis; registered it again');
    } catch (error) {
      this.logger.warn(`Could not check the candidate retention schedule: ${(error as Error).message}`);
    }
  }
}
