import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { AssignmentStatus, candidatePlanUrl, canTransition, isBeforeInterview, mayClose } from '@prep/domain';
import {
  AssignmentEntity,
  AssignmentLinkPurpose,
  issueAssignmentLink,
  revokeAssignmentLinks,
  TenantTransactions,
} from '@prep/persistence';
import { recordMemberAction } from '../audit/record-member-action';
import type { AuthContext } from '../auth/auth-context';
import { CandidateErrorCode } from '../candidates/candidate-error-code';
import { CandidatesService } from '../candidates/candidates.service';
import { AppError } from '../../platform/errors/app-error';
import { isUuid } from '../../platform/ids/is-uuid';
import { Connection } from '../../platform/pagination/connection.type';
import { checkPageSize, decodeCursor, instantCursorPart, uuidCursorPart } from '../../platform/pagination/cursor';
import { toConnection } from '../../platform/pagination/page';
import { PlanTemplatesService } from '../plan-templates/plan-templates.service';
import {
  cancelPendingReminders,
  planMessageNow,
  planReminderRows,
  PlanningTransactions,
  TimerRow,
} from '../reminders/reminder-planning';
import { AssignmentErrorCode } from './assignment-error-code';
import { linkExpiry } from './assignment-link';
import { findVisibleAssignment, visibleAssignments } from './assignment-lookup';
import { applyAssignmentsFilter } from './assignments-filter';
import { AssignmentsFilter, AssignPlanInput } from './dto/assignment.inputs';
import { AssignmentType, AssignmentWithLink } from './dto/assignment.type';
import { optionalText, parseInterview, parseSchedule, REASON_MAX_LENGTH } from './interview-details';
import { insertAssignment, previousRoundOf } from './next-round';
import { queuePlanEmail } from './plan-email';
import { PlanEmailRateLimiter } from './plan-email-rate-limiter';
import { buildPlanSnapshot } from './plan-snapshot';
import { assignmentsTotal } from './assignments-total';
import { AssignmentViewParts, WHOLE_VIEW, includingReminders } from './views/assignment-view-parts';
import { AssignmentViewRow } from './views/assignment-view-row';
import { assignmentViewsQuery, loadAssignmentViews, toAssignmentViews } from './views/assignment-views';

/** What a query shows of a list: which parts of each assignment, and whether the total. */
export interface ListSelection {
  parts: AssignmentViewParts;
  totalCount: boolean;
}

