import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** How many reminders (and, for the baselines, how many jobs and messages). */
  n: number;
  /** The due instants are spread evenly over this window. */
  windowMs: number;
  /** Keep the throwaway database for a look afterwards. */
  keep: boolean;
}

const DEFAULTS = { n: 5000, windowMs: 2000 };

/** A bad flag: reported in one line, without a stack. */
export class UsageError extends Error {}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseUsage(argv);
  return {
    n: positiveInteger('--n', values.n, DEFAULTS.n),
    windowMs: positiveInteger('--window-ms', values['window-ms'], DEFAULTS.windowMs),
    keep: values.keep ?? false,
  };
}

function parseUsage(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        n: { type: 'string' },
        'window-ms': { type: 'string' },
        keep: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Flags: --n <count> --window-ms <ms> --keep`);
  }
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new UsageError(`${flag} must be a positive integer, got "${value}"`);
  return parsed;
}
