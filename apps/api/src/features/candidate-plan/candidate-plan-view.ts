import { EntityManager } from 'typeorm';
import { composeFollowUpDraft, computeProgress, FollowUpDraft, formatInterviewTime } from '@prep/domain';
import { AssignmentEntity, ItemProgressEntity, runPreparedQuery } from '@prep/persistence';
import { describePlanItem } from '../assignments/plan-snapshot';
import { loadComments } from '../item-comments/item-work';
import { CandidatePlanType, CoachComment } from './dto/candidate-plan.type';

/** The candidate's view of their plan, with their progress on every item. */
export async function loadCandidatePlanView(
  manager: EntityManager,
  assignment: AssignmentEntity,
): Promise<CandidatePlanType> {
  const { organizationId } = assignment;
  // One statement at a time: a transaction's connection cannot run two at once.
  const names = await loadNames(manager, assignment);
  const progress = await manager
    .getRepository(ItemProgressEntity)
    .findBy({ organizationId, assignmentId: assignment.id });
  const byKey = new Map(progress.map((entry) => [entry.itemKey, entry]));
  const comments = await commentsByItem(manager, assignment);
  const plan = assignment.plan;
  return {
    ...names,
    planTitle: assignment.templateTitle,
    company: assignment.company,
    role: assignment.role,
    startsAt: assignment.startsAt,
    timeZone: assignment.timeZone,
    startsAtLocal: formatInterviewTime(assignment.startsAt, assignment.timeZone),
    format: assignment.format,
    location: assignment.location,
    interviewers: assignment.interviewers,
    note: assignment.note,
    status: assignment.status,
    expectedDecisionDate: assignment.expectedDecisionDate,
    followUpSentAt: assignment.followUpSentAt,
    progress: computeProgress(
      plan,
      progress.filter((entry) => entry.doneAt).map((entry) => entry.itemKey),
    ),
    sections: plan.sections.map((section) => ({
      key: section.key,
      title: section.title,
      phase: section.phase,
      items: section.items.map((item) => {
        const state = byKey.get(item.key);
        return {
          ...describePlanItem(item),
          done: Boolean(state?.doneAt),
          notes: state?.notes ?? null,
          chosen: state?.chosen ?? false,
          coachComments: comments.get(item.key) ?? [],
        };
      }),
    })),
  };
}

// The candidate, their coach and the organization by name, in one statement.
const PLAN_NAMES = `
  SELECT c.name AS "candidateName", u.name AS "coachName", o.name AS "organizationName"
  FROM candidates c
  JOIN members m ON m.organization_id = c.organization_id AND m.id = $3
  JOIN users u ON u.id = m.user_id
  JOIN organizations o ON o.id = c.organization_id
  WHERE c.organization_id = $1 AND c.id = $2`;

type PlanNames = Pick<CandidatePlanType, 'candidateName' | 'coachName' | 'organizationName'>;

async function loadNames(manager: EntityManager, assignment: AssignmentEntity): Promise<PlanNames> {
  const { organizationId, candidateId, coachMemberId } = assignment;
  const [names] = await runPreparedQuery<PlanNames>(manager, PLAN_NAMES, [organizationId, candidateId, coachMemberId]);
  if (!names) throw new Error(`assignment ${assignment.id} has no candidate, coach or organization to show`);
  return names;
}

/** The coach's comments, by item; only what the candidate should read (no ids, no member ids). */
async function commentsByItem(
  manager: EntityManager,
  assignment: AssignmentEntity,
): Promise<Map<string, CoachComment[]>> {
  const byItem = new Map<string, CoachComment[]>();
  for (const [, comment] of await loadComments(manager, assignment.organizationId, [assignment.id])) {
    const entry = { body: comment.body, authorName: comment.authorName, createdAt: comment.createdAt };
    byItem.set(comment.itemKey, [...(byItem.get(comment.itemKey) ?? []), entry]);
  }
  return byItem;
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
