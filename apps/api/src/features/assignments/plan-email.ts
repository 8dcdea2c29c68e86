import { EntityManager } from 'typeorm';
import {
  AssignmentEntity,
  AssignmentLinkPurpose,
  assignmentsWithLiveLinks,
  issueAssignmentLink,
} from '@prep/persistence';
import { planMessageNow, TimerRow } from '../reminders/reminder-planning';

/**
 * The plan email again, now, as a new reminder row the worker sends (with a freshly minted link).
 * After a revoke it also issues a new link, since a revoked assignment sends no email with a live
 * one: resending is how the coach opens the plan to the candidate again.
 */
export async function queuePlanEmail(
  manager: EntityManager,
  assignment: AssignmentEntity,
  now: Date,
): Promise<TimerRow> {
  const { organizationId, id } = assignment;
  const live = await assignmentsWithLiveLinks(manager, organizationId, [id]);
  if (!live.has(id)) {
    await issueAssignmentLink(manager, { organizationId, assignmentId: id, purpose: AssignmentLinkPurpose.SHARED });
  }
  return planMessageNow(manager, assignment, 'assignment-resend', now);
}
