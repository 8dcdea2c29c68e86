import { QueryRunner } from 'typeorm';

/**
 * Turns on row-level security for a tenant table: enabled and forced (the owner obeys it
 * too), one policy comparing organization_id with the transaction's organization setting.
 * An unset setting yields NULL, which matches nothing: fail closed.
 */
export async function enableTenantRls(queryRunner: QueryRunner, table: string): Promise<void> {
  const current = `NULLIF(current_setting('app.organization_id', true), '')::uuid`;
  await queryRunner.query(`
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY ${table}_tenant ON ${table}
      USING (organization_id = ${current})
      WITH CHECK (organization_id = ${current});
  `);
}
