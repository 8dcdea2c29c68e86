import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A coach may send the plan email again by hand, several times under the same schedule version
 * (kind `assignment-resend`, one row each). Every other kind is still planned at most once per
 * schedule version and recipient, now by a partial unique index instead of the table constraint.
 */
export class PlanEmailResends1796123558149 implements MigrationInterface {
  name = 'PlanEmailResends1796123558149';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE reminders DROP CONSTRAINT reminders_organization_id_assignment_id_plan_version_kind_r_key;
      CREATE UNIQUE INDEX reminders_planned_once_idx ON reminders (organization_id, assignment_id, plan_version, kind, recipient)
        WHERE kind <> 'assignment-resend';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM reminders WHERE kind = 'assignment-resend';
      DROP INDEX reminders_planned_once_idx;
      ALTER TABLE reminders ADD CONSTRAINT reminders_organization_id_assignment_id_plan_version_kind_r_key
        UNIQUE (organization_id, assignment_id, plan_version, kind, recipient);
    `);
  }
}
