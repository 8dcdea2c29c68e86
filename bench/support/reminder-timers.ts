import type { Queue } from 'bullmq';
import { enqueueReminderTimer, ReminderTimer } from '@prep/jobs';

const PARALLEL_ENQUEUES = 100;

/** Arms the timers of seeded rows the way the API does after its commit. */
export async function armTimers(queue: Queue, timers: readonly ReminderTimer[]): Promise<void> {
  for (let first = 0; first < timers.length; first += PARALLEL_ENQUEUES) {
    await Promise.all(
      timers.slice(first, first + PARALLEL_ENQUEUES).map((timer) => enqueueReminderTimer(queue, timer)),
    );
  }
}
