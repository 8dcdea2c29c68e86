import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, Not, SelectQueryBuilder } from 'typeorm';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { parseDisplayName, parseEmailAddress, parseTimeZone } from '@prep/domain';
import {
  AssignmentEntity,
  CandidateEntity,
  isUniqueViolation,
  MemberEntity,
  MemberStatus,
  revokeAssignmentLinks,
  TenantTransactions,
} from '@prep/persistence';
import { recordMemberAction } from '../audit/record-member-action';
import type { AuthContext } from '../auth/auth-context';
import { AuthErrorCode } from '../auth/auth-error-code';
import { limitToOwnCandidates, mayGiveCandidatesTo } from '../auth/own-candidates-scope';
import { AppError } from '../../platform/errors/app-error';
import { CommonErrorCode } from '../../platform/errors/common-error-code';
import { Connection } from '../../platform/pagination/connection.type';
import { checkPageSize, decodeCursor, textCursorPart, uuidCursorPart } from '../../platform/pagination/cursor';
import { toConnection } from '../../platform/pagination/page';
import { isUuid } from '../../platform/ids/is-uuid';
import {
  cancelPendingReminders,
  PlannedChange,
  PlanningTransactions,
  retimeCandidateReminders,
} from '../reminders/reminder-planning';
import { CandidateErrorCode } from './candidate-error-code';
import { candidateRowsQuery, CandidateRow, toCandidateType } from './candidate-rows';
import { CandidatesFilter, CreateCandidateInput, UpdateCandidateInput } from './dto/candidate.inputs';
import { CandidateType } from './dto/candidate.type';

const EMAIL_IN_USE_CONSTRAINT = 'candidates_active_email_key';

@Injectable()
export class CandidatesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantTransactions,
    private readonly planning: PlanningTransactions,
  ) {}

  async create(auth: AuthContext, input: CreateCandidateInput): Promise<CandidateType> {
    const values = {
      name: parseDisplayName(input.name),
      email: parseEmailAddress(input.email),
      timeZone: parseTimeZone(input.timeZone),
    };
    const coachMemberId = input.coachId ?? auth.memberId;
    assertMayAssignCoach(auth, coachMemberId);
    const id = randomUUID();
    return this.write(auth, async (manager) => {
      await assertCoachExists(manager, auth.organizationId, coachMemberId);
      await manager
        .getRepository(CandidateEntity)
        .insert({ organizationId: auth.organizationId, id, coachMemberId, ...values });
      await audit(manager, auth, 'candidate.created', id, { coachMemberId });
      return { view: await this.findVisible(manager, auth, id), reminders: [] };
    });
  }

  /**
   * A new time zone moves the candidate's pending reminders to where the planner now puts them
   * (reason `candidate-updated`); a new email address needs nothing more, since every message
   * reads it when it is sent.
   */
  async update(auth: AuthContext, id: string, input: UpdateCandidateInput): Promise<CandidateType> {
    const changes: Partial<CandidateEntity> = {};
    if (input.name != null) changes.name = parseDisplayName(input.name);
    if (input.email != null) changes.email = parseEmailAddress(input.email);
    if (input.timeZone != null) changes.timeZone = parseTimeZone(input.timeZone);
    if (input.coachId != null) {
      assertMayAssignCoach(auth, input.coachId);
      changes.coachMemberId = input.coachId;
    }
    return this.write(auth, async (manager) => {
      const current = await this.findVisible(manager, auth, id);
      if (current.archivedAt)
        throw new AppError(CandidateErrorCode.Archived, 'An archived candidate cannot be changed');
      if (changes.coachMemberId) await assertCoachExists(manager, auth.organizationId, changes.coachMemberId);
      if (Object.keys(changes).length > 0) {
        await manager.getRepository(CandidateEntity).update({ organizationId: auth.organizationId, id }, changes);
      }
      if (changes.coachMemberId) {
        // The candidate's history moves with them: their assignments belong to the new coach too.
        await manager
          .getRepository(AssignmentEntity)
          .update({ organizationId: auth.organizationId, candidateId: id }, { coachMemberId: changes.coachMemberId });
      }
      // Field names only: the values are personal data.
      const before: Partial<CandidateEntity> = { ...current, coachMemberId: current.coach.id };
      const changed = (Object.keys(changes) as Array<keyof CandidateEntity>).filter(
        (field) => changes[field] !== before[field],
      );
      if (changed.length > 0) await audit(manager, auth, 'candidate.updated', id, { changed });
      const reminders =
        changes.timeZone && changes.timeZone !== current.timeZone
          ? await retimeCandidateReminders(manager, auth.organizationId, id, new Date(), CANDIDATE_UPDATED_REASON)
          : [];
      return { view: await this.findVisible(manager, auth, id), reminders };
    });
  }

  /**
   * Archiving hides a candidate from the roster and keeps their history: their pending reminders
   * are cancelled (reason `candidate-archived`) and their private links stop working. Archiving
   * twice is a no-op.
   */
  archive(auth: AuthContext, id: string): Promise<CandidateType> {
    return this.write(auth, async (manager) => {
      const current = await this.findVisible(manager, auth, id);
      if (!current.archivedAt) {
        await manager
          .getRepository(CandidateEntity)
          .update({ organizationId: auth.organizationId, id }, { archivedAt: new Date() });
        await endCandidateMessaging(manager, auth.organizationId, id);
        await audit(manager, auth, 'candidate.archived', id);
      }
      return { view: await this.findVisible(manager, auth, id), reminders: [] };
    });
  }

  /** Back on the roster; what archiving cancelled and revoked stays so (a coach assigns anew or rotates the link). */
  unarchive(auth: AuthContext, id: string): Promise<CandidateType> {
    return this.write(auth, async (manager) => {
      const current = await this.findVisible(manager, auth, id);
      if (current.erasedAt) throw new AppError(CandidateErrorCode.Erased, 'An erased candidate cannot be restored');
      if (current.archivedAt) {
        await manager
          .getRepository(CandidateEntity)
          .update({ organizationId: auth.organizationId, id }, { archivedAt: null });
        await audit(manager, auth, 'candidate.unarchived', id);
      }
      return { view: await this.findVisible(manager, auth, id), reminders: [] };
    });
  }

  get(auth: AuthContext, id: string): Promise<CandidateType> {
    return this.tenants.run({ organizationId: auth.organizationId }, (manager) => this.findVisible(manager, auth, id));
  }

  list(
    auth: AuthContext,
    first: number,
    after: string | undefined,
    filter: CandidatesFilter = {},
  ): Promise<Connection<CandidateType>> {
    const pageSize = checkPageSize(first, this.config.graphql.maxPageSize);
    const cursor = after === undefined ? null : decodeCursor(after, [textCursorPart, uuidCursorPart]);
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const filtered = () => applyFilter(visibleTo(candidateRowsQuery(manager, auth.organizationId), auth), filter);
      const page = filtered()
        .orderBy('lower(c.name)')
        .addOrderBy('c.id')
        .limit(pageSize + 1);
      if (cursor)
        page.andWhere('(lower(c.name), c.id) > (:sortName, :afterId)', { sortName: cursor[0], afterId: cursor[1] });
      const rows = await page.getRawMany<CandidateRow>();
      const totalCount = await filtered().getCount();
      return toConnection(rows, pageSize, totalCount, (row) => [row.sort_name, row.id], toCandidateType);
    });
  }

  /** Another organization's id, another coach's candidate (for a COACH) and a missing id look the same. */
  async findVisible(manager: EntityManager, auth: AuthContext, id: string): Promise<CandidateType> {
    const row = isUuid(id)
      ? await visibleTo(candidateRowsQuery(manager, auth.organizationId), auth)
          .andWhere('c.id = :id', { id })
          .getRawOne<CandidateRow>()
      : undefined;
    if (!row) throw new AppError(CandidateErrorCode.NotFound, 'Candidate not found');
    return toCandidateType(row);
  }

  /** One tenant transaction; reminders it moved get their timers after the commit. */
  private async write<T>(auth: AuthContext, work: (manager: EntityManager) => Promise<PlannedChange<T>>): Promise<T> {
    try {
      return await this.planning.run(auth.organizationId, work);
    } catch (error) {
      if (isUniqueViolation(error, EMAIL_IN_USE_CONSTRAINT)) {
        throw new AppError(CandidateErrorCode.EmailInUse, 'A candidate with this email already exists', {
          field: 'email',
        });
      }
      throw error;
    }
  }
}

