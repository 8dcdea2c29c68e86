/**
 * The integration run's databases. Global setup migrates one template database (and loads the
 * built-in content into it) once; the run's shared database and every isolated database are
 * clones of it (`CREATE DATABASE … TEMPLATE …`), which takes a few tens of milliseconds where
 * migrating takes a few hundred. Global teardown drops them all. Names start with the run's
 * database name, which travels to the Jest workers in DATABASE_URL.
 */
import { resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@prep/config';
import { provisionDatabase, runMigrations, syncBuiltinPlans } from '@prep/persistence';

export interface TestDatabaseUrls {
  adminUrl: string;
  ownerUrl: string;
  appUrl: string;
}

export function testDatabaseUrls(database: string): TestDatabaseUrls {
  const defaults = loadConfig();
  const withDatabase = (url: string) => {
    const parsed = new URL(url);
    parsed.pathname = `/${database}`;
    return parsed.toString();
  };
  return {
    adminUrl: defaults.database.adminUrl,
    ownerUrl: withDatabase(defaults.database.ownerUrl),
    appUrl: withDatabase(defaults.database.url),
  };
}

export const templateName = (runDatabase: string) => `${runDatabase}_template`;

/**
 * Creates the roles and the template, migrated and with the built-in plans, then closes it to
 * connections: Postgres refuses to clone a database anyone is connected to.
 */
export async function createTemplateDatabase(template: string): Promise<void> {
  const urls = testDatabaseUrls(template);
  await provisionDatabase(urls);
  await runMigrations(urls.ownerUrl);
  await syncBuiltinPlans(urls.ownerUrl, resolve(__dirname, '../../content'));
  await asAdmin(urls.adminUrl, async (admin) => {
    await admin.query(`ALTER DATABASE ${quoteIdent(template)} WITH ALLOW_CONNECTIONS false IS_TEMPLATE true`);
    // A backend of the migration may still be on its way out.
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [template]);
  });
}

/** A new database with the template's schema and content, owned and reachable like a provisioned one. */
export async function cloneTemplate(template: string, database: string): Promise<TestDatabaseUrls> {
  const urls = testDatabaseUrls(database);
  const owner = new URL(urls.ownerUrl).username;
  const app = new URL(urls.appUrl).username;
  await asAdmin(urls.adminUrl, async (admin) => {
    await admin.query(
      `CREATE DATABASE ${quoteIdent(database)} TEMPLATE ${quoteIdent(template)} OWNER ${quoteIdent(owner)}`,
    );
    // Database privileges are not part of what a template copies; provisioning grants these.
    await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(database)} TO ${quoteIdent(app)}`);
  });
  return urls;
}

export async function dropTestDatabase(database: string): Promise<void> {
  await asAdmin(loadConfig().database.adminUrl, (admin) =>
    admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`),
  );
}

/** Drops the run's database, any isolated one a crashed file left behind, and the template last. */
export async function dropRunDatabases(runDatabase: string): Promise<void> {
  const template = templateName(runDatabase);
  await asAdmin(loadConfig().database.adminUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE (datname = $1 OR starts_with(datname, $1 || '_')) AND datname <> $2`,
      [runDatabase, template],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount === 0) return;
    await admin.query(`ALTER DATABASE ${quoteIdent(template)} WITH IS_TEMPLATE false`);
    await admin.query(`DROP DATABASE ${quoteIdent(template)} WITH (FORCE)`);
  });
}

async function asAdmin<T>(adminUrl: string, work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

function quoteIdent(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
