import { DataSource } from 'typeorm';

export interface DeletedRows {
  table: string;
  deleted: number;
}

/**
 * Deletes one batch of an organization marked for deletion (its own statement and commit).
 * Returns null once nothing of the organization is left, its own row included.
 */
export async function deleteOrganizationBatch(
  dataSource: DataSource,
  organizationId: string,
  batchSize: number,
): Promise<DeletedRows | null> {
  const rows: Array<{ table_name: string; deleted: number }> = await dataSource.query(
    'SELECT table_name, deleted FROM organization_delete_batch($1, $2)',
    [organizationId, batchSize],
  );
  return rows[0] ? { table: rows[0].table_name, deleted: rows[0].deleted } : null;
}

/** Organizations that erase their candidates after a number of days (the daily retention run). */
export async function organizationsWithCandidateRetention(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ organization_id: string }> = await dataSource.query(
    'SELECT organization_id FROM organizations_with_candidate_retention()',
  );
  return rows.map((row) => row.organization_id);
}
