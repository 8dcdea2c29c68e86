import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';
import { enableTenantRls } from './rls';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

const ROLLUP_TABLES = ['coach_status_counts', 'coach_hourly_figures', 'coach_daily_readiness'];
const FUNCTIONS = [
  'functions/rollup_add_assignment',
  'functions/rollup_add_reminder',
  'functions/assignment_rollups_track',
  'functions/assignment_item_counts_refresh',
  'functions/item_progress_counts_track',
  'functions/reminder_rollups_track',
  'functions/organization_delete_batch',
] as const;

/**
 * One trigger per event, each with the transition tables it has: bulk statements (a seed, the
 * worker's batches) then pay once per statement, not once per row.
 */
function statementTriggers(table: string, prefix: string, fn: string): string {
  return `
    CREATE TRIGGER ${prefix}_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();
    CREATE TRIGGER ${prefix}_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();
    CREATE TRIGGER ${prefix}_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`;
}

/**
 * The dashboard reads figures kept up to date as things change instead of every assignment of
 * the organization: per assignment, its done items (ever and by T-24h); per coach, assignments
 * by status, reminder outcomes, interviews and follow-ups by hour, readiness by day. Triggers
 * keep them, so every write path (today's and later ones) moves them in the same transaction.
 * Organization-wide figures are the sum over the organization's coaches.
 */
export class DashboardRollups1796123999579 implements MigrationInterface {
  name = 'DashboardRollups1796123999579';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE assignments
        ADD COLUMN items_done int NOT NULL DEFAULT 0,
        ADD COLUMN items_done_by_t_minus_24h int NOT NULL DEFAULT 0;

