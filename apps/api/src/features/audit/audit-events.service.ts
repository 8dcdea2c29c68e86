import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { AuditActorType, TenantTransactions } from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';
import { AppError } from '../../platform/errors/app-error';
import { CommonErrorCode } from '../../platform/errors/common-error-code';
import { isUuid } from '../../platform/ids/is-uuid';
import { Connection } from '../../platform/pagination/connection.type';
import { checkPageSize, decodeCursor, uuidCursorPart } from '../../platform/pagination/cursor';
import { toConnection } from '../../platform/pagination/page';
import { AuditEventType } from './dto/audit-event.type';
import { AuditEventsFilter } from './dto/audit-events.filter';

interface AuditEventRow {
  id: string;
  occurred_at: Date;
  /** occurred_at to the microsecond, as the cursor keeps it (a Date would round it to milliseconds). */
  occurred_at_key: string;
  actor_type: AuditActorType;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  details: Record<string, unknown>;
}

const occurredAtKeyPart = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value);

/** The organization's audit log, newest first. */
@Injectable()
export class AuditEventsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantTransactions,
  ) {}

  list(
    auth: AuthContext,
    first: number,
    after: string | undefined,
    filter: AuditEventsFilter,
  ): Promise<Connection<AuditEventType>> {
    const pageSize = checkPageSize(first, this.config.graphql.maxPageSize);
    const cursor = after === undefined ? null : decodeCursor(after, [occurredAtKeyPart, uuidCursorPart]);
    const { conditions, parameters } = filterConditions(auth.organizationId, filter);
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const where = conditions.join(' AND ');
      const pageParameters = [...parameters, pageSize + 1];
      let pageWhere = where;
      if (cursor) {
        pageParameters.push(cursor[0], cursor[1]);
        const n = pageParameters.length;
        pageWhere += ` AND (occurred_at, id) < ($${n - 1}::timestamptz, $${n}::uuid)`;
      }
      const rows: AuditEventRow[] = await manager.query(
        `SELECT id, occurred_at,
                to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at_key,
                actor_type, actor_id, action, subject_type, subject_id, details
           FROM audit_events WHERE ${pageWhere}
          ORDER BY occurred_at DESC, id DESC LIMIT $${parameters.length + 1}`,
        pageParameters,
      );
      const [{ count }]: Array<{ count: number }> = await manager.query(
        `SELECT count(*)::int AS count FROM audit_events WHERE ${where}`,
        parameters,
      );
      return toConnection(rows, pageSize, count, (row) => [row.occurred_at_key, row.id], toAuditEventType);
    });
  }
}

function filterConditions(organizationId: string, filter: AuditEventsFilter) {
  const conditions = ['organization_id = $1'];
  const parameters: unknown[] = [organizationId];
  const add = (sql: string, value: unknown) => {
    parameters.push(value);
    conditions.push(sql.replace('?', `$${parameters.length}`));
  };
  if (filter.subjectType != null) add('subject_type = ?', checkSubjectType(filter.subjectType));
  if (filter.subjectId != null) add('subject_id = ?::uuid', checkId(filter.subjectId, 'filter.subjectId'));
  if (filter.actorMemberId != null) {
    add('actor_id = ?::uuid', checkId(filter.actorMemberId, 'filter.actorMemberId'));
    conditions.push(`actor_type = '${AuditActorType.MEMBER}'`);
  }
  if (filter.from != null) add('occurred_at >= ?', filter.from);
  if (filter.to != null) add('occurred_at < ?', filter.to);
  return { conditions, parameters };
}

function checkId(value: string, field: string): string {
  if (!isUuid(value)) throw new AppError(CommonErrorCode.InvalidInput, `${field} must be an id`, { field });
  return value;
}

function checkSubjectType(value: string): string {
  if (!/^[a-z_]{1,50}$/.test(value)) {
    throw new AppError(CommonErrorCode.InvalidInput, 'filter.subjectType must be a record type such as `candidate`', {
      field: 'filter.subjectType',
    });
  }
  return value;
}

function toAuditEventType(row: AuditEventRow): AuditEventType {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actorType: row.actor_type,
    actorMemberId: row.actor_type === AuditActorType.MEMBER ? row.actor_id : null,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details,
  };
}
