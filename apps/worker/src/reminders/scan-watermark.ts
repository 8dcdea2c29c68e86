import type { Queue } from 'bullmq';

const KEY = 'reminder-scan-armed-until';

/**
 * How far ahead the scan has given every pending row a timer, kept in Redis beside the timers
 * themselves: whatever empties Redis of the timers (a flush, a restart without persistence) takes
 * this with it, and the next scan then checks the whole horizon again.
 */
export class ScanWatermark {
  constructor(private readonly queue: Queue) {}

  /** Null when unknown: nothing is known to be armed. */
  async read(): Promise<Date | null> {
    const value = await (await this.queue.getBackend().client).get(this.queue.toKey(KEY));
    return value === null ? null : new Date(Number(value));
  }

  async write(armedUntil: Date): Promise<void> {
    await (await this.queue.getBackend().client).set(this.queue.toKey(KEY), String(armedUntil.getTime()));
  }
}