      CREATE TABLE coach_status_counts (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        coach_member_id uuid NOT NULL,
        status text NOT NULL,
        assignments int NOT NULL,
        PRIMARY KEY (organization_id, coach_member_id, status)
      );
      CREATE TABLE coach_hourly_figures (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        coach_member_id uuid NOT NULL,
        hour timestamptz NOT NULL,
        reminders_sent int NOT NULL DEFAULT 0,
        reminders_skipped int NOT NULL DEFAULT 0,
        reminders_failed int NOT NULL DEFAULT 0,
        interviews int NOT NULL DEFAULT 0,
        follow_ups_sent int NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, coach_member_id, hour)
      );
      CREATE INDEX coach_hourly_figures_hour_idx ON coach_hourly_figures (organization_id, hour);
      CREATE TABLE coach_daily_readiness (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        coach_member_id uuid NOT NULL,
        day timestamptz NOT NULL,
        items_done int NOT NULL,
        items_total int NOT NULL,
        assignments int NOT NULL,
        PRIMARY KEY (organization_id, coach_member_id, day, items_done, items_total)
      );
      CREATE INDEX coach_daily_readiness_day_idx ON coach_daily_readiness (organization_id, day);

      -- The partial hours at either end of a dashboard's range are read from the rows.
      CREATE INDEX reminders_outcome_due_idx ON reminders (organization_id, due_at)
        WHERE status IN ('SENT', 'SKIPPED', 'FAILED');
      CREATE INDEX assignments_interviewed_idx ON assignments (organization_id, interviewed_at)
        WHERE interviewed_at IS NOT NULL;
      -- The at-risk list walks open assignments by interview time, never past the closed ones.
      CREATE INDEX assignments_open_idx ON assignments (organization_id, starts_at, id)
        WHERE status IN ('ASSIGNED', 'IN_PROGRESS', 'INTERVIEWED');
    `);
    for (const table of ROLLUP_TABLES) await enableTenantRls(queryRunner, table, this);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON ${ROLLUP_TABLES.join(', ')} TO ${APP_ROLE};`);
    await applyDefinitions(queryRunner, this, [...FUNCTIONS]);
    await this.backfill(queryRunner);
    await queryRunner.query(`
      CREATE TRIGGER assignments_item_counts BEFORE UPDATE OF plan, starts_at ON assignments
        FOR EACH ROW WHEN (OLD.plan IS DISTINCT FROM NEW.plan OR OLD.starts_at IS DISTINCT FROM NEW.starts_at)
        EXECUTE FUNCTION assignment_item_counts_refresh();
      CREATE TRIGGER assignments_rollups_insert_delete AFTER INSERT OR DELETE ON assignments
        FOR EACH ROW EXECUTE FUNCTION assignment_rollups_track();
      CREATE TRIGGER assignments_rollups_update AFTER UPDATE ON assignments
        FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
          OR OLD.coach_member_id IS DISTINCT FROM NEW.coach_member_id
          OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
          OR OLD.interviewed_at IS DISTINCT FROM NEW.interviewed_at
          OR OLD.follow_up_sent_at IS DISTINCT FROM NEW.follow_up_sent_at
          OR OLD.items_done_by_t_minus_24h IS DISTINCT FROM NEW.items_done_by_t_minus_24h
          OR OLD.plan_item_keys IS DISTINCT FROM NEW.plan_item_keys)
        EXECUTE FUNCTION assignment_rollups_track();
      ${statementTriggers('item_progress', 'item_progress_counts', 'item_progress_counts_track')}
      ${statementTriggers('reminders', 'reminders_rollups', 'reminder_rollups_track')}
    `);
  }

  /** Existing rows, counted once (the owner role reads every organization: it bypasses RLS). */
  private async backfill(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE assignments a
         SET items_done = c.done, items_done_by_t_minus_24h = c.done_by_t_minus_24h
        FROM (SELECT p.organization_id, p.assignment_id,
                     count(*) FILTER (WHERE p.done_at IS NOT NULL) AS done,
                     count(*) FILTER (WHERE p.done_at <= a.starts_at - interval '24 hours') AS done_by_t_minus_24h
                FROM item_progress p JOIN assignments a ON a.organization_id = p.organization_id AND a.id = p.assignment_id
               WHERE p.item_key = ANY (a.plan_item_keys)
               GROUP BY 1, 2) c
       WHERE a.organization_id = c.organization_id AND a.id = c.assignment_id;

      SELECT rollup_add_assignment(a, 1) FROM assignments a;
      SELECT rollup_add_reminder(r.organization_id, a.coach_member_id, r.status, r.due_at, 1)
        FROM reminders r JOIN assignments a ON a.organization_id = r.organization_id AND a.id = r.assignment_id
       WHERE r.status IN ('SENT', 'SKIPPED', 'FAILED');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await restoreDefinitions(queryRunner, this, ['functions/organization_delete_batch']);
    await queryRunner.query(`
      DROP TRIGGER reminders_rollups_insert ON reminders;
      DROP TRIGGER reminders_rollups_update ON reminders;
      DROP TRIGGER reminders_rollups_delete ON reminders;
      DROP TRIGGER item_progress_counts_insert ON item_progress;
      DROP TRIGGER item_progress_counts_update ON item_progress;
      DROP TRIGGER item_progress_counts_delete ON item_progress;
      DROP TRIGGER assignments_rollups_update ON assignments;
      DROP TRIGGER assignments_rollups_insert_delete ON assignments;
      DROP TRIGGER assignments_item_counts ON assignments;
      DROP FUNCTION reminder_rollups_track(), item_progress_counts_track(), assignment_item_counts_refresh(),
        assignment_rollups_track(), rollup_add_reminder(uuid, uuid, text, timestamptz, int),
        rollup_add_assignment(assignments, int);
      DROP INDEX assignments_open_idx, assignments_interviewed_idx, reminders_outcome_due_idx;
      DROP TABLE coach_daily_readiness, coach_hourly_figures, coach_status_counts;
      ALTER TABLE assignments DROP COLUMN items_done_by_t_minus_24h, DROP COLUMN items_done;
    `);
  }
}
