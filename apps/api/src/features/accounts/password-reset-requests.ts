import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { passwordResetJobId } from '@prep/jobs';
import {
  AuditActorType,
  CredentialLookups,
  MemberEntity,
  MemberStatus,
  PasswordResetTokenEntity,
  recordAuditEvent,
  TenantTransactions,
} from '@prep/persistence';
import { JobQueue } from '../../platform/jobs/job-queue';

/**
 * "Forgot password". The caller's answer never waits for this work: whether the address belongs
 * to a member, and what it costs to find out, cannot show in the answer or its timing.
 */
@Injectable()
export class PasswordResetRequests implements BeforeApplicationShutdown {
  private readonly logger = new Logger(PasswordResetRequests.name);
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lookups: CredentialLookups,
    private readonly tenants: TenantTransactions,
    private readonly jobs: JobQueue,
  ) {}

  /** Starts the work and returns at once; failures are logged, never answered. */
  startInBackground(email: string): void {
    const work = this.start(email)
      .catch((error: unknown) =>
        this.logger.error(`Password reset request failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  /** Before the database and queues close, so a request answered just before SIGTERM still gets its email. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  /** Records an open request for an active member and queues its email; an unknown address gets nothing. */
  private async start(email: string): Promise<void> {
    const organizationId = await this.lookups.organizationForEmail(email);
    if (!organizationId) return;
    const resetId = await this.tenants.run({ organizationId }, async (manager) => {
      const member = await manager.getRepository(MemberEntity).findOne({
        where: { organizationId, status: MemberStatus.ACTIVE, user: { email } },
        relations: { user: true },
      });
      if (!member) return null;
      const id = randomUUID();
      const expiresAt = new Date(Date.now() + this.config.auth.passwordResetTtlMinutes * 60 * 1000);
      await manager
        .getRepository(PasswordResetTokenEntity)
        .insert({ organizationId, id, memberId: member.id, tokenHash: null, expiresAt });
      // Anyone may ask for an address, so the request is the system's doing, not the member's.
      await recordAuditEvent(manager, {
        organizationId,
        actor: { type: AuditActorType.SYSTEM, id: null },
        action: 'account.password-reset-requested',
        subjectType: 'member',
        subjectId: member.id,
        details: { expiresAt: expiresAt.toISOString() },
      });
      return id;
    });
    if (!resetId) return;
    await this.jobs.enqueue(
      'send-password-reset',
      { organizationId, passwordResetId: resetId },
      passwordResetJobId(resetId),
    );
  }
}
