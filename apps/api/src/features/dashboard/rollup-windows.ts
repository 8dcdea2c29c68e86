import type { Range } from './dashboard-metrics';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface Window {
  from: Date;
  to: Date;
}

/** The whole UTC hours and whole UTC days inside a range (empty, at its end, when there are none). */
export interface RollupWindows {
  hours: Window;
  days: Window;
}

export function rollupWindows(range: Range): RollupWindows {
  return { hours: wholeUnits(range, HOUR_MS), days: wholeUnits(range, DAY_MS) };
}

function wholeUnits({ from, to }: Range, unitMs: number): Window {
  const start = Math.min(Math.ceil(from.getTime() / unitMs) * unitMs, to.getTime());
  const end = Math.max(Math.floor(to.getTime() / unitMs) * unitMs, start);
  return { from: new Date(start), to: new Date(end) };
}
