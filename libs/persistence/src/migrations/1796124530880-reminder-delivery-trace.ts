import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';
import { enableTenantRls } from './rls';
import { applyDefinitions } from './sql-definitions';

/**
 * The delivery trace: every attempt to send a reminder (with its outcome and the server's reply)
 * and every change of its status or due time (with why and by whom) is a row, kept by triggers on
 * the reminder rows themselves, so no path that changes a reminder can forget its history. Claims
 * that run out are found by their own narrow function, so a stopped worker's sends are taken over
 * within seconds.
 */
export class ReminderDeliveryTrace1796124530880 implements MigrationInterface {
  name = 'ReminderDeliveryTrace1796124530880';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reminder_attempts (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        reminder_id uuid NOT NULL,
        attempt int NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        outcome text CHECK (outcome IN ('sent', 'retrying', 'failed', 'expired', 'skipped', 'cancelled', 'interrupted')),
        detail text,
        message_id text,
        possible_duplicate boolean NOT NULL DEFAULT false,
        PRIMARY KEY (organization_id, id),
        UNIQUE (organization_id, reminder_id, attempt),
        FOREIGN KEY (organization_id, reminder_id) REFERENCES reminders (organization_id, id)
      );

      CREATE TABLE reminder_changes (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        reminder_id uuid NOT NULL,
        from_status text,
        to_status text NOT NULL,
        from_due_at timestamptz,
        to_due_at timestamptz NOT NULL,
        reason text,
        actor_member_id uuid,
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, reminder_id) REFERENCES reminders (organization_id, id)
      );
      CREATE INDEX reminder_changes_reminder_idx ON reminder_changes (organization_id, reminder_id, changed_at);
      -- The sweep for lapsed claims reads only rows being sent right now.
      CREATE INDEX reminders_claimed_idx ON reminders (claimed_until) WHERE claimed_until IS NOT NULL;
    `);
    for (const table of ['reminder_attempts', 'reminder_changes']) await enableTenantRls(queryRunner, table, this);
    await applyDefinitions(queryRunner, this, [
      'functions/reminder_history',
      'functions/reminder_attempt_reply',
      'functions/reminders_with_lapsed_claims',
    ]);
    await queryRunner.query(`
      CREATE TRIGGER reminders_history AFTER INSERT OR UPDATE ON reminders
        FOR EACH ROW EXECUTE FUNCTION reminder_history();
      CREATE TRIGGER deliveries_attempt_reply AFTER INSERT ON deliveries
        FOR EACH ROW EXECUTE FUNCTION reminder_attempt_reply();
      GRANT SELECT, INSERT, UPDATE ON reminder_attempts TO ${APP_ROLE};
      GRANT SELECT, INSERT ON reminder_changes TO ${APP_ROLE};
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER deliveries_attempt_reply ON deliveries;
      DROP TRIGGER reminders_history ON reminders;
      DROP FUNCTION reminders_with_lapsed_claims(int), reminder_attempt_reply(), reminder_history();
      DROP INDEX reminders_claimed_idx;
      DROP TABLE reminder_changes, reminder_attempts;
    `);
  }
}
