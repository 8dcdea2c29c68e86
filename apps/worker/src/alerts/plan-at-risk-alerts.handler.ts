import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { organizationsWithOpenAssignments } from '@prep/persistence';
import type { JobHandler } from '../queue-runtime/job-handler';
import { AtRiskAlertQueue } from './at-risk-alert-queue';

/** Every 15 minutes: one at-risk alert run per organization with open assignments (same slot, same job id). */
@Injectable()
export class PlanAtRiskAlertsHandler implements JobHandler<'plan-at-risk-alerts'> {
  readonly jobName = 'plan-at-risk-alerts' as const;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AtRiskAlertQueue,
  ) {}

  async handle(): Promise<void> {
    const now = new Date();
    for (const organizationId of await organizationsWithOpenAssignments(this.dataSource)) {
      await this.alerts.enqueueRun(organizationId, now);
    }
  }
}
