import type { Logger } from 'pino';
import type { AppConfig } from '@prep/config';
import { createAppLogger } from '@prep/logging';
import { currentJobLogFields } from './queue-runtime/job-log-context';

/** The worker's logger: each line written while a job runs carries the job's fields. */
export function createWorkerLogger(config: AppConfig, destination?: NodeJS.WritableStream): Logger {
  return createAppLogger({
    app: 'worker',
    level: config.logLevel,
    format: config.logFormat,
    environment: config.environment,
    destination,
    mixin: currentJobLogFields,
  });
}
