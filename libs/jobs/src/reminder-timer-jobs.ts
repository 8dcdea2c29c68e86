import type { Job, Queue } from 'bullmq';
import { sendReminderJobId } from './job-ids';

// A reminder's timer is a delayed BullMQ job named after the row and its version. It is only a
// wake-up call: the row in Postgres decides what happens when it fires. The API arms timers
// after a change commits; the worker's scan arms (and re-arms) them from the rows themselves.

export interface ReminderTimer {
  organizationId: string;
  reminderId: string;
  version: number;
  dueAt: Date;
}

/**
 * A job claims its row within milliseconds of starting. One started this long ago whose row is
 * still unclaimed at that version belongs to a worker that died; BullMQ would notice only once
 * the job's lock expires (tens of seconds). Waking the row again early is harmless: the claim
 * lets exactly one job through.
 */
const ORPHANED_AFTER_MS = 5_000;

// The row records the outcome; a finished job only needs to linger long enough to dedupe.
const FINISHED_JOB_RETENTION = { removeOnComplete: { age: 3600 }, removeOnFail: { age: 24 * 3600 } };

// A timer whose job fails before its claim went through (Postgres restarting, a connection cut)
// runs again every 2 s for two minutes, so it goes out within seconds of Postgres coming back;
// after that the scan re-arms it. Once the claim went through, a rerun finds nothing to do.
const UNTIL_POSTGRES_ANSWERS = { attempts: 60, backoff: { type: 'fixed', delay: 2_000 } };

/**
 * Adds the timer for this row version. The job id comes from the row and its version, so arming
 * the same row twice (API after commit, then the scan) is a no-op; a changed row gets a new one.
 */
export async function enqueueReminderTimer(queue: Queue, timer: ReminderTimer, now = Date.now()): Promise<void> {
  await queue.add(
    'send-reminder',
    { organizationId: timer.organizationId, reminderId: timer.reminderId, version: timer.version },
    {
      jobId: sendReminderJobId(timer.reminderId, timer.version),
      delay: Math.max(0, timer.dueAt.getTime() - now),
      ...UNTIL_POSTGRES_ANSWERS,
      ...FINISHED_JOB_RETENTION,
    },
  );
}

/**
 * Of these timers, the ones Redis does not hold a job for (any state), checked in one pipelined
 * round trip: the scan then only adds what is missing instead of one add per pending row.
 */
export async function missingReminderTimers(queue: Queue, timers: readonly ReminderTimer[]): Promise<ReminderTimer[]> {
  if (timers.length === 0) return [];
  const pipeline = (await queue.getBackend().client).pipeline();
  for (const timer of timers)
    pipeline.runCommand('exists', [queue.toKey(sendReminderJobId(timer.reminderId, timer.version))]);
  const results = (await pipeline.exec()) ?? [];
  return timers.filter((_, index) => {
    const [error, exists] = results[index] ?? [null, 0];
    if (error) throw error;
    return exists !== 1;
  });
}

/**
 * Makes sure a due row has a timer that will still run. A finished job keeps its id for a
 * while, so adding it again would be a no-op; when the row is still pending at that very
 * version (the job failed before it could claim, e.g. Postgres was away), the job goes and a
 * fresh one takes its place. A job left running by a dead worker gets a second wake-up call.
 */
export async function ensureReminderTimer(queue: Queue, timer: ReminderTimer, now = Date.now()): Promise<void> {
  await enqueueReminderTimer(queue, timer);
  if (timer.dueAt.getTime() > now) return;
  const job = await queue.getJob(sendReminderJobId(timer.reminderId, timer.version));
  if (!job) return;
  const state = await job.getState();
  if (state === 'completed' || state === 'failed') {
    await job.remove();
    await enqueueReminderTimer(queue, timer);
  } else if (state === 'active' && isOrphaned(job, now)) {
    await queue.add(job.name, job.data, { jobId: `${job.id}.again`, ...FINISHED_JOB_RETENTION });
  }
}

function isOrphaned(job: Job, now: number): boolean {
  return job.processedOn !== undefined && now - job.processedOn > ORPHANED_AFTER_MS;
}
