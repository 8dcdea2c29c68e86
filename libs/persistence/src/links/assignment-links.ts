import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { AssignmentEntity, AssignmentLinkEntity, AssignmentLinkPurpose } from '../entities';
import { createSecretToken, hashSecretToken } from './secret-tokens';

export const LINK_TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const hashLinkToken = hashSecretToken;

export interface IssueLinkRequest {
  organizationId: string;
  assignmentId: string;
  purpose: AssignmentLinkPurpose;
  reminderId?: string;
}

/** A new private link: 256 bits of randomness, returned once; only its SHA-256 is stored. */
export async function issueAssignmentLink(manager: EntityManager, request: IssueLinkRequest): Promise<string> {
  const { token, hash } = createSecretToken();
  await manager.getRepository(AssignmentLinkEntity).insert({
    organizationId: request.organizationId,
    id: randomUUID(),
    assignmentId: request.assignmentId,
    tokenHash: hash,
    purpose: request.purpose,
    reminderId: request.reminderId ?? null,
  });
  return token;
}

/** Every link of the assignment stops working at once (coach's, and those in sent emails). */
export async function revokeAssignmentLinks(
  manager: EntityManager,
  organizationId: string,
  assignmentId: string,
): Promise<void> {
  await manager
    .getRepository(AssignmentLinkEntity)
    .update({ organizationId, assignmentId, revokedAt: IsNull() }, { revokedAt: new Date() });
}

/** The assignment a live link opens (not revoked, not past the assignment's link expiry), locked for update. */
export function findAssignmentByLiveLink(
  manager: EntityManager,
  organizationId: string,
  tokenHash: string,
): Promise<AssignmentEntity | null> {
  return manager
    .getRepository(AssignmentEntity)
    .createQueryBuilder('a')
    .innerJoin(AssignmentLinkEntity, 'l', 'l.organization_id = a.organization_id AND l.assignment_id = a.id')
    .where('a.organization_id = :organizationId AND l.token_hash = :tokenHash', { organizationId, tokenHash })
    .andWhere('l.revoked_at IS NULL AND a.link_expires_at > now()')
    .setLock('pessimistic_write', undefined, ['a'])
    .getOne();
}

/** Assignments (of the given ones) that have at least one live link. */
export async function assignmentsWithLiveLinks(
  manager: EntityManager,
  organizationId: string,
  assignmentIds: string[],
): Promise<Set<string>> {
  if (assignmentIds.length === 0) return new Set();
  const rows = await manager
    .getRepository(AssignmentLinkEntity)
    .createQueryBuilder('l')
    .select('DISTINCT l.assignment_id', 'assignment_id')
    .where('l.organization_id = :organizationId AND l.assignment_id IN (:...assignmentIds) AND l.revoked_at IS NULL', {
      organizationId,
      assignmentIds,
    })
    .getRawMany<{ assignment_id: string }>();
  return new Set(rows.map((row) => row.assignment_id));
}
