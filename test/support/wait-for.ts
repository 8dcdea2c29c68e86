/**
 * Waiting in tests, one way.
 *
 * - `waitFor(probe, what, { wakeOn })` re-runs `probe` until it returns something truthy, and
 *   returns that. Given wake sources (an SMTP sink receiving mail, a child process writing output,
 *   a queue finishing jobs) it re-checks only when one of them fires; without any it polls. On
 *   timeout it fails with "timed out after N ms waiting for <what>".
 * - `watchQueue(name, redis)` follows one BullMQ queue with QueueEvents; `waitForJobs(watch, ids)`
 *   waits, driven by those events, until each job has completed or failed.
 */
import { EventEmitter } from 'node:events';
import { JobState, Queue, QueueEvents } from 'bullmq';
import { QueueConnectionSettings, queueConnection, QueueName } from '@prep/jobs';

/** Calls `wake` whenever something the awaited condition depends on may have changed; returns an unsubscribe. */
export type WakeSource = (wake: () => void) => () => void;

export interface WaitOptions {
  /** Defaults to 15 s, under Jest's 30 s test timeout, so the failure names what was awaited. */
  timeoutMs?: number;
  /** Re-check when one of these fires; with none, poll every `pollMs`. */
  wakeOn?: WakeSource[];
  pollMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_POLL_MS = 50;

export function waitFor<T>(
  probe: () => T | Promise<T>,
  what: string | (() => string),
  { timeoutMs = DEFAULT_TIMEOUT_MS, wakeOn = [], pollMs = DEFAULT_POLL_MS }: WaitOptions = {},
): Promise<NonNullable<T>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let running = false;
    let wokenWhileRunning = false;
    const unsubscribes: Array<() => void> = [];
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearInterval(poll);
      for (const unsubscribe of unsubscribes) unsubscribe();
      finish();
    };
    // One probe at a time; a wake-up during a probe runs it once more right after.
    const check = async () => {
      if (running) return void (wokenWhileRunning = true);
      running = true;
      try {
        do {
          wokenWhileRunning = false;
          const value = await probe();
          if (value) return settle(() => resolve(value as NonNullable<T>));
        } while (wokenWhileRunning && !settled);
      } catch (error) {
        settle(() => reject(error));
      } finally {
        running = false;
      }
    };
    const deadline = setTimeout(() => {
      const awaited = typeof what === 'function' ? what() : what;
      settle(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${awaited}`)));
    }, timeoutMs);
    const poll = wakeOn.length === 0 ? setInterval(() => void check(), pollMs) : undefined;
    for (const source of wakeOn) unsubscribes.push(source(() => void check()));
    void check();
  });
}

/** Wakes on any of these events of a Node emitter (a stream's 'data', a process's 'exit', …). */
export function onEvents(emitter: EventEmitter, ...events: string[]): WakeSource {
  return (wake) => {
    for (const event of events) emitter.on(event, wake);
    return () => {
      for (const event of events) emitter.off(event, wake);
    };
  };
}

/** One queue as a test sees it: its jobs (for their state) and its event stream. */
export interface QueueWatch {
  queue: Queue;
  events: QueueEvents;
  /** Wakes whenever a job of this queue completes or fails. */
  jobsFinishing: WakeSource;
  close: () => Promise<void>;
}

export async function watchQueue(name: QueueName, redis: QueueConnectionSettings): Promise<QueueWatch> {
  const queue = new Queue(name, queueConnection(redis, 'producer'));
  // QueueEvents blocks on the event stream, so it needs the worker's connection settings.
  const events = new QueueEvents(name, queueConnection(redis, 'worker'));
  await events.waitUntilReady();
  const jobsFinishing: WakeSource = (wake) => {
    events.on('completed', wake);
    events.on('failed', wake);
    return () => {
      events.off('completed', wake);
      events.off('failed', wake);
    };
  };
  return {
    queue,
    events,
    jobsFinishing,
    close: async () => {
      await events.close();
      await queue.close();
    },
  };
}

const FINISHED: ReadonlySet<JobState | 'unknown'> = new Set(['completed', 'failed']);

/**
 * Waits until each job has completed or failed; a job not added yet counts as unfinished. The
 * states are read after subscribing, so a job that finished just before the call is not missed.
 */
export async function waitForJobs(
  watch: QueueWatch,
  jobIds: string[],
  what = `jobs ${jobIds.join(', ')} to finish`,
  timeoutMs?: number,
): Promise<void> {
  await waitFor(
    async () => {
      const states = await Promise.all(jobIds.map((id) => watch.queue.getJobState(id)));
      return states.every((state) => FINISHED.has(state));
    },
    what,
    { wakeOn: [watch.jobsFinishing], timeoutMs },
  );
}
