/**
 * `openOwnerDatabase(url?)`: the owner role's connection for tests, to read and write rows behind
 * row-level security (the owner bypasses it), e.g. to look at what a request stored or to move a
 * reminder's due time. The run's database by default; an isolated database carries its own. A
 * small pool, so a test can look at several rows at once; `end()` it after the file.
 */
import { Pool } from 'pg';
import { loadConfig } from '@prep/config';

export type OwnerDatabase = Pool;

export function openOwnerDatabase(url: string = loadConfig().database.ownerUrl): OwnerDatabase {
  const pool = new Pool({ connectionString: url, max: 4 });
  // end() resolves before its connections are closed, so dropping the database WITH (FORCE) right
  // after may terminate one of them; Pool re-emits that as an 'error', which must not crash the file.
  pool.on('error', () => undefined);
  return pool;
}
