import { EntityManager } from 'typeorm';
import { PlanTemplate } from '@prep/content';
import { computeProgress } from '@prep/domain';
import { AssignmentEntity, assignmentsWithLiveLinks, ItemProgressEntity } from '@prep/persistence';
import { candidateRowsQuery, CandidateRow, toCandidateType } from '../candidates/candidate-rows';
import { CandidateType } from '../candidates/dto/candidate.type';
import { MemberType } from '../members/dto/member.type';
import { findMemberViews } from '../members/member-view';
import { ReminderType } from '../reminders/dto/reminder.type';
import { latest, loadLatestAuditEvents, loadNextReminders } from './assignment-activity';
import { AssignmentType } from './dto/assignment.type';
import { describePlanItem } from './plan-snapshot';

/**
 * Assignments as the API shows them, with candidate, coach, progress, link state, next reminder and last
 * activity. Six statements for any number of assignments, never one per row.
 */
export async function toAssignmentViews(manager: EntityManager, organizationId: string, assignments: AssignmentEntity[]): Promise<AssignmentType[]> {
  if (assignments.length === 0) return [];
  const ids = assignments.map((a) => a.id);
  const [candidates, coaches, doneKeys, linked, nextReminders, auditedAt] = await Promise.all([
    loadCandidates(manager, organizationId, unique(assignments.map((a) => a.candidateId))),
    loadCoaches(manager, organizationId, unique(assignments.map((a) => a.coachMemberId))),
    loadDoneItemKeys(manager, organizationId, ids),
    assignmentsWithLiveLinks(manager, organizationId, ids),
    loadNextReminders(manager, organizationId, ids),
    loadLatestAuditEvents(manager, organizationId, ids),
  ]);
  return assignments.map((assignment) =>
    toAssignmentType(assignment, {
      candidate: candidates.get(assignment.candidateId)!,
      coach: coaches.get(assignment.coachMemberId)!,
      done: doneKeys.get(assignment.id) ?? new Set(),
      hasLiveLink: linked.has(assignment.id),
      nextReminder: nextReminders.get(assignment.id) ?? null,
      lastActivity: latest(assignment.updatedAt, auditedAt.get(assignment.id)),
    }),
  );
}

interface AssignmentRelations {
  candidate: CandidateType;
  coach: MemberType;
  done: Set<string>;
  hasLiveLink: boolean;
  nextReminder: ReminderType | null;
  lastActivity: Date;
}

function toAssignmentType(assignment: AssignmentEntity, { candidate, coach, done, hasLiveLink, nextReminder, lastActivity }: AssignmentRelations): AssignmentType {
  const plan = assignment.plan as PlanTemplate;
  return {
    id: assignment.id,
    status: assignment.status,
    templateTitle: assignment.templateTitle,
    candidate,
    coach,
    interview: {
      company: assignment.company,
      role: assignment.role,
      startsAt: assignment.startsAt,
      timeZone: assignment.timeZone,
      format: assignment.format,
      location: assignment.location,
      interviewers: assignment.interviewers,
    },
    note: assignment.note,
    expectedDecisionDate: assignment.expectedDecisionDate,
    interviewedAt: assignment.interviewedAt,
    followUpSentAt: assignment.followUpSentAt,
    cancelledAt: assignment.cancelledAt,
    cancelReason: assignment.cancelReason,
    progress: computeProgress(plan, done),
    plan: plan.sections.map((section) => ({
      key: section.key,
      title: section.title,
      phase: section.phase,
      items: section.items.map((item) => ({ ...describePlanItem(item), done: done.has(item.key) })),
    })),
    link: { expiresAt: assignment.linkExpiresAt, revoked: !hasLiveLink },
    nextReminder,
    lastActivity,
    createdAt: assignment.createdAt,
    updatedAt: assignment.updatedAt,
  };
}

async function loadCandidates(manager: EntityManager, organizationId: string, ids: string[]): Promise<Map<string, CandidateType>> {
  const rows = await candidateRowsQuery(manager, organizationId).andWhere('c.id IN (:...ids)', { ids }).getRawMany<CandidateRow>();
  return new Map(rows.map((row) => [row.id, toCandidateType(row)]));
}

async function loadCoaches(manager: EntityManager, organizationId: string, ids: string[]): Promise<Map<string, MemberType>> {
  const members = await findMemberViews(manager, organizationId, { ids });
  return new Map(members.map((member) => [member.id, member]));
}

async function loadDoneItemKeys(manager: EntityManager, organizationId: string, assignmentIds: string[]): Promise<Map<string, Set<string>>> {
  const rows = await manager
    .getRepository(ItemProgressEntity)
    .createQueryBuilder('p')
    .select(['p.assignment_id AS assignment_id', 'p.item_key AS item_key'])
    .where('p.organization_id = :organizationId AND p.assignment_id IN (:...assignmentIds) AND p.done_at IS NOT NULL', { organizationId, assignmentIds })
    .getRawMany<{ assignment_id: string; item_key: string }>();
  const byAssignment = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!byAssignment.has(row.assignment_id)) byAssignment.set(row.assignment_id, new Set());
    byAssignment.get(row.assignment_id)!.add(row.item_key);
  }
  return byAssignment;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
