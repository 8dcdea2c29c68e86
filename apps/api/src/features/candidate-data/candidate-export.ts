import { EntityManager } from 'typeorm';

/** Version of the export's shape, so a reader can tell what to expect. */
export const CANDIDATE_EXPORT_FORMAT = 'candidate-data/1';

type Row = Record<string, unknown>;

/**
 * Everything held about one candidate, as one JSON document (GDPR articles 15 and 20): the
 * profile, each assignment with the candidate's progress and notes, the reminders planned and the
 * messages sent with their text, the links (never their secrets) and the audit trail about them.
 * Reads in the caller's tenant transaction, after visibility was checked.
 */
export async function readCandidateExport(
  manager: EntityManager,
  organizationId: string,
  candidateId: string,
): Promise<Record<string, unknown>> {
  const read = (sql: string): Promise<Row[]> => manager.query(sql, [organizationId, candidateId]);
  const [profile] = await read(PROFILE_SQL);
  const assignments = await read(ASSIGNMENTS_SQL);
  // One after the other: a transaction's statements share one connection.
  const progress = await read(PROGRESS_SQL);
  const comments = await read(COMMENTS_SQL);
  const reminders = await read(REMINDERS_SQL);
  const messages = await read(MESSAGES_SQL);
  const links = await read(LINKS_SQL);
  const activity = await read(ACTIVITY_SQL);
  const of = (rows: Row[], assignmentId: unknown) =>
    rows.filter((row) => row.assignmentId === assignmentId).map(({ assignmentId: _omit, ...rest }) => rest);
  return {
    format: CANDIDATE_EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    candidate: profile,
    assignments: assignments.map((assignment) => ({
      ...assignment,
      progress: of(progress, assignment.id),
      comments: of(comments, assignment.id),
      reminders: of(reminders, assignment.id),
      messages: of(messages, assignment.id),
      links: of(links, assignment.id),
    })),
    activity,
  };
}

const PROFILE_SQL = `
  SELECT c.id, c.name, c.email, c.time_zone AS "timeZone", c.coach_member_id AS "coachMemberId",
         u.name AS "coachName", c.unsubscribed_at AS "unsubscribedAt", c.archived_at AS "archivedAt",
         c.created_at AS "createdAt", c.updated_at AS "updatedAt"
    FROM candidates c
    LEFT JOIN members m ON m.organization_id = c.organization_id AND m.id = c.coach_member_id
    LEFT JOIN users u ON u.id = m.user_id
   WHERE c.organization_id = $1 AND c.id = $2`;

const ASSIGNMENTS_SQL = `
  SELECT a.id, a.template_title AS "planTitle", a.status, a.company, a.role, a.starts_at AS "interviewAt",
         a.time_zone AS "timeZone", a.format, a.location, a.interviewers, a.note,
         a.expected_decision_date AS "expectedDecisionDate", a.interviewed_at AS "interviewedAt",
         a.follow_up_sent_at AS "followUpSentAt", a.cancelled_at AS "cancelledAt", a.cancel_reason AS "cancelReason",
         a.outcome, a.outcome_note AS "outcomeNote", a.outcome_recorded_at AS "outcomeRecordedAt",
         a.plan, a.created_at AS "createdAt", a.updated_at AS "updatedAt"
    FROM assignments a WHERE a.organization_id = $1 AND a.candidate_id = $2
   ORDER BY a.starts_at, a.id`;

const PROGRESS_SQL = `
  SELECT p.assignment_id AS "assignmentId", p.item_key AS "itemKey", p.done_at AS "doneAt", p.notes,
         p.chosen, p.updated_at AS "updatedAt"
    FROM item_progress p JOIN assignments a ON a.organization_id = p.organization_id AND a.id = p.assignment_id
   WHERE p.organization_id = $1 AND a.candidate_id = $2
   ORDER BY p.item_key`;

const COMMENTS_SQL = `
  SELECT c.assignment_id AS "assignmentId", c.item_key AS "itemKey", c.body, u.name AS "authorName",
         c.created_at AS "createdAt", c.updated_at AS "updatedAt"
    FROM item_comments c
    JOIN assignments a ON a.organization_id = c.organization_id AND a.id = c.assignment_id
    LEFT JOIN members m ON m.organization_id = c.organization_id AND m.id = c.author_member_id
    LEFT JOIN users u ON u.id = m.user_id
   WHERE c.organization_id = $1 AND a.candidate_id = $2
   ORDER BY c.created_at, c.id`;

const REMINDERS_SQL = `
  SELECT r.assignment_id AS "assignmentId", r.id, r.kind, r.recipient, r.due_at AS "dueAt", r.status, r.reason,
         r.attempts, r.sent_at AS "sentAt"
    FROM reminders r JOIN assignments a ON a.organization_id = r.organization_id AND a.id = r.assignment_id
   WHERE r.organization_id = $1 AND a.candidate_id = $2
   ORDER BY r.due_at, r.id`;

const MESSAGES_SQL = `
  SELECT r.assignment_id AS "assignmentId", d.id, d.reminder_id AS "reminderId", d.message_id AS "messageId",
         d.to_address AS "to", d.subject, d.text_body AS "text", d.sent_at AS "sentAt"
    FROM deliveries d
    JOIN reminders r ON r.organization_id = d.organization_id AND r.id = d.reminder_id
    JOIN assignments a ON a.organization_id = r.organization_id AND a.id = r.assignment_id
   WHERE d.organization_id = $1 AND a.candidate_id = $2
   ORDER BY d.sent_at, d.id`;

const LINKS_SQL = `
  SELECT l.assignment_id AS "assignmentId", l.purpose, l.created_at AS "createdAt", l.revoked_at AS "revokedAt"
    FROM assignment_links l JOIN assignments a ON a.organization_id = l.organization_id AND a.id = l.assignment_id
   WHERE l.organization_id = $1 AND a.candidate_id = $2
   ORDER BY l.created_at, l.id`;

const ACTIVITY_SQL = `
  SELECT e.occurred_at AS "occurredAt", e.actor_type AS "actorType", e.action, e.subject_type AS "subjectType",
         e.subject_id AS "subjectId", e.details
    FROM audit_events e
   WHERE e.organization_id = $1
     AND (e.subject_id = $2 OR e.subject_id IN (SELECT id FROM assignments WHERE organization_id = $1 AND candidate_id = $2))
   ORDER BY e.occurred_at, e.id`;
