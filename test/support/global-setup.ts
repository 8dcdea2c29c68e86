// Global setup runs outside Jest's module mapping: register the tsconfig path aliases first.
import './register-path-aliases';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { provisionDatabase, runMigrations, syncBuiltinPlans } from '@prep/persistence';
import { testDatabaseUrls } from './test-database';

/** Creates a fresh database (and the roles, if missing), migrates it, and hands its URLs to the workers. */
export default async function globalSetup(): Promise<void> {
  const database = `prep_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const urls = testDatabaseUrls(database);
  await provisionDatabase(urls);
  await runMigrations(urls.ownerUrl);
  await syncBuiltinPlans(urls.ownerUrl, resolve(__dirname, '../../content'));
  Object.assign(process.env, {
    APP_ENV: 'test',
    DATABASE_URL: urls.appUrl,
    DATABASE_OWNER_URL: urls.ownerUrl,
    REDIS_PREFIX: `prep-test-${database}`,
    LOG_LEVEL: 'silent',
  });
}
