import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import {
  nextReminderVersion,
  NEXT_REMINDER_VERSION_SQL,
  PENDING_REMINDER_STATUSES,
  PlannedReminder,
  planReminders,
  ReminderStatus,
} from '@prep/domain';
import type { ReminderPlanInput } from '@prep/domain';
import {
  AssignmentEntity,
  CandidateEntity,
  OrganizationEntity,
  ReminderEntity,
  TenantTransactions,
} from '@prep/persistence';
import { JobQueue } from '../../platform/jobs/job-queue';

// The API's half of a reminder's life: rows are planned, moved and cancelled inside the change
// that causes it, and get their timers once that change has committed. The worker's half starts
// when a timer fires (apps/worker/src/reminders/send-reminder.handler.ts) or the scan finds a row.

/** The columns a timer is armed from. */
export type TimerRow = Pick<ReminderEntity, 'organizationId' | 'id' | 'version' | 'dueAt' | 'status'>;

/** Who changes reminders: their history rows name the member. */
export interface ChangeActor {
  organizationId: string;
  memberId: string;
}

// Read by the reminders' history trigger (sql/functions/reminder_history.sql), transaction-local.
const ACTOR_SETTING = 'app.actor_member_id';
const CHANGE_REASON_SETTING = 'app.change_reason';

/**
 * Names why the reminder changes made next in this transaction happen, for their history rows
 * (when the change does not set the row's own `reason`); null stops naming it.
 */
export async function explainReminderChanges(manager: EntityManager, reason: string | null): Promise<void> {
  await manager.query(`SELECT set_config('${CHANGE_REASON_SETTING}', $1, true)`, [reason ?? '']);
}

/** What a change answers with, and the reminder rows it planned or moved. */
export interface PlannedChange<T> {
  view: T;
  reminders: readonly TimerRow[];
}

/**
 * Transaction → work → view → timers: the change and the view it answers with in one tenant
 * transaction, then, once committed, a timer for each of its reminders due within the horizon,
 * so the assignment email leaves without waiting for the worker's next scan. Losing that last
 * step loses nothing: the rows are committed, and the scan finds them.
 */
@Injectable()
export class PlanningTransactions {
  private readonly logger = new Logger(PlanningTransactions.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantTransactions,
    private readonly jobs: JobQueue,
  ) {}

  /** `actor`: the member making the change (an AuthContext will do), named in the reminders' history. */
  async run<T>(actor: string | ChangeActor, work: (manager: EntityManager) => Promise<PlannedChange<T>>): Promise<T> {
    const { organizationId, memberId } = typeof actor === 'string' ? { organizationId: actor, memberId: null } : actor;
    const { view, reminders } = await this.tenants.run({ organizationId }, async (manager) => {
      if (memberId) await manager.query(`SELECT set_config('${ACTOR_SETTING}', $1, true)`, [memberId]);
      return work(manager);
    });
    await this.armTimers(reminders);
    return view;
  }

