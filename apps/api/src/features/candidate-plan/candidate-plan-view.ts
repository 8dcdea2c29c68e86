import { EntityManager } from 'typeorm';
import type { PlanSnapshot } from '@prep/content';
import {
  AssignmentStatus,
  composeFollowUpDraft,
  computeProgress,
  FollowUpDraft,
  formatInterviewTime,
} from '@prep/domain';
import { InterviewFormat, runPreparedQuery, TenantTransactions } from '@prep/persistence';
import { describePlanItem } from '../assignments/plan-snapshot';
import { CandidatePlanType } from './dto/candidate-plan.type';

// Everything the candidate sees of one assignment, in one statement: the plan, the names, their
// progress on each item and the coach's comments (only what the candidate should read: no ids).
const PLAN_VIEW_COLUMNS = `
  a.template_title AS "planTitle", a.company, a.role, a.starts_at AS "startsAt", a.time_zone AS "timeZone",
  a.format, a.location, a.interviewers, a.note, a.status, a.expected_decision_date::text AS "expectedDecisionDate",
  a.follow_up_sent_at AS "followUpSentAt", a.plan,
  c.name AS "candidateName", u.name AS "coachName", o.name AS "organizationName",
  (SELECT coalesce(json_agg(json_build_object('itemKey', p.item_key, 'done', p.done_at IS NOT NULL,
            'notes', p.notes, 'chosen', p.chosen)), '[]')
     FROM item_progress p WHERE p.organization_id = a.organization_id AND p.assignment_id = a.id) AS progress,
  (SELECT coalesce(json_agg(json_build_object('itemKey', ic.item_key, 'body', ic.body, 'authorName', cu.name,
            'createdAt', ic.created_at) ORDER BY ic.created_at, ic.id), '[]')
     FROM item_comments ic
     LEFT JOIN members cm ON cm.organization_id = ic.organization_id AND cm.id = ic.author_member_id
     LEFT JOIN users cu ON cu.id = cm.user_id
     WHERE ic.organization_id = a.organization_id AND ic.assignment_id = a.id) AS comments`;

const PLAN_VIEW_JOINS = `
  JOIN candidates c ON c.organization_id = a.organization_id AND c.id = a.candidate_id
  JOIN members m ON m.organization_id = a.organization_id AND m.id = a.coach_member_id
  JOIN users u ON u.id = m.user_id
  JOIN organizations o ON o.id = a.organization_id`;

/**
 * By private link: only a live one (not revoked, not past the assignment's link expiry) opens the
 * plan, in the organization the tenant setting names (set from the link in the same query).
 */
const PLAN_BY_LINK = `SELECT ${PLAN_VIEW_COLUMNS}
  FROM assignment_links l
  JOIN assignments a ON a.organization_id = l.organization_id AND a.id = l.assignment_id ${PLAN_VIEW_JOINS}
  WHERE l.organization_id = (SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid)
    AND l.token_hash = $1 AND l.revoked_at IS NULL AND a.link_expires_at > now()`;

const PLAN_BY_ID = `SELECT ${PLAN_VIEW_COLUMNS}
  FROM assignments a ${PLAN_VIEW_JOINS}
  WHERE a.organization_id = $1 AND a.id = $2`;

interface PlanViewRow {
  planTitle: string;
  company: string;
  role: string;
  startsAt: Date;
  timeZone: string;
  format: InterviewFormat;
  location: string | null;
  interviewers: string[];
  note: string | null;
  status: AssignmentStatus;
  expectedDecisionDate: string | null;
  followUpSentAt: Date | null;
  plan: PlanSnapshot;
  candidateName: string;
  coachName: string;
  organizationName: string;
  progress: Array<{ itemKey: string; done: boolean; notes: string | null; chosen: boolean }>;
  comments: Array<{ itemKey: string; body: string; authorName: string | null; createdAt: string }>;
}

/** The plan a live private link opens, the link's organization looked up in the same round trip; null when it opens nothing. */
export async function readCandidatePlanByLink(
  tenants: TenantTransactions,
  tokenHash: string,
): Promise<CandidatePlanType | null> {
  const read = await tenants.readAllByLink(tokenHash, [{ sql: PLAN_BY_LINK, values: [tokenHash] }]);
  const row = read?.[0][0] as PlanViewRow | undefined;
  return row ? toCandidatePlanView(row) : null;
}

/** The candidate's view of their plan as it is now in this transaction (e.g. right after a change). */
export async function loadCandidatePlanView(
  manager: EntityManager,
  assignment: { organizationId: string; id: string },
): Promise<CandidatePlanType> {
  const [row] = await runPreparedQuery<PlanViewRow>(manager, PLAN_BY_ID, [assignment.organizationId, assignment.id]);
  if (!row) throw new Error(`assignment ${assignment.id} has no candidate, coach or organization to show`);
  return toCandidatePlanView(row);
}

function toCandidatePlanView(row: PlanViewRow): CandidatePlanType {
  const { progress, comments, plan, ...fields } = row;
  const byKey = new Map(progress.map((entry) => [entry.itemKey, entry]));
  return {
    ...fields,
    startsAtLocal: formatInterviewTime(row.startsAt, row.timeZone),
    progress: computeProgress(
      plan,
      progress.filter((entry) => entry.done).map((entry) => entry.itemKey),
    ),
    sections: plan.sections.map((section) => ({
      key: section.key,
      title: section.title,
      phase: section.phase,
      items: section.items.map((item) => {
        const state = byKey.get(item.key);
        return {
          ...describePlanItem(item),
          done: state?.done ?? false,
          notes: state?.notes ?? null,
          chosen: state?.chosen ?? false,
          coachComments: comments
            .filter((comment) => comment.itemKey === item.key)
            .map(({ body, authorName, createdAt }) => ({ body, authorName, createdAt: new Date(createdAt) })),
        };
      }),
    })),
  };
}

/** The follow-up draft from what the candidate noted on the plan's reflection and follow-up items, in plan order. */
export function followUpDraftOf(plan: CandidatePlanType): FollowUpDraft {
  const notedPoints = plan.sections
    .flatMap((section) => section.items)
    .filter((item) => item.kind === 'reflection' || item.kind === 'follow-up-email')
    .map((item) => item.notes)
    .filter((notes): notes is string => Boolean(notes));
  return composeFollowUpDraft({
    candidateName: plan.candidateName,
    company: plan.company,
    role: plan.role,
    interviewers: plan.interviewers,
    notedPoints,
  });
}