@Injectable()
export class AssignmentsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantTransactions,
    private readonly candidates: CandidatesService,
    private readonly templates: PlanTemplatesService,
    private readonly planning: PlanningTransactions,
    private readonly planEmailLimiter: PlanEmailRateLimiter,
  ) {}

  /** Snapshots the template version for the candidate and issues the private link (shown once). */
  async assign(auth: AuthContext, input: AssignPlanInput): Promise<AssignmentWithLink> {
    const now = new Date();
    const interview = parseInterview(input.interview, now);
    const note = optionalText(input.note, 'note');
    return this.planning.run(auth, async (manager) => {
      const candidate = await this.candidates.findVisible(manager, auth, input.candidateId);
      if (candidate.archivedAt) {
        throw new AppError(CandidateErrorCode.Archived, 'An archived candidate cannot be given a plan', {
          field: 'candidateId',
        });
      }
      const previousAssignmentId = await previousRoundOf(manager, auth, candidate.id, input.previousAssignmentId);
      const version = await this.templates.resolvePublishedVersion(manager, auth.organizationId, input.templateId);
      const entity: Partial<AssignmentEntity> = {
        organizationId: auth.organizationId,
        id: randomUUID(),
        candidateId: candidate.id,
        coachMemberId: candidate.coach.id,
        templateTitle: version.title,
        builtinVersionId: version.builtinVersionId,
        templateVersionId: version.templateVersionId,
        plan: buildPlanSnapshot(version.content, input.dropItemKeys ?? [], input.extraItems ?? []),
        ...interview,
        note,
        status: AssignmentStatus.ASSIGNED,
        previousAssignmentId,
        scheduleVersion: 1,
        linkExpiresAt: linkExpiry(interview.startsAt, this.config.candidateLinks.ttlDaysAfterInterview),
      };
      await insertAssignment(manager, entity);
      const token = await this.issueSharedLink(manager, auth, entity.id!);
      const reminders = await planReminderRows(manager, entity as AssignmentEntity, { now });
      await this.audit(manager, auth, 'assignment.created', entity.id!, {
        candidateId: candidate.id,
        templateTitle: version.title,
        ...(previousAssignmentId && { previousAssignmentId }),
      });
      return {
        view: {
          assignment: await this.view(manager, auth, entity.id!),
          link: candidatePlanUrl(this.config.appUrl, token),
        },
        reminders,
      };
    });
  }

  /**
   * Moves the interview: pending reminders are cancelled as `rescheduled`, a new set is planned
   * under the next schedule version (the assignment email is not sent again), and the candidate is
   * told at once, with the calendar event updated.
   */
  reschedule(auth: AuthContext, id: string, startsAtInput: string, timeZoneInput: string): Promise<AssignmentType> {
    const now = new Date();
    const { startsAt, timeZone } = parseSchedule(startsAtInput, timeZoneInput, now);
    return this.change(auth, id, async (manager, assignment) => {
      if (!isBeforeInterview(assignment.status)) throw statusConflict(assignment.status, 'reschedule');
      const changes = {
        startsAt,
        timeZone,
        scheduleVersion: assignment.scheduleVersion + 1,
        linkExpiresAt: linkExpiry(startsAt, this.config.candidateLinks.ttlDaysAfterInterview),
      };
      await this.update(manager, assignment, changes);
      await cancelPendingReminders(manager, assignment, 'rescheduled');
      await this.audit(manager, auth, 'assignment.rescheduled', id, {
        from: assignment.startsAt.toISOString(),
        to: startsAt.toISOString(),
        timeZone,
      });
      const moved = { ...assignment, ...changes };
      return planReminderRows(manager, moved, { now, exceptKinds: ['assignment'], announceMove: true });
    });
  }

  /** Cancels the pending reminders and tells the candidate at once, the calendar event cancelled. */
  cancel(auth: AuthContext, id: string, reasonInput: string | null | undefined): Promise<AssignmentType> {
    const reason = optionalText(reasonInput, 'reason', REASON_MAX_LENGTH);
    return this.change(auth, id, async (manager, assignment) => {
      if (!canTransition(assignment.status, AssignmentStatus.CANCELLED))
        throw statusConflict(assignment.status, 'cancel');
      const now = new Date();
      await this.update(manager, assignment, {
        status: AssignmentStatus.CANCELLED,
        cancelledAt: now,
        cancelReason: reason,
      });
      await cancelPendingReminders(manager, assignment, 'assignment-cancelled');
      await this.audit(manager, auth, 'assignment.cancelled', id, { reason });
      return [await planMessageNow(manager, assignment, 'interview-cancelled', now)];
    });
  }

  /** Once the interview has begun, whether or not the candidate marked it held. */
  close(auth: AuthContext, id: string): Promise<AssignmentType> {
    return this.change(auth, id, async (manager, assignment) => {
      if (!mayClose(assignment.status, assignment.startsAt, new Date()))
        throw statusConflict(assignment.status, 'close');
      await this.update(manager, assignment, { status: AssignmentStatus.CLOSED });
      await cancelPendingReminders(manager, assignment, 'assignment-closed');
      await this.audit(manager, auth, 'assignment.closed', id);
    });
  }

  /**
   * A new secret replaces every old link (the coach's and those in sent emails), which stop working
   * at once. With `emailCandidate`, the plan email goes out now with a new link of its own.
   */
  async rotateLink(auth: AuthContext, id: string, emailCandidate = false): Promise<AssignmentWithLink> {
    let token = '';
    const assignment = await this.change(auth, id, async (manager, current) => {
      if (current.status === AssignmentStatus.CANCELLED) throw statusConflict(current.status, 'rotate the link of');
      await revokeAssignmentLinks(manager, auth.organizationId, id);
      token = await this.issueSharedLink(manager, auth, id);
      await this.audit(manager, auth, 'assignment.link_rotated', id, { emailCandidate });
      return emailCandidate ? [await this.sendPlanEmail(manager, auth, current)] : [];
    });
    return { assignment, link: candidatePlanUrl(this.config.appUrl, token) };
  }

  /** The plan email again, now, with a fresh link; limited per assignment and per candidate. */
  resendPlanEmail(auth: AuthContext, id: string): Promise<AssignmentType> {
    return this.change(auth, id, async (manager, assignment) => {
      if (!PLAN_EMAIL_STATUSES.has(assignment.status)) throw statusConflict(assignment.status, 'email the plan of');
      const row = await this.sendPlanEmail(manager, auth, assignment);
      await this.audit(manager, auth, 'assignment.email_resent', id, { reminderId: row.id });
      return [row];
    });
  }

  private async sendPlanEmail(
    manager: EntityManager,
    auth: AuthContext,
    assignment: AssignmentEntity,
  ): Promise<TimerRow> {
    const candidate = await this.candidates.findVisible(manager, auth, assignment.candidateId);
    await this.planEmailLimiter.consume(auth.organizationId, assignment.id, candidate.email);
    return queuePlanEmail(manager, assignment, new Date());
  }

  revokeLink(auth: AuthContext, id: string): Promise<AssignmentType> {
    return this.change(auth, id, async (manager) => {
      await revokeAssignmentLinks(manager, auth.organizationId, id);
      await this.audit(manager, auth, 'assignment.link_revoked', id);
    });
  }

  private issueSharedLink(manager: EntityManager, auth: AuthContext, assignmentId: string): Promise<string> {
    return issueAssignmentLink(manager, {
      organizationId: auth.organizationId,
      assignmentId,
      purpose: AssignmentLinkPurpose.SHARED,
    });
  }

  get(auth: AuthContext, id: string, withReminders = false): Promise<AssignmentType> {
    return this.tenants.run({ organizationId: auth.organizationId }, (manager) =>
      this.view(manager, auth, id, withReminders),
    );
  }

  async list(
    auth: AuthContext,
    first: number,
    after: string | undefined,
    filter: AssignmentsFilter = {},
    selection: ListSelection = { parts: WHOLE_VIEW, totalCount: true },
  ): Promise<Connection<AssignmentType>> {
    const pageSize = checkPageSize(first, this.config.graphql.maxPageSize);
    const cursor = after === undefined ? null : decodeCursor(after, [instantCursorPart, uuidCursorPart]);
    const now = new Date();
    const manager = this.tenants.composer;
    const page = applyAssignmentsFilter(this.visible(manager, auth), filter, now);
    if (cursor)
      page.andWhere('(a.starts_at, a.id) > (:afterStartsAt, :afterId)', {
        afterStartsAt: cursor[0],
        afterId: cursor[1],
      });
    const total = selection.totalCount ? assignmentsTotal(manager, auth, filter, now) : undefined;
    const query = assignmentViewsQuery({ page, limit: pageSize + 1, total, parts: selection.parts });
    // The page with its total: one read statement, one round trip.
    const [rows] = await this.tenants.readAll({ organizationId: auth.organizationId }, [this.tenants.named(query)]);
    const { views, totalCount } = toAssignmentViews(rows as AssignmentViewRow[]);
    return toConnection(
      views,
      pageSize,
      totalCount ?? 0,
      (view) => [view.interview.startsAt.toISOString(), view.id],
      (view) => view,
    );
  }

  /** Each candidate's assignments the caller can see, latest interview first, in one statement. */
  historyOf(auth: AuthContext, candidateIds: string[]): Promise<Map<string, AssignmentType[]>> {
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const page = this.visible(manager, auth).andWhere('a.candidate_id IN (:...candidateIds)', {
        candidateIds: candidateIds.filter(isUuid),
      });
      const { views } = candidateIds.some(isUuid)
        ? await loadAssignmentViews(manager, { page, order: 'DESC' })
        : { views: [] };
      const history = new Map<string, AssignmentType[]>();
      for (const view of views) history.set(view.candidateId, [...(history.get(view.candidateId) ?? []), view]);
      return history;
    });
  }

  private find(manager: EntityManager, auth: AuthContext, id: string, lock = false): Promise<AssignmentEntity> {
    return findVisibleAssignment(manager, auth, id, lock);
  }

  private visible(manager: EntityManager, auth: AuthContext): SelectQueryBuilder<AssignmentEntity> {
    return visibleAssignments(manager, auth);
  }

  private async view(
    manager: EntityManager,
    auth: AuthContext,
    id: string,
    withReminders = false,
  ): Promise<AssignmentType> {
    const page = this.visible(manager, auth).andWhere('a.id = :id', { id: isUuid(id) ? id : null });
    const parts = includingReminders(WHOLE_VIEW, withReminders);
    const [view] = isUuid(id) ? (await loadAssignmentViews(manager, { page, parts })).views : [];
    if (!view) throw new AppError(AssignmentErrorCode.NotFound, 'Assignment not found');
    return view;
  }

  /** Runs a change under a row lock; reminders it plans get their timers after the commit. */
  change(
    auth: AuthContext,
    id: string,
    work: (manager: EntityManager, assignment: AssignmentEntity) => Promise<TimerRow[] | void>,
  ): Promise<AssignmentType> {
    return this.planning.run(auth, async (manager) => {
      const reminders = (await work(manager, await this.find(manager, auth, id, true))) ?? [];
      return { view: await this.view(manager, auth, id), reminders };
    });
  }

  private async update(
    manager: EntityManager,
    assignment: AssignmentEntity,
    changes: Partial<AssignmentEntity>,
  ): Promise<void> {
    await manager
      .getRepository(AssignmentEntity)
      .update({ organizationId: assignment.organizationId, id: assignment.id }, changes);
  }

  private audit(
    manager: EntityManager,
    auth: AuthContext,
    action: string,
    assignmentId: string,
    details?: Record<string, unknown>,
  ): Promise<void> {
    return recordMemberAction(manager, auth, { action, subjectType: 'assignment', subjectId: assignmentId, details });
  }
}

/** A plan email makes sense while the plan is in use, not once it is closed or cancelled. */
const PLAN_EMAIL_STATUSES: ReadonlySet<AssignmentStatus> = new Set([
  AssignmentStatus.ASSIGNED,
  AssignmentStatus.IN_PROGRESS,
  AssignmentStatus.INTERVIEWED,
  AssignmentStatus.FOLLOWED_UP,
]);

function statusConflict(status: AssignmentStatus, action: string): AppError {
  return new AppError(AssignmentErrorCode.StatusConflict, `Cannot ${action} an assignment that is ${status}`, {
    status,
  });
}
