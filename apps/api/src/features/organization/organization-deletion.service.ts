import { Injectable } from '@nestjs/common';
import { deleteOrganizationJobId } from '@prep/jobs';
import { OrganizationEntity, TenantTransactions } from '@prep/persistence';
import { recordMemberAction } from '../audit/record-member-action';
import type { AuthContext } from '../auth/auth-context';
import { AppError } from '../../platform/errors/app-error';
import { JobQueue } from '../../platform/jobs/job-queue';
import { OrganizationErrorCode } from './organization-error-code';
import { NEXT_REMINDER_VERSION_SQL, PENDING_REMINDER_STATUSES_SQL, ReminderStatus } from '@prep/domain';

export const ORGANIZATION_DELETED_REASON = 'organization-deleted';

/**
 * Deleting an organization happens in two steps. This one, in one transaction: mark it deleting
 * (every later transaction in it is refused), end every session and cancel every pending
 * reminder (their timers then find nothing to send). The worker's job then deletes the rows.
 */
@Injectable()
export class OrganizationDeletionService {
  constructor(
    private readonly tenants: TenantTransactions,
    private readonly jobs: JobQueue,
  ) {}

  async delete(auth: AuthContext, confirmSlug: string): Promise<Date> {
    const organizationId = auth.organizationId;
    const deletingAt = await this.tenants.run({ organizationId }, async (manager) => {
      const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
      if (confirmSlug !== organization.slug) {
        throw new AppError(OrganizationErrorCode.SlugMismatch, 'confirmSlug must be the organization’s slug', {
          field: 'confirmSlug',
        });
      }
      const now = new Date();
      await manager.getRepository(OrganizationEntity).update({ id: organizationId }, { deletingAt: now });
      await manager.query(
        `UPDATE refresh_tokens SET revoked_at = now() WHERE organization_id = $1 AND revoked_at IS NULL`,
        [organizationId],
      );
      await manager.query(
        `UPDATE reminders
            SET status = '${ReminderStatus.CANCELLED}', reason = $2, version = ${NEXT_REMINDER_VERSION_SQL},
                claimed_until = NULL, updated_at = now()
          WHERE organization_id = $1 AND status IN (${PENDING_REMINDER_STATUSES_SQL})`,
        [organizationId, ORGANIZATION_DELETED_REASON],
      );
      await recordMemberAction(manager, auth, {
        action: 'organization.deleted',
        subjectType: 'organization',
        subjectId: organizationId,
      });
      return now;
    });
    // Once marked, the deletion cannot be lost: a failed enqueue here is retried by deleting again.
    await this.jobs.enqueue('delete-organization', { organizationId }, deleteOrganizationJobId(organizationId));
    return deletingAt;
  }
}
