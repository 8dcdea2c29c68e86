import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions } from './sql-definitions';

/**
 * Each assignment keeps its plan snapshot's item keys beside the snapshot, computed by Postgres
 * from it. Readiness figures (at risk, progress at T-24h) count done items per assignment; reading
 * a short array instead of expanding the whole plan document per row makes the dashboard's
 * figures cheap, and the two can never disagree.
 */
export class PlanItemKeys1764600000000 implements MigrationInterface {
  name = 'PlanItemKeys1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await applyDefinitions(queryRunner, this, ['functions/plan_item_keys']);
    await queryRunner.query(`
      ALTER TABLE assignments ADD COLUMN plan_item_keys text[] NOT NULL GENERATED ALWAYS AS (plan_item_keys(plan)) STORED;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE assignments DROP COLUMN plan_item_keys;
      DROP FUNCTION plan_item_keys(jsonb);
    `);
  }
}
