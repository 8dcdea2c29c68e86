import { z } from 'zod';
import { DEVELOPMENT_JWT_SECRET, DEVELOPMENT_UNSUBSCRIBE_SECRET, RawConfig, rawConfigSchema } from './config.schema';

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
    refreshTokenTtlDays: number;
    invitationTtlDays: number;
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
  /** Built-in plans and email templates (relative paths are from the working directory). */
  contentDir: string;
  /** The coach app's built files, served at /app (relative paths are from the working directory). */
  webAppDir: string;
  candidateLinks: { ttlDaysAfterInterview: number; failedLookupsPerMinute: number };
  reminders: { horizonMinutes: number; scanIntervalSeconds: number; maxAttempts: number };
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

export class ConfigValidationError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigValidationError';
  }
}

/**
 * Parses and validates the environment. The one place that reads process.env.
 * Throws ConfigValidationError naming the first bad variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const present = withoutEmptyValues(env);
  const parsed = rawConfigSchema.safeParse(present);
  if (!parsed.success) throw toValidationError(parsed.error, present);
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

/** Names the first bad variable; never echoes its value, which may be a secret. */
function toValidationError(error: z.ZodError, env: Record<string, string>): ConfigValidationError {
  const issue = error.issues[0];
  const variable = String(issue.path[0] ?? 'environment');
  if (!(variable in env)) return new ConfigValidationError(variable, 'is required');
  if (issue.code === 'invalid_type') return new ConfigValidationError(variable, `must be a ${issue.expected}`);
  if (issue.code === 'invalid_value')
    return new ConfigValidationError(variable, `must be one of: ${issue.values.join(', ')}`);
  return new ConfigValidationError(variable, issue.message.replace(/^Invalid input: /, ''));
}

function toAppConfig(raw: RawConfig): AppConfig {
  const isProduction = raw.APP_ENV === 'production';
  if (isProduction && !raw.JWT_SECRET) throw new ConfigValidationError('JWT_SECRET', 'is required in production');
  if (Boolean(raw.QUEUE_BOARD_USER) !== Boolean(raw.QUEUE_BOARD_PASSWORD)) {
    throw new ConfigValidationError(
      raw.QUEUE_BOARD_USER ? 'QUEUE_BOARD_PASSWORD' : 'QUEUE_BOARD_USER',
      'is required when the other queue board variable is set',
    );
  }
  if (isProduction && !raw.SMTP_URL) throw new ConfigValidationError('SMTP_URL', 'is required in production');
  if (isProduction && !raw.UNSUBSCRIBE_SECRET)
    throw new ConfigValidationError('UNSUBSCRIBE_SECRET', 'is required in production');
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
      refreshTokenTtlDays: raw.REFRESH_TOKEN_TTL_DAYS,
      invitationTtlDays: raw.INVITATION_TTL_DAYS,
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
    contentDir: raw.CONTENT_DIR,
    webAppDir: raw.WEB_APP_DIR,
    candidateLinks: {
      ttlDaysAfterInterview: raw.LINK_TTL_DAYS_AFTER_INTERVIEW,
      failedLookupsPerMinute: raw.CANDIDATE_PAGE_RATE_LIMIT_POINTS,
    },
    reminders: {
      horizonMinutes: raw.REMINDER_HORIZON_MINUTES,
      scanIntervalSeconds: raw.REMINDER_SCAN_INTERVAL_SECONDS,
      maxAttempts: raw.REMINDER_MAX_ATTEMPTS,
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
