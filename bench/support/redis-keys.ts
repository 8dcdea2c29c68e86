import { Redis } from 'ioredis';

/** Bytes held by the keys of one BullMQ queue, by what they are. */
export interface QueueMemory {
  jobs: number;
  delayed: number;
  /** The event stream BullMQ trims to about 10,000 entries, however many jobs wait. */
  events: number;
  other: number;
}

/**
 * Sums MEMORY USAGE (SAMPLES 0: every element counted) over a queue's keys. Counting keys, not
 * INFO used_memory, keeps other clients of a shared Redis out of the figure.
 */
export async function queueMemory(redis: Redis, prefix: string, queueName: string): Promise<QueueMemory> {
  const base = `${prefix}:${queueName}:`;
  const memory: QueueMemory = { jobs: 0, delayed: 0, events: 0, other: 0 };
  for await (const keys of redis.scanStream({ match: `${base}*`, count: 1000 })) {
    const pipeline = redis.pipeline();
    for (const key of keys as string[]) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0');
    const results = (await pipeline.exec()) ?? [];
    (keys as string[]).forEach((key, index) => {
      memory[kindOf(key.slice(base.length))] += Number(results[index]?.[1] ?? 0);
    });
  }
  return memory;
}

// Job ids of reminder timers are "send-reminder.<id>.v<version>"; queue structures have fixed names.
function kindOf(suffix: string): keyof QueueMemory {
  if (suffix === 'delayed') return 'delayed';
  if (suffix === 'events') return 'events';
  return suffix.startsWith('send-reminder.') ? 'jobs' : 'other';
}

export function memoryDelta(after: QueueMemory, before: QueueMemory): QueueMemory {
  return {
    jobs: after.jobs - before.jobs,
    delayed: after.delayed - before.delayed,
    events: after.events - before.events,
    other: after.other - before.other,
  };
}

/** Deletes every key under the prefix (this run's keys only: the Redis may be shared). */
export async function deleteKeys(redis: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 })) {
    if ((keys as string[]).length) deleted += await redis.del(...(keys as string[]));
  }
  return deleted;
}
