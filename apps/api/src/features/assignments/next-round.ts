import { EntityManager } from 'typeorm';
import { AssignmentStatus, InterviewOutcome } from '@prep/domain';
import { AssignmentEntity, isUniqueViolation, PlanTemplateVersionEntity } from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';
import { AppError } from '../../platform/errors/app-error';
import { AssignmentErrorCode } from './assignment-error-code';
import { findVisibleAssignment } from './assignment-lookup';
import { NextRoundDraft } from './dto/next-round-draft.type';

/**
 * The plan a next round follows: the same candidate's, whose interview ended with NEXT_ROUND, and
 * not yet followed by a live plan. Locked, so two next rounds cannot both pass the check.
 */
export async function previousRoundOf(
  manager: EntityManager,
  auth: AuthContext,
  candidateId: string,
  previousAssignmentId: string | null | undefined,
): Promise<string | null> {
  if (!previousAssignmentId) return null;
  const previous = await findVisibleAssignment(manager, auth, previousAssignmentId, true);
  if (previous.candidateId !== candidateId || previous.outcome !== InterviewOutcome.NEXT_ROUND) {
    throw new AppError(
      AssignmentErrorCode.NotANextRound,
      'previousAssignmentId must be this candidate’s plan whose outcome is NEXT_ROUND',
      { field: 'previousAssignmentId' },
    );
  }
  const taken = await manager
    .getRepository(AssignmentEntity)
    .createQueryBuilder('n')
    .where('n.organization_id = :organizationId AND n.previous_assignment_id = :id AND n.status <> :cancelled', {
      organizationId: previous.organizationId,
      id: previous.id,
      cancelled: AssignmentStatus.CANCELLED,
    })
    .getExists();
  if (taken) throw nextRoundExists();
  return previous.id;
}

const NEXT_ROUND_KEY = 'assignments_next_round_key';

function nextRoundExists(): AppError {
  return new AppError(AssignmentErrorCode.NextRoundExists, 'This interview already has a next-round plan', {
    field: 'previousAssignmentId',
  });
}

/** The row lock above serializes next rounds of one plan; the unique key is the backstop. */
export async function insertAssignment(manager: EntityManager, entity: Partial<AssignmentEntity>): Promise<void> {
  try {
    await manager.getRepository(AssignmentEntity).insert(entity);
  } catch (error) {
    if (isUniqueViolation(error, NEXT_ROUND_KEY)) throw nextRoundExists();
    throw error;
  }
}

/** What `assignPlan` needs for the next round, taken from this plan: everything but the new interview time. */
export async function nextRoundDraftOf(manager: EntityManager, assignment: AssignmentEntity): Promise<NextRoundDraft> {
  if (assignment.outcome !== InterviewOutcome.NEXT_ROUND)
    throw new AppError(AssignmentErrorCode.NotANextRound, 'Record the outcome NEXT_ROUND first', {
      outcome: assignment.outcome,
    });
  return {
    previousAssignmentId: assignment.id,
    candidateId: assignment.candidateId,
    templateId: await templateIdOf(manager, assignment),
    interview: {
      company: assignment.company,
      role: assignment.role,
      timeZone: assignment.timeZone,
      format: assignment.format,
      location: assignment.location,
      interviewers: assignment.interviewers,
    },
    note: assignment.note,
    extraItems: assignment.plan.sections.flatMap((section) =>
      section.items
        .filter((item) => item.key.startsWith('extra-'))
        .map((item) => ({
          sectionKey: section.key,
          kind: item.kind,
          title: item.title,
          guidance: item.guidance,
          dueOffsetHours: item.dueOffsetHours,
        })),
    ),
  };
}

/** A built-in version's id is its template id; an organization's version points at its template. */
async function templateIdOf(manager: EntityManager, assignment: AssignmentEntity): Promise<string> {
  if (assignment.builtinVersionId) return assignment.builtinVersionId;
  const version = await manager
    .getRepository(PlanTemplateVersionEntity)
    .findOneByOrFail({ organizationId: assignment.organizationId, id: assignment.templateVersionId! });
  return version.templateId;
}
