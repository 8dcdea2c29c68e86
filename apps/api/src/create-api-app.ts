import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@prep/config';
import { assertRedisReachable } from '@prep/jobs';
import { createAppLogger, NestPinoLogger } from '@prep/logging';
import { assertPostgresReachable } from '@prep/persistence';
import { ApiModule } from './api.module';
import { currentRequestFields, requestIdFor } from './platform/logging/request-context';
import { registerRequestLogging } from './platform/logging/request-logging';
import { registerApiMetrics } from './platform/metrics/api-metrics';

export interface ApiAppOptions {
  /** Where logs go; stdout unless a test captures them. */
  logDestination?: NodeJS.WritableStream;
}

/** Builds the API exactly as production runs it; tests use this too. */
export async function createApiApp(config: AppConfig, options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  await assertPostgresReachable(config.database.url);
  await assertRedisReachable(config.redis.url);
  const logger = createAppLogger({
    app: 'api',
    level: config.logLevel,
    format: config.logFormat,
    environment: config.environment,
    destination: options.logDestination,
    mixin: currentRequestFields,
  });
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    logger: false,
    genReqId: requestIdFor,
    // Unsubscribe tokens (two ids and a signature) are longer than Fastify's default of 100.
    // Router options go under routerOptions: Fastify 5 deprecates them at the top level (FSTDEP022).
    routerOptions: { maxParamLength: 256 },
    return503OnClosing: true,
  });
  registerRequestLogging(adapter.getInstance(), logger);
  registerApiMetrics(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, logger), adapter, {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  return app;
}
