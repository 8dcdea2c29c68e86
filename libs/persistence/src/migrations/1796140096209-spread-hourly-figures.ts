import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

const WRITERS = [
  'functions/reminder_rollups_track',
  'functions/rollup_add_reminder',
  'functions/rollup_add_assignment',
] as const;

/**
 * A coach's figures of an hour are spread over up to sixteen rows, one per connection's shard.
 * Every reminder sent for a coach in one hour added to the same counter row, whose lock lasts
 * until commit: the worker's concurrent sends took turns on it, and delivered a seventh of what
 * the mail server accepts. Reads already sum rows; they now sum the shards too.
 */
export class SpreadHourlyFigures1796140096209 implements MigrationInterface {
  name = 'SpreadHourlyFigures1796140096209';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE coach_hourly_figures ADD COLUMN shard smallint NOT NULL DEFAULT 0;
      ALTER TABLE coach_hourly_figures DROP CONSTRAINT coach_hourly_figures_pkey,
        ADD PRIMARY KEY (organization_id, coach_member_id, hour, shard)
    `);
    await applyDefinitions(queryRunner, this, ['functions/rollup_shard', ...WRITERS]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await restoreDefinitions(queryRunner, this, [...WRITERS]);
    await queryRunner.query('DROP FUNCTION rollup_shard()');
    await queryRunner.query(`
      CREATE TEMP TABLE folded ON COMMIT DROP AS
        SELECT organization_id, coach_member_id, hour, sum(reminders_sent)::int AS reminders_sent,
               sum(reminders_skipped)::int AS reminders_skipped, sum(reminders_failed)::int AS reminders_failed,
               sum(interviews)::int AS interviews, sum(follow_ups_sent)::int AS follow_ups_sent
          FROM coach_hourly_figures GROUP BY 1, 2, 3;
      DELETE FROM coach_hourly_figures;
      ALTER TABLE coach_hourly_figures DROP CONSTRAINT coach_hourly_figures_pkey, DROP COLUMN shard,
        ADD PRIMARY KEY (organization_id, coach_member_id, hour);
      INSERT INTO coach_hourly_figures (organization_id, coach_member_id, hour, reminders_sent, reminders_skipped,
                                        reminders_failed, interviews, follow_ups_sent)
        SELECT * FROM folded
    `);
  }
}
