import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppConfig, AppConfigModule } from '@prep/config';
import { PersistenceModule } from '@prep/persistence';
import { AccountsModule } from './features/accounts/accounts.module';
import { AuditModule } from './features/audit/audit.module';
import { AssignmentsModule } from './features/assignments/assignments.module';
import { AuthModule } from './features/auth/auth.module';
import { CandidateDataModule } from './features/candidate-data/candidate-data.module';
import { CandidatePlanModule } from './features/candidate-plan/candidate-plan.module';
import { CandidatesModule } from './features/candidates/candidates.module';
import { DashboardModule } from './features/dashboard/dashboard.module';
import { DevMailModule } from './platform/dev-mail/dev-mail.module';
import { EmailPreferencesModule } from './features/email-preferences/email-preferences.module';
import { GraphqlApiModule } from './platform/graphql/graphql-api.module';
import { HealthModule } from './platform/health/health.module';
import { InvitationPageModule } from './features/invitation-page/invitation-page.module';
import { ItemCommentsModule } from './features/item-comments/item-comments.module';
import { JobsModule } from './platform/jobs/jobs.module';
import { LoggingModule } from './platform/logging/logging.module';
import { MembersModule } from './features/members/members.module';
import { OrganizationModule } from './features/organization/organization.module';
import { OrganizationSettingsModule } from './features/organization-settings/organization-settings.module';
import { PlanTemplatesModule } from './features/plan-templates/plan-templates.module';
import { QueueBoardModule } from './platform/queue-board/queue-board.module';
import { RedisModule } from './platform/redis/redis.module';
import { WebAppModule } from './platform/web-app/web-app.module';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        PersistenceModule.forRoot({
          url: config.database.url,
          poolSize: config.database.poolSize,
          applicationName: 'prep-api',
        }),
        RedisModule,
        JobsModule,
        GraphqlApiModule,
        HealthModule,
        AuthModule,
        MembersModule,
        AccountsModule,
        OrganizationSettingsModule,
        CandidatesModule,
        AssignmentsModule,
        ItemCommentsModule,
        DashboardModule,
        CandidatePlanModule,
        EmailPreferencesModule,
        InvitationPageModule,
        DevMailModule,
        QueueBoardModule,
        PlanTemplatesModule,
        AuditModule,
        CandidateDataModule,
        OrganizationModule,
        WebAppModule,
      ],
    };
  }
}
