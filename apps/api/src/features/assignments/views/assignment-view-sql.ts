/** A reminder as the API shows it, as JSON (camelCase keys); `r` is a reminders row. */
export const REMINDER_JSON_SQL = `json_build_object('id', r.id, 'kind', r.kind, 'recipient', r.recipient, 'dueAt', r.due_at,
  'status', r.status, 'reason', r.reason, 'attempts', r.attempts, 'sentAt', r.sent_at, 'lastError', r.last_error, 'itemKeys', r.item_keys)`;

const SAME_ASSIGNMENT = (alias: string, column = 'assignment_id') =>
  `${alias}.organization_id = a.organization_id AND ${alias}.${column} = a.id`;

/** Every column a view needs, over assignment `a`, its candidate `c` (coach `cm`/`cu`) and its coach `am`/`au`. */
const VIEW_COLUMNS_SQL = `
  a.id, a.status, a.template_title, a.company, a.role, a.starts_at, a.time_zone, a.format, a.location, a.interviewers,
  a.note, a.expected_decision_date::text AS expected_decision_date, a.interviewed_at, a.follow_up_sent_at, a.cancelled_at,
  a.cancel_reason, a.link_expires_at, a.created_at, a.updated_at,
  a.items_done, cardinality(a.plan_item_keys) AS plan_item_total,
  a.outcome, a.outcome_note, a.outcome_recorded_at, a.previous_assignment_id,
  c.id AS candidate_id, c.name AS candidate_name, c.email AS candidate_email, c.time_zone AS candidate_time_zone,
  c.unsubscribed_at AS candidate_unsubscribed_at, c.archived_at AS candidate_archived_at, c.erased_at AS candidate_erased_at,
  c.created_at AS candidate_created_at, c.updated_at AS candidate_updated_at,
  cm.id AS candidate_coach_id, cm.role AS candidate_coach_role, cm.status AS candidate_coach_status,
  cu.name AS candidate_coach_name, cu.email AS candidate_coach_email,
  am.id AS coach_id, am.role AS coach_role, am.status AS coach_status, au.name AS coach_name, au.email AS coach_email,
  EXISTS (SELECT 1 FROM assignment_links l WHERE ${SAME_ASSIGNMENT('l')} AND l.revoked_at IS NULL) AS has_live_link,
  (SELECT ${REMINDER_JSON_SQL} FROM reminders r WHERE ${SAME_ASSIGNMENT('r')} AND r.status IN (:...pendingReminderStatuses)
    ORDER BY r.due_at, r.kind LIMIT 1) AS next_reminder,
  (SELECT max(e.occurred_at) FROM audit_events e WHERE ${SAME_ASSIGNMENT('e', 'subject_id')} AND e.subject_type = 'assignment') AS audited_at`;

// The plan document and its done items: only for a view that shows the plan or progress by section.
const PLAN_COLUMNS_SQL = `,
  a.plan, ARRAY(SELECT p.item_key FROM item_progress p WHERE ${SAME_ASSIGNMENT('p')} AND p.done_at IS NOT NULL) AS done_item_keys`;

const REMINDERS_COLUMN_SQL = `,
  (SELECT coalesce(json_agg(${REMINDER_JSON_SQL} ORDER BY r.due_at, r.kind), '[]'::json) FROM reminders r WHERE ${SAME_ASSIGNMENT('r')}) AS reminders`;

const VIEW_JOINS_SQL = `
  JOIN assignments a ON a.organization_id = page.organization_id AND a.id = page.id
  JOIN candidates c ON c.organization_id = a.organization_id AND c.id = a.candidate_id
  JOIN members cm ON cm.organization_id = c.organization_id AND cm.id = c.coach_member_id
  JOIN users cu ON cu.id = cm.user_id
  JOIN members am ON am.organization_id = a.organization_id AND am.id = a.coach_member_id
  JOIN users au ON au.id = am.user_id`;

export interface AssignmentViewsSqlParts {
  /** Selects `organization_id, id, ordinal` of the assignments to show, already filtered, ordered and limited. */
  pageSql: string;
  /** Selects `total_count` over the same filter without the page's cursor and limit, when the caller wants it. */
  totalSql?: string;
  withReminders: boolean;
  withPlan: boolean;
}

/**
 * One statement for a whole page: the page, its total and every relation a view shows. It always
 * returns at least one row (the total), so an empty page still reports how many there are.
 */
export function assignmentViewsSql({ pageSql, totalSql, withReminders, withPlan }: AssignmentViewsSqlParts): string {
  return `WITH page AS (${pageSql}),
  total AS (${totalSql ?? 'SELECT NULL::bigint AS total_count'})
SELECT total.total_count, view.*
FROM total LEFT JOIN LATERAL (
  SELECT page.ordinal, ${VIEW_COLUMNS_SQL}${withPlan ? PLAN_COLUMNS_SQL : ''}${withReminders ? REMINDERS_COLUMN_SQL : ''}
  FROM page ${VIEW_JOINS_SQL}
) view ON true
ORDER BY view.ordinal`;
}
