import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { ExpectedErrorsFilter } from '../errors/expected-errors.filter';
import { APP_LOGGER } from '../logging/logging.module';
import { createGraphqlOptions } from './graphql-options';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, APP_LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => createGraphqlOptions(config, logger),
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: ExpectedErrorsFilter }],
})
export class GraphqlApiModule {}
