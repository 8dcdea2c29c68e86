import './register-path-aliases';
import { loadConfig } from '@prep/config';
import { deleteKeys } from './redis-keys';
import { dropRunDatabases } from './test-database';

/** Drops the run's databases (template, shared, leftovers) and its Redis keys, all named by the env global setup wrote. */
export default async function globalTeardown(): Promise<void> {
  const config = loadConfig();
  await dropRunDatabases(new URL(config.database.url).pathname.slice(1));
  await deleteKeys(config.redis.url, config.redis.prefix);
}
