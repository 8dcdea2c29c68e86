-- Pending reminders whose claim ran out: their worker stopped mid-send (a live worker renews its
-- claim while it sends). Ids and versions only, across organizations, for the worker's sweep.
CREATE OR REPLACE FUNCTION reminders_with_lapsed_claims(p_limit int)
  RETURNS TABLE (organization_id uuid, id uuid, version int, due_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT r.organization_id, r.id, r.version, r.due_at FROM reminders r
    WHERE r.claimed_until < now() AND r.status IN ('SCHEDULED', 'QUEUED')
    ORDER BY r.claimed_until LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION reminders_with_lapsed_claims(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reminders_with_lapsed_claims(int) TO prep_app;
