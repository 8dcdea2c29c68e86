import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every list shows each assignment's next pending reminder. Found through the index of all its
 * reminders, that read visited every reminder the assignment ever had (about ten); this index
 * holds only the pending ones, in the order the next one is chosen, so it is one probe.
 */
export class NextPendingReminderIndex1796137592574 implements MigrationInterface {
  name = 'NextPendingReminderIndex1796137592574';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX reminders_next_pending_idx ON reminders (organization_id, assignment_id, due_at, kind)
        WHERE status IN ('SCHEDULED', 'QUEUED')
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX reminders_next_pending_idx`);
  }
}
