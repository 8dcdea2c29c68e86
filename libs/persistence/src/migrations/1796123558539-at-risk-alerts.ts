import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';
import { enableTenantRls } from './rls';
import { applyDefinitions } from './sql-definitions';

/**
 * At-risk alerts: one row per assignment and day the coach was alerted about, so an assignment is
 * alerted at most once a day and a restarted run does not alert again. A row is written before its
 * digest is sent and records the message once sent; an unsent row is sent by the next run.
 */
export class AtRiskAlerts1796123558539 implements MigrationInterface {
  name = 'AtRiskAlerts1796123558539';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE at_risk_alerts (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        assignment_id uuid NOT NULL,
        coach_member_id uuid NOT NULL,
        alerted_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        message_id text,
        PRIMARY KEY (organization_id, id),
        UNIQUE (organization_id, assignment_id, alerted_on),
        FOREIGN KEY (organization_id, assignment_id) REFERENCES assignments (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX at_risk_alerts_unsent_idx ON at_risk_alerts (organization_id, coach_member_id) WHERE sent_at IS NULL;
    `);
    await enableTenantRls(queryRunner, 'at_risk_alerts', this);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON at_risk_alerts TO ${APP_ROLE};`);
    await applyDefinitions(queryRunner, this, ['functions/organizations_with_open_assignments']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION organizations_with_open_assignments();
      DROP TABLE at_risk_alerts;
    `);
  }
}
