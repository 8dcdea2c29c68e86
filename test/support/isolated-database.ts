import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { loadConfig } from '@prep/config';
import { dropDatabase, provisionDatabase, runMigrations, syncBuiltinPlans } from '@prep/persistence';
import { testDatabaseUrls } from './test-database';

export interface IsolatedDatabase {
  appUrl: string;
  ownerUrl: string;
  drop: () => Promise<void>;
}

/**
 * A migrated database of its own, for spec files that run a worker: its scheduler reads due
 * reminders across every organization, so on the shared database it would send (or steal)
 * other files' reminders.
 */
export async function createIsolatedDatabase(label: string): Promise<IsolatedDatabase> {
  const base = new URL(loadConfig().database.url).pathname.slice(1);
  const database = `${`${base}_${label}`.slice(0, 50)}_${randomBytes(2).toString('hex')}`;
  const urls = testDatabaseUrls(database);
  await provisionDatabase(urls);
  await runMigrations(urls.ownerUrl);
  await syncBuiltinPlans(urls.ownerUrl, resolve(__dirname, '../../content'));
  return { appUrl: urls.appUrl, ownerUrl: urls.ownerUrl, drop: () => dropDatabase(urls.adminUrl, database) };
}
