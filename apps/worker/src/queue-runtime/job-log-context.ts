import { AsyncLocalStorage } from 'node:async_hooks';
import type { Job } from 'bullmq';

/** What tags every log line written while a job runs, as the request id does in the API. */
export interface JobLogFields {
  jobId: string;
  queue: string;
  /** The job's name in the catalog. */
  job: string;
  /** When the payload names one; a scan across organizations has none. */
  organizationId?: string;
}

const jobLogContext = new AsyncLocalStorage<JobLogFields>();

export function jobLogFields(job: Job): JobLogFields {
  const organizationId: unknown = job.data?.organizationId;
  return {
    jobId: job.id ?? '',
    queue: job.queueName,
    job: job.name,
    ...(typeof organizationId === 'string' ? { organizationId } : {}),
  };
}

/** Runs `work` (and everything it awaits or schedules) with the job's fields on each log line. */
export function runWithJobLogFields<T>(job: Job, work: () => T): T {
  return jobLogContext.run(jobLogFields(job), work);
}

/** The logger's mixin; a copy, as pino merges each line's own fields into what it returns. */
export function currentJobLogFields(): Record<string, unknown> {
  const fields = jobLogContext.getStore();
  return fields ? { ...fields } : {};
}
