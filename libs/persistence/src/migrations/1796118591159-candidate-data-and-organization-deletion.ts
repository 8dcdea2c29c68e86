import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';

/**
 * Compliance: the audit log read newest first, candidate erasure (and retention), and the
 * deletion of a whole organization.
 *
 * The app role still may not change or delete audit rows or messages as sent. What erasure and
 * deletion must do to them goes through narrow SECURITY DEFINER functions: each acts on one
 * organization only, and only in the state that asks for it (an erased candidate, an
 * organization marked for deletion).
 */
export class CandidateDataAndOrganizationDeletion1796118591159 implements MigrationInterface {
  name = 'CandidateDataAndOrganizationDeletion1796118591159';

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
    await this.createDeletionGuard(queryRunner);
    await this.createCandidateTraceEraser(queryRunner);
    await this.createRetentionLookup(queryRunner);
    await this.createOrganizationBatchDelete(queryRunner);
  }

  /**
   * Read with every tenant transaction's setting, so a deleted organization is refused at once:
   * while its rows are being deleted, and after (a missing organization is refused too, unless
   * the transaction is the one creating it).
   */
  private async createDeletionGuard(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION organization_unavailable(p_organization_id uuid, p_creating boolean) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT CASE WHEN o.id IS NULL THEN NOT p_creating ELSE o.deleting_at IS NOT NULL END
            FROM (SELECT 1) AS one LEFT JOIN organizations o ON o.id = p_organization_id
        $$;
      REVOKE ALL ON FUNCTION organization_unavailable(uuid, boolean) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION organization_unavailable(uuid, boolean) TO ${APP_ROLE};
    `);
  }

  /**
   * Blanks what the app role cannot: the messages sent about an erased candidate (to them or to
   * their coach) and the payloads of audit rows about them or their assignments, or naming their
   * email. Only in the transaction's organization, and only once the candidate is marked erased
   * (the caller marks it first, in the same transaction).
   */
  private async createCandidateTraceEraser(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION candidate_erase_traces(p_candidate_id uuid, p_email text)
        RETURNS TABLE (deliveries int, audit_events int)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
          v_organization_id uuid := NULLIF(current_setting('app.organization_id', true), '')::uuid;
          v_deliveries int;
          v_audit int;
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM candidates c WHERE c.organization_id = v_organization_id
                          AND c.id = p_candidate_id AND c.erased_at IS NOT NULL) THEN
            RAISE EXCEPTION 'candidate % is not marked erased in this organization', p_candidate_id;
          END IF;
          UPDATE deliveries d
             SET to_address = 'erased', subject = '', text_body = '', html_body = '', headers = '{}', smtp_response = NULL
            FROM reminders r JOIN assignments a ON a.organization_id = r.organization_id AND a.id = r.assignment_id
           WHERE d.organization_id = v_organization_id AND r.organization_id = v_organization_id
             AND d.reminder_id = r.id AND a.candidate_id = p_candidate_id;
          GET DIAGNOSTICS v_deliveries = ROW_COUNT;
          UPDATE audit_events e SET details = '{"erased": true}'
           WHERE e.organization_id = v_organization_id AND e.details <> '{"erased": true}'
             AND (e.subject_id = p_candidate_id
                  OR e.subject_id IN (SELECT a.id FROM assignments a
                                       WHERE a.organization_id = v_organization_id AND a.candidate_id = p_candidate_id)
                  OR strpos(lower(e.details::text), lower(p_email)) > 0);
          GET DIAGNOSTICS v_audit = ROW_COUNT;
          RETURN QUERY SELECT v_deliveries, v_audit;
        END $$;
      REVOKE ALL ON FUNCTION candidate_erase_traces(uuid, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION candidate_erase_traces(uuid, text) TO ${APP_ROLE};
    `);
  }

  /** The daily retention run's one cross-tenant read: which organizations keep candidates for a limited time. */
  private async createRetentionLookup(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION organizations_with_candidate_retention() RETURNS TABLE (organization_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT id FROM organizations WHERE candidate_retention_days IS NOT NULL AND deleting_at IS NULL ORDER BY id
        $$;
      REVOKE ALL ON FUNCTION organizations_with_candidate_retention() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION organizations_with_candidate_retention() TO ${APP_ROLE};
    `);
  }

  /**
   * Deletes at most p_batch_size rows of an organization marked for deletion, from the first
   * table that still has some, and says which. Called until it returns nothing; each call
   * commits on its own, so a crash resumes where it stopped. Tables go children first: the known
   * ones in dependency order, any tenant table added later before them, and a table whose rows
   * are still referenced waits for a later call. A user goes with their last membership; the
   * organization's own row goes last.
   */
  private async createOrganizationBatchDelete(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION organization_delete_batch(p_organization_id uuid, p_batch_size int)
        RETURNS TABLE (table_name text, deleted int)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
          v_table text;
          v_deleted int;
          v_blocked text;
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = p_organization_id) THEN
            RETURN;
          END IF;
          IF NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = p_organization_id AND o.deleting_at IS NOT NULL) THEN
            RAISE EXCEPTION 'organization % is not marked for deletion', p_organization_id;
          END IF;
          FOR v_table IN
            SELECT c.relname::text FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> 'members'
               AND a.attname = 'organization_id' AND NOT a.attisdropped
             ORDER BY array_position(ARRAY['deliveries', 'assignment_links', 'reminders', 'item_progress', 'audit_events',
                        'assignments', 'plan_template_versions', 'plan_templates', 'member_invitations', 'refresh_tokens',
                        'candidates']::text[], c.relname::text) NULLS FIRST, c.relname
          LOOP
            BEGIN
              EXECUTE format('DELETE FROM %I WHERE ctid = ANY (ARRAY(SELECT ctid FROM %I WHERE organization_id = $1 LIMIT $2))',
                             v_table, v_table)
                USING p_organization_id, p_batch_size;
              GET DIAGNOSTICS v_deleted = ROW_COUNT;
            EXCEPTION WHEN foreign_key_violation THEN
              v_blocked := v_table;
              CONTINUE;
            END;
            IF v_deleted > 0 THEN
              RETURN QUERY SELECT v_table, v_deleted;
              RETURN;
            END IF;
          END LOOP;
          IF v_blocked IS NOT NULL THEN
            RAISE EXCEPTION 'rows of % in organization % are still referenced', v_blocked, p_organization_id;
          END IF;
          WITH gone AS (
            DELETE FROM members WHERE ctid = ANY (ARRAY(
              SELECT ctid FROM members WHERE organization_id = p_organization_id LIMIT p_batch_size))
            RETURNING user_id
          ), users_gone AS (
            DELETE FROM users u WHERE u.id IN (SELECT user_id FROM gone)
              AND NOT EXISTS (SELECT 1 FROM members m WHERE m.user_id = u.id AND m.organization_id <> p_organization_id)
          )
          SELECT count(*) INTO v_deleted FROM gone;
          IF v_deleted > 0 THEN
            RETURN QUERY SELECT 'members'::text, v_deleted;
            RETURN;
          END IF;
          DELETE FROM organizations WHERE id = p_organization_id;
          RETURN QUERY SELECT 'organizations'::text, 1;
        END $$;
      REVOKE ALL ON FUNCTION organization_delete_batch(uuid, int) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION organization_delete_batch(uuid, int) TO ${APP_ROLE};
    `);
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
