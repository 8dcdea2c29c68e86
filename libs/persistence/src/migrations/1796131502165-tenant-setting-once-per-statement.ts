import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantPolicyText } from './rls';
import { applyDefinitions, migrationTimestamp, restoreDefinitions } from './sql-definitions';

/**
 * Every policy reads the tenant (and acting user) setting once per statement instead of once per
 * row and subquery: a roster page spent about half its time in Postgres on those reads.
 */
export class TenantSettingOncePerStatement1796131502165 implements MigrationInterface {
  name = 'TenantSettingOncePerStatement1796131502165';

  async up(queryRunner: QueryRunner): Promise<void> {
    await reapplyTenantRule(queryRunner, migrationTimestamp(this));
    await applyDefinitions(queryRunner, this, ['policies/organizations', 'policies/users']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await reapplyTenantRule(queryRunner, migrationTimestamp(this) - 1);
    await restoreDefinitions(queryRunner, this, ['policies/organizations', 'policies/users']);
  }
}

/** The tenant rule, as it stood at `asOf`, on every table that is under it now. */
async function reapplyTenantRule(queryRunner: QueryRunner, asOf: number): Promise<void> {
  const tables: Array<{ table: string }> = await queryRunner.query(
    `SELECT tablename AS "table" FROM pg_policies
      WHERE schemaname = current_schema() AND policyname = tablename || '_tenant' AND tablename <> 'organizations'
      ORDER BY tablename`,
  );
  for (const { table } of tables) await queryRunner.query(tenantPolicyText(table, asOf));
}
