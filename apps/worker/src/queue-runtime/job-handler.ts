import type { JobName, JobPayload } from '@prep/jobs';

/** Handles one job of the catalog. Register with @JobHandlerFor so the runtime finds it. */
export interface JobHandler<TName extends JobName = JobName> {
  readonly jobName: TName;
  handle(payload: JobPayload<TName>, context: { jobId: string; attempt: number }): Promise<void>;
}

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
