import { EntityManager } from 'typeorm';
import { ReminderEntity } from '@prep/persistence';

/** Every reminder of the given assignments, history included, in one statement. */
export async function loadRemindersByAssignment(
  manager: EntityManager,
  organizationId: string,
  assignmentIds: string[],
): Promise<Map<string, ReminderEntity[]>> {
  const rows = await manager
    .getRepository(ReminderEntity)
    .createQueryBuilder('r')
    .where('r.organization_id = :organizationId AND r.assignment_id IN (:...assignmentIds)', {
      organizationId,
      assignmentIds,
    })
    .orderBy('r.due_at')
    .addOrderBy('r.kind')
    .getMany();
  const byAssignment = new Map<string, ReminderEntity[]>();
  for (const row of rows) byAssignment.set(row.assignmentId, [...(byAssignment.get(row.assignmentId) ?? []), row]);
  return byAssignment;
}
