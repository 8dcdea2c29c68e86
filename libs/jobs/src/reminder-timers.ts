import type { Queue } from 'bullmq';
import { sendReminderJobId } from './job-ids';

export interface ReminderTimer {
  organizationId: string;
  reminderId: string;
  version: number;
  dueAt: Date;
}

/**
 * Gives a reminder row a BullMQ timer. The job id comes from the row and its version, so
 * enqueueing the same row twice (API after commit, then the scheduler) is a no-op.
 */
export async function enqueueReminderTimer(queue: Queue, timer: ReminderTimer, now = Date.now()): Promise<void> {
  await queue.add(
    'send-reminder',
    { organizationId: timer.organizationId, reminderId: timer.reminderId, version: timer.version },
    {
      jobId: sendReminderJobId(timer.reminderId, timer.version),
      delay: Math.max(0, timer.dueAt.getTime() - now),
      // The row records the outcome; a finished job only needs to linger long enough to dedupe.
      removeOnComplete: { age: 3600 },
      removeOnFail: { age: 24 * 3600 },
    },
  );
}
