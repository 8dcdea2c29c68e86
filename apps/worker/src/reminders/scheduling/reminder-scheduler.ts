import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { ReminderQueue } from '../reminder-queue';
import { DueReminderScan } from './due-reminder-scan';

export const SCAN_SCHEDULER_ID = 'schedule-reminders';

/**
 * Registers the repeating scan in BullMQ (one schedule shared by every worker) and runs one scan
 * at boot. The schedule itself lives in Redis, so a flush would end it: each worker checks it
 * every interval and puts it back when it is gone.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderScheduler.name);
  private keeper?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: ReminderQueue,
    private readonly scan: DueReminderScan,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.register();
    await this.scanAtBoot();
    this.keeper = setInterval(() => void this.keepRegistered(), this.intervalMs());
    this.keeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.keeper);
  }

  private intervalMs(): number {
    return this.config.reminders.scanIntervalSeconds * 1000;
  }

  private async register(): Promise<void> {
    await this.reminders.queue.upsertJobScheduler(
      SCAN_SCHEDULER_ID,
      { every: this.intervalMs() },
      { name: 'schedule-reminders', data: {}, opts: { removeOnComplete: 50, removeOnFail: 50 } },
    );
  }

  private async scanAtBoot(): Promise<void> {
    try {
      const found = await this.scan.scan();
      this.logger.log(`Boot scan: ${found} reminder(s) due within ${this.config.reminders.horizonMinutes} minutes`);
    } catch (error) {
      this.logger.warn(`Boot scan failed (the scheduled scan will retry): ${(error as Error).message}`);
    }
  }

  private async keepRegistered(): Promise<void> {
    try {
      if (await this.reminders.queue.getJobScheduler(SCAN_SCHEDULER_ID)) return;
      await this.register();
      this.logger.warn('The reminder scan schedule was missing from Redis; registered it again');
      await this.scan.scan();
    } catch (error) {
      this.logger.warn(`Could not check the reminder scan schedule: ${(error as Error).message}`);
    }
  }
}
