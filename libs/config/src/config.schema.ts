import { z } from 'zod';

/** Every variable either app reads. One schema: the apps take the parts they need. */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const positiveInt = z.coerce.number().int().positive();

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');

const redisUrl = z
  .string()
  .url()
  .refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// or rediss:// URL');

export const DEVELOPMENT_JWT_SECRET = 'development-only-secret-change-me-0123456789';
export const DEVELOPMENT_UNSUBSCRIBE_SECRET = 'development-only-unsubscribe-secret-0123456789';
export const DEVELOPMENT_DATABASE_URL = 'postgres://prep_app:prep_app@127.0.0.1:5432/prep';
export const DEVELOPMENT_DATABASE_OWNER_URL = 'postgres://prep_owner:prep_owner@127.0.0.1:5432/prep';

export const rawConfigSchema = z.object({
  /** Read only to agree with APP_ENV: production alone implies APP_ENV=production. */
  NODE_ENV: z.string().optional(),
  APP_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.string().url().default('http://localhost:3000'),
  DATABASE_URL: postgresUrl.default(DEVELOPMENT_DATABASE_URL),
  DATABASE_OWNER_URL: postgresUrl.default(DEVELOPMENT_DATABASE_OWNER_URL),
  DATABASE_ADMIN_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/postgres'),
  DATABASE_POOL_SIZE: positiveInt.max(200).default(10),
  REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9:{}_-]+$/i, 'letters, digits, : { } _ - only')
    .default('prep'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt.max(3600).default(900),
  SESSION_CHECK_CACHE_MS: z.coerce.number().int().min(0).max(5000).default(2000),
  REFRESH_TOKEN_TTL_DAYS: positiveInt.max(365).default(30),
  INVITATION_TTL_DAYS: positiveInt.max(60).default(7),
  PASSWORD_RESET_TTL_MINUTES: positiveInt.max(1440).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  GRAPHQL_INTROSPECTION: booleanFlag.optional(),
  GRAPHQL_ERROR_DETAILS: booleanFlag.optional(),
  GRAPHQL_MAX_DEPTH: positiveInt.max(50).default(10),
  GRAPHQL_MAX_ALIASES: positiveInt.max(100).default(15),
  GRAPHQL_MAX_COST: positiveInt.default(5000),
  GRAPHQL_MAX_PAGE_SIZE: positiveInt.max(500).default(100),
  HTTP_BODY_LIMIT_BYTES: positiveInt.default(100_000),
  AUTH_RATE_LIMIT_POINTS: positiveInt.default(10),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(60),
  TRUST_PROXY: booleanFlag.default(false),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  CONTENT_DIR: z.string().min(1).default('content'),
  WEB_APP_DIR: z.string().min(1).default('dist/apps/web'),
  LINK_TTL_DAYS_AFTER_INTERVIEW: positiveInt.max(365).default(30),
  CANDIDATE_PAGE_RATE_LIMIT_POINTS: positiveInt.default(30),
  REMINDER_HORIZON_MINUTES: positiveInt.max(7 * 24 * 60).default(24 * 60),
  REMINDER_SCAN_INTERVAL_SECONDS: positiveInt.max(3600).default(30),
  // With waits of at most five minutes, 400 attempts keep a reminder trying for about a day.
  REMINDER_MAX_ATTEMPTS: positiveInt.max(1000).default(400),
  REMINDER_RETRY_BASE_MS: positiveInt.max(3_600_000).default(15_000),
  // Once a relay is back, a reminder an outage held waits at most this long for its next attempt.
  REMINDER_RETRY_MAX_MS: positiveInt.max(24 * 3_600_000).default(5 * 60_000),
  // A send cut by a crash is taken over about 1.25 leases later; killed every 10 s, a worker may cut
  // a reminder's send twice, and at 10 s two takeovers still fit in the 30 s a reminder may be late.
  REMINDER_CLAIM_LEASE_MS: z.coerce.number().int().min(200).max(300_000).default(10_000),
  REMINDER_MESSAGE_SPACING_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 3_600_000)
    .default(30 * 60_000),
  INTERVIEW_DURATION_MINUTES: positiveInt.max(8 * 60).default(60),
  SMTP_URL: z
    .string()
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), 'must be an smtp:// or smtps:// URL')
    .optional(),
  SMTP_MESSAGES_PER_CONNECTION: positiveInt.max(1_000_000).default(100),
  MAIL_FROM: z.string().email().default('prep@localhost'),
  MAIL_DROP_DIR: z.string().min(1).default('tmp/mail'),
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  QUEUE_BOARD_USER: z.string().min(3).optional(),
  QUEUE_BOARD_PASSWORD: z.string().min(16, 'must be at least 16 characters').optional(),
  UNSUBSCRIBE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
});

export type RawConfig = z.infer<typeof rawConfigSchema>;
