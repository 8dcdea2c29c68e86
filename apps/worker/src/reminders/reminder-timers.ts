import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { enqueueReminderTimer, ReminderTimer, sendReminderJobId } from '@prep/jobs';
import { ReminderQueue } from './reminder-queue';

/**
 * A job claims its row within milliseconds of starting. One started this long ago whose row is
 * still unclaimed at that version belongs to a worker that died; BullMQ would notice only once
 * the job's lock expires (tens of seconds). Waking the row again early is harmless: the claim
 * lets exactly one job through.
 */
const ORPHANED_AFTER_MS = 5_000;

/** BullMQ timers for reminder rows; a timer is only a wake-up call, the row decides what happens. */
@Injectable()
export class ReminderTimers {
  constructor(private readonly reminders: ReminderQueue) {}

  /** Adds the timer for this row version; a no-op when it already exists. */
  arm(timer: ReminderTimer): Promise<void> {
    return enqueueReminderTimer(this.reminders.queue, timer);
  }

  /**
   * Of these timers, the ones Redis does not hold a job for (any state), checked in one pipelined
   * round trip: the scan then only adds what is missing instead of one add per pending row.
   */
  async missing(timers: readonly ReminderTimer[]): Promise<ReminderTimer[]> {
    if (timers.length === 0) return [];
    const queue = this.reminders.queue;
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
  async ensure(timer: ReminderTimer, now = Date.now()): Promise<void> {
    await this.arm(timer);
    if (timer.dueAt.getTime() > now) return;
    const job = await this.reminders.queue.getJob(sendReminderJobId(timer.reminderId, timer.version));
    if (!job) return;
    const state = await job.getState();
    if (state === 'completed' || state === 'failed') {
      await job.remove();
      await this.arm(timer);
    } else if (state === 'active' && isOrphaned(job, now)) {
      await this.reminders.queue.add(job.name, job.data, {
        jobId: `${job.id}.again`,
        removeOnComplete: { age: 3600 },
        removeOnFail: { age: 24 * 3600 },
      });
    }
  }
}

function isOrphaned(job: Job, now: number): boolean {
  return job.processedOn !== undefined && now - job.processedOn > ORPHANED_AFTER_MS;
}
