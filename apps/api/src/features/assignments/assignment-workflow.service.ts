import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  acceptsCandidateChanges,
  AssignmentStatus,
  InterviewOutcome,
  isBeforeInterview,
  OUTCOME_RECORDED_REASON,
  parseDisplayName,
  remindersEndedByOutcome,
  statusAfterOutcome,
} from '@prep/domain';
import { AssignmentEntity, TenantTransactions } from '@prep/persistence';
import { recordMemberAction } from '../audit/record-member-action';
import type { AuthContext } from '../auth/auth-context';
import { AppError } from '../../platform/errors/app-error';
import {
  cancelPendingReminders,
  pendingReminderKinds,
  planReminderRows,
  TimerRow,
} from '../reminders/reminder-planning';
import { AssignmentErrorCode } from './assignment-error-code';
import { findVisibleAssignment, visibleAssignments } from './assignment-lookup';
import { AssignmentsService } from './assignments.service';
import { UpdateAssignmentInput } from './dto/assignment.inputs';
import { AssignmentType } from './dto/assignment.type';
import { NextRoundDraft } from './dto/next-round-draft.type';
import { optionalText, parseInterviewers } from './interview-details';
import { nextRoundDraftOf } from './next-round';
import { buildPlanSnapshot } from './plan-snapshot';
import { loadAssignmentViews } from './views/assignment-views';

const UPDATED_REASON = 'assignment-updated';

/** What a coach does with a plan after assigning it: edit it, record how the interview went, plan the next round. */
@Injectable()
export class AssignmentWorkflowService {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly tenants: TenantTransactions,
  ) {}

  /**
   * Changes the interview's details and the plan's items. Progress stays on every item kept.
   * Before the interview the reminders still pending are planned again from the new plan under
   * a new schedule version (the calendar event's SEQUENCE follows it); nothing sent is sent again.
   */
  update(auth: AuthContext, id: string, input: UpdateAssignmentInput): Promise<AssignmentType> {
    const now = new Date();
    const details = parseDetails(input);
    return this.assignments.change(auth, id, async (manager, assignment) => {
      if (!acceptsCandidateChanges(assignment.status)) throw statusConflict(assignment.status, 'change');
      const plan =
        input.dropItemKeys?.length || input.extraItems?.length
          ? buildPlanSnapshot(assignment.plan, input.dropItemKeys ?? [], input.extraItems ?? [])
          : assignment.plan;
      const replan = isBeforeInterview(assignment.status) && assignment.startsAt > now;
      const changes: Partial<AssignmentEntity> = {
        ...details,
        plan,
        ...(replan && { scheduleVersion: assignment.scheduleVersion + 1 }),
      };
      await update(manager, assignment, changes);
      await recordMemberAction(manager, auth, {
        action: 'assignment.updated',
        subjectType: 'assignment',
        subjectId: id,
        details: {
          fields: Object.keys(details),
          dropItemKeys: input.dropItemKeys ?? [],
          extraItems: input.extraItems?.length ?? 0,
        },
      });
      return replan ? this.replanPending(manager, { ...assignment, ...changes }, now) : [];
    });
  }

  private async replanPending(manager: EntityManager, assignment: AssignmentEntity, now: Date): Promise<TimerRow[]> {
    const kinds = await pendingReminderKinds(manager, assignment);
    await cancelPendingReminders(manager, assignment, UPDATED_REASON);
    return planReminderRows(manager, assignment, { now, onlyKinds: kinds });
  }

  /**
   * The coach says how the interview went. An open plan whose interview has begun counts as
   * interviewed without the candidate saying so; the nudges the outcome makes pointless are
   * cancelled as `outcome-recorded`. Recording again replaces the outcome.
   */
  recordOutcome(
    auth: AuthContext,
    id: string,
    outcome: InterviewOutcome,
    noteInput: string | null | undefined,
  ): Promise<AssignmentType> {
    const note = optionalText(noteInput, 'note');
    const now = new Date();
    return this.assignments.change(auth, id, async (manager, assignment) => {
      const status = statusAfterOutcome(assignment.status, assignment.startsAt, now);
      if (!status) throw statusConflict(assignment.status, 'record the outcome of');
      await update(manager, assignment, {
        outcome,
        outcomeNote: note,
        outcomeRecordedAt: now,
        status,
        interviewedAt: assignment.interviewedAt ?? now,
      });
      const ended = remindersEndedByOutcome(outcome);
      if (ended.length > 0) await cancelPendingReminders(manager, assignment, OUTCOME_RECORDED_REASON, [...ended]);
      await recordMemberAction(manager, auth, {
        action: 'assignment.outcome_recorded',
        subjectType: 'assignment',
        subjectId: id,
        details: { outcome, previous: assignment.outcome, note },
      });
    });
  }

  nextRoundDraft(auth: AuthContext, id: string): Promise<NextRoundDraft> {
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) =>
      nextRoundDraftOf(manager, await findVisibleAssignment(manager, auth, id)),
    );
  }

  /** The plan of the round before, if the caller may see it. */
  async previousRound(auth: AuthContext, previousAssignmentId: string | null): Promise<AssignmentType | null> {
    if (!previousAssignmentId) return null;
    try {
      return await this.assignments.get(auth, previousAssignmentId);
    } catch (error) {
      if (error instanceof AppError && error.code === AssignmentErrorCode.NotFound) return null;
      throw error;
    }
  }

  /** The live plan of the round after (a cancelled one is not it). */
  nextRound(auth: AuthContext, id: string): Promise<AssignmentType | null> {
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const page = visibleAssignments(manager, auth).andWhere(
        'a.previous_assignment_id = :id AND a.status <> :cancelled',
        { id, cancelled: AssignmentStatus.CANCELLED },
      );
      return (await loadAssignmentViews(manager, { page, limit: 1 })).views[0] ?? null;
    });
  }
}

type Details = Partial<Pick<AssignmentEntity, 'company' | 'role' | 'format' | 'location' | 'interviewers' | 'note'>>;

/** Only what the input names; a field given as null clears it where it may be empty. */
function parseDetails(input: UpdateAssignmentInput): Details {
  const details: Details = {};
  if (input.company != null) details.company = parseDisplayName(input.company, 'input.company', 200);
  if (input.role != null) details.role = parseDisplayName(input.role, 'input.role', 200);
  if (input.format != null) details.format = input.format;
  if (input.location !== undefined) details.location = optionalText(input.location, 'input.location', 500);
  if (input.interviewers != null) details.interviewers = parseInterviewers(input.interviewers);
  if (input.note !== undefined) details.note = optionalText(input.note, 'input.note');
  return details;
}

async function update(manager: EntityManager, assignment: AssignmentEntity, changes: Partial<AssignmentEntity>) {
  await manager
    .getRepository(AssignmentEntity)
    .update({ organizationId: assignment.organizationId, id: assignment.id }, changes);
}

function statusConflict(status: AssignmentStatus, action: string): AppError {
  return new AppError(AssignmentErrorCode.StatusConflict, `Cannot ${action} an assignment that is ${status}`, {
    status,
  });
}
