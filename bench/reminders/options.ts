import { parseArgs } from 'node:util';
import { positiveInteger, UsageError } from '../support/cli-options';

export interface BenchOptions {
  /** Throughput phase: this many reminders (and raw SMTP messages), all due at the same instant. */
  n: number;
  /** Lateness phase: this many reminders (and raw BullMQ jobs), due evenly over the window. */
  latenessN: number;
  latenessWindowMs: number;
  /** Pending phase: this many reminders pending over the next week at the last stage. */
  pendingN: number;
  /** Keep the throwaway database for a look afterwards. */
  keep: boolean;
}

// 3,000 over 30 s is 100 due per second: well below what the worker delivers, so lateness
// measures timers and the work before the send, not a queue; the window spans a scheduler scan.
const DEFAULTS = { n: 5000, latenessN: 3000, latenessWindowMs: 30_000, pendingN: 50_000 };

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseUsage(argv);
  return {
    n: positiveInteger('--n', values.n, DEFAULTS.n),
    latenessN: positiveInteger('--lateness-n', values['lateness-n'], DEFAULTS.latenessN),
    latenessWindowMs: positiveInteger('--lateness-window-ms', values['lateness-window-ms'], DEFAULTS.latenessWindowMs),
    pendingN: positiveInteger('--pending-n', values['pending-n'], DEFAULTS.pendingN),
    keep: values.keep ?? false,
  };
}

function parseUsage(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        n: { type: 'string' },
        'lateness-n': { type: 'string' },
        'lateness-window-ms': { type: 'string' },
        'pending-n': { type: 'string' },
        keep: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message}. Flags: --n <count> --lateness-n <count> --lateness-window-ms <ms> --pending-n <count> --keep`,
    );
  }
}
