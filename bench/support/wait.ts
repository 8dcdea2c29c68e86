import { setTimeout as sleep } from 'node:timers/promises';

/** Polls until `done` says so or the deadline passes; returns whether it finished in time. */
export async function pollUntil(
  done: () => Promise<boolean> | boolean,
  deadline: number,
  intervalMs = 200,
): Promise<boolean> {
  for (;;) {
    if (await done()) return true;
    if (Date.now() > deadline) return false;
    await sleep(intervalMs);
  }
}

export async function sleepUntil(instant: number): Promise<void> {
  const remaining = instant - Date.now();
  if (remaining > 0) await sleep(remaining);
}

/** The work's result, or undefined once `ms` have passed without one. */
export async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  const timeout = new AbortController();
  try {
    return await Promise.race([work, sleep(ms, undefined, { signal: timeout.signal }).catch(() => undefined)]);
  } finally {
    timeout.abort();
  }
}
