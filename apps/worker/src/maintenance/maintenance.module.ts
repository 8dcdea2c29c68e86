import { Module } from '@nestjs/common';
import { CandidateRetentionSchedule } from './candidate-retention-schedule';
import { DeleteOrganizationHandler } from './delete-organization.handler';
import { EraseExpiredCandidatesHandler } from './erase-expired-candidates.handler';
import { MaintenanceQueue } from './maintenance-queue';
import { PlanCandidateRetentionHandler } from './plan-candidate-retention.handler';
import { PurgeExpiredCredentialsHandler } from './purge-expired-credentials.handler';

const HANDLERS = [
  PurgeExpiredCredentialsHandler,
  PlanCandidateRetentionHandler,
  EraseExpiredCandidatesHandler,
  DeleteOrganizationHandler,
];

@Module({
  providers: [MaintenanceQueue, CandidateRetentionSchedule, ...HANDLERS],
  exports: HANDLERS,
})
export class MaintenanceModule {}
