import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { ReminderEntity, ReminderStatus } from '@prep/persistence';
import { JobQueue } from '../../platform/jobs/job-queue.service';

type TimerRow = Pick<ReminderEntity, 'organizationId' | 'id' | 'version' | 'dueAt' | 'status'>;

/**
 * After a change commits, gives its reminders due within the horizon a timer at once, so the
 * assignment email leaves without waiting for the worker's next scan. Losing this step loses
 * nothing: the rows are committed, and the scan finds them.
 */
@Injectable()
export class ReminderTimers {
  private readonly logger = new Logger(ReminderTimers.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  async schedule(rows: readonly TimerRow[]): Promise<void> {
    const horizon = Date.now() + this.config.reminders.horizonMinutes * 60_000;
    const due = rows.filter((row) => row.status === ReminderStatus.SCHEDULED && row.dueAt.getTime() <= horizon);
    try {
      await this.jobs.enqueueReminderTimers(
        due.map((row) => ({
          organizationId: row.organizationId,
          reminderId: row.id,
          version: row.version,
          dueAt: row.dueAt,
        })),
      );
    } catch (error) {
      this.logger.warn(
        `Reminder timers left to the scheduler: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
