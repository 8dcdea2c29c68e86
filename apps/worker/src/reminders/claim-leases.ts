import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import type { ClaimedReminder } from './claimed-reminder';
import { ReminderStatements } from './reminder-statements';

/**
 * Keeps this worker's claims alive while their sends run. A claim is short (REMINDER_CLAIM_LEASE_MS),
 * and every quarter of it every claim held is renewed, one statement per organization: a live
 * worker keeps three quarters of a lease in hand against a slow statement, and a stopped one's
 * claims run out within one lease, when the sweep for lapsed claims hands them to another worker.
 */
@Injectable()
export class ClaimLeases implements OnApplicationShutdown {
  private readonly logger = new Logger(ClaimLeases.name);
  private readonly held = new Map<string, ClaimedReminder>();
  private readonly renewEveryMs: number;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statements: ReminderStatements,
  ) {
    this.renewEveryMs = Math.max(50, Math.floor(config.reminders.claimLeaseMs / 4));
  }

  /** Holds the claim until `work` ends, however it ends. */
  async whileHeld<T>(reminder: ClaimedReminder, work: () => Promise<T>): Promise<T> {
    this.held.set(reminder.id, reminder);
    this.timer ??= setInterval(() => void this.renewDue(), this.renewEveryMs).unref();
    try {
      return await work();
    } finally {
      this.held.delete(reminder.id);
      if (this.held.size === 0) this.stopTimer();
    }
  }

  onApplicationShutdown(): void {
    this.stopTimer();
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async renewDue(): Promise<void> {
    const held = [...this.held.values()];
    await Promise.all(
      [...byOrganization(held)].map(async ([organizationId, claims]) => {
        try {
          await this.statements.renewClaims(organizationId, claims, this.config.reminders.claimLeaseMs);
        } catch (error) {
          this.logger.warn(`Could not renew ${claims.length} claim(s): ${(error as Error).message}`);
        }
      }),
    );
  }
}

function byOrganization(claims: ClaimedReminder[]): Map<string, ClaimedReminder[]> {
  const groups = new Map<string, ClaimedReminder[]>();
  for (const claim of claims) groups.set(claim.organizationId, [...(groups.get(claim.organizationId) ?? []), claim]);
  return groups;
}
