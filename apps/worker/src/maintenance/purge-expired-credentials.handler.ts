import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { InvitationEntity, PasswordResetTokenEntity, RefreshTokenEntity, TenantTransactions } from '@prep/persistence';
import type { JobPayload } from '@prep/jobs';
import type { JobHandler } from '../queue-runtime/job-handler';

/** Expired refresh tokens, invitations and password reset tokens are useless and hold token hashes; delete them. */
@Injectable()
export class PurgeExpiredCredentialsHandler implements JobHandler<'purge-expired-credentials'> {
  readonly jobName = 'purge-expired-credentials' as const;

  constructor(private readonly tenants: TenantTransactions) {}

  async handle({ organizationId }: JobPayload<'purge-expired-credentials'>): Promise<void> {
    const now = new Date();
    await this.tenants.run({ organizationId }, async (manager) => {
      await manager.getRepository(RefreshTokenEntity).delete({ organizationId, expiresAt: LessThan(now) });
      await manager.getRepository(InvitationEntity).delete({ organizationId, expiresAt: LessThan(now) });
      await manager.getRepository(PasswordResetTokenEntity).delete({ organizationId, expiresAt: LessThan(now) });
    });
  }
}
