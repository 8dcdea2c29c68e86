import { z } from 'zod';
import { ConfigProblem, ConfigValidationError } from './config-problem';
import { DEVELOPMENT_JWT_SECRET, DEVELOPMENT_UNSUBSCRIBE_SECRET, RawConfig, rawConfigSchema } from './config.schema';
import { environmentDisagreement, productionSecretProblems, withNodeEnvDefault } from './production-safety';

export { ConfigValidationError } from './config-problem';
export type { ConfigProblem } from './config-problem';

export type AppEnvironment = RawConfig['APP_ENV'];

/** Validated, typed configuration. Built once at start and injected; never read from the env later. */
export interface AppConfig {
  environment: AppEnvironment;
  http: { host: string; port: number; bodyLimitBytes: number; trustProxy: boolean; shutdownTimeoutMs: number };
  appUrl: string;
  database: { url: string; ownerUrl: string; adminUrl: string; poolSize: number };
  redis: { url: string; prefix: string };
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    /** How long one process trusts a session-and-member check; the lag of a revocation. */
    sessionCheckCacheMs: number;
    refreshTokenTtlDays: number;
    invitationTtlDays: number;
    passwordResetTtlMinutes: number;
    rateLimit: { points: number; windowSeconds: number };
  };
  graphql: {
    introspection: boolean;
    errorDetails: boolean;
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxPageSize: number;
  };
  logLevel: RawConfig['LOG_LEVEL'];
  /** `auto`: readable lines for a person at a terminal in development, JSON otherwise. */
  logFormat: RawConfig['LOG_FORMAT'];
  /** Built-in plans and email templates (relative paths are from the working directory). */
  contentDir: string;
  /** The coach app's built files, served at /app (relative paths are from the working directory). */
  webAppDir: string;
  candidateLinks: { ttlDaysAfterInterview: number; failedLookupsPerMinute: number };
  reminders: {
    horizonMinutes: number;
    scanIntervalSeconds: number;
    /** Transient failures: attempts in all, the first wait and the longest. */
    retry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
    /** A send's claim on its row; renewed while the send runs, so only a stopped worker's claim runs out. */
    claimLeaseMs: number;
    /** At send time, automatic messages to one recipient are at least this far apart (0: not checked). */
    messageSpacingMs: number;
    /** How long the calendar event of an interview lasts (the assignment records only its start). */
    interviewDurationMinutes: number;
  };
  /** Where the worker serves /metrics (0: not served). */
  workerMetricsPort: number;
  /** Operator login for the queue dashboard; without it the dashboard is not mounted. */
  queueBoard: { user: string; password: string } | null;
  mail: {
    /** Where to send; without it (development and test only) mail is written to dropDir. */
    smtpUrl: string | null;
    /** A pooled SMTP connection is replaced after this many messages. */
    messagesPerConnection: number;
    from: string;
    dropDir: string;
    unsubscribeSecret: string;
  };
}

/**
 * Parses and validates the environment. The one place that reads process.env.
 * Throws ConfigValidationError naming every bad variable, one line each.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const present = withNodeEnvDefault(withoutEmptyValues(env));
  const disagreement = environmentDisagreement(present);
  const parsed = rawConfigSchema.safeParse(present);
  const problems = onePerVariable([
    ...(disagreement ? [disagreement] : []),
    ...(parsed.success ? crossVariableProblems(parsed.data) : toProblems(parsed.error, present)),
    ...(present.APP_ENV === 'production' ? productionSecretProblems(present) : []),
  ]);
  if (problems.length > 0 || !parsed.success) throw new ConfigValidationError(problems);
  return toAppConfig(parsed.data);
}

/** The environment with some variables replaced; for tools and tests that run a variant. */
export function loadConfigWithOverrides(overrides: Record<string, string | undefined>): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}

function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

/** One problem per bad variable; never echoes a value, which may be a secret. */
function toProblems(error: z.ZodError, env: Record<string, string>): ConfigProblem[] {
  const byVariable = new Map<string, ConfigProblem>();
  for (const issue of error.issues) {
    const variable = String(issue.path[0] ?? 'environment');
    if (!byVariable.has(variable)) byVariable.set(variable, { variable, problem: describeIssue(issue, variable, env) });
  }
  return [...byVariable.values()];
}

