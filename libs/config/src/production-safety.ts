import type { ConfigProblem } from './config-problem';
import {
  DEVELOPMENT_DATABASE_OWNER_URL,
  DEVELOPMENT_DATABASE_URL,
  DEVELOPMENT_JWT_SECRET,
  DEVELOPMENT_UNSUBSCRIBE_SECRET,
} from './config.schema';

// Values committed to this repository (schema defaults, docker-compose.yml) are known to anyone.
const PUBLIC_SECRETS: Record<'JWT_SECRET' | 'UNSUBSCRIBE_SECRET', string[]> = {
  JWT_SECRET: [DEVELOPMENT_JWT_SECRET, 'compose-development-secret-change-me-please'],
  UNSUBSCRIBE_SECRET: [DEVELOPMENT_UNSUBSCRIBE_SECRET, 'compose-development-unsubscribe-secret-change-me'],
};
const DEVELOPMENT_DATABASE_PASSWORDS = new Set<string | null>(
  [DEVELOPMENT_DATABASE_URL, DEVELOPMENT_DATABASE_OWNER_URL].map((url) => decodeURIComponent(new URL(url).password)),
);

/**
 * NODE_ENV=production alone means production (the Node convention many deployments follow), so
 * it never falls back to the development defaults.
 */
export function withNodeEnvDefault(env: Record<string, string>): Record<string, string> {
  return env.APP_ENV === undefined && env.NODE_ENV === 'production' ? { ...env, APP_ENV: 'production' } : env;
}

/**
 * NODE_ENV and APP_ENV that disagree about production are refused rather than guessed between.
 * An unset NODE_ENV agrees with anything; test and development agree with each other.
 */
export function environmentDisagreement(env: Record<string, string>): ConfigProblem | null {
  const { NODE_ENV: nodeEnv, APP_ENV: appEnv = 'development' } = env;
  if (nodeEnv === undefined || (nodeEnv === 'production') === (appEnv === 'production')) return null;
  return {
    variable: 'NODE_ENV',
    problem: `is "${nodeEnv}" but APP_ENV is "${appEnv}"; they must agree about production (or leave NODE_ENV unset)`,
  };
}

/**
 * In production every secret must be set explicitly and differ from the development values in
 * this repository: a default here is a key anyone can read. Lists every offending variable; reads
 * the environment as given, so it also runs when another variable failed validation.
 */
export function productionSecretProblems(env: Record<string, string>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const variable of ['JWT_SECRET', 'UNSUBSCRIBE_SECRET'] as const) {
    const value = env[variable];
    if (value === undefined) problems.push({ variable, problem: 'is required in production' });
    else if (PUBLIC_SECRETS[variable].includes(value))
      problems.push({ variable, problem: 'is a development value from the source; set a secret of your own' });
  }
  for (const variable of ['DATABASE_URL', 'DATABASE_OWNER_URL'] as const) {
    const value = env[variable];
    if (value === undefined)
      problems.push({ variable, problem: 'is required in production (the default has the development password)' });
    else if (DEVELOPMENT_DATABASE_PASSWORDS.has(passwordOf(value)))
      problems.push({ variable, problem: 'has the development password; set a password of your own' });
  }
  if (env.SMTP_URL === undefined) problems.push({ variable: 'SMTP_URL', problem: 'is required in production' });
  return problems;
}

/** The URL's password; an unparsable URL is reported by the schema, not here. */
function passwordOf(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return null;
  }
}
