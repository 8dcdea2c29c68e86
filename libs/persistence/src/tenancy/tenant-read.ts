import { createHash } from 'node:crypto';
import { ClientBase, escapeLiteral, QueryResult } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { OrganizationDeletingError } from './organization-deleting-error';
import { linkTenantSettingSql, runSimpleQuery, TenantScope, tenantSettingSql } from './tenant-statements';

/** A read statement with `$n` parameters and their values. */
export interface TenantReadStatement {
  sql: string;
  values: readonly ReadValue[];
}

/** What a read's parameter may be; each is sent as a quoted literal. */
export type ReadValue = string | number | boolean | Date | null | readonly string[];

/**
 * A prepared read is planned once per connection. Left to choose, Postgres keeps planning these
 * statements for every execution whenever the generic plan's estimate looks dearer than the custom
 * ones (the roster's did: about 5 ms of planning for 4 ms of work). They are lookups through
 * indexes led by the organization, whose plan does not depend on the values. Transaction-local.
 */
const GENERIC_PLANS_SQL = `SET LOCAL plan_cache_mode = force_generic_plan`;

/** The read statements each connection has prepared (PREPARE lasts as long as the connection, rollbacks included). */
const preparedOn = new WeakMap<ClientBase, Set<string>>();

/**
 * Read statements in one read-only tenant transaction, sent with its transaction control as ONE
 * simple query (start, the tenant's setting, the statements, commit): one round trip however many
 * statements. Each statement is an SQL-level prepared statement, prepared in the same query the
 * first time a connection runs it, so Postgres plans it once per connection as it does the API's
 * other hot statements; its values are sent as quoted literals. Answers each statement's rows, in order.
 */
export async function readAllInTenant(
  dataSource: DataSource,
  scope: TenantScope,
  statements: readonly TenantReadStatement[],
): Promise<unknown[][]> {
  const { rows } = await readAll(dataSource, tenantSettingSql(scope), statements);
  return rows;
}

/**
 * As `readAllInTenant`, in the organization a private link's hash belongs to, looked up in the same
 * query: the candidate page's one round trip. Null when the hash opens no organization; statements
 * read the organization from the tenant setting.
 */
export async function readAllByAssignmentLink(
  dataSource: DataSource,
  tokenHash: string,
  statements: readonly TenantReadStatement[],
): Promise<unknown[][] | null> {
  const { rows, organizationId } = await readAll(dataSource, linkTenantSettingSql(tokenHash), statements);
  return organizationId === null ? null : rows;
}

async function readAll(
  dataSource: DataSource,
  settingSql: string,
  statements: readonly TenantReadStatement[],
): Promise<{ rows: unknown[][]; organizationId: string | null }> {
  const runner = dataSource.createQueryRunner() as PostgresQueryRunner;
  try {
    const client: ClientBase = await runner.connect();
    const prepared = preparedOn.get(client) ?? new Set<string>();
    preparedOn.set(client, prepared);
    const names = statements.map((statement) => readStatementName(statement.sql));
    const toPrepare = [...new Set(names)].filter((name) => !prepared.has(name));
    const prepares = toPrepare.map((name) => `PREPARE ${name} AS ${statements[names.indexOf(name)].sql}; `);
    const executes = statements.map((statement, index) => `${executeSql(names[index], statement.values)}; `);
    const start = `START TRANSACTION READ ONLY; ${GENERIC_PLANS_SQL}; ${settingSql}`;
    const text = `${prepares.join('')}${start}; ${executes.join('')}COMMIT`;
    // Logged statement by statement, each with its values, as if sent alone: what runs, readably.
    const logged: Array<[string, unknown[]]> = [
      [start, []],
      ...statements.map(({ sql, values }): [string, unknown[]] => [sql, [...values]]),
      ['COMMIT', []],
    ];
    const results = await runSimpleQuery(runner, client, text, logged).catch((error: unknown) =>
      recover(client, prepared, toPrepare, error),
    );
    for (const name of toPrepare) prepared.add(name);
    const [, , scoped, ...reads] = results.slice(toPrepare.length);
    const { unavailable, organization_id: organizationId } = scoped.rows[0];
    if (unavailable === true) throw new OrganizationDeletingError(organizationId);
    return { rows: reads.slice(0, statements.length).map((read) => read.rows), organizationId: organizationId || null };
  } finally {
    await runner.release();
  }
}

/** One read statement in its own read-only tenant transaction, in one round trip. */
export async function readInTenant<T>(
  dataSource: DataSource,
  scope: TenantScope,
  sql: string,
  values: string[],
): Promise<T[]> {
  const [rows] = await readAllInTenant(dataSource, scope, [{ sql, values }]);
  return rows as T[];
}

function executeSql(name: string, values: readonly ReadValue[]): string {
  return values.length ? `EXECUTE ${name}(${values.map(sqlLiteral).join(', ')})` : `EXECUTE ${name}`;
}

/** A value as the literal Postgres casts to the parameter's type (instants in UTC, arrays as array literals). */
export function sqlLiteral(value: ReadValue): string {
  if (value === null) return 'NULL';
  if (value instanceof Date) return escapeLiteral(value.toISOString());
  if (typeof value === 'string') return escapeLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean') return escapeLiteral(String(value));
  return escapeLiteral(`{${value.map((item) => `"${item.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`);
}

/**
 * A failed statement leaves the transaction aborted and the rest of the query unrun: roll back,
 * and learn which of the PREPAREs before it took (they outlive the rollback).
 */
async function recover(client: ClientBase, prepared: Set<string>, names: string[], error: unknown): Promise<never> {
  const list = names.map(escapeLiteral).join(', ') || 'NULL';
  const check = `ROLLBACK; SELECT name FROM pg_prepared_statements WHERE name IN (${list})`;
  const results: unknown = await client.query(check).catch(() => null);
  const found = Array.isArray(results) ? (results[1] as QueryResult<{ name: string }>).rows : [];
  for (const row of found) prepared.add(row.name);
  throw error;
}

const names = new Map<string, string>();

/** Named by the text's hash, so one name never means two texts; apart from the protocol-level `prep_` names. */
function readStatementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `read_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    // Texts are a bounded set (built from code, never from input); the cap only guards that.
    if (names.size < 1_000) names.set(sql, name);
  }
  return name;
}
