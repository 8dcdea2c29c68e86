-- The one cross-tenant read the worker needs: which rows are due, by id and version only.
CREATE OR REPLACE FUNCTION due_reminders(p_until timestamptz, p_limit int)
  RETURNS TABLE (organization_id uuid, id uuid, version int, due_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT r.organization_id, r.id, r.version, r.due_at FROM reminders r
    WHERE r.status IN ('SCHEDULED', 'QUEUED') AND r.due_at <= p_until
      AND (r.claimed_until IS NULL OR r.claimed_until < now())
    ORDER BY r.due_at LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION due_reminders(timestamptz, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION due_reminders(timestamptz, int) TO prep_app;
