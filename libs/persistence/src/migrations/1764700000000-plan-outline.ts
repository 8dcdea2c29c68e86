import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

/**
 * Each assignment keeps the outline its emails list (section and item keys and titles, in plan
 * order) beside its plan snapshot, computed by Postgres from it. The claim of every send expanded
 * the whole plan document for it; now that happens once per assignment, and the claim reads the
 * stored column (the claim it replaced is sql/history/functions/reminder_claim_for_send.1764700000000.sql).
 */
export class PlanOutline1764700000000 implements MigrationInterface {
  name = 'PlanOutline1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await applyDefinitions(queryRunner, this, ['functions/plan_outline']);
    await queryRunner.query(`
      ALTER TABLE assignments ADD COLUMN plan_outline jsonb NOT NULL GENERATED ALWAYS AS (plan_outline(plan)) STORED;
    `);
    await applyDefinitions(queryRunner, this, ['functions/reminder_claim_for_send']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await restoreDefinitions(queryRunner, this, ['functions/reminder_claim_for_send']);
    await queryRunner.query(`
      ALTER TABLE assignments DROP COLUMN plan_outline;
      DROP FUNCTION plan_outline(jsonb);
    `);
  }
}
