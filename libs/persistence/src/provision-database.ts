import { Client } from 'pg';
import { APP_ROLE, OWNER_ROLE } from './roles';

export interface ProvisionSettings {
  /** A superuser connection (any database) that may create roles and databases. */
  adminUrl: string;
  ownerUrl: string;
  appUrl: string;
}

/**
 * Creates the two roles and the database when missing; idempotent. The owner may bypass RLS
 * (it owns the credential-lookup functions); the app role may not, and owns nothing.
 */
export async function provisionDatabase(settings: ProvisionSettings): Promise<{ database: string; created: boolean }> {
  const owner = readRole(settings.ownerUrl, OWNER_ROLE, 'DATABASE_OWNER_URL');
  const app = readRole(settings.appUrl, APP_ROLE, 'DATABASE_URL');
  if (owner.database !== app.database) {
    throw new Error('DATABASE_URL and DATABASE_OWNER_URL must name the same database');
  }
  const admin = new Client({ connectionString: settings.adminUrl });
  await admin.connect();
  try {
    await ensureRole(admin, owner.user, owner.password, 'NOSUPERUSER NOCREATEROLE BYPASSRLS');
    await ensureRole(admin, app.user, app.password, 'NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS');
    const created = await ensureDatabase(admin, owner.database, owner.user);
    await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(owner.database)} TO ${quoteIdent(app.user)}`);
    return { database: owner.database, created };
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function readRole(url: string, expectedUser: string, variable: string) {
  const parsed = new URL(url);
  const user = decodeURIComponent(parsed.username);
  if (user !== expectedUser) {
    throw new Error(`${variable} must connect as the role "${expectedUser}" (the schema grants to it), not "${user}"`);
  }
  return { user, password: decodeURIComponent(parsed.password), database: parsed.pathname.replace(/^\//, '') };
}

async function ensureRole(admin: Client, name: string, password: string, attributes: string): Promise<void> {
  const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
  const verb = exists.rowCount ? 'ALTER' : 'CREATE';
  const passwordClause = password ? `PASSWORD ${quoteLiteral(password)}` : '';
  await admin.query(`${verb} ROLE ${quoteIdent(name)} LOGIN ${attributes} ${passwordClause}`);
}

async function ensureDatabase(admin: Client, name: string, owner: string): Promise<boolean> {
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount) return false;
  await admin.query(`CREATE DATABASE ${quoteIdent(name)} OWNER ${quoteIdent(owner)}`);
  return true;
}

function quoteIdent(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
