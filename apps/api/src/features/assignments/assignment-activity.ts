import { EntityManager } from 'typeorm';
import { PENDING_REMINDER_STATUSES } from '@prep/domain';
import { AuditEventEntity, ReminderEntity } from '@prep/persistence';

/** The earliest pending reminder of each assignment, in one statement. */
export async function loadNextReminders(
  manager: EntityManager,
  organizationId: string,
  assignmentIds: string[],
): Promise<Map<string, ReminderEntity>> {
  const rows = await manager
    .getRepository(ReminderEntity)
    .createQueryBuilder('r')
    .distinctOn(['r.assignment_id'])
    .where(
      'r.organization_id = :organizationId AND r.assignment_id IN (:...assignmentIds) AND r.status IN (:...pending)',
      {
        organizationId,
        assignmentIds,
        pending: PENDING_REMINDER_STATUSES,
      },
    )
    .orderBy('r.assignment_id')
    .addOrderBy('r.due_at')
    .addOrderBy('r.kind')
    .getMany();
  return new Map(rows.map((row) => [row.assignmentId, row]));
}

/** The latest audit event of each assignment, in one statement. */
export async function loadLatestAuditEvents(
  manager: EntityManager,
  organizationId: string,
  assignmentIds: string[],
): Promise<Map<string, Date>> {
  const rows = await manager
    .getRepository(AuditEventEntity)
    .createQueryBuilder('e')
    .select(['e.subject_id AS subject_id', 'max(e.occurred_at) AS occurred_at'])
    .where(
      "e.organization_id = :organizationId AND e.subject_type = 'assignment' AND e.subject_id IN (:...assignmentIds)",
      { organizationId, assignmentIds },
    )
    .groupBy('e.subject_id')
    .getRawMany<{ subject_id: string; occurred_at: Date }>();
  return new Map(rows.map((row) => [row.subject_id, new Date(row.occurred_at)]));
}

export function latest(...instants: Array<Date | undefined>): Date {
  return new Date(
    Math.max(
      ...instants.filter((instant): instant is Date => instant !== undefined).map((instant) => instant.getTime()),
    ),
  );
}
