const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15 * 60_000;

/** Exponential: 1 s after the first attempt, then 2 s, 4 s, … capped at 15 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}
