import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

/**
 * Deleting an organization takes the reminders' attempts and changes with the reminders, in
 * dependency order after the messages as sent (they were deleted before everything else, as
 * tables the order did not know yet).
 */
export class ReminderTraceInOrganizationDeletion1796124531062 implements MigrationInterface {
  name = 'ReminderTraceInOrganizationDeletion1796124531062';

  async up(queryRunner: QueryRunner): Promise<void> {
    await applyDefinitions(queryRunner, this, ['functions/organization_delete_batch']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await restoreDefinitions(queryRunner, this, ['functions/organization_delete_batch']);
  }
}
