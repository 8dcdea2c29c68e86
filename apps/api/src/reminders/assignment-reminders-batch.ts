import { EntityManager } from 'typeorm';
import { ReminderEntity } from '@prep/persistence';

type LoadReminders = (assignmentIds: string[]) => Promise<Map<string, ReminderEntity[]>>;

/**
 * Collects the assignment ids a GraphQL request asks reminders for and loads them in one statement.
 * Resolvers of a list's items start in the same turn of the event loop (guards make them async), so
 * waiting for `setImmediate` gathers the whole list before loading.
 */
export class AssignmentRemindersBatch {
  private pending = new Map<string, Array<(rows: ReminderEntity[]) => void>>();
  private failures = new Map<string, Array<(error: unknown) => void>>();

  constructor(private readonly load: LoadReminders) {}

  forAssignment(assignmentId: string): Promise<ReminderEntity[]> {
    if (this.pending.size === 0) setImmediate(() => void this.flush());
    return new Promise((resolve, reject) => {
      this.pending.set(assignmentId, [...(this.pending.get(assignmentId) ?? []), resolve]);
      this.failures.set(assignmentId, [...(this.failures.get(assignmentId) ?? []), reject]);
    });
  }

  private async flush(): Promise<void> {
    const [pending, failures] = [this.pending, this.failures];
    this.pending = new Map();
    this.failures = new Map();
    try {
      const byAssignment = await this.load([...pending.keys()]);
      for (const [id, resolvers] of pending) resolvers.forEach((resolve) => resolve(byAssignment.get(id) ?? []));
    } catch (error) {
      for (const rejecters of failures.values()) rejecters.forEach((reject) => reject(error));
    }
  }
}

export async function loadRemindersByAssignment(manager: EntityManager, organizationId: string, assignmentIds: string[]): Promise<Map<string, ReminderEntity[]>> {
  const rows = await manager
    .getRepository(ReminderEntity)
    .createQueryBuilder('r')
    .where('r.organization_id = :organizationId AND r.assignment_id IN (:...assignmentIds)', { organizationId, assignmentIds })
    .orderBy('r.due_at')
    .addOrderBy('r.kind')
    .getMany();
  const byAssignment = new Map<string, ReminderEntity[]>();
  for (const row of rows) byAssignment.set(row.assignmentId, [...(byAssignment.get(row.assignmentId) ?? []), row]);
  return byAssignment;
}
