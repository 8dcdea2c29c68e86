import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AssignmentStatus, isAtRisk } from '@prep/domain';

/** An open assignment with what the at-risk definition and the digest need. */
interface OpenAssignmentRow {
  id: string;
  status: AssignmentStatus;
  starts_at: Date;
  coach_member_id: string;
  company: string;
  role: string;
  candidate_name: string;
  done: number;
  total: number;
}

/** One alert recorded and not yet sent, with what its digest entry shows. */
export interface UnsentAlert {
  id: string;
  assignmentId: string;
  coachMemberId: string;
  coachName: string;
  coachEmail: string;
  candidateName: string;
  company: string;
  role: string;
  startsAt: Date;
  timeZone: string;
}

/** The UTC day an alert counts against: at most one per assignment and day. */
export function alertDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Assignments at risk now, by the one definition in libs/domain. */
export async function atRiskAssignments(manager: EntityManager, organizationId: string, now: Date) {
  const rows: OpenAssignmentRow[] = await manager.query(
    `SELECT a.id, a.status, a.starts_at, a.coach_member_id, a.company, a.role, c.name AS candidate_name,
            cardinality(a.plan_item_keys)::int AS total,
            (SELECT count(*)::int FROM item_progress p
              WHERE p.organization_id = a.organization_id AND p.assignment_id = a.id
                AND p.item_key = ANY (a.plan_item_keys) AND p.done_at IS NOT NULL) AS done
       FROM assignments a
       JOIN candidates c ON c.organization_id = a.organization_id AND c.id = a.candidate_id
      WHERE a.organization_id = $1 AND a.status IN ('ASSIGNED', 'IN_PROGRESS', 'INTERVIEWED')`,
    [organizationId],
  );
  return rows.filter((row) =>
    isAtRisk({ status: row.status, startsAt: row.starts_at, done: row.done, total: row.total }, now),
  );
}

/** Records today's alert of each assignment not alerted today yet; the unique key makes a rerun a no-op. */
export async function recordAlerts(
  manager: EntityManager,
  organizationId: string,
  assignments: ReadonlyArray<{ id: string; coach_member_id: string }>,
  day: string,
): Promise<void> {
  if (assignments.length === 0) return;
  await manager.query(
    `INSERT INTO at_risk_alerts (organization_id, id, assignment_id, coach_member_id, alerted_on)
     SELECT $1, alert.id, alert.assignment_id, alert.coach_member_id, $5::date
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS alert(id, assignment_id, coach_member_id)
     ON CONFLICT (organization_id, assignment_id, alerted_on) DO NOTHING`,
    [
      organizationId,
      assignments.map(() => randomUUID()),
      assignments.map((assignment) => assignment.id),
      assignments.map((assignment) => assignment.coach_member_id),
      day,
    ],
  );
}

/** Today's alerts not sent yet (new ones, or those a failed run left), with the coach to send them to. */
export async function unsentAlerts(
  manager: EntityManager,
  organizationId: string,
  day: string,
): Promise<UnsentAlert[]> {
  const rows: Array<Record<string, unknown>> = await manager.query(
    `SELECT r.id, r.assignment_id, r.coach_member_id, u.name AS coach_name, u.email AS coach_email,
            c.name AS candidate_name, a.company, a.role, a.starts_at, a.time_zone
       FROM at_risk_alerts r
       JOIN assignments a ON a.organization_id = r.organization_id AND a.id = r.assignment_id
       JOIN candidates c ON c.organization_id = a.organization_id AND c.id = a.candidate_id
       JOIN members m ON m.organization_id = r.organization_id AND m.id = r.coach_member_id
       JOIN users u ON u.id = m.user_id
      WHERE r.organization_id = $1 AND r.alerted_on = $2::date AND r.sent_at IS NULL
      ORDER BY r.coach_member_id, a.starts_at, r.id`,
    [organizationId, day],
  );
  return rows.map((row) => ({
    id: row.id as string,
    assignmentId: row.assignment_id as string,
    coachMemberId: row.coach_member_id as string,
    coachName: row.coach_name as string,
    coachEmail: row.coach_email as string,
    candidateName: row.candidate_name as string,
    company: row.company as string,
    role: row.role as string,
    startsAt: row.starts_at as Date,
    timeZone: row.time_zone as string,
  }));
}

export async function markSent(
  manager: EntityManager,
  organizationId: string,
  alertIds: string[],
  messageId: string,
): Promise<void> {
  await manager.query(
    'UPDATE at_risk_alerts SET sent_at = now(), message_id = $3 WHERE organization_id = $1 AND id = ANY ($2::uuid[])',
    [organizationId, alertIds, messageId],
  );
}
