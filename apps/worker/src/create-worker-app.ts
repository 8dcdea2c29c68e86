import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@prep/config';
import { assertRedisReachable } from '@prep/jobs';
import { NestPinoLogger } from '@prep/logging';
import { assertPostgresReachable } from '@prep/persistence';
import { assertRedisKeepsKeys } from './queue-runtime/redis-eviction-policy';
import { createWorkerLogger } from './worker-logger';
import { WorkerModule } from './worker.module';

/** The worker: a Nest application context (no HTTP server) running the queue processors. */
export async function createWorkerApp(
  config: AppConfig,
  logDestination?: NodeJS.WritableStream,
): Promise<INestApplicationContext> {
  await assertPostgresReachable(config.database.url);
  await assertRedisReachable(config.redis.url);
  await assertRedisKeepsKeys(config.redis.url);
  const logger = createWorkerLogger(config, logDestination);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  return app;
}
