import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { ensureReminderTimer, missingReminderTimers } from '@prep/jobs';
import type { ReminderTimer } from '@prep/jobs';
import { ReminderQueue } from './reminder-queue';
import { DueRow, ReminderStatements } from './reminder-statements';

const SCAN_LIMIT = 1000;
const PARALLEL_ENQUEUES = 50;
const SCAN_SCHEDULER_ID = 'schedule-reminders';

/**
 * Gives every row due within the horizon a timer, straight from Postgres: whatever Redis lost
 * (a flush, a restart without persistence, an enqueue that failed) comes back at the next scan.
 */
@Injectable()
export class DueReminderScan {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statements: ReminderStatements,
    private readonly reminders: ReminderQueue,
  ) {}

  /** Returns how many due rows were found. */
  async scan(now = Date.now()): Promise<number> {
    const due = (await this.statements.findDue(this.config.reminders.horizonMinutes, SCAN_LIMIT)).map(toTimer);
    // A timer still ahead only needs to exist; one whose instant has passed may be stuck and gets
    // the closer look of ensureReminderTimer(). Most rows are ahead, so most of the scan is one round trip.
    const queue = this.reminders.queue;
    const ahead = due.filter((timer) => timer.dueAt.getTime() > now);
    const toEnsure = [
      ...(await missingReminderTimers(queue, ahead)),
      ...due.filter((timer) => timer.dueAt.getTime() <= now),
    ];
    for (let start = 0; start < toEnsure.length; start += PARALLEL_ENQUEUES) {
      await Promise.all(
        toEnsure.slice(start, start + PARALLEL_ENQUEUES).map((timer) => ensureReminderTimer(queue, timer, now)),
      );
    }
    for (const [organizationId, timers] of byOrganization(due))
      await this.statements.markQueued(organizationId, timers);
    return due.length;
  }
}

/**
 * Registers the repeating scan in BullMQ (one schedule shared by every worker) and runs one scan
 * at boot. The schedule itself lives in Redis, so a flush would end it: each worker checks it
 * every interval and puts it back when it is gone. When the connection to Redis comes back
 * (Redis restarted, perhaps empty), the schedule is put back and a scan runs at once, so what
 * fell due meanwhile does not wait for the next interval.
 */
@Injectable()
export class DueReminderScanSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DueReminderScanSchedule.name);
  private keeper?: NodeJS.Timeout;
  private reconnectScan: Promise<void> | null = null;

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
    const client = await this.reminders.queue.getBackend().client;
    client.on('ready', () => void this.afterReconnect());
  }

  /** One at a time: a flapping connection does not pile up scans. */
  private afterReconnect(): Promise<void> {
    this.reconnectScan ??= this.registerAndScan().finally(() => (this.reconnectScan = null));
    return this.reconnectScan;
  }

  private async registerAndScan(): Promise<void> {
    try {
      await this.register();
      const found = await this.scan.scan();
      this.logger.log(`Redis is back: ${found} reminder(s) due within the horizon have their timers again`);
    } catch (error) {
      this.logger.warn(
        `Scan after Redis came back failed (the scheduled scan will retry): ${(error as Error).message}`,
      );
    }
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

function toTimer(row: DueRow): ReminderTimer {
  return { organizationId: row.organization_id, reminderId: row.id, version: row.version, dueAt: new Date(row.due_at) };
}

function byOrganization(timers: ReminderTimer[]): Map<string, ReminderTimer[]> {
  const groups = new Map<string, ReminderTimer[]>();
  for (const timer of timers) groups.set(timer.organizationId, [...(groups.get(timer.organizationId) ?? []), timer]);
  return groups;
}
