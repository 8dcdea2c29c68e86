import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions } from './sql-definitions';

/**
 * The functions' definitions moved from migration strings into sql/functions; their bodies were
 * re-indented on the way, which Postgres keeps as written. Applying them once more gives
 * databases migrated before the move the very text a fresh one gets. Behaviour is unchanged.
 */
export class FunctionTextsFromSql1796119808275 implements MigrationInterface {
  name = 'FunctionTextsFromSql1796119808275';

  async up(queryRunner: QueryRunner): Promise<void> {
    await applyDefinitions(queryRunner, this, [
      'functions/auth_organization_for_email',
      'functions/auth_organization_for_refresh_token',
      'functions/auth_organization_for_invitation',
      'functions/auth_email_is_registered',
      'functions/auth_organization_for_assignment_link',
      'functions/due_reminders',
      'functions/reminder_claim_for_send',
      'functions/reminder_record_sent',
    ]);
  }

  // The texts before differed only in indentation: nothing to put back.
  async down(): Promise<void> {}
}
