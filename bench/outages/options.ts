import { parseArgs } from 'node:util';
import { positiveInteger, UsageError } from '../support/cli-options';
import type { SinkMode } from '../support/smtp-sink';

export const PHASES = ['kill', 'smtp', 'redis', 'postgres'] as const;
export type Phase = (typeof PHASES)[number];
export type OutageMode = Exclude<SinkMode, 'accept'> | 'both';

export interface OutageOptions {
  phases: Phase[];
  /** Kill loop: reminders due evenly over the window; the worker SIGKILLed and restarted every period. */
  killN: number;
  killWindowS: number;
  killEveryS: number;
  /** How long the relay takes to answer each message in the kill loop, so that kills find sends in flight. */
  killSmtpAnswerMs: number;
  /** SMTP outage: how long the relay is away, the reminders falling due over its first part, and how it is away. */
  smtpN: number;
  smtpOutageS: number;
  smtpDueWindowS: number;
  smtpOutageMode: OutageMode;
  /** Redis restarted empty: reminders due while it is down (and a little after), and how long it is down. */
  redisN: number;
  redisDownS: number;
  /** Postgres: every worker connection terminated every period while reminders fall due. */
  postgresN: number;
  postgresWindowS: number;
  postgresTerminateEveryS: number;
  keep: boolean;
}

// The sizes: 1,000 reminders while the worker is killed every 10 s, a 10-minute SMTP outage.
const DEFAULTS = {
  killN: 1000,
  killWindowS: 90,
  killEveryS: 10,
  killSmtpAnswerMs: 200,
  smtpN: 200,
  smtpOutageS: 600,
  smtpDueWindowS: 120,
  redisN: 200,
  redisDownS: 60,
  postgresN: 300,
  postgresWindowS: 60,
  postgresTerminateEveryS: 5,
};

const NUMBER_FLAGS = {
  killN: '--kill-n',
  killWindowS: '--kill-window-s',
  killEveryS: '--kill-every-s',
  killSmtpAnswerMs: '--kill-smtp-answer-ms',
  smtpN: '--smtp-n',
  smtpOutageS: '--smtp-outage-s',
  smtpDueWindowS: '--smtp-due-window-s',
  redisN: '--redis-n',
  redisDownS: '--redis-down-s',
  postgresN: '--postgres-n',
  postgresWindowS: '--postgres-window-s',
  postgresTerminateEveryS: '--postgres-terminate-every-s',
} as const;

export function parseOptions(argv: string[]): OutageOptions {
  // Flags are built from the table above, so parseArgs cannot type them one by one.
  const values = parseUsage(argv).values as Record<string, string | boolean | undefined>;
  const numbers = Object.fromEntries(
    Object.entries(NUMBER_FLAGS).map(([key, flag]) => [
      key,
      positiveInteger(flag, values[flag.slice(2)] as string | undefined, DEFAULTS[key as keyof typeof DEFAULTS]),
    ]),
  ) as Record<keyof typeof NUMBER_FLAGS, number>;
  return {
    ...numbers,
    phases: phasesOf(values.phases as string | undefined),
    smtpOutageMode: outageModeOf(values['smtp-outage-mode'] as string | undefined),
    keep: (values.keep as boolean | undefined) ?? false,
  };
}

function phasesOf(value: string | undefined): Phase[] {
  if (value === undefined) return [...PHASES];
  const phases = value.split(',').map((phase) => phase.trim());
  const unknown = phases.filter((phase) => !(PHASES as readonly string[]).includes(phase));
  if (unknown.length) throw new UsageError(`--phases takes ${PHASES.join(',')}; got "${unknown.join(',')}"`);
  return phases as Phase[];
}

function outageModeOf(value: string | undefined): OutageMode {
  if (value === undefined) return 'both';
  if (value === 'refuse' || value === 'defer' || value === 'both') return value;
  throw new UsageError(`--smtp-outage-mode is refuse, defer or both; got "${value}"`);
}

function parseUsage(argv: string[]) {
  const strings = Object.fromEntries(
    [...Object.values(NUMBER_FLAGS), '--phases', '--smtp-outage-mode'].map((flag) => [
      flag.slice(2),
      { type: 'string' as const },
    ]),
  );
  try {
    return parseArgs({ args: argv, options: { ...strings, keep: { type: 'boolean', default: false } } });
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message}. Flags: ${Object.values(NUMBER_FLAGS).join(' <n> ')} <n> ` +
        `--phases ${PHASES.join(',')} --smtp-outage-mode refuse|defer|both --keep`,
    );
  }
}