function describeIssue(issue: z.core.$ZodIssue, variable: string, env: Record<string, string>): string {
  if (!(variable in env)) return 'is required';
  if (issue.code === 'invalid_type') return `must be a ${issue.expected}`;
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

function crossVariableProblems(raw: RawConfig): ConfigProblem[] {
  if (Boolean(raw.QUEUE_BOARD_USER) === Boolean(raw.QUEUE_BOARD_PASSWORD)) return [];
  return [
    {
      variable: raw.QUEUE_BOARD_USER ? 'QUEUE_BOARD_PASSWORD' : 'QUEUE_BOARD_USER',
      problem: 'is required when the other queue board variable is set',
    },
  ];
}

/** The first problem found for each variable. */
function onePerVariable(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter(({ variable }) => !seen.has(variable) && seen.add(variable));
}

function toAppConfig(raw: RawConfig): AppConfig {
  const isProduction = raw.APP_ENV === 'production';
  return {
    environment: raw.APP_ENV,
    http: {
      host: raw.HOST,
      port: raw.PORT,
      bodyLimitBytes: raw.HTTP_BODY_LIMIT_BYTES,
      trustProxy: raw.TRUST_PROXY,
      shutdownTimeoutMs: raw.SHUTDOWN_TIMEOUT_MS,
    },
    appUrl: raw.APP_URL.replace(/\/+$/, ''),
    database: {
      url: raw.DATABASE_URL,
      ownerUrl: raw.DATABASE_OWNER_URL,
      adminUrl: raw.DATABASE_ADMIN_URL,
      poolSize: raw.DATABASE_POOL_SIZE,
    },
    redis: { url: raw.REDIS_URL, prefix: raw.REDIS_PREFIX },
    auth: {
      jwtSecret: raw.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      accessTokenTtlSeconds: raw.ACCESS_TOKEN_TTL_SECONDS,
      sessionCheckCacheMs: raw.SESSION_CHECK_CACHE_MS,
      refreshTokenTtlDays: raw.REFRESH_TOKEN_TTL_DAYS,
      invitationTtlDays: raw.INVITATION_TTL_DAYS,
      passwordResetTtlMinutes: raw.PASSWORD_RESET_TTL_MINUTES,
      rateLimit: { points: raw.AUTH_RATE_LIMIT_POINTS, windowSeconds: raw.AUTH_RATE_LIMIT_WINDOW_SECONDS },
    },
    graphql: {
      // Production defaults are closed; an operator must opt in explicitly.
      introspection: raw.GRAPHQL_INTROSPECTION ?? !isProduction,
      errorDetails: raw.GRAPHQL_ERROR_DETAILS ?? !isProduction,
      maxDepth: raw.GRAPHQL_MAX_DEPTH,
      maxAliases: raw.GRAPHQL_MAX_ALIASES,
      maxCost: raw.GRAPHQL_MAX_COST,
      maxPageSize: raw.GRAPHQL_MAX_PAGE_SIZE,
    },
    logLevel: raw.LOG_LEVEL,
    logFormat: raw.LOG_FORMAT,
    contentDir: raw.CONTENT_DIR,
    webAppDir: raw.WEB_APP_DIR,
    candidateLinks: {
      ttlDaysAfterInterview: raw.LINK_TTL_DAYS_AFTER_INTERVIEW,
      failedLookupsPerMinute: raw.CANDIDATE_PAGE_RATE_LIMIT_POINTS,
    },
    reminders: {
      horizonMinutes: raw.REMINDER_HORIZON_MINUTES,
      scanIntervalSeconds: raw.REMINDER_SCAN_INTERVAL_SECONDS,
      retry: {
        maxAttempts: raw.REMINDER_MAX_ATTEMPTS,
        baseDelayMs: raw.REMINDER_RETRY_BASE_MS,
        maxDelayMs: raw.REMINDER_RETRY_MAX_MS,
      },
      claimLeaseMs: raw.REMINDER_CLAIM_LEASE_MS,
      messageSpacingMs: raw.REMINDER_MESSAGE_SPACING_MS,
      interviewDurationMinutes: raw.INTERVIEW_DURATION_MINUTES,
    },
    workerMetricsPort: raw.WORKER_METRICS_PORT,
    queueBoard:
      raw.QUEUE_BOARD_USER && raw.QUEUE_BOARD_PASSWORD
        ? { user: raw.QUEUE_BOARD_USER, password: raw.QUEUE_BOARD_PASSWORD }
        : null,
    mail: {
      smtpUrl: raw.SMTP_URL ?? null,
      messagesPerConnection: raw.SMTP_MESSAGES_PER_CONNECTION,
      from: raw.MAIL_FROM,
      dropDir: raw.MAIL_DROP_DIR,
      unsubscribeSecret: raw.UNSUBSCRIBE_SECRET ?? DEVELOPMENT_UNSUBSCRIBE_SECRET,
    },
  };
}
