import { JOB_NAMES, JobName } from '@prep/jobs';
import type { JobHandler } from './job-handler';

export class HandlerRegistryError extends Error {}

/**
 * Indexes handlers by job name, refusing to start unless every job of the catalog has exactly
 * one handler and every handler belongs to a catalogued job.
 */
export function buildHandlerRegistry(
  handlers: JobHandler[],
  catalog: readonly JobName[] = JOB_NAMES,
): Map<JobName, JobHandler> {
  const byName = new Map<JobName, JobHandler>();
  const problems: string[] = [];
  for (const handler of handlers) {
    if (!catalog.includes(handler.jobName)) problems.push(`handler for unknown job "${handler.jobName}"`);
    else if (byName.has(handler.jobName)) problems.push(`two handlers for job "${handler.jobName}"`);
    else byName.set(handler.jobName, handler);
  }
  for (const name of catalog) if (!byName.has(name)) problems.push(`no handler for job "${name}"`);
  if (problems.length > 0)
    throw new HandlerRegistryError(`Job handlers do not match the catalog: ${problems.join('; ')}`);
  return byName;
}
