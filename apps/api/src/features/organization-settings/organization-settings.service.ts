import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { parseDisplayName, parseQuietHours, parseTimeZone, ReminderPlanningError } from '@prep/domain';
import { OrganizationEntity, TenantTransactions } from '@prep/persistence';
import { recordMemberAction } from '../audit/record-member-action';
import type { AuthContext } from '../auth/auth-context';
import { AppError } from '../../platform/errors/app-error';
import { PlanningTransactions, retimePendingReminders } from '../reminders/reminder-planning';
import { OrganizationSettingsType } from './dto/organization-settings.type';
import { QuietHoursInput, UpdateOrganizationSettingsInput } from './dto/update-organization-settings.input';
import { OrganizationSettingsErrorCode } from './organization-settings-error-code';

@Injectable()
export class OrganizationSettingsService {
  constructor(
    private readonly tenants: TenantTransactions,
    private readonly planning: PlanningTransactions,
  ) {}

  get(auth: AuthContext): Promise<OrganizationSettingsType> {
    return this.tenants.run({ organizationId: auth.organizationId }, (manager) => this.read(manager, auth));
  }

  /** Validates everything before writing anything; new quiet hours move the reminders still waiting, in the same transaction. */
  update(auth: AuthContext, input: UpdateOrganizationSettingsInput): Promise<OrganizationSettingsType> {
    const changes = toChanges(input);
    return this.planning.run(auth, async (manager) => {
      if (Object.keys(changes).length > 0)
        await manager.getRepository(OrganizationEntity).update({ id: auth.organizationId }, changes);
      const moved = input.quietHours ? await retimePendingReminders(manager, auth.organizationId, new Date()) : [];
      await recordMemberAction(manager, auth, {
        action: 'organization.settings_updated',
        subjectType: 'organization',
        subjectId: auth.organizationId,
        details: { changed: Object.keys(changes), remindersMoved: moved.length },
      });
      return { view: await this.read(manager, auth), reminders: moved };
    });
  }

  private async read(manager: EntityManager, auth: AuthContext): Promise<OrganizationSettingsType> {
    const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: auth.organizationId });
    return {
      name: organization.name,
      defaultTimeZone: organization.defaultTimeZone,
      emailSenderName: organization.emailSenderName,
      quietHours: { start: organization.quietHoursStart, end: organization.quietHoursEnd },
      candidateRetentionDays: organization.candidateRetentionDays,
    };
  }
}

function toChanges(input: UpdateOrganizationSettingsInput): Partial<OrganizationEntity> {
  const changes: Partial<OrganizationEntity> = {};
  if (input.name != null) changes.name = parseDisplayName(input.name, 'name');
  if (input.defaultTimeZone != null) changes.defaultTimeZone = parseTimeZone(input.defaultTimeZone, 'defaultTimeZone');
  if (input.emailSenderName !== undefined)
    changes.emailSenderName =
      input.emailSenderName === null ? null : parseDisplayName(input.emailSenderName, 'emailSenderName');
  if (input.quietHours) Object.assign(changes, checkQuietHours(input.quietHours));
  if (input.candidateRetentionDays !== undefined)
    changes.candidateRetentionDays = checkRetentionDays(input.candidateRetentionDays);
  return changes;
}

function checkQuietHours(quietHours: QuietHoursInput): Pick<OrganizationEntity, 'quietHoursStart' | 'quietHoursEnd'> {
  try {
    parseQuietHours(quietHours);
  } catch (error) {
    if (!(error instanceof ReminderPlanningError)) throw error;
    throw new AppError(OrganizationSettingsErrorCode.InvalidQuietHours, error.message, { field: 'quietHours' });
  }
  return { quietHoursStart: quietHours.start, quietHoursEnd: quietHours.end };
}

function checkRetentionDays(days: number | null): number | null {
  if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= 3650)) {
    throw new AppError(
      OrganizationSettingsErrorCode.InvalidRetentionDays,
      'candidateRetentionDays must be between 1 and 3650 days, or null to keep candidates',
      { field: 'candidateRetentionDays' },
    );
  }
  return days;
}
