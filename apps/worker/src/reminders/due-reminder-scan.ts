import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { ensureReminderTimer, missingReminderTimers } from '@prep/jobs';
import type { ReminderTimer } from '@prep/jobs';
import { ReminderQueue } from './reminder-queue';
import { DueCursor, DueRow, ReminderStatements } from './reminder-statements';
import { ScanWatermark } from './scan-watermark';

const PAGE_SIZE = 1000;
const PARALLEL_ENQUEUES = 50;
const SCAN_SCHEDULER_ID = 'schedule-reminders';
// Rows due within five minutes, or two scan intervals if longer, are checked on every pass: a
// timer lost for one of them (an enqueue that failed, a row changed without one) is back before
// the row is due.
const NEAR_MS = 5 * 60_000;
const NEAR_INTERVALS = 2;
// A timer due this recently is most likely running or about to: only an older one can be stuck.
const STUCK_AFTER_MS = 5_000;
// Pages after a due time: every id sorts before this one, so the page starts after the instant.
const AFTER_EVERY_ID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** What one pass of the scan did. */
export interface ScanPass {
  /** The whole horizon was checked (at boot, after Redis lost its keys), not only what changed. */
  full: boolean;
  /** Pending rows read from Postgres and checked against Redis. */
  rows: number;
  /** Timers that were missing and were added. */
  added: number;
}

interface DueRange {
  after: DueCursor | null;
  until: Date;
  /** Only the earliest page of the range; otherwise every row of it, page by page. */
  firstPageOnly?: boolean;
}

/**
 * Gives every row due within the horizon a timer, straight from Postgres, without redoing the
 * work of the last pass: a pass reads the rows that entered the horizon since the last one
 * (the watermark) and the rows due within the next few minutes, whose timers it checks again.
 * The rows between are armed already. A full pass (at boot, when Redis came back, or when the
 * watermark is gone with the rest of Redis) checks the whole horizon, so whatever Redis lost
 * comes back.
 */
@Injectable()
export class DueReminderScan {
  private readonly watermark: ScanWatermark;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statements: ReminderStatements,
    private readonly reminders: ReminderQueue,
  ) {
    this.watermark = new ScanWatermark(reminders.queue);
  }

  async scan(options: { full?: boolean } = {}, now = Date.now()): Promise<ScanPass> {
    const until = new Date(now + this.config.reminders.horizonMinutes * 60_000);
    const armedUntil = options.full ? null : await this.watermark.read();
    const pass: ScanPass = { full: armedUntil === null, rows: 0, added: 0 };
    for (const range of this.rangesToCheck(now, until, armedUntil)) await this.checkRange(range, now, pass);
    await this.watermark.write(until);
    return pass;
  }

  private rangesToCheck(now: number, until: Date, armedUntil: Date | null): DueRange[] {
    const nearMs = Math.max(NEAR_MS, NEAR_INTERVALS * this.config.reminders.scanIntervalSeconds * 1000);
    const nearUntil = new Date(now + nearMs);
    if (armedUntil === null || armedUntil <= nearUntil) return [{ after: null, until }];
    return [
      { after: null, until: nearUntil, firstPageOnly: true },
      { after: { dueAt: armedUntil, id: AFTER_EVERY_ID }, until },
    ];
  }

  private async checkRange(range: DueRange, now: number, pass: ScanPass): Promise<void> {
    let after = range.after;
    for (;;) {
      const page = (await this.statements.findDue(after, range.until, PAGE_SIZE)).map(toTimer);
      pass.rows += page.length;
      pass.added += await this.armPage(page, now);
      const last = page.at(-1);
      if (!last || page.length < PAGE_SIZE || range.firstPageOnly) return;
      after = { dueAt: last.dueAt, id: last.reminderId };
    }
  }

  /** Returns how many timers were missing. */
  private async armPage(due: ReminderTimer[], now: number): Promise<number> {
    // A timer not yet due only needs to exist, checked in one round trip; one due a while ago may
    // be stuck and gets the closer look of ensureReminderTimer().
    const queue = this.reminders.queue;
    const stuckBefore = now - STUCK_AFTER_MS;
    const missing = await missingReminderTimers(
      queue,
      due.filter((timer) => timer.dueAt.getTime() > stuckBefore),
    );
    const toEnsure = [...missing, ...due.filter((timer) => timer.dueAt.getTime() <= stuckBefore)];
    for (let start = 0; start < toEnsure.length; start += PARALLEL_ENQUEUES) {
      await Promise.all(
        toEnsure.slice(start, start + PARALLEL_ENQUEUES).map((timer) => ensureReminderTimer(queue, timer, now)),
      );
    }
    for (const [organizationId, timers] of byOrganization(due))
      await this.statements.markQueued(organizationId, timers);
    return missing.length;
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
      const { rows } = await this.scan.scan({ full: true });
      this.logger.log(`Redis is back: ${rows} reminder(s) due within the horizon have their timers again`);
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
      const { rows } = await this.scan.scan({ full: true });
      this.logger.log(`Boot scan: ${rows} reminder(s) due within ${this.config.reminders.horizonMinutes} minutes`);
    } catch (error) {
      this.logger.warn(`Boot scan failed (the scheduled scan will retry): ${(error as Error).message}`);
    }
  }

  private async keepRegistered(): Promise<void> {
    try {
      if (await this.reminders.queue.getJobScheduler(SCAN_SCHEDULER_ID)) return;
      await this.register();
      this.logger.warn('The reminder scan schedule was missing from Redis; registered it again');
      await this.scan.scan({ full: true });
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
  for (const timer of timers) {
    const group = groups.get(timer.organizationId);
    if (group) group.push(timer);
    else groups.set(timer.organizationId, [timer]);
  }
  return groups;
}
