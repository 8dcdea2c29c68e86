import { PENDING_REMINDER_STATUSES_SQL } from '@prep/domain';
import type { AssignmentViewPart, AssignmentViewParts } from './assignment-view-parts';

/** A reminder as the API shows it, as JSON (camelCase keys); `r` is a reminders row. */
export const REMINDER_JSON_SQL = `json_build_object('id', r.id, 'kind', r.kind, 'recipient', r.recipient, 'dueAt', r.due_at,
  'status', r.status, 'reason', r.reason, 'attempts', r.attempts, 'sentAt', r.sent_at, 'lastError', r.last_error, 'itemKeys', r.item_keys)`;

const SAME_ASSIGNMENT = (alias: string, column = 'assignment_id') =>
  `${alias}.organization_id = a.organization_id AND ${alias}.${column} = a.id`;

/** The columns of `assignments` every page hands on, and those of the timeline part. */
const PAGE_OWN_COLUMNS = [
  'organization_id',
  'id',
  'candidate_id',
  'coach_member_id',
  'status',
  'template_title',
  'company',
  'role',
  'starts_at',
  'time_zone',
  'format',
  'location',
  'interviewers',
  'note',
  'expected_decision_date',
  'cancel_reason',
  'outcome',
  'outcome_note',
  'previous_assignment_id',
  'items_done',
  'plan_item_keys',
  'updated_at',
];
const TIMELINE_COLUMNS = ['interviewed_at', 'follow_up_sent_at', 'cancelled_at', 'outcome_recorded_at', 'created_at'];

/** The assignment's own columns, which every view reads (`a` is the page's row). */
const OWN_COLUMNS_SQL = `
  a.id, a.candidate_id, a.status, a.template_title, a.company, a.role, a.starts_at, a.time_zone, a.format, a.location, a.interviewers,
  a.note, a.expected_decision_date::text AS expected_decision_date, a.cancel_reason, a.outcome, a.outcome_note,
  a.previous_assignment_id, a.items_done, cardinality(a.plan_item_keys) AS plan_item_total, a.updated_at`;

/** What each part adds to the select list, over the page's assignment `a`, candidate `c` and members `cm`/`am`. */
const PART_COLUMNS_SQL: Record<AssignmentViewPart, string> = {
  candidate: `c.name AS candidate_name, c.email AS candidate_email, c.time_zone AS candidate_time_zone,
  c.unsubscribed_at IS NOT NULL AS candidate_unsubscribed,
  cm.id AS candidate_coach_id, cm.role AS candidate_coach_role, cm.status AS candidate_coach_status,
  cm.name AS candidate_coach_name, cm.email AS candidate_coach_email`,
  candidateTimeline: `c.archived_at AS candidate_archived_at, c.erased_at AS candidate_erased_at,
  c.created_at AS candidate_created_at, c.updated_at AS candidate_updated_at`,
  coach: `am.id AS coach_id, am.role AS coach_role, am.status AS coach_status, am.name AS coach_name, am.email AS coach_email`,
  link: `a.link_expires_at,
  EXISTS (SELECT 1 FROM assignment_links l WHERE ${SAME_ASSIGNMENT('l')} AND l.revoked_at IS NULL) AS has_live_link`,
  // The statuses are literals so the partial index of pending reminders answers it in one probe.
  nextReminder: `(SELECT ${REMINDER_JSON_SQL} FROM reminders r
    WHERE ${SAME_ASSIGNMENT('r')} AND r.status IN (${PENDING_REMINDER_STATUSES_SQL})
    ORDER BY r.due_at, r.kind LIMIT 1) AS next_reminder`,
  lastActivity: `(SELECT max(e.occurred_at) FROM audit_events e
    WHERE ${SAME_ASSIGNMENT('e', 'subject_id')} AND e.subject_type = 'assignment') AS audited_at`,
  timeline: TIMELINE_COLUMNS.map((column) => `a.${column}`).join(', '),
  reminders: `(SELECT coalesce(json_agg(${REMINDER_JSON_SQL} ORDER BY r.due_at, r.kind), '[]'::json) FROM reminders r
    WHERE ${SAME_ASSIGNMENT('r')}) AS reminders`,
  plan: `a.plan, ARRAY(SELECT p.item_key FROM item_progress p WHERE ${SAME_ASSIGNMENT('p')} AND p.done_at IS NOT NULL) AS done_item_keys`,
};

// The organization's members with their names, read once per statement rather than joined per row.
const PEOPLE_SQL = `people AS MATERIALIZED (
  SELECT m.organization_id, m.id, m.role, m.status, u.name, u.email FROM members m JOIN users u ON u.id = m.user_id
   WHERE m.organization_id = (SELECT p.organization_id FROM page p LIMIT 1))`;

/** The columns of `assignments` the page hands on: what the own columns and the parts read. */
export function pageColumns(parts: AssignmentViewParts): string[] {
  return [
    ...PAGE_OWN_COLUMNS,
    ...(parts.has('link') ? ['link_expires_at'] : []),
    ...(parts.has('timeline') ? TIMELINE_COLUMNS : []),
    ...(parts.has('plan') ? ['plan'] : []),
  ];
}

export interface AssignmentViewsSqlParts {
  /** Selects `pageColumns` and `ordinal` of the assignments to show, already filtered, ordered and limited. */
  pageSql: string;
  /** Selects `total_count` of the assignments the page is taken from, when the caller wants it. */
  totalSql?: string;
  parts: AssignmentViewParts;
}

/**
 * One statement for a whole page: the page, its total and the parts the views show. It always
 * returns at least one row (the total), so an empty page still reports how many there are.
 */
export function assignmentViewsSql({ pageSql, totalSql, parts }: AssignmentViewsSqlParts): string {
  // In one fixed order, so the same parts always make the same text (one prepared statement).
  const read = (Object.keys(PART_COLUMNS_SQL) as AssignmentViewPart[]).filter((part) => parts.has(part));
  const columns = [OWN_COLUMNS_SQL, ...read.map((part) => PART_COLUMNS_SQL[part])].join(',\n  ');
  const withPeople = parts.has('candidate') || parts.has('coach');
  return `WITH page AS MATERIALIZED (${pageSql}),${withPeople ? `\n  ${PEOPLE_SQL},` : ''}
  total AS (${totalSql ?? 'SELECT NULL::bigint AS total_count'})
SELECT total.total_count, view.*
FROM total LEFT JOIN LATERAL (
  SELECT a.ordinal, ${columns}
  FROM page a${joinsOf(parts)}
) view ON true
ORDER BY view.ordinal`;
}

function joinsOf(parts: AssignmentViewParts): string {
  const joins: string[] = [];
  // The candidate's timeline is below `candidate`: a query that selects it selects the candidate too.
  if (parts.has('candidate'))
    joins.push(
      'JOIN candidates c ON c.organization_id = a.organization_id AND c.id = a.candidate_id',
      'JOIN people cm ON cm.organization_id = c.organization_id AND cm.id = c.coach_member_id',
    );
  if (parts.has('coach'))
    joins.push('JOIN people am ON am.organization_id = a.organization_id AND am.id = a.coach_member_id');
  return joins.map((join) => `\n  ${join}`).join('');
}
