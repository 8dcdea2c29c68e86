import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@prep/config';
import { PersistenceModule } from '@prep/persistence';
import { AccountsModule } from './accounts/accounts.module';
import { AlertsModule } from './alerts/alerts.module';
import { PlanAtRiskAlertsHandler } from './alerts/plan-at-risk-alerts.handler';
import { SendAtRiskAlertsHandler } from './alerts/send-at-risk-alerts.handler';
import { SendPasswordResetHandler } from './accounts/send-password-reset.handler';
import { InvitationsModule } from './invitations/invitations.module';
import { SendMemberInvitationHandler } from './invitations/send-member-invitation.handler';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { MetricsModule } from './metrics/metrics.module';
import { DeleteOrganizationHandler } from './maintenance/delete-organization.handler';
import { EraseExpiredCandidatesHandler } from './maintenance/erase-expired-candidates.handler';
import { PlanCandidateRetentionHandler } from './maintenance/plan-candidate-retention.handler';
import { PurgeExpiredCredentialsHandler } from './maintenance/purge-expired-credentials.handler';
import { JOB_HANDLERS } from './queue-runtime/job-handler';
import { QueueWorkers } from './queue-runtime/queue-workers';
import { RemindersModule } from './reminders/reminders.module';
import { ScheduleRemindersHandler } from './reminders/schedule-reminders.handler';
import { SendReminderHandler } from './reminders/send-reminder.handler';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        PersistenceModule.forRoot({
          url: config.database.url,
          poolSize: config.database.poolSize,
          applicationName: 'prep-worker',
        }),
        MetricsModule,
        MaintenanceModule,
        RemindersModule,
        InvitationsModule,
        AccountsModule,
        AlertsModule,
      ],
      providers: [
        // Every handler, listed once; the runtime refuses to boot if this and the catalog disagree.
        {
          provide: JOB_HANDLERS,
          inject: [
            PurgeExpiredCredentialsHandler,
            PlanCandidateRetentionHandler,
            EraseExpiredCandidatesHandler,
            DeleteOrganizationHandler,
            PlanAtRiskAlertsHandler,
            SendAtRiskAlertsHandler,
            ScheduleRemindersHandler,
            SendReminderHandler,
            SendMemberInvitationHandler,
            SendPasswordResetHandler,
          ],
          useFactory: (...handlers: unknown[]) => handlers,
        },
        QueueWorkers,
      ],
    };
  }
}
