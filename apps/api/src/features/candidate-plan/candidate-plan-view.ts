import { EntityManager } from 'typeorm';
import { computeProgress, formatInterviewTime } from '@prep/domain';
import {
  AssignmentEntity,
  CandidateEntity,
  ItemProgressEntity,
  MemberEntity,
  OrganizationEntity,
} from '@prep/persistence';
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
  const candidate = await manager
    .getRepository(CandidateEntity)
    .findOneByOrFail({ organizationId, id: assignment.candidateId });
  const coach = await manager
    .getRepository(MemberEntity)
    .findOneOrFail({ where: { organizationId, id: assignment.coachMemberId }, relations: { user: true } });
  const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
  const progress = await manager
    .getRepository(ItemProgressEntity)
    .findBy({ organizationId, assignmentId: assignment.id });
  const byKey = new Map(progress.map((entry) => [entry.itemKey, entry]));
  const comments = await commentsByItem(manager, assignment);
  const plan = assignment.plan;
  return {
    candidateName: candidate.name,
    coachName: coach.user!.name,
    organizationName: organization.name,
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
