/**
 * Where reminder i of n falls in the window: spread evenly, so the system and the raw BullMQ
 * baseline face the same arrival pattern.
 */
export function dueOffsetMs(index: number, n: number, windowMs: number): number {
  return Math.floor((index * windowMs) / n);
}

/**
 * How far ahead of now the first instant is put: enough to seed, enqueue and measure before
 * anything fires (timers must be delayed jobs, not jobs due at once).
 */
export function leadTimeMs(n: number): number {
  return 3000 + n;
}
