/**
 * `createIsolatedDatabase(label)`: a database of its own, cloned from the run's migrated template,
 * for spec files that run a worker: its scheduler reads due reminders across every organization,
 * so on the shared database it would send (or steal) other files' reminders. It comes with the
 * owner role's pool on it; `drop()` closes that pool and drops the database.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@prep/config';
import { closeOwnerDatabase, openOwnerDatabase, OwnerDatabase } from './owner-database';
import { cloneTemplate, dropTestDatabase, templateName } from './test-database';

export interface IsolatedDatabase {
  appUrl: string;
  ownerUrl: string;
  owner: OwnerDatabase;
  drop: () => Promise<void>;
}

export async function createIsolatedDatabase(label: string): Promise<IsolatedDatabase> {
  const runDatabase = new URL(loadConfig().database.url).pathname.slice(1);
  const database = `${`${runDatabase}_${label}`.slice(0, 50)}_${randomBytes(2).toString('hex')}`;
  const urls = await cloneTemplate(templateName(runDatabase), database);
  const owner = openOwnerDatabase(urls.ownerUrl);
  return {
    appUrl: urls.appUrl,
    ownerUrl: urls.ownerUrl,
    owner,
    drop: async () => {
      await closeOwnerDatabase(owner);
      await dropTestDatabase(database);
    },
  };
}
