import { Job, Queue, Worker } from 'bullmq';
import type { QueueConnectionSettings } from '@prep/jobs';
import { QUEUE_CONCURRENCY, queueConnection } from '@prep/jobs';
import { dueOffsetMs, leadTimeMs } from '../support/due-instants';
import { CpuUse, measureCpu } from '../support/process-cpu';
import { pollUntil, sleepUntil } from '../support/wait';

export const RAW_QUEUE = 'bench-raw-noop';

// The worker's own concurrency on its reminders queue.
const WORKER_CONCURRENCY = QUEUE_CONCURRENCY.reminders;
const ENQUEUE_BATCH = 500;

export interface RawBullmqResult {
  /** processedOn − (timestamp + delay) of each job, in ms. */
  latenessMs: number[];
  /** From the first due instant until every job ran. */
  cpu: CpuUse;
  timedOut: boolean;
}

/** Baseline: n delayed no-op jobs due at the same instants as the reminders, on a plain Queue + Worker. */
export async function measureRawBullmq(
  redis: QueueConnectionSettings,
  n: number,
  windowMs: number,
  deadlineMs: number,
): Promise<RawBullmqResult> {
  const queue = new Queue(RAW_QUEUE, queueConnection(redis, 'producer'));
  const latenessMs: number[] = [];
  const worker = new Worker(RAW_QUEUE, async () => undefined, {
    ...queueConnection(redis, 'worker'),
    concurrency: WORKER_CONCURRENCY,
  });
  worker.on('completed', (job) => latenessMs.push(latenessOf(job)));
  try {
    await Promise.all([queue.waitUntilReady(), worker.waitUntilReady()]);
    const start = Date.now() + leadTimeMs(n);
    await enqueueDelayedNoops(queue, n, windowMs, start);
    await sleepUntil(start);
    const { result: finished, cpu } = await measureCpu(() =>
      pollUntil(() => latenessMs.length >= n, start + windowMs + deadlineMs),
    );
    return { latenessMs, cpu, timedOut: !finished };
  } finally {
    await worker.close();
    await queue.close();
  }
}

async function enqueueDelayedNoops(queue: Queue, n: number, windowMs: number, start: number): Promise<void> {
  for (let first = 0; first < n; first += ENQUEUE_BATCH) {
    const now = Date.now();
    const batch = Array.from({ length: Math.min(ENQUEUE_BATCH, n - first) }, (_, offset) => {
      const dueAt = start + dueOffsetMs(first + offset, n, windowMs);
      return { name: 'noop', data: {}, opts: { delay: Math.max(0, dueAt - now), removeOnComplete: { age: 3600 } } };
    });
    await queue.addBulk(batch);
  }
}

function latenessOf(job: Job): number {
  return (job.processedOn ?? Number.NaN) - (job.timestamp + (job.opts.delay ?? 0));
}
