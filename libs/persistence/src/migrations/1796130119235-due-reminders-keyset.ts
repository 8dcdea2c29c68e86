import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

/**
 * The scheduler's scan reads pending rows by a range of due times, page after page (after a due
 * time and id): it arms rows as they enter the horizon instead of re-reading the earliest 1,000
 * on every pass, and a full re-check after Redis lost its keys reaches every row of the horizon.
 */
export class DueRemindersKeyset1796130119235 implements MigrationInterface {
  name = 'DueRemindersKeyset1796130119235';

  async up(queryRunner: QueryRunner): Promise<void> {
    await pendingDueIndex(queryRunner, 'due_at, id');
    await queryRunner.query('DROP FUNCTION due_reminders(timestamptz, int)');
    await applyDefinitions(queryRunner, this, ['functions/due_reminders']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION due_reminders(timestamptz, uuid, timestamptz, int)');
    await restoreDefinitions(queryRunner, this, ['functions/due_reminders']);
    await pendingDueIndex(queryRunner, 'due_at');
  }
}

// Same name, one more column: a page's (due_at, id) order comes straight from the index.
async function pendingDueIndex(queryRunner: QueryRunner, columns: string): Promise<void> {
  await queryRunner.query('DROP INDEX reminders_pending_due_idx');
  await queryRunner.query(
    `CREATE INDEX reminders_pending_due_idx ON reminders (${columns}) WHERE status IN ('SCHEDULED', 'QUEUED')`,
  );
}
