import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { PlanTemplate } from '@prep/content';
import { PlannedReminder, planReminders, ReminderScheduleEntry } from '@prep/domain';
import {
  AssignmentEntity,
  CandidateEntity,
  OrganizationEntity,
  ReminderEntity,
  ReminderStatus,
} from '@prep/persistence';

export const PENDING_STATUSES = [ReminderStatus.SCHEDULED, ReminderStatus.QUEUED];

export interface PlanOptions {
  now: Date;
  /** Kinds not to plan again (the assignment email is sent once, not on every reschedule). */
  exceptKinds?: readonly string[];
}

/**
 * Writes the reminder rows for the assignment's current schedule version, in the caller's
 * transaction: the change and its reminders commit together. Returns the rows written.
 */
export async function planReminderRows(
  manager: EntityManager,
  assignment: AssignmentEntity,
  options: PlanOptions,
): Promise<ReminderEntity[]> {
  const planned = await planFor(manager, assignment, options.now);
  const rows = planned
    .filter((reminder) => !options.exceptKinds?.includes(reminder.kind))
    .map((reminder) => toRow(assignment, reminder));
  if (rows.length > 0) await manager.getRepository(ReminderEntity).insert(rows);
  return rows as ReminderEntity[];
}

/** Every reminder still waiting is cancelled with the reason; history stays. */
export async function cancelPendingReminders(
  manager: EntityManager,
  assignment: AssignmentEntity,
  reason: string,
  kinds?: string[],
): Promise<void> {
  await manager
    .getRepository(ReminderEntity)
    .createQueryBuilder()
    .update()
    .set({ status: ReminderStatus.CANCELLED, reason, version: () => 'version + 1', claimedUntil: null })
    .where('organization_id = :organizationId AND assignment_id = :assignmentId', {
      organizationId: assignment.organizationId,
      assignmentId: assignment.id,
    })
    .andWhere('status IN (:...pending)', { pending: PENDING_STATUSES })
    .andWhere(kinds ? 'kind IN (:...kinds)' : 'true', { kinds })
    .execute();
}

/**
 * A new expected decision date moves the pending check-in (a new version, so its old timer
 * finds nothing to do). Returns the moved row, if there was one still pending.
 */
export async function moveDecisionCheckIn(
  manager: EntityManager,
  assignment: AssignmentEntity,
  now: Date,
): Promise<ReminderEntity | null> {
  const repository = manager.getRepository(ReminderEntity);
  const pending = await repository.findOneBy({
    organizationId: assignment.organizationId,
    assignmentId: assignment.id,
    planVersion: assignment.scheduleVersion,
    kind: 'decision-check-in',
    status: In(PENDING_STATUSES),
  });
  const planned = (await planFor(manager, assignment, now)).find((reminder) => reminder.kind === 'decision-check-in');
  if (!pending || !planned) return null;
  return moveReminder(manager, pending, planned);
}

/**
 * The organization's quiet hours changed: each reminder still waiting moves to where the planner
 * now puts it (a new version, so its old timer finds nothing to do). Nothing is planned anew or
 * sent again; a reminder the new plan has no place for keeps its time. Returns the moved rows.
 */
export async function retimePendingReminders(
  manager: EntityManager,
  organizationId: string,
  now: Date,
): Promise<ReminderEntity[]> {
  const pending = await manager.getRepository(ReminderEntity).findBy({ organizationId, status: In(PENDING_STATUSES) });
  const assignmentIds = [...new Set(pending.map((row) => row.assignmentId))];
  const assignments = assignmentIds.length
    ? await manager.getRepository(AssignmentEntity).findBy({ organizationId, id: In(assignmentIds) })
    : [];
  const moved: ReminderEntity[] = [];
  for (const assignment of assignments) {
    const planned = await planFor(manager, assignment, now);
    for (const row of pending.filter(
      (candidate) => candidate.assignmentId === assignment.id && isMovable(candidate, assignment, now),
    )) {
      const target = planned.find((reminder) => reminder.kind === row.kind && reminder.recipient === row.recipient);
      if (target && target.dueAt.getTime() !== row.dueAt.getTime())
        moved.push(await moveReminder(manager, row, target));
    }
  }
  return moved;
}

/** Of the current schedule and still ahead: one already due (or being sent under a lease) goes as it is. */
function isMovable(row: ReminderEntity, assignment: AssignmentEntity, now: Date): boolean {
  return (
    row.planVersion === assignment.scheduleVersion && row.dueAt > now && !(row.claimedUntil && row.claimedUntil > now)
  );
}

async function moveReminder(
  manager: EntityManager,
  pending: ReminderEntity,
  planned: PlannedReminder,
): Promise<ReminderEntity> {
  const changes = {
    dueAt: planned.dueAt,
    status: toStatus(planned),
    reason: planned.reason ?? null,
    version: pending.version + 1,
  };
  await manager
    .getRepository(ReminderEntity)
    .update({ organizationId: pending.organizationId, id: pending.id }, changes);
  return { ...pending, ...changes };
}

async function planFor(manager: EntityManager, assignment: AssignmentEntity, now: Date): Promise<PlannedReminder[]> {
  const { organizationId } = assignment;
  const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
  const candidate = await manager
    .getRepository(CandidateEntity)
    .findOneByOrFail({ organizationId, id: assignment.candidateId });
  const plan = assignment.plan as PlanTemplate;
  return planReminders({
    schedule: plan.reminderSchedule as unknown as ReminderScheduleEntry[],
    interviewAt: assignment.startsAt,
    // Quiet hours are the candidate's nights, so reminders follow the candidate's zone.
    timeZone: candidate.timeZone,
    quietHours: { start: organization.quietHoursStart, end: organization.quietHoursEnd },
    expectedDecisionDate: assignment.expectedDecisionDate ?? undefined,
    now,
  });
}

function toRow(assignment: AssignmentEntity, reminder: PlannedReminder): Partial<ReminderEntity> {
  return {
    organizationId: assignment.organizationId,
    id: randomUUID(),
    assignmentId: assignment.id,
    planVersion: assignment.scheduleVersion,
    kind: reminder.kind,
    recipient: reminder.recipient,
    dueAt: reminder.dueAt,
    itemKeys: [...reminder.itemKeys],
    condition: reminder.condition ?? null,
    status: toStatus(reminder),
    reason: reminder.reason ?? null,
    attempts: 0,
    version: 1,
  };
}

function toStatus(reminder: PlannedReminder): ReminderStatus {
  return reminder.status === 'SKIPPED' ? ReminderStatus.SKIPPED : ReminderStatus.SCHEDULED;
}
