-- Deletes at most p_batch_size rows of an organization marked for deletion, from the first
-- table that still has some, and says which. Called until it returns nothing; each call
-- commits on its own, so a crash resumes where it stopped. Tables go children first: the known
-- ones in dependency order, any tenant table added later before them, and a table whose rows
-- are still referenced waits for a later call. The rollups go after every table whose triggers
-- write them, so nothing re-creates their rows once deleted. A user goes with their last
-- membership; the organization's own row goes last.
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
       ORDER BY array_position(ARRAY['deliveries', 'reminder_attempts', 'reminder_changes', 'assignment_links', 'reminders', 'item_progress', 'audit_events',
                  'assignments', 'plan_template_versions', 'plan_templates', 'member_invitations', 'refresh_tokens',
                  'candidates', 'coach_status_counts', 'coach_hourly_figures', 'coach_daily_readiness']::text[],
                  c.relname::text) NULLS FIRST, c.relname
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
GRANT EXECUTE ON FUNCTION organization_delete_batch(uuid, int) TO prep_app;
