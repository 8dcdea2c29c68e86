import { EntityManager } from 'typeorm';
import { AuditActorType, recordAuditEvent } from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';

export interface MemberAction {
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

/** Audits what the signed-in member did, in the transaction that did it. */
export function recordMemberAction(manager: EntityManager, auth: AuthContext, action: MemberAction): Promise<void> {
  return recordAuditEvent(manager, {
    organizationId: auth.organizationId,
    actor: { type: AuditActorType.MEMBER, id: auth.memberId },
    ...action,
  });
}
