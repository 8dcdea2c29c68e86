import { EntityManager } from 'typeorm';
import { PENDING_REMINDER_STATUSES_SQL } from '@prep/domain';

export interface HandOverCounts {
  candidates: number;
  assignments: number;
  /** Pending (SCHEDULED/QUEUED) coach alerts of the moved assignments; they now go to the new coach. */
  coachAlerts: number;
}

/** Whether the member still coaches anyone or holds an assignment that is not over. */
export async function hasCoachingWork(
  manager: EntityManager,
  organizationId: string,
  memberId: string,
): Promise<boolean> {
  const rows: Array<{ busy: boolean }> = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM candidates WHERE organization_id = $1 AND coach_member_id = $2)
         OR EXISTS (SELECT 1 FROM assignments WHERE organization_id = $1 AND coach_member_id = $2
                      AND status NOT IN ('CLOSED', 'CANCELLED')) AS busy`,
    [organizationId, memberId],
  );
  return rows[0].busy;
}

/**
 * Moves a member's candidates (their history moves with them, as when a candidate changes coach)
 * and open assignments to another coach, in one statement. Coach alerts are addressed when they
 * are sent, from the assignment's coach, so the pending ones follow the assignments.
 */
export async function handOverCoachingWork(
  manager: EntityManager,
  organizationId: string,
  fromMemberId: string,
  toMemberId: string,
): Promise<HandOverCounts> {
  const rows: HandOverCounts[] = await manager.query(
    `WITH moved_candidates AS (
       UPDATE candidates SET coach_member_id = $3, updated_at = now()
        WHERE organization_id = $1 AND coach_member_id = $2
       RETURNING id
     ), moved_assignments AS (
       UPDATE assignments SET coach_member_id = $3, updated_at = now()
        WHERE organization_id = $1 AND coach_member_id = $2
          AND (status NOT IN ('CLOSED', 'CANCELLED') OR candidate_id IN (SELECT id FROM moved_candidates))
       RETURNING id
     )
     SELECT (SELECT count(*) FROM moved_candidates)::int AS candidates,
            (SELECT count(*) FROM moved_assignments)::int AS assignments,
            (SELECT count(*) FROM reminders
              WHERE organization_id = $1 AND recipient = 'coach' AND status IN (${PENDING_REMINDER_STATUSES_SQL})
                AND assignment_id IN (SELECT id FROM moved_assignments))::int AS "coachAlerts"`,
    [organizationId, fromMemberId, toMemberId],
  );
  return rows[0];
}
