import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { MaintenanceQueue } from './maintenance-queue';

export const RETENTION_SCHEDULER_ID = 'plan-candidate-retention';
const DAY_MS = 24 * 3600 * 1000;

/** Registers the daily retention run once in BullMQ (one schedule shared by every worker). */
@Injectable()
export class CandidateRetentionSchedule implements OnApplicationBootstrap {
  constructor(private readonly maintenance: MaintenanceQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.maintenance.queue.upsertJobScheduler(
      RETENTION_SCHEDULER_ID,
      { every: DAY_MS },
      { name: 'plan-candidate-retention', data: {}, opts: { removeOnComplete: 10, removeOnFail: 10 } },
    );
  }
}
