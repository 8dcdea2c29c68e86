import { parseArgs } from 'node:util';
import { positiveInteger, UsageError } from '../support/cli-options';

export interface BenchOptions {
  /** How many organizations are seeded; requests are spread over all of them. */
  orgs: number;
  /** Candidates per organization (each with one assignment, some with an earlier one too). */
  candidates: number;
  /** Seconds of each measured load run. */
  durationSeconds: number;
  /** Concurrent HTTP connections of each load run. */
  connections: number;
  /** Candidates of the one large organization the dashboard is also measured in (the cost ratio). */
  largeCandidates: number;
  /** Keep the throwaway database for a look afterwards. */
  keep: boolean;
}

const DEFAULTS = { orgs: 4, candidates: 2000, largeCandidates: 20000, durationSeconds: 10, connections: 10 };

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseUsage(argv);
  return {
    orgs: positiveInteger('--orgs', values.orgs, DEFAULTS.orgs),
    candidates: positiveInteger('--candidates', values.candidates, DEFAULTS.candidates),
    durationSeconds: positiveInteger('--duration', values.duration, DEFAULTS.durationSeconds),
    connections: positiveInteger('--connections', values.connections, DEFAULTS.connections),
    largeCandidates: positiveInteger('--large-candidates', values['large-candidates'], DEFAULTS.largeCandidates),
    keep: values.keep ?? false,
  };
}

function parseUsage(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        orgs: { type: 'string' },
        candidates: { type: 'string' },
        duration: { type: 'string' },
        connections: { type: 'string' },
        'large-candidates': { type: 'string' },
        keep: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message}. Flags: --orgs <count> --candidates <per org> --duration <seconds> --connections <count> --large-candidates <count> --keep`,
    );
  }
}
