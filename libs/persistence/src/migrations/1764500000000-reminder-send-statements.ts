import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions } from './sql-definitions';

/**
 * The worker's sending path as two statements instead of three transactions: one claims a due
 * reminder, mints the private link of its email and reads everything the send-time checks and the
 * message need; the other records SENT together with the message as sent.
 *
 * Both are SECURITY INVOKER: they run as the app role, under row-level security like any other
 * statement of it. Each takes the organization explicitly and makes it the transaction's tenant
 * with set_config(..., true), exactly as a tenant transaction does, before touching a row.
 */
export class ReminderSendStatements1764500000000 implements MigrationInterface {
  name = 'ReminderSendStatements1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await applyDefinitions(queryRunner, this, ['functions/reminder_claim_for_send', 'functions/reminder_record_sent']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION reminder_record_sent(uuid, uuid, int, text, text, uuid, text, text, text, text, jsonb);
      DROP FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text);
    `);
  }
}
