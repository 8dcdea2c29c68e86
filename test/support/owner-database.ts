/**
 * `openOwnerDatabase(url?)`: the owner role's connection for tests, to read and write rows behind
 * row-level security (the owner bypasses it), e.g. to look at what a request stored or to move a
 * reminder's due time. The run's database by default; an isolated database carries its own. A
 * small pool, so a test can look at several rows at once; `end()` it after the file, or
 * `closeOwnerDatabase()` it when the database is dropped next.
 */
import { Pool } from 'pg';
import { loadConfig } from '@prep/config';
import { onEvents, waitFor } from './wait-for';

export type OwnerDatabase = Pool;

export function openOwnerDatabase(url: string = loadConfig().database.ownerUrl): OwnerDatabase {
  const pool = new Pool({ connectionString: url, max: 4 });
  // An idle connection can be terminated (a database dropped WITH (FORCE), Postgres restarting);
  // Pool re-emits that as an 'error', which must not crash the spec file.
  pool.on('error', () => undefined);
  return pool;
}

/** Ends the pool and waits until each of its connections is closed (pool.end() resolves earlier). */
export async function closeOwnerDatabase(pool: OwnerDatabase): Promise<void> {
  const open = pool.totalCount;
  let closed = 0;
  const countClosed = () => (closed += 1);
  pool.on('remove', countClosed);
  try {
    await pool.end();
    await waitFor(() => closed >= open, 'the owner pool to close its connections', {
      wakeOn: [onEvents(pool, 'remove')],
    });
  } finally {
    pool.off('remove', countClosed);
  }
}
