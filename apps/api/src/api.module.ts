import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@prep/config';
import { PersistenceModule } from '@prep/persistence';
import { AuthModule } from './auth/auth.module';
import { CandidatesModule } from './candidates/candidates.module';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { LoggingModule } from './logging/logging.module';
import { MembersModule } from './members/members.module';
import { RedisModule } from './redis/redis.module';

export interface ApiModuleOptions {
  /** Where JSON logs go; stdout unless a test captures them. */
  logDestination?: NodeJS.WritableStream;
}

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiModuleOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot(config, options.logDestination),
        PersistenceModule.forRoot({ url: config.database.url, poolSize: config.database.poolSize, applicationName: 'prep-api' }),
        RedisModule,
        JobsModule,
        GraphqlApiModule,
        HealthModule,
        AuthModule,
        MembersModule,
        CandidatesModule,
      ],
    };
  }
}
