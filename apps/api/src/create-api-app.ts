import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@prep/config';
import { assertRedisReachable } from '@prep/jobs';
import { assertPostgresReachable } from '@prep/persistence';
import { ApiModule, ApiModuleOptions } from './api.module';

/** Builds the API exactly as production runs it; tests use this too. */
export async function createApiApp(config: AppConfig, options: ApiModuleOptions = {}): Promise<NestFastifyApplication> {
  await assertPostgresReachable(config.database.url);
  await assertRedisReachable(config.redis.url);
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    logger: false,
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, options), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  return app;
}
