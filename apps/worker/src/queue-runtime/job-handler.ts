import type { JobName, JobPayload } from '@prep/jobs';

/**
 * Handles one job of the catalog. List it in WorkerModule's JOB_HANDLERS provider so the runtime
 * finds it (the worker refuses to boot unless every catalogued job has exactly one handler).
 */
export interface JobHandler<TName extends JobName = JobName> {
  readonly jobName: TName;
  handle(payload: JobPayload<TName>, context: { jobId: string; attempt: number }): Promise<void>;
}

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