  private async armTimers(rows: readonly TimerRow[]): Promise<void> {
    const horizon = Date.now() + this.config.reminders.horizonMinutes * 60_000;
    const due = rows.filter((row) => row.status === ReminderStatus.SCHEDULED && row.dueAt.getTime() <= horizon);
    try {
      await this.jobs.enqueueReminderTimers(
        due.map((row) => ({
          organizationId: row.organizationId,
          reminderId: row.id,
          version: row.version,
          dueAt: row.dueAt,
        })),
      );
    } catch (error) {
      this.logger.warn(
        `Reminder timers left to the scheduler: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

export interface PlanOptions {
  now: Date;
  /** Kinds not to plan again (the assignment email is sent once, not on every reschedule). */
  exceptKinds?: readonly string[];
  /** Only these kinds (a re-plan renews what was still pending and sends nothing again). */
  onlyKinds?: readonly string[];
  /** A reschedule: the candidate is told now, and what is due with it rides in that message. */
  announceMove?: boolean;
}

/**
 * Writes the reminder rows for the assignment's current schedule version, in the caller's
 * transaction: the change and its reminders commit together. Returns the rows written.
 */
export async function planReminderRows(
  manager: EntityManager,
  assignment: AssignmentEntity,
  options: PlanOptions,
): Promise<TimerRow[]> {
  const planned = (
    await planFor(manager, assignment, options.now, {
      omitKinds: options.exceptKinds,
      announceMove: options.announceMove,
    })
  ).filter((reminder) => !options.onlyKinds || options.onlyKinds.includes(reminder.kind));
  const rows = planned.map((reminder) => toRow(assignment, reminder));
  recordMerges(planned, rows);
  if (rows.length > 0) await manager.getRepository(ReminderEntity).insert(rows);
  return rows;
}

/** A merged reminder's row names the row that carries its items: `merged-into:<id>`. */
function recordMerges(planned: readonly PlannedReminder[], rows: NewReminderRow[]): void {
  planned.forEach((reminder, index) => {
    if (!reminder.mergedInto) return;
    const carrier = rows.find((row) => row.kind === reminder.mergedInto && row.recipient === reminder.recipient);
    if (carrier) rows[index].reason = `merged-into:${carrier.id}`;
  });
}

/**
 * Messages the candidate gets at once, outside any schedule: the interview cancelled by the coach,
 * or the plan email sent again by hand (`assignment-resend`: the assignment email's
 * template, one row per resend).
 */
export type MessageNowKind = 'interview-cancelled' | 'assignment-resend';

/**
 * A row due now, sent by the worker like any reminder (so the unsubscribe and the other send-time
 * checks apply, and the outcome is the row's). It belongs to the assignment's current schedule
 * version: a later reschedule cancels a move not yet sent. It lists no items of its own.
 */
export async function planMessageNow(
  manager: EntityManager,
  assignment: AssignmentEntity,
  kind: MessageNowKind,
  now: Date,
): Promise<TimerRow> {
  const row = toRow(assignment, {
    kind,
    recipient: 'candidate',
    dueAt: now,
    itemKeys: [],
    status: ReminderStatus.SCHEDULED,
  });
  await manager.getRepository(ReminderEntity).insert(row);
  return row;
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
    .set({ status: ReminderStatus.CANCELLED, reason, version: () => NEXT_REMINDER_VERSION_SQL, claimedUntil: null })
    .where('organization_id = :organizationId AND assignment_id = :assignmentId', {
      organizationId: assignment.organizationId,
      assignmentId: assignment.id,
    })
    .andWhere('status IN (:...pending)', { pending: PENDING_REMINDER_STATUSES })
    .andWhere(kinds ? 'kind IN (:...kinds)' : 'true', { kinds })
    .execute();
}

/** The kinds of the assignment's reminders still waiting to be sent. */
export async function pendingReminderKinds(manager: EntityManager, assignment: AssignmentEntity): Promise<string[]> {
  const rows = await manager.getRepository(ReminderEntity).find({
    select: { kind: true },
    where: {
      organizationId: assignment.organizationId,
      assignmentId: assignment.id,
      status: In(PENDING_REMINDER_STATUSES),
    },
  });
  return [...new Set(rows.map((row) => row.kind))];
}

/**
 * The candidate's time zone changed: each reminder of theirs still ahead moves to where the
 * planner now puts it, with the reason. Plans whose interview is over have nothing to re-time.
 */
export async function retimeCandidateReminders(
  manager: EntityManager,
  organizationId: string,
  candidateId: string,
  now: Date,
  reason: string,
): Promise<ReminderEntity[]> {
  const assignments = await manager
    .getRepository(AssignmentEntity)
    .createQueryBuilder('a')
    .where('a.organization_id = :organizationId AND a.candidate_id = :candidateId AND a.starts_at > :now', {
      organizationId,
      candidateId,
      now,
    })
    .getMany();
  const moved: ReminderEntity[] = [];
  for (const assignment of assignments) {
    const pending = await manager
      .getRepository(ReminderEntity)
      .findBy({ organizationId, assignmentId: assignment.id, status: In(PENDING_REMINDER_STATUSES) });
    const planned = await planFor(manager, assignment, now);
    for (const row of pending.filter((candidate) => isMovable(candidate, assignment, now))) {
      const target = planned.find((reminder) => reminder.kind === row.kind && reminder.recipient === row.recipient);
      if (target && target.dueAt.getTime() !== row.dueAt.getTime())
        moved.push(await moveReminder(manager, row, target, reason, reason));
    }
  }
  return moved;
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
    status: In(PENDING_REMINDER_STATUSES),
  });
  const planned = (await planForRetiming(manager, assignment, now)).find(
    (reminder) => reminder.kind === 'decision-check-in',
  );
  if (!pending || !planned) return null;
  return moveReminder(manager, pending, planned, 'expected decision date changed');
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
  const pending = await manager
    .getRepository(ReminderEntity)
    .findBy({ organizationId, status: In(PENDING_REMINDER_STATUSES) });
  const assignmentIds = [...new Set(pending.map((row) => row.assignmentId))];
  const assignments = assignmentIds.length
    ? await manager.getRepository(AssignmentEntity).findBy({ organizationId, id: In(assignmentIds) })
    : [];
  const moved: ReminderEntity[] = [];
  for (const assignment of assignments) {
    const planned = await planForRetiming(manager, assignment, now);
    for (const row of pending.filter(
      (candidate) => candidate.assignmentId === assignment.id && isMovable(candidate, assignment, now),
    )) {
      const target = planned.find((reminder) => reminder.kind === row.kind && reminder.recipient === row.recipient);
      if (target && target.dueAt.getTime() !== row.dueAt.getTime())
        moved.push(await moveReminder(manager, row, target, 'quiet hours changed'));
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
  why: string,
  /** Also left on the row, where the change is the coach's (a candidate's new time zone). */
  rowReason?: string,
): Promise<ReminderEntity> {
  const changes = {
    dueAt: planned.dueAt,
    status: planned.status,
    reason: planned.reason ?? rowReason ?? null,
    version: nextReminderVersion(pending.version),
  };
  await explainReminderChanges(manager, why);
  await manager
    .getRepository(ReminderEntity)
    .update({ organizationId: pending.organizationId, id: pending.id }, changes);
  await explainReminderChanges(manager, null);
  return { ...pending, ...changes };
}

/**
 * Moves of existing rows go one row at a time, so they plan without merging (`mergeWithinMinutes: 0`):
 * a merge would need the carrier row changed with it.
 */
const UNMERGED = { mergeWithinMinutes: 0 } as const;

/**
 * Where the planner now puts the pending rows of an assignment. Its interview may have passed while
 * follow-ups still wait: the planner only plans for an interview ahead, so it plans as of just before
 * the interview, and a time that is no longer ahead is dropped (that row keeps its time).
 */
async function planForRetiming(
  manager: EntityManager,
  assignment: AssignmentEntity,
  now: Date,
): Promise<PlannedReminder[]> {
  if (assignment.startsAt > now) return planFor(manager, assignment, now);
  const justBeforeInterview = new Date(assignment.startsAt.getTime() - 1);
  const planned = await planFor(manager, assignment, justBeforeInterview);
  return planned.filter((reminder) => reminder.dueAt > now);
}

async function planFor(
  manager: EntityManager,
  assignment: AssignmentEntity,
  now: Date,
  options: Pick<ReminderPlanInput, 'omitKinds' | 'mergeWithinMinutes' | 'announceMove'> = UNMERGED,
): Promise<PlannedReminder[]> {
  const { organizationId } = assignment;
  const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
  const candidate = await manager
    .getRepository(CandidateEntity)
    .findOneByOrFail({ organizationId, id: assignment.candidateId });
  return planReminders({
    schedule: assignment.plan.reminderSchedule,
    interviewAt: assignment.startsAt,
    // Quiet hours are the candidate's nights, so reminders follow the candidate's zone.
    timeZone: candidate.timeZone,
    quietHours: { start: organization.quietHoursStart, end: organization.quietHoursEnd },
    expectedDecisionDate: assignment.expectedDecisionDate ?? undefined,
    now,
    ...options,
  });
}

type NewReminderRow = Omit<
  ReminderEntity,
  'lastError' | 'messageId' | 'sentAt' | 'claimedUntil' | 'createdAt' | 'updatedAt'
>;

function toRow(
  assignment: AssignmentEntity,
  reminder: Omit<PlannedReminder, 'kind'> & { kind: string },
): NewReminderRow {
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
    status: reminder.status,
    reason: reminder.reason ?? null,
    attempts: 0,
    version: 1,
  };
}
