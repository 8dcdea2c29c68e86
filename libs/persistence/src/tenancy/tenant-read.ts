import { ClientBase, escapeLiteral } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { OrganizationDeletingError } from './organization-deleting-error';
import { runSimpleQuery, TenantScope, tenantSettingSql } from './tenant-statements';

/**
 * One read statement in a read-only tenant transaction, sent with its transaction control as ONE
 * simple query (start, the tenant's setting, the statement, commit): one round trip instead of
 * three. A simple query takes no parameters, so each `$n` becomes its value as a quoted literal;
 * the statement is planned on every run, so this suits cheap statements, not the big views.
 */
export async function readInTenant<T>(
  dataSource: DataSource,
  scope: TenantScope,
  sql: string,
  values: string[],
): Promise<T[]> {
  const statement = sql.replace(/\$(\d+)/g, (_, index: string) => literal(values, Number(index)));
  const text = `START TRANSACTION READ ONLY; ${tenantSettingSql(scope)}; ${statement}; COMMIT`;
  const runner = dataSource.createQueryRunner() as PostgresQueryRunner;
  try {
    const client: ClientBase = await runner.connect();
    const results = await runSimpleQuery(runner, client, text).catch(async (error: unknown) => {
      // A failed statement leaves the transaction aborted, and the rest of the query unrun.
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    });
    if (results[1].rows[0].unavailable === true) throw new OrganizationDeletingError(scope.organizationId);
    return results[2].rows;
  } finally {
    await runner.release();
  }
}

function literal(values: string[], index: number): string {
  const value = values[index - 1];
  if (typeof value !== 'string') throw new Error(`no string value for $${index}`);
  return escapeLiteral(value);
}
