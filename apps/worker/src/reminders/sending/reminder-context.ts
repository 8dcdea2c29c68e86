import { EntityManager } from 'typeorm';
import { AssignmentStatus } from '@prep/domain';
import { AssignmentEntity, CandidateEntity, ItemProgressEntity, MemberEntity, OrganizationEntity } from '@prep/persistence';
import type { ClaimedReminder } from './claimed-reminder';
import type { SendTimeFacts } from './send-time-check';

/** Everything a due reminder is checked against and rendered from, read in one tenant transaction. */
export interface ReminderContext {
  organization: OrganizationEntity;
  assignment: AssignmentEntity;
  candidate: CandidateEntity;
  coach: { name: string; email: string };
  doneItemKeys: Set<string>;
  candidateStarted: boolean;
}

export async function loadReminderContext(manager: EntityManager, reminder: ClaimedReminder): Promise<ReminderContext> {
  const { organizationId } = reminder;
  // One connection per transaction: the reads go one after the other.
  const assignment = await manager.getRepository(AssignmentEntity).findOneByOrFail({ organizationId, id: reminder.assignmentId });
  const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
  const candidate = await manager.getRepository(CandidateEntity).findOneByOrFail({ organizationId, id: assignment.candidateId });
  const coach = await manager.getRepository(MemberEntity).findOneOrFail({ where: { organizationId, id: assignment.coachMemberId }, relations: { user: true } });
  const progress = await manager.getRepository(ItemProgressEntity).findBy({ organizationId, assignmentId: assignment.id });
  if (!coach.user) throw new Error(`the coach (member ${coach.id}) has no user record`);
  return {
    organization,
    assignment,
    candidate,
    coach: { name: coach.user.name, email: coach.user.email },
    doneItemKeys: new Set(progress.filter((entry) => entry.doneAt).map((entry) => entry.itemKey)),
    candidateStarted: assignment.status !== AssignmentStatus.ASSIGNED || progress.some(hasWork),
  };
}

export function sendTimeFacts(reminder: ClaimedReminder, context: ReminderContext): SendTimeFacts {
  return {
    reminder,
    assignment: {
      status: context.assignment.status,
      scheduleVersion: context.assignment.scheduleVersion,
      followUpSent: context.assignment.followUpSentAt !== null,
    },
    candidateUnsubscribed: context.candidate.unsubscribedAt !== null,
    doneItemKeys: context.doneItemKeys,
    candidateStarted: context.candidateStarted,
  };
}

function hasWork(entry: ItemProgressEntity): boolean {
  return entry.doneAt !== null || entry.chosen || Boolean(entry.notes?.trim());
}
