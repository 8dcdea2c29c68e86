import { Module } from '@nestjs/common';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { createGraphqlOptions } from './graphql-options';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, Logger],
      useFactory: (config: AppConfig, logger: Logger) => createGraphqlOptions(config, logger),
    }),
  ],
})
export class GraphqlApiModule {}
