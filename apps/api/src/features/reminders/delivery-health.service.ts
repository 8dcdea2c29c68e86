import { Injectable } from '@nestjs/common';
import { parseInstant, PENDING_REMINDER_STATUSES_SQL, ReminderStatus } from '@prep/domain';
import { ReminderEntity, TenantTransactions } from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';
import { DeliveryHealth } from './dto/delivery-health.type';

interface CountRow {
  kind: string;
  sent: string;
  skipped: string;
  failed: string;
  pending: string;
}

interface LatenessRow {
  p50: number | null;
  p99: number | null;
  max: number | null;
}

/** How the organization's messages fared: outcomes by kind and how late sent ones left. */
@Injectable()
export class DeliveryHealthService {
  constructor(private readonly tenants: TenantTransactions) {}

  report(auth: AuthContext, fromInput: string, toInput: string): Promise<DeliveryHealth> {
    const from = parseInstant(fromInput, 'from');
    const to = parseInstant(toInput, 'to');
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const inRange = () =>
        manager
          .getRepository(ReminderEntity)
          .createQueryBuilder('r')
          .where('r.organization_id = :organizationId AND r.due_at >= :from AND r.due_at < :to', {
            organizationId: auth.organizationId,
            from,
            to,
          });
      const counts = await inRange()
        .select('r.kind', 'kind')
        .addSelect(`count(*) FILTER (WHERE r.status = '${ReminderStatus.SENT}')`, 'sent')
        .addSelect(`count(*) FILTER (WHERE r.status = '${ReminderStatus.SKIPPED}')`, 'skipped')
        .addSelect(`count(*) FILTER (WHERE r.status = '${ReminderStatus.FAILED}')`, 'failed')
        .addSelect(`count(*) FILTER (WHERE r.status IN (${PENDING_REMINDER_STATUSES_SQL}))`, 'pending')
        .groupBy('r.kind')
        .orderBy('r.kind')
        .getRawMany<CountRow>();
      const lateness = await inRange()
        .select('percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.sent_at - r.due_at))', 'p50')
        .addSelect('percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM r.sent_at - r.due_at))', 'p99')
        .addSelect('max(extract(epoch FROM r.sent_at - r.due_at))', 'max')
        .andWhere(`r.status = '${ReminderStatus.SENT}'`)
        .getRawOne<LatenessRow>();
      return {
        byKind: counts.map((row) => ({
          kind: row.kind,
          sent: Number(row.sent),
          skipped: Number(row.skipped),
          failed: Number(row.failed),
          pending: Number(row.pending),
        })),
        lateness: {
          p50Seconds: toNumber(lateness?.p50),
          p99Seconds: toNumber(lateness?.p99),
          maxSeconds: toNumber(lateness?.max),
        },
      };
    });
  }
}

function toNumber(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
