import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppConfig, AppConfigModule } from '@prep/config';
import { PersistenceModule } from '@prep/persistence';
import { AssignmentsModule } from './assignments/assignments.module';
import { AuthModule } from './auth/auth.module';
import { CandidatePlanModule } from './candidate-plan/candidate-plan.module';
import { CandidatesModule } from './candidates/candidates.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DevMailModule } from './dev-mail/dev-mail.module';
import { EmailPreferencesModule } from './email-preferences/email-preferences.module';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthModule } from './health/health.module';
import { InvitationPageModule } from './invitation-page/invitation-page.module';
import { JobsModule } from './jobs/jobs.module';
import { LoggingModule } from './logging/logging.module';
import { MembersModule } from './members/members.module';
import { OrganizationSettingsModule } from './organization-settings/organization-settings.module';
import { PlanTemplatesModule } from './plan-templates/plan-templates.module';
import { QueueBoardModule } from './queue-board/queue-board.module';
import { RedisModule } from './redis/redis.module';


@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        PersistenceModule.forRoot({ url: config.database.url, poolSize: config.database.poolSize, applicationName: 'prep-api' }),
        RedisModule,
        JobsModule,
        GraphqlApiModule,
        HealthModule,
        AuthModule,
        MembersModule,
        OrganizationSettingsModule,
        CandidatesModule,
        AssignmentsModule,
        DashboardModule,
        CandidatePlanModule,
        EmailPreferencesModule,
        InvitationPageModule,
        DevMailModule,
        QueueBoardModule,
        PlanTemplatesModule,
      ],
    };
  }
}
