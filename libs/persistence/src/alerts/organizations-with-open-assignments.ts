import { DataSource } from 'typeorm';

/** Organizations with assignments still open: the at-risk alert run evaluates each under its own tenant. */
export async function organizationsWithOpenAssignments(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ organization_id: string }> = await dataSource.query(
    'SELECT organization_id FROM organizations_with_open_assignments()',
  );
  return rows.map((row) => row.organization_id);
}
