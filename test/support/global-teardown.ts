import './register-path-aliases';
import { Redis } from 'ioredis';
import { loadConfig } from '@prep/config';
import { dropDatabase } from '@prep/persistence';

/** Drops the run's database and its Redis keys (both named by the env global setup wrote). */
export default async function globalTeardown(): Promise<void> {
  const config = loadConfig();
  await dropDatabase(config.database.adminUrl, new URL(config.database.url).pathname.slice(1));
  await deleteKeys(config.redis.url, `${config.redis.prefix}*`);
}

async function deleteKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url);
  try {
    for await (const keys of redis.scanStream({ match: pattern, count: 500 })) {
      if ((keys as string[]).length) await redis.del(...(keys as string[]));
    }
  } finally {
    redis.disconnect();
  }
}
