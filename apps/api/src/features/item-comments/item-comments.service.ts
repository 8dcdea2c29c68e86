import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainValidationError } from '@prep/domain';
import { AssignmentEntity, ItemCommentEntity, TenantTransactions } from '@prep/persistence';
import { AssignmentErrorCode } from '../assignments/assignment-error-code';
import { findVisibleAssignment } from '../assignments/assignment-lookup';
import { recordMemberAction } from '../audit/record-member-action';
import type { AuthContext } from '../auth/auth-context';
import { AppError } from '../../platform/errors/app-error';
import { isUuid } from '../../platform/ids/is-uuid';
import { ItemCommentType } from './dto/item-comment.type';
import { ItemCommentErrorCode } from './item-comment-error-code';
import { loadComments } from './item-work';

const BODY_MAX_LENGTH = 2000;

/** A coach's comments on the items of a plan they may see; each author edits and deletes only their own. */
@Injectable()
export class ItemCommentsService {
  constructor(private readonly tenants: TenantTransactions) {}

  add(auth: AuthContext, assignmentId: string, itemKey: string, bodyInput: string): Promise<ItemCommentType> {
    const body = parseBody(bodyInput);
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const assignment = await findVisibleAssignment(manager, auth, assignmentId);
      if (!hasItem(assignment, itemKey))
        throw new AppError(ItemCommentErrorCode.ItemNotFound, 'This plan has no such item', { field: 'itemKey' });
      const id = randomUUID();
      await manager.getRepository(ItemCommentEntity).insert({
        organizationId: auth.organizationId,
        id,
        assignmentId: assignment.id,
        itemKey,
        authorMemberId: auth.memberId,
        body,
      });
      await audit(manager, auth, 'item_comment.added', assignment.id, { commentId: id, itemKey });
      return findComment(manager, auth.organizationId, assignment.id, id);
    });
  }

  update(auth: AuthContext, id: string, bodyInput: string): Promise<ItemCommentType> {
    const body = parseBody(bodyInput);
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const comment = await findOwnComment(manager, auth, id);
      await manager
        .getRepository(ItemCommentEntity)
        .update({ organizationId: auth.organizationId, id: comment.id }, { body });
      await audit(manager, auth, 'item_comment.edited', comment.assignmentId, {
        commentId: id,
        itemKey: comment.itemKey,
      });
      return findComment(manager, auth.organizationId, comment.assignmentId, id);
    });
  }

  delete(auth: AuthContext, id: string): Promise<string> {
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const comment = await findOwnComment(manager, auth, id);
      await manager.getRepository(ItemCommentEntity).delete({ organizationId: auth.organizationId, id: comment.id });
      await audit(manager, auth, 'item_comment.deleted', comment.assignmentId, {
        commentId: id,
        itemKey: comment.itemKey,
      });
      return id;
    });
  }
}

function parseBody(input: string): string {
  const body = input.trim();
  if (!body) throw new DomainValidationError('body', 'must not be empty');
  if (body.length > BODY_MAX_LENGTH)
    throw new DomainValidationError('body', `must be at most ${BODY_MAX_LENGTH} characters`);
  return body;
}

function hasItem(assignment: AssignmentEntity, itemKey: string): boolean {
  return assignment.plan.sections.some((section) => section.items.some((item) => item.key === itemKey));
}

/**
 * A comment on a plan the caller may see (so another organization's or another coach's looks
 * missing), locked; only its author may change it.
 */
async function findOwnComment(manager: EntityManager, auth: AuthContext, id: string): Promise<ItemCommentEntity> {
  const comment = isUuid(id)
    ? await manager
        .getRepository(ItemCommentEntity)
        .createQueryBuilder('ic')
        .where('ic.organization_id = :organizationId AND ic.id = :id', { organizationId: auth.organizationId, id })
        .setLock('pessimistic_write')
        .getOne()
    : null;
  if (!comment) throw commentNotFound();
  await findVisibleAssignment(manager, auth, comment.assignmentId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === AssignmentErrorCode.NotFound ? commentNotFound() : error;
  });
  if (comment.authorMemberId !== auth.memberId)
    throw new AppError(ItemCommentErrorCode.NotTheAuthor, 'Only its author can change a comment');
  return comment;
}

async function findComment(
  manager: EntityManager,
  organizationId: string,
  assignmentId: string,
  id: string,
): Promise<ItemCommentType> {
  const comment = (await loadComments(manager, organizationId, [assignmentId])).find(([, found]) => found.id === id);
  if (!comment) throw commentNotFound();
  return comment[1];
}

function commentNotFound(): AppError {
  return new AppError(ItemCommentErrorCode.NotFound, 'Comment not found');
}

function audit(
  manager: EntityManager,
  auth: AuthContext,
  action: string,
  assignmentId: string,
  details: Record<string, unknown>,
): Promise<void> {
  return recordMemberAction(manager, auth, { action, subjectType: 'assignment', subjectId: assignmentId, details });
}
