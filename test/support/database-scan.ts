import type { Pool } from 'pg';

export interface TextHit {
  table: string;
  column: string;
  rows: number;
}

/**
 * Every place a text is stored: each text, varchar, text[], json and jsonb column of every table
 * in the schema, searched case-insensitively. Run as the owner role (it bypasses RLS), so it sees
 * every organization's rows.
 */
export async function findTextInDatabase(db: Pool, needle: string): Promise<TextHit[]> {
  const { rows: columns } = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb') OR c.udt_name IN ('_text', '_varchar'))
      ORDER BY 1, 2`,
  );
  const hits: TextHit[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`,
      [needle],
    );
    if (rows[0].n > 0) hits.push({ table, column, rows: rows[0].n });
  }
  return hits;
}

/** Rows of one organization in every table that has an organization_id (and its own row in organizations). */
export async function countOrganizationRows(db: Pool, organizationId: string): Promise<Record<string, number>> {
  const { rows: tables } = await db.query<{ table_name: string }>(
    `SELECT DISTINCT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE organization_id = $1`,
      [organizationId],
    );
    counts[table] = rows[0].n;
  }
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM organizations WHERE id = $1', [
    organizationId,
  ]);
  counts.organizations = rows[0].n;
  const users = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM users u JOIN members m ON m.user_id = u.id WHERE m.organization_id = $1',
    [organizationId],
  );
  counts.users = users.rows[0].n;
  return counts;
}
