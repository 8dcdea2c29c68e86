import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import type { SendFailure } from '@prep/mail';
import { ReminderTimers } from '../reminder-timers';
import type { ClaimedReminder, EmailLink } from './claimed-reminder';
import { ReminderRows } from './reminder-rows';
import { retryDelayMs } from './retry-policy';

/** Records a failed attempt: another try later with backoff, or FAILED for good. */
@Injectable()
export class FailedAttempts {
  private readonly logger = new Logger(FailedAttempts.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rows: ReminderRows,
    private readonly timers: ReminderTimers,
  ) {}

  /** `unsentLink`: the link minted for an email that certainly never left; it stops working. */
  async record(reminder: ClaimedReminder, failure: SendFailure, unsentLink: EmailLink | null): Promise<void> {
    if (failure.permanent) {
      await this.rows.recordFailed(reminder, 'refused', failure.reason, unsentLink);
    } else if (reminder.attempts >= this.config.reminders.maxAttempts) {
      await this.rows.recordFailed(reminder, `gave up after ${reminder.attempts} attempts`, failure.reason, unsentLink);
    } else {
      await this.armRetry(reminder);
      await this.rows.recordRetry(reminder, failure.reason, unsentLink);
    }
  }

  /**
   * Armed before the row is released: the scan only sees the row once released, and then finds
   * this delayed timer under the same id instead of adding one due at once. Should Redis be away,
   * the scan adds the timer later (without the backoff).
   */
  private async armRetry(reminder: ClaimedReminder): Promise<void> {
    const dueAt = new Date(Date.now() + retryDelayMs(reminder.attempts));
    try {
      await this.timers.arm({
        organizationId: reminder.organizationId,
        reminderId: reminder.id,
        version: reminder.version + 1,
        dueAt,
      });
    } catch (error) {
      this.logger.warn(
        `Could not arm the retry of reminder ${reminder.id}; the scan will: ${(error as Error).message}`,
      );
    }
  }
}
