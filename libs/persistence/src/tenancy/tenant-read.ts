import { createHash } from 'node:crypto';
import { ClientBase, escapeLiteral, QueryResult } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { OrganizationDeletingError } from './organization-deleting-error';
import { runSimpleQuery, TenantScope, tenantSettingSql } from './tenant-statements';

/** The read statements each connection has prepared (PREPARE lasts as long as the connection, rollbacks included). */
const preparedOn = new WeakMap<ClientBase, Set<string>>();

/**
 * One read statement in a read-only tenant transaction, sent with its transaction control as ONE
 * simple query (start, the tenant's setting, the statement, commit): one round trip instead of
 * three. The statement is an SQL-level prepared statement, prepared in the same query the first
 * time a connection runs it, so Postgres plans it once per connection as it does the API's other
 * hot statements; its values are sent as quoted literals.
 */
export async function readInTenant<T>(
  dataSource: DataSource,
  scope: TenantScope,
  sql: string,
  values: string[],
): Promise<T[]> {
  const runner = dataSource.createQueryRunner() as PostgresQueryRunner;
  try {
    const client: ClientBase = await runner.connect();
    const prepared = preparedOn.get(client) ?? new Set<string>();
    preparedOn.set(client, prepared);
    const name = readStatementName(sql);
    const prepare = prepared.has(name) ? '' : `PREPARE ${name} AS ${sql}; `;
    const execute = values.length ? `EXECUTE ${name}(${values.map(escapeLiteral).join(', ')})` : `EXECUTE ${name}`;
    const text = `${prepare}START TRANSACTION READ ONLY; ${tenantSettingSql(scope)}; ${execute}; COMMIT`;
    const results = await runSimpleQuery(runner, client, text).catch((error: unknown) =>
      recover(client, prepared, name, error),
    );
    prepared.add(name);
    const [, scoped, read] = results.slice(prepare ? 1 : 0);
    if (scoped.rows[0].unavailable === true) throw new OrganizationDeletingError(scope.organizationId);
    return read.rows;
  } finally {
    await runner.release();
  }
}

/**
 * A failed statement leaves the transaction aborted and the rest of the query unrun: roll back,
 * and learn whether the PREPARE before it took (it outlives the rollback).
 */
async function recover(client: ClientBase, prepared: Set<string>, name: string, error: unknown): Promise<never> {
  const check = `ROLLBACK; SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = ${escapeLiteral(name)}`;
  const results: unknown = await client.query(check).catch(() => null);
  const found = Array.isArray(results) ? (results[1] as QueryResult<{ n: number }>).rows[0].n : 0;
  if (found > 0) prepared.add(name);
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
