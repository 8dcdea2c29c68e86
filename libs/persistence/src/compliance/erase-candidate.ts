import { EntityManager } from 'typeorm';
import { AuditActor, recordAuditEvent } from '../audit/record-audit-event';
import { NEXT_REMINDER_VERSION_SQL, PENDING_REMINDER_STATUSES_SQL as PENDING, ReminderStatus } from '@prep/domain';

/** Why pending reminders of an erased candidate were cancelled (their timers then find nothing to send). */
export const CANDIDATE_ERASED_REASON = 'candidate-erased';
export const ERASED_CANDIDATE_NAME = 'Erased candidate';

export interface CandidateErasure {
  assignments: number;
  remindersCancelled: number;
  deliveriesBlanked: number;
  auditPayloadsBlanked: number;
}

/**
 * Removes one candidate's personal data everywhere it is stored, in the caller's tenant
 * transaction: profile (also where items added to their plans name them), notes and drafted
 * answers, coach notes and reasons, reminder errors, messages as sent, audit payloads about them,
 * and their links. The rows stay (anonymized), so
 * the organization's figures do not move. Returns null for a candidate already erased or missing.
 */
export async function eraseCandidate(
  manager: EntityManager,
  organizationId: string,
  candidateId: string,
  actor: AuditActor,
  reason: 'request' | 'retention',
): Promise<CandidateErasure | null> {
  const [candidate]: Array<{ name: string; email: string }> = await manager.query(
    `SELECT name, email FROM candidates WHERE organization_id = $1 AND id = $2 AND erased_at IS NULL FOR UPDATE`,
    [organizationId, candidateId],
  );
  if (!candidate) return null;
  await anonymizeCandidate(manager, organizationId, candidateId);
  const assignments = await blankAssignments(manager, organizationId, candidateId);
  await blankPlanSnapshots(manager, organizationId, candidateId, candidate);
  const remindersCancelled = await cancelAndBlankReminders(manager, organizationId, candidateId);
  const [traces]: Array<{ deliveries: number; audit_events: number }> = await manager.query(
    'SELECT deliveries, audit_events FROM candidate_erase_traces($1, $2)',
    [candidateId, candidate.email],
  );
  const erasure = {
    assignments,
    remindersCancelled,
    deliveriesBlanked: traces.deliveries,
    auditPayloadsBlanked: traces.audit_events,
  };
  // Written after the traces are blanked, and holding counts only.
  await recordAuditEvent(manager, {
    organizationId,
    actor,
    action: 'candidate.erased',
    subjectType: 'candidate',
    subjectId: candidateId,
    details: { reason, ...erasure },
  });
  return erasure;
}

/** The email becomes a per-row placeholder: unique, lower case, deliverable nowhere. */
async function anonymizeCandidate(manager: EntityManager, organizationId: string, candidateId: string): Promise<void> {
  await manager.query(
    `UPDATE candidates
        SET name = $3, email = 'erased-' || id || '@erased.invalid',
            unsubscribed_at = coalesce(unsubscribed_at, now()), archived_at = coalesce(archived_at, now()),
            erased_at = now(), updated_at = now()
      WHERE organization_id = $1 AND id = $2`,
    [organizationId, candidateId, ERASED_CANDIDATE_NAME],
  );
}

async function blankAssignments(manager: EntityManager, organizationId: string, candidateId: string): Promise<number> {
  await manager.query(
    `UPDATE item_progress p SET notes = NULL, updated_at = now()
       FROM assignments a
      WHERE p.organization_id = $1 AND a.organization_id = $1 AND a.id = p.assignment_id AND a.candidate_id = $2
        AND p.notes IS NOT NULL`,
    [organizationId, candidateId],
  );
  // A coach's comments are about the candidate, so they go with the rest of their data.
  await manager.query(
    `DELETE FROM item_comments c
      USING assignments a
      WHERE c.organization_id = $1 AND a.organization_id = $1 AND a.id = c.assignment_id AND a.candidate_id = $2`,
    [organizationId, candidateId],
  );
  await manager.query(
    `UPDATE assignment_links l SET revoked_at = now()
       FROM assignments a
      WHERE l.organization_id = $1 AND a.organization_id = $1 AND a.id = l.assignment_id AND a.candidate_id = $2
        AND l.revoked_at IS NULL`,
    [organizationId, candidateId],
  );
  const [blanked]: Array<{ count: number }> = await manager.query(
    `WITH changed AS (
       UPDATE assignments SET note = NULL, cancel_reason = NULL, outcome_note = NULL, updated_at = now()
        WHERE organization_id = $1 AND candidate_id = $2
       RETURNING id
     )
     SELECT count(*)::int AS count FROM changed`,
    [organizationId, candidateId],
  );
  return blanked.count;
}

/**
 * Items added for the candidate are part of their assignment's plan snapshot and may name them:
 * the name and email become placeholders there (matched as they are written inside JSON).
 */
async function blankPlanSnapshots(
  manager: EntityManager,
  organizationId: string,
  candidateId: string,
  candidate: { name: string; email: string },
): Promise<void> {
  const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
  await manager.query(
    `UPDATE assignments
        SET plan = replace(replace(plan::text, $3, $4), $5, 'erased')::jsonb
      WHERE organization_id = $1 AND candidate_id = $2
        AND (strpos(plan::text, $3) > 0 OR strpos(plan::text, $5) > 0)`,
    [organizationId, candidateId, inJson(candidate.name), ERASED_CANDIDATE_NAME, inJson(candidate.email)],
  );
}

/** Pending rows are cancelled with a new version, so a timer already in Redis claims nothing. */
async function cancelAndBlankReminders(
  manager: EntityManager,
  organizationId: string,
  candidateId: string,
): Promise<number> {
  const [cancelled]: Array<{ count: number }> = await manager.query(
    `WITH changed AS (
       UPDATE reminders r
          SET status = CASE WHEN r.status IN (${PENDING}) THEN '${ReminderStatus.CANCELLED}' ELSE r.status END,
              reason = CASE WHEN r.status IN (${PENDING}) THEN $3 ELSE r.reason END,
              version = r.${NEXT_REMINDER_VERSION_SQL}, claimed_until = NULL, last_error = NULL, updated_at = now()
         FROM assignments a
        WHERE r.organization_id = $1 AND a.organization_id = $1 AND a.id = r.assignment_id AND a.candidate_id = $2
       RETURNING r.status, r.reason
     )
     SELECT count(*)::int AS count FROM changed WHERE status = '${ReminderStatus.CANCELLED}' AND reason = $3`,
    [organizationId, candidateId, CANDIDATE_ERASED_REASON],
  );
  return cancelled.count;
}
