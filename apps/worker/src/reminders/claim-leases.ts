import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import type { ClaimedReminder } from './claimed-reminder';
import { ReminderStatements } from './reminder-statements';

interface HeldClaim {
  reminder: ClaimedReminder;
  renewedAt: number;
}

/**
 * Keeps this worker's claims alive while their sends run. A claim is short (REMINDER_CLAIM_LEASE_MS),
 * and every third of it the claims held longer than that are renewed, one statement per
 * organization: a live worker never loses a claim, and a stopped one's claims run out within one
 * lease, when the sweep for lapsed claims hands them to another worker.
 */
@Injectable()
export class ClaimLeases implements OnApplicationShutdown {
  private readonly logger = new Logger(ClaimLeases.name);
  private readonly held = new Map<string, HeldClaim>();
  private readonly renewEveryMs: number;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statements: ReminderStatements,
  ) {
    this.renewEveryMs = Math.max(50, Math.floor(config.reminders.claimLeaseMs / 3));
  }

  /** Holds the claim until `work` ends, however it ends. */
  async whileHeld<T>(reminder: ClaimedReminder, work: () => Promise<T>): Promise<T> {
    this.held.set(reminder.id, { reminder, renewedAt: Date.now() });
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
    const now = Date.now();
    const due = [...this.held.values()].filter((claim) => now - claim.renewedAt >= this.renewEveryMs);
    for (const [organizationId, claims] of byOrganization(due)) {
      try {
        await this.statements.renewClaims(
          organizationId,
          claims.map((claim) => claim.reminder),
          this.config.reminders.claimLeaseMs,
        );
        for (const claim of claims) claim.renewedAt = now;
      } catch (error) {
        this.logger.warn(`Could not renew ${claims.length} claim(s): ${(error as Error).message}`);
      }
    }
  }
}

function byOrganization(claims: HeldClaim[]): Map<string, HeldClaim[]> {
  const groups = new Map<string, HeldClaim[]>();
  for (const claim of claims) {
    const key = claim.reminder.organizationId;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return groups;
}
