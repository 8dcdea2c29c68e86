import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { ensureReminderTimer } from '@prep/jobs';
import { ReminderQueue } from './reminder-queue';
import { ReminderStatements } from './reminder-statements';

const SWEEP_LIMIT = 500;

/**
 * Finds the claims a stopped worker left behind (their lease ran out, nobody renewed it) every
 * quarter lease, and wakes each row at once under the version its claim gave it: a live worker then
 * claims it again and sends. Interrupted sends are taken over within about 1.25 leases of the
 * stop, not at the next scan. A quarter lease, so that a worker restarted after a crash and itself
 * stopped within a lease (a crash loop, a rolling deploy), still sweeps at least once.
 */
@Injectable()
export class LapsedClaimSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LapsedClaimSweep.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statements: ReminderStatements,
    private readonly reminders: ReminderQueue,
  ) {}

  onApplicationBootstrap(): void {
    const everyMs = Math.max(100, Math.floor(this.config.reminders.claimLeaseMs / 4));
    this.timer = setInterval(() => void this.sweep(), everyMs).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Returns how many lapsed claims were woken. */
  async sweep(now = Date.now()): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const lapsed = await this.statements.findLapsedClaims(SWEEP_LIMIT);
      await Promise.all(lapsed.map((timer) => ensureReminderTimer(this.reminders.queue, timer, now)));
      if (lapsed.length > 0) this.logger.warn(`Took over ${lapsed.length} send(s) whose worker stopped`);
      return lapsed.length;
    } catch (error) {
      this.logger.warn(`Could not sweep lapsed claims: ${(error as Error).message}`);
      return 0;
    } finally {
      this.running = false;
    }
  }
}
