import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditActorType, AuditEventEntity } from '../entities';

export interface AuditActor {
  type: AuditActorType;
  id: string | null;
}

export interface AuditEvent {
  organizationId: string;
  actor: AuditActor;
  /** Dotted verb, e.g. `assignment.created`, `item.done`. */
  action: string;
  subjectType: string;
  subjectId: string;
  /** Never a secret: tokens and passwords do not belong here. */
  details?: Record<string, unknown>;
}

/** Appends one audit row in the caller's transaction, so it commits (or not) with the change. */
export async function recordAuditEvent(manager: EntityManager, event: AuditEvent): Promise<void> {
  await manager.getRepository(AuditEventEntity).insert({
    organizationId: event.organizationId,
    id: randomUUID(),
    actorType: event.actor.type,
    actorId: event.actor.id,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    details: event.details ?? {},
  });
}
