import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PlanItem } from '@prep/content';
import { acceptsCandidateChanges, AssignmentStatus, canTransition, FollowUpDraft, parseLocalDate } from '@prep/domain';
import {
  AssignmentEntity,
  AuditActorType,
  CredentialLookups,
  findAssignmentByLiveLink,
  hashLinkToken,
  ItemProgressEntity,
  OrganizationDeletingError,
  LINK_TOKEN_SHAPE,
  recordAuditEvent,
  TenantTransactions,
} from '@prep/persistence';
import { optionalText } from '../assignments/interview-details';
import { AppError } from '../../platform/errors/app-error';
import { moveDecisionCheckIn, PlannedChange, PlanningTransactions, TimerRow } from '../reminders/reminder-planning';
import { CandidateLinkRateLimiter } from './candidate-link-rate-limiter';
import { CandidatePlanErrorCode } from './candidate-plan-error-code';
import { followUpDraftOf, loadCandidatePlanView, readCandidatePlanByLink } from './candidate-plan-view';
import { CandidatePlanType } from './dto/candidate-plan.type';

const MAX_NOTES_LENGTH = 5000;

/** Who is acting: the holder of a private link, from a client address (for guessing limits). */
export interface LinkHolder {
  token: string;
  clientIp: string;
}

/** What a candidate action did: for the audit trail, and any reminder it moved. */
interface CandidateChange {
  action: string;
  details?: Record<string, unknown>;
  reminders?: TimerRow[];
}

/**
 * Everything a candidate can do through their private link. The link is the credential: it
 * resolves to one assignment of one organization, and every change is audited as the candidate.
 */
@Injectable()
export class CandidatePlanService {
  constructor(
    private readonly planning: PlanningTransactions,
    private readonly lookups: CredentialLookups,
    private readonly rateLimiter: CandidateLinkRateLimiter,
    private readonly tenants: TenantTransactions,
  ) {}

  /** The plan the link opens, its organization looked up and the plan read in one round trip, without locking anything. */
  async view(holder: LinkHolder): Promise<CandidatePlanType> {
    await this.rateLimiter.assertNotBlocked(holder.clientIp);
    const tokenHash = LINK_TOKEN_SHAPE.test(holder.token) ? hashLinkToken(holder.token) : null;
    const plan = tokenHash
      ? await readCandidatePlanByLink(this.tenants, tokenHash).catch(noPlanOfDeletedOrganization)
      : null;
    if (!plan) throw await this.linkNotFound(holder);
    return plan;
  }

  /** The candidate page: the plan and its follow-up draft, from one read. */
  async page(holder: LinkHolder): Promise<{ plan: CandidatePlanType; draft: FollowUpDraft }> {
    const plan = await this.view(holder);
    return { plan, draft: followUpDraftOf(plan) };
  }

  setItemDone(holder: LinkHolder, itemKey: string, done: boolean): Promise<CandidatePlanType> {
    return this.change(holder, async (manager, assignment) => {
      requireItem(assignment, itemKey);
      await upsertProgress(manager, assignment, itemKey, { doneAt: done ? new Date() : null });
      if (done && assignment.status === AssignmentStatus.ASSIGNED)
        await update(manager, assignment, { status: AssignmentStatus.IN_PROGRESS });
      return { action: done ? 'item.done' : 'item.undone', details: { itemKey } };
    });
  }

  saveNotes(holder: LinkHolder, itemKey: string, notesInput: string): Promise<CandidatePlanType> {
    const notes = optionalText(notesInput, 'notes', MAX_NOTES_LENGTH);
    return this.change(holder, async (manager, assignment) => {
      requireItem(assignment, itemKey);
      await upsertProgress(manager, assignment, itemKey, { notes });
      return { action: 'item.notes_saved', details: { itemKey, length: notes?.length ?? 0 } };
    });
  }

  setQuestionChosen(holder: LinkHolder, itemKey: string, chosen: boolean): Promise<CandidatePlanType> {
    return this.change(holder, async (manager, assignment) => {
      if (requireItem(assignment, itemKey).kind !== 'question-to-ask') {
        throw new AppError(CandidatePlanErrorCode.NotAQuestionToAsk, 'Only questions to ask can be chosen', {
          field: 'itemKey',
        });
      }
      await upsertProgress(manager, assignment, itemKey, { chosen });
      return { action: chosen ? 'question.chosen' : 'question.unchosen', details: { itemKey } };
    });
  }

  markInterviewDone(holder: LinkHolder): Promise<CandidatePlanType> {
    return this.change(holder, async (manager, assignment) => {
      moveTo(assignment, AssignmentStatus.INTERVIEWED);
      await update(manager, assignment, { status: AssignmentStatus.INTERVIEWED, interviewedAt: new Date() });
      return { action: 'interview.done' };
    });
  }

  /** The check-in moves to the date the candidate was told. */
  recordDecisionDate(holder: LinkHolder, dateInput: string): Promise<CandidatePlanType> {
    const expectedDecisionDate = parseLocalDate(dateInput, 'expectedDecisionDate');
    return this.change(holder, async (manager, assignment) => {
      await update(manager, assignment, { expectedDecisionDate });
      const moved = await moveDecisionCheckIn(manager, { ...assignment, expectedDecisionDate }, new Date());
      return { action: 'decision_date.recorded', details: { expectedDecisionDate }, reminders: moved ? [moved] : [] };
    });
  }

