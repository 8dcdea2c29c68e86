import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import type { ReminderTimer } from '@prep/jobs';
import { TenantTransactions } from '@prep/persistence';
import { ReminderTimers } from '../reminder-timers';

export const SCAN_LIMIT = 1000;
const PARALLEL_ENQUEUES = 50;

interface DueRow {
  organization_id: string;
  id: string;
  version: number;
  due_at: Date;
}

/** due_reminders()'s result columns with their Postgres types; a test compares them with the catalog. */
export const DUE_ROW_COLUMNS = {
  organization_id: 'uuid',
  id: 'uuid',
  version: 'integer',
  due_at: 'timestamp with time zone',
} satisfies Record<keyof DueRow, string>;

/**
 * Gives every row due within the horizon a timer, straight from Postgres: whatever Redis lost
 * (a flush, a restart without persistence, an enqueue that failed) comes back at the next scan.
 */
@Injectable()
export class DueReminderScan {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tenants: TenantTransactions,
    private readonly timers: ReminderTimers,
  ) {}

  /** Returns how many due rows were found. */
  async scan(now = Date.now()): Promise<number> {
    const due = (await this.findDue()).map(toTimer);
    // A timer still ahead only needs to exist; one whose instant has passed may be stuck and gets
    // the closer look of ensure(). Most rows are ahead, so most of the scan is one round trip.
    const ahead = due.filter((timer) => timer.dueAt.getTime() > now);
    const toEnsure = [...(await this.timers.missing(ahead)), ...due.filter((timer) => timer.dueAt.getTime() <= now)];
    for (let start = 0; start < toEnsure.length; start += PARALLEL_ENQUEUES) {
      await Promise.all(
        toEnsure.slice(start, start + PARALLEL_ENQUEUES).map((timer) => this.timers.ensure(timer, now)),
      );
    }
    for (const [organizationId, timers] of byOrganization(due)) await this.markQueued(organizationId, timers);
    return due.length;
  }

  /** The one cross-tenant read: ids and versions only, through the SECURITY DEFINER function. */
  private findDue(): Promise<DueRow[]> {
    return this.dataSource.query(
      'SELECT organization_id, id, version, due_at FROM due_reminders(now() + make_interval(mins => $1), $2)',
      [this.config.reminders.horizonMinutes, SCAN_LIMIT],
    );
  }

  /**
   * QUEUED only says a timer exists; the version stays, so the timer just added still matches.
   * A row that changed meanwhile (claimed, rescheduled) has another version and is left alone.
   */
  private markQueued(organizationId: string, timers: ReminderTimer[]): Promise<void> {
    return this.tenants.run({ organizationId }, async (manager) => {
      await manager.query(
        `UPDATE reminders r SET status = 'QUEUED', updated_at = now()
           FROM unnest($2::uuid[], $3::int[]) AS due(id, version)
          WHERE r.organization_id = $1 AND r.id = due.id AND r.version = due.version AND r.status = 'SCHEDULED'`,
        [organizationId, timers.map((timer) => timer.reminderId), timers.map((timer) => timer.version)],
      );
    });
  }
}

function toTimer(row: DueRow): ReminderTimer {
  return { organizationId: row.organization_id, reminderId: row.id, version: row.version, dueAt: new Date(row.due_at) };
}

function byOrganization(timers: ReminderTimer[]): Map<string, ReminderTimer[]> {
  const groups = new Map<string, ReminderTimer[]>();
  for (const timer of timers) groups.set(timer.organizationId, [...(groups.get(timer.organizationId) ?? []), timer]);
  return groups;
}
