import { EntityManager } from 'typeorm';

/**
 * Candidates whose data the organization no longer keeps: not erased yet, and more than
 * `candidate_retention_days` have passed since the later of their last change and the end of
 * their last assignment. An assignment ends when it is cancelled, otherwise at its interview
 * (a closed plan, or one whose interview is long past, ends there too); an assignment whose
 * interview is still ahead keeps the candidate. Runs in the organization's tenant transaction.
 */
export async function candidatesPastRetention(
  manager: EntityManager,
  organizationId: string,
  now: Date,
  limit: number,
): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT c.id
       FROM candidates c
       JOIN organizations o ON o.id = c.organization_id
       LEFT JOIN LATERAL (
         SELECT max(CASE WHEN a.status = 'CANCELLED' THEN coalesce(a.cancelled_at, a.updated_at) ELSE a.starts_at END) AS ended_at
           FROM assignments a WHERE a.organization_id = c.organization_id AND a.candidate_id = c.id
       ) last ON true
      WHERE c.organization_id = $1 AND c.erased_at IS NULL AND o.candidate_retention_days IS NOT NULL
        AND greatest(c.updated_at, coalesce(last.ended_at, c.updated_at))
            < $2::timestamptz - make_interval(days => o.candidate_retention_days)
      ORDER BY c.id
      LIMIT $3`,
    [organizationId, now, limit],
  );
  return rows.map((row) => row.id);
}
