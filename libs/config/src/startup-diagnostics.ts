import { AppConfig } from './app-config';

interface ServiceDescription {
  name: string;
  variable: string;
  url: string;
  howToStart: string;
}

/**
 * Turns a connection failure at start into one line that says which service, at which
 * address, and how to start it. Returns null for errors that are not about reaching a service.
 */
export function describeUnreachableService(error: unknown, config: AppConfig): string | null {
  const service = identifyService(error, config);
  if (!service) return null;
  const { host, port } = new URL(service.url);
  return `${service.name} is unreachable at ${host}:${port} (${service.variable}). Start it with ${service.howToStart}, or point ${service.variable} at a running server.`;
}

function identifyService(error: unknown, config: AppConfig): ServiceDescription | null {
  const text = errorText(error);
  if (!/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|EAI_AGAIN|Connection terminated|timeout/i.test(text)) return null;
  const redisPort = new URL(config.redis.url).port || '6379';
  const isRedis = /redis/i.test(text) || new RegExp(`:${redisPort}\\b`).test(text);
  return isRedis
    ? { name: 'Redis', variable: 'REDIS_URL', url: config.redis.url, howToStart: '`docker compose up -d redis` (or `redis-server --daemonize yes`)' }
    : { name: 'PostgreSQL', variable: 'DATABASE_URL', url: config.database.url, howToStart: '`docker compose up -d postgres` (or `pg_ctlcluster <version> main start`)' };
}

function errorText(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(errorText).join(' ');
  if (error instanceof Error) return `${error.name} ${error.message} ${(error as { code?: string }).code ?? ''} ${error.cause ? errorText(error.cause) : ''}`;
  return String(error);
}
