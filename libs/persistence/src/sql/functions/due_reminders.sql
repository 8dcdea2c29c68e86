-- The one cross-tenant read the worker needs: which rows are due, by id and version only. One
-- page of the pending rows due after (p_after, p_after_id) and by p_until, in (due_at, id) order.
CREATE OR REPLACE FUNCTION due_reminders(p_after timestamptz, p_after_id uuid, p_until timestamptz, p_limit int)
  RETURNS TABLE (organization_id uuid, id uuid, version int, due_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT r.organization_id, r.id, r.version, r.due_at FROM reminders r
    WHERE r.status IN ('SCHEDULED', 'QUEUED') AND r.due_at >= p_after AND r.due_at <= p_until
      AND (r.due_at, r.id) > (p_after, p_after_id)
      AND (r.claimed_until IS NULL OR r.claimed_until < now())
    ORDER BY r.due_at, r.id LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION due_reminders(timestamptz, uuid, timestamptz, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION due_reminders(timestamptz, uuid, timestamptz, int) TO prep_app;
