import { AppConfig } from './app-config';

export type BackingService = 'PostgreSQL' | 'Redis';

/** Thrown by the start-up preflight checks when a backing service does not answer. */
export class ServiceUnreachableError extends Error {
  constructor(
    readonly service: BackingService,
    options?: { cause?: unknown },
  ) {
    super(`${service} is unreachable`, options);
    this.name = 'ServiceUnreachableError';
  }
}

const HOW_TO_START: Record<BackingService, { variable: string; howToStart: string }> = {
  PostgreSQL: {
    variable: 'DATABASE_URL',
    howToStart: '`docker compose up -d postgres` (or `pg_ctlcluster <version> main start`)',
  },
  Redis: { variable: 'REDIS_URL', howToStart: '`docker compose up -d redis` (or `redis-server --daemonize yes`)' },
};

/**
 * One line that says which service is unreachable, at which address, and how to start it;
 * null for any other error.
 */
export function describeUnreachableService(error: unknown, config: AppConfig): string | null {
  if (!(error instanceof ServiceUnreachableError)) return null;
  const { variable, howToStart } = HOW_TO_START[error.service];
  const { hostname, port } = new URL(error.service === 'Redis' ? config.redis.url : config.database.url);
  const defaultPort = error.service === 'Redis' ? '6379' : '5432';
  return (
    `${error.service} is unreachable at ${hostname}:${port || defaultPort} (${variable}). ` +
    `Start it with ${howToStart}, or point ${variable} at a running server.`
  );
}