const CANDIDATE_UPDATED_REASON = 'candidate-updated';
const CANDIDATE_ARCHIVED_REASON = 'candidate-archived';

/** Nothing more goes to an archived candidate, and nothing they were sent opens their plans. */
async function endCandidateMessaging(manager: EntityManager, organizationId: string, candidateId: string) {
  const assignments = await manager.getRepository(AssignmentEntity).findBy({ organizationId, candidateId });
  for (const assignment of assignments) {
    await cancelPendingReminders(manager, assignment, CANDIDATE_ARCHIVED_REASON);
    await revokeAssignmentLinks(manager, organizationId, assignment.id);
  }
}

function audit(
  manager: EntityManager,
  auth: AuthContext,
  action: string,
  candidateId: string,
  details?: Record<string, unknown>,
): Promise<void> {
  return recordMemberAction(manager, auth, { action, subjectType: 'candidate', subjectId: candidateId, details });
}

function visibleTo<T extends SelectQueryBuilder<CandidateEntity>>(query: T, auth: AuthContext): T {
  return limitToOwnCandidates(query, auth, 'c.coach_member_id');
}

function applyFilter<T extends SelectQueryBuilder<CandidateEntity>>(query: T, filter: CandidatesFilter): T {
  if (!filter.includeArchived) query.andWhere('c.archived_at IS NULL');
  if (filter.coachId !== undefined && filter.coachId !== null) {
    // A malformed id matches nobody rather than failing the whole query.
    query.andWhere(isUuid(filter.coachId) ? 'c.coach_member_id = :coachId' : 'false', { coachId: filter.coachId });
  }
  const search = filter.search?.trim();
  if (search) {
    if (search.length > 100 || /[\u0000-\u001f]/.test(search)) {
      throw new AppError(CommonErrorCode.InvalidInput, 'search must be at most 100 characters of plain text', {
        field: 'filter.search',
      });
    }
    query.andWhere('(c.name ILIKE :pattern OR c.email ILIKE :pattern)', { pattern: `%${escapeLike(search)}%` });
  }
  return query;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function assertMayAssignCoach(auth: AuthContext, coachMemberId: string): void {
  if (!mayGiveCandidatesTo(auth, coachMemberId)) {
    throw new AppError(AuthErrorCode.RoleNotAllowed, 'A coach can only keep candidates for themselves');
  }
}

async function assertCoachExists(manager: EntityManager, organizationId: string, coachMemberId: string): Promise<void> {
  // FOR SHARE waits for a removal in progress, so no candidate lands on a coach just removed.
  const coach = isUuid(coachMemberId)
    ? await manager.getRepository(MemberEntity).findOne({
        where: { organizationId, id: coachMemberId, status: Not(MemberStatus.REMOVED) },
        lock: { mode: 'pessimistic_read' },
      })
    : null;
  if (!coach)
    throw new AppError(CandidateErrorCode.CoachNotFound, 'coachId is not a member of this organization', {
      field: 'coachId',
    });
}
