import { EntityManager } from 'typeorm';
import { ItemCommentEntity, ItemProgressEntity, MemberEntity, UserEntity } from '@prep/persistence';
import { ItemCommentType } from './dto/item-comment.type';

export interface ItemProgress {
  doneAt: Date | null;
  notes: string | null;
  chosen: boolean;
}

/** The candidate's work and the coach's comments on one plan's items, by item key. */
export interface ItemWork {
  progress: Map<string, ItemProgress>;
  comments: Map<string, ItemCommentType[]>;
}

export const NO_ITEM_WORK: ItemWork = { progress: new Map(), comments: new Map() };

/** For every given assignment, in two statements whatever their number. */
export async function loadItemWork(
  manager: EntityManager,
  organizationId: string,
  assignmentIds: string[],
): Promise<Map<string, ItemWork>> {
  const work = new Map<string, ItemWork>(assignmentIds.map((id) => [id, { progress: new Map(), comments: new Map() }]));
  if (assignmentIds.length === 0) return work;
  const progress = await manager
    .getRepository(ItemProgressEntity)
    .createQueryBuilder('p')
    .where('p.organization_id = :organizationId AND p.assignment_id IN (:...assignmentIds)', {
      organizationId,
      assignmentIds,
    })
    .getMany();
  for (const row of progress)
    work.get(row.assignmentId)?.progress.set(row.itemKey, { doneAt: row.doneAt, notes: row.notes, chosen: row.chosen });
  for (const [assignmentId, comment] of await loadComments(manager, organizationId, assignmentIds)) {
    const byItem = work.get(assignmentId)!.comments;
    byItem.set(comment.itemKey, [...(byItem.get(comment.itemKey) ?? []), comment]);
  }
  return work;
}

interface CommentRow {
  assignment_id: string;
  id: string;
  item_key: string;
  body: string;
  author_member_id: string;
  author_name: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Comments of the given assignments, oldest first, with their author's name. */
export async function loadComments(
  manager: EntityManager,
  organizationId: string,
  assignmentIds: string[],
  itemKeys?: string[],
): Promise<Array<[string, ItemCommentType]>> {
  const query = manager
    .getRepository(ItemCommentEntity)
    .createQueryBuilder('ic')
    .leftJoin(MemberEntity, 'm', 'm.organization_id = ic.organization_id AND m.id = ic.author_member_id')
    .leftJoin(UserEntity, 'u', 'u.id = m.user_id')
    .select([
      'ic.assignment_id AS assignment_id',
      'ic.id AS id',
      'ic.item_key AS item_key',
      'ic.body AS body',
      'ic.author_member_id AS author_member_id',
      'u.name AS author_name',
      'ic.created_at AS created_at',
      'ic.updated_at AS updated_at',
    ])
    .where('ic.organization_id = :organizationId AND ic.assignment_id IN (:...assignmentIds)', {
      organizationId,
      assignmentIds,
    })
    .orderBy('ic.created_at')
    .addOrderBy('ic.id');
  if (itemKeys) query.andWhere('ic.item_key IN (:...itemKeys)', { itemKeys: itemKeys.length ? itemKeys : [''] });
  const rows = await query.getRawMany<CommentRow>();
  return rows.map((row) => [row.assignment_id, toComment(row)]);
}

export function toComment(row: Omit<CommentRow, 'assignment_id'>): ItemCommentType {
  return {
    id: row.id,
    itemKey: row.item_key,
    body: row.body,
    authorId: row.author_member_id,
    authorName: row.author_name,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
