import type { MigrationInterface, QueryRunner } from 'typeorm';
import { definitionText, migrationTimestamp } from './sql-definitions';

/**
 * Puts a tenant table under the tenant rule (sql/policies/tenant.sql, as it stood at this
 * migration's point in history): row-level security enabled and forced, one policy comparing
 * organization_id with the transaction's organization setting.
 */
export async function enableTenantRls(
  queryRunner: QueryRunner,
  table: string,
  migration: MigrationInterface,
): Promise<void> {
  await queryRunner.query(tenantPolicyText(table, migrationTimestamp(migration)));
}

/** The tenant rule's text for one table. */
export function tenantPolicyText(table: string, asOf: number): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`Not a table name: ${table}`);
  return definitionText('policies/tenant', asOf).replaceAll('{{table}}', table);
}