  /** Sending the follow-up also ticks the plan's follow-up email items. */
  markFollowUpSent(holder: LinkHolder): Promise<CandidatePlanType> {
    return this.change(holder, async (manager, assignment) => {
      moveTo(assignment, AssignmentStatus.FOLLOWED_UP);
      const now = new Date();
      await update(manager, assignment, { status: AssignmentStatus.FOLLOWED_UP, followUpSentAt: now });
      for (const item of planItems(assignment).filter((candidate) => candidate.kind === 'follow-up-email')) {
        await upsertProgress(manager, assignment, item.key, { doneAt: now });
      }
      return { action: 'follow_up.sent' };
    });
  }

  /** A draft from the candidate's own notes: interviewers, role, the points they reflected on. */
  async followUpDraft(holder: LinkHolder): Promise<FollowUpDraft> {
    return followUpDraftOf(await this.view(holder));
  }

  private async change(
    holder: LinkHolder,
    work: (manager: EntityManager, assignment: AssignmentEntity) => Promise<CandidateChange>,
  ): Promise<CandidatePlanType> {
    return this.withAssignment(holder, async (manager, assignment) => {
      if (!acceptsCandidateChanges(assignment.status)) {
        throw new AppError(CandidatePlanErrorCode.PlanClosed, 'This plan is closed and can no longer be changed');
      }
      const { action, details, reminders = [] } = await work(manager, assignment);
      await recordAuditEvent(manager, {
        organizationId: assignment.organizationId,
        actor: { type: AuditActorType.CANDIDATE, id: assignment.candidateId },
        action,
        subjectType: 'assignment',
        subjectId: assignment.id,
        details,
      });
      return { view: await loadCandidatePlanView(manager, assignment), reminders };
    });
  }

  /**
   * Resolves the link inside its organization's transaction, locked for the change; any miss counts
   * against the client.
   * Reminders the work moved get their timers after the commit.
   */
  private async withAssignment<T>(
    holder: LinkHolder,
    work: (manager: EntityManager, assignment: AssignmentEntity) => Promise<PlannedChange<T>>,
  ): Promise<T> {
    await this.rateLimiter.assertNotBlocked(holder.clientIp);
    const tokenHash = LINK_TOKEN_SHAPE.test(holder.token) ? hashLinkToken(holder.token) : null;
    const organizationId = tokenHash ? await this.lookups.organizationForAssignmentLink(tokenHash) : null;
    const result: LinkResult<T> = organizationId
      ? await this.planning
          .run(organizationId, async (manager): Promise<PlannedChange<LinkResult<T>>> => {
            const assignment = await findAssignmentByLiveLink(manager, organizationId, tokenHash!);
            if (!assignment) return { view: { found: false as const }, reminders: [] };
            const { view, reminders } = await work(manager, assignment);
            return { view: { found: true as const, value: view }, reminders };
          })
          .catch(linkOfDeletedOrganization)
      : { found: false as const };
    if (!result.found) throw await this.linkNotFound(holder);
    return result.value;
  }

  /** Counts the miss against the client; the error to answer. */
  private async linkNotFound(holder: LinkHolder): Promise<AppError> {
    await this.rateLimiter.recordMiss(holder.clientIp);
    return new AppError(CandidatePlanErrorCode.LinkNotFound, 'This link is not valid. Ask your coach for a new one.');
  }
}

type LinkResult<T> = { found: true; value: T } | { found: false };

function planItems(assignment: AssignmentEntity): PlanItem[] {
  return assignment.plan.sections.flatMap((section) => section.items);
}

function requireItem(assignment: AssignmentEntity, itemKey: string): PlanItem {
  const item = planItems(assignment).find((candidate) => candidate.key === itemKey);
  if (!item)
    throw new AppError(CandidatePlanErrorCode.ItemNotFound, 'This plan has no such item', { field: 'itemKey' });
  return item;
}

function moveTo(assignment: AssignmentEntity, status: AssignmentStatus): void {
  if (!canTransition(assignment.status, status)) {
    throw new AppError(
      CandidatePlanErrorCode.StatusConflict,
      `The plan is ${assignment.status}; it cannot become ${status}`,
      { status: assignment.status },
    );
  }
}

async function update(
  manager: EntityManager,
  assignment: AssignmentEntity,
  changes: Partial<AssignmentEntity>,
): Promise<void> {
  await manager
    .getRepository(AssignmentEntity)
    .update({ organizationId: assignment.organizationId, id: assignment.id }, changes);
}

async function upsertProgress(
  manager: EntityManager,
  assignment: AssignmentEntity,
  itemKey: string,
  changes: Partial<Pick<ItemProgressEntity, 'doneAt' | 'notes' | 'chosen'>>,
): Promise<void> {
  const key = { organizationId: assignment.organizationId, assignmentId: assignment.id, itemKey };
  await manager
    .getRepository(ItemProgressEntity)
    .createQueryBuilder()
    .insert()
    .values({ ...key, chosen: false, ...changes, updatedAt: new Date() })
    .orUpdate([...Object.keys(changes).map(toColumn), 'updated_at'], ['organization_id', 'assignment_id', 'item_key'])
    .updateEntity(false)
    .execute();
}

function toColumn(property: string): string {
  return { doneAt: 'done_at', notes: 'notes', chosen: 'chosen' }[property] ?? property;
}

/** A deleted organization's links open nothing, like any link that is not valid. */
function noPlanOfDeletedOrganization(error: unknown): null {
  if (error instanceof OrganizationDeletingError) return null;
  throw error;
}

/** A deleted organization's links answer like any link that is not valid. */
function linkOfDeletedOrganization(error: unknown): { found: false } {
  if (error instanceof OrganizationDeletingError) return { found: false };
  throw error;
}
