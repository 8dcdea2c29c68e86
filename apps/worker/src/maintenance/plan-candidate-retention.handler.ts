import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { organizationsWithCandidateRetention } from '@prep/persistence';
import { eraseExpiredCandidatesJobId } from '@prep/jobs';
import type { JobHandler } from '../queue-runtime/job-handler';
import { MaintenanceQueue } from './maintenance-queue';

/** Daily: one retention run per organization that limits how long it keeps candidates (same day, same job id). */
@Injectable()
export class PlanCandidateRetentionHandler implements JobHandler<'plan-candidate-retention'> {
  readonly jobName = 'plan-candidate-retention' as const;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly maintenance: MaintenanceQueue,
  ) {}

  async handle(): Promise<void> {
    const today = new Date();
    for (const organizationId of await organizationsWithCandidateRetention(this.dataSource)) {
      await this.maintenance.enqueueRetentionRun(
        { organizationId },
        eraseExpiredCandidatesJobId(organizationId, today),
      );
    }
  }
}
