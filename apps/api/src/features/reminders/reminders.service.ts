import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { canTransitionReminder, nextReminderVersion, ReminderStatus, SEND_NOW_CHANGE_REASON } from '@prep/domain';
import { AssignmentEntity, ReminderEntity, TenantTransactions } from '@prep/persistence';
import { recordMemberAction } from '../audit/record-member-action';
import type { AuthContext } from '../auth/auth-context';
import { limitToOwnCandidates } from '../auth/own-candidates-scope';
import { AppError } from '../../platform/errors/app-error';
import { isUuid } from '../../platform/ids/is-uuid';
import { RequestBatch, RequestBatches } from '../../platform/graphql/request-batch';
import { ReminderType } from './dto/reminder.type';
import { ReminderErrorCode } from './reminder-error-code';
import { explainReminderChanges, PlanningTransactions } from './reminder-planning';
import { loadRemindersByAssignment } from './reminders-by-assignment';

@Injectable()
export class RemindersService {
  private readonly batches = new RequestBatches<ReminderType[]>();

  constructor(
    private readonly tenants: TenantTransactions,
    private readonly planning: PlanningTransactions,
  ) {}

  /**
   * Every reminder of an assignment the caller can already see, history included. Calls within one
   * request (`requestKey`) share one statement, however many assignments a page lists.
   */
  forAssignment(auth: AuthContext, assignmentId: string, requestKey: object): Promise<ReminderType[]> {
    const load = (ids: string[]) =>
      this.tenants.run({ organizationId: auth.organizationId }, (manager) =>
        loadRemindersByAssignment(manager, auth.organizationId, ids),
      );
    return this.batches.forRequest(requestKey, () => new RequestBatch<ReminderType[]>(load, [])).get(assignmentId);
  }

  /**
   * Due now: the row moves to now under a new version and gets a timer at once. The claim reads
   * this move's reason: a reminder the coach sends now is not held back by the spacing.
   */
  sendNow(auth: AuthContext, id: string): Promise<ReminderType> {
    return this.change(auth, id, 'reminder.send_now', SEND_NOW_CHANGE_REASON, {
      status: ReminderStatus.SCHEDULED,
      dueAt: new Date(),
      reason: null,
      claimedUntil: null,
    });
  }

  skip(auth: AuthContext, id: string): Promise<ReminderType> {
    return this.change(auth, id, 'reminder.skipped', null, {
      status: ReminderStatus.SKIPPED,
      reason: 'skipped by coach',
      claimedUntil: null,
    });
  }

  private change(
    auth: AuthContext,
    id: string,
    action: string,
    why: string | null,
    changes: Partial<ReminderEntity> & { status: ReminderStatus },
  ): Promise<ReminderEntity> {
    return this.planning.run(auth, async (manager) => {
      const current = await findVisible(manager, auth, id);
      if (!canTransitionReminder(current.status, changes.status)) {
        throw new AppError(
          ReminderErrorCode.NotPending,
          `This reminder is ${current.status}; it cannot be changed now`,
          { status: current.status },
        );
      }
      const next = { ...changes, version: nextReminderVersion(current.version) };
      if (why) await explainReminderChanges(manager, why);
      await manager.getRepository(ReminderEntity).update({ organizationId: auth.organizationId, id }, next);
      await recordMemberAction(manager, auth, {
        action,
        subjectType: 'reminder',
        subjectId: id,
        details: { assignmentId: current.assignmentId, kind: current.kind },
      });
      const changed = { ...current, ...next };
      return { view: changed, reminders: [changed] };
    });
  }
}

/** Scoped like its assignment: another organization's or (for a COACH) another coach's is NOT_FOUND. */
async function findVisible(manager: EntityManager, auth: AuthContext, id: string): Promise<ReminderEntity> {
  const query = manager
    .getRepository(ReminderEntity)
    .createQueryBuilder('r')
    .innerJoin(AssignmentEntity, 'a', 'a.organization_id = r.organization_id AND a.id = r.assignment_id')
    .where('r.organization_id = :organizationId AND r.id = :id', { organizationId: auth.organizationId, id })
    .setLock('pessimistic_write', undefined, ['r']);
  limitToOwnCandidates(query, auth, 'a.coach_member_id');
  const row = isUuid(id) ? await query.getOne() : null;
  if (!row) throw new AppError(ReminderErrorCode.NotFound, 'Reminder not found');
  return row;
}
