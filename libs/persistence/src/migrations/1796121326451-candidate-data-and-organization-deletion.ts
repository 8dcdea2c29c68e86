import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions } from './sql-definitions';

/**
 * Compliance: the audit log read newest first, candidate erasure (and retention), and the
 * deletion of a whole organization.
 *
 * The app role still may not change or delete audit rows or messages as sent. What erasure and
 * deletion must do to them goes through narrow SECURITY DEFINER functions: each acts on one
 * organization only, and only in the state that asks for it (an erased candidate, an
 * organization marked for deletion).
 */
export class CandidateDataAndOrganizationDeletion1796121326451 implements MigrationInterface {
  name = 'CandidateDataAndOrganizationDeletion1796121326451';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organizations
        ADD COLUMN candidate_retention_days int CHECK (candidate_retention_days BETWEEN 1 AND 3650),
        ADD COLUMN deleting_at timestamptz;
      ALTER TABLE candidates ADD COLUMN erased_at timestamptz;

      -- The audit log newest first, whole or by actor (by subject uses audit_events_subject_idx).
      CREATE INDEX audit_events_recent_idx ON audit_events (organization_id, occurred_at, id);
      CREATE INDEX audit_events_actor_idx ON audit_events (organization_id, actor_id, occurred_at, id);
    `);
    await applyDefinitions(queryRunner, this, [
      'functions/organization_unavailable',
      'functions/candidate_erase_traces',
      'functions/organizations_with_candidate_retention',
      'functions/organization_delete_batch',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION organization_delete_batch(uuid, int), organizations_with_candidate_retention(),
        candidate_erase_traces(uuid, text), organization_unavailable(uuid, boolean);
      DROP INDEX audit_events_actor_idx, audit_events_recent_idx;
      ALTER TABLE candidates DROP COLUMN erased_at;
      ALTER TABLE organizations DROP COLUMN deleting_at, DROP COLUMN candidate_retention_days;
    `);
  }
}
