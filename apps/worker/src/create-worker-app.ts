import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@prep/config';
import { assertRedisReachable } from '@prep/jobs';
import { assertPostgresReachable } from '@prep/persistence';
import { WorkerModule } from './worker.module';

/** The worker: a Nest application context (no HTTP server) running the queue processors. */
export async function createWorkerApp(config: AppConfig, logDestination?: NodeJS.WritableStream): Promise<INestApplicationContext> {
  await assertPostgresReachable(config.database.url);
  await assertRedisReachable(config.redis.url);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logDestination), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  return app;
}
