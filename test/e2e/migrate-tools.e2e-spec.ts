import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '@prep/config';
import { dropDatabase } from '@prep/persistence';
import { MIGRATIONS } from '../../libs/persistence/src/migrations';
import { currentDefinitions } from '../../libs/persistence/src/migrations/sql-definitions';
import { withPg } from '../support/fixtures';
import { testDatabaseUrls } from '../support/test-database';

// The built tools, run as a deployment runs them (npm test builds first). They read the SQL
// definitions the build copied into dist: the working directory is elsewhere on purpose.
const root = resolve(__dirname, '../..');
const DB_SETUP = resolve(root, 'dist/apps/api/apps/api/tools/db-setup.js');
const MIGRATE = resolve(root, 'dist/apps/api/apps/api/tools/migrate.js');

const run = promisify(execFile);

describe('db:setup and db:migrate from the build (e2e)', () => {
  const base = new URL(loadConfig().database.url).pathname.slice(1);
  const database = `${base}_migrate_tools_${process.pid}`.slice(0, 60);
  const urls = testDatabaseUrls(database);
  let elsewhere: string;

  const tool = (main: string) =>
    run(process.execPath, [main], {
      cwd: elsewhere,
      env: {
        APP_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_ADMIN_URL: urls.adminUrl,
        DATABASE_OWNER_URL: urls.ownerUrl,
        DATABASE_URL: urls.appUrl,
        CONTENT_DIR: resolve(root, 'content'),
      },
    });

  beforeAll(() => {
    if (!existsSync(DB_SETUP) || !existsSync(MIGRATE)) throw new Error('Build the apps first: npm run build');
    elsewhere = mkdtempSync(resolve(tmpdir(), 'prep-tools-'));
  });
  afterAll(async () => {
    await dropDatabase(urls.adminUrl, database);
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('creates and migrates a fresh database to the current definitions, then finds nothing left to do', async () => {
    const setup = await tool(DB_SETUP);
    expect(setup.stdout).toContain(`Database "${database}" created.`);
    expect(setup.stdout).toContain(`Applied migrations: ${MIGRATIONS.map((migration) => migration.name).join(', ')}`);

    const functions = await withPg(urls.ownerUrl, async (db) => {
      const rows = await db.query(`SELECT DISTINCT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace`);
      return rows.rows.map((row) => `functions/${row.proname}`).sort();
    });
    expect(functions).toEqual(currentDefinitions('functions'));

    const again = await tool(MIGRATE);
    expect(again.stdout).toContain('Schema is up to date.');
  });
});
