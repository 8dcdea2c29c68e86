import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

/**
 * Erasing a candidate blanks the servers' replies on their reminders' attempts too, as it blanks
 * the messages as sent: a refusal names the address.
 */
export class ErasureBlanksAttemptReplies1796124531242 implements MigrationInterface {
  name = 'ErasureBlanksAttemptReplies1796124531242';

  async up(queryRunner: QueryRunner): Promise<void> {
    await applyDefinitions(queryRunner, this, ['functions/candidate_erase_traces']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await restoreDefinitions(queryRunner, this, ['functions/candidate_erase_traces']);
  }
}
