// Global setup runs outside Jest's module mapping: register the tsconfig path aliases first.
import './register-path-aliases';
import { randomBytes } from 'node:crypto';
import { cloneTemplate, createTemplateDatabase, templateName } from './test-database';

/**
 * Migrates the run's template database once, clones the run's shared database from it, and hands
 * the URLs to the workers (isolated databases clone the same template; see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  const database = `prep_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await createTemplateDatabase(templateName(database));
  const urls = await cloneTemplate(templateName(database), database);
  Object.assign(process.env, {
    APP_ENV: 'test',
    DATABASE_URL: urls.appUrl,
    DATABASE_OWNER_URL: urls.ownerUrl,
    REDIS_PREFIX: `prep-test-${database}`,
    LOG_LEVEL: 'silent',
  });
}
