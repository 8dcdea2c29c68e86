-- Read with every tenant transaction's setting, so a deleted organization is refused at once:
-- while its rows are being deleted, and after (a missing organization is refused too, unless
-- the transaction is the one creating it).
CREATE OR REPLACE FUNCTION organization_unavailable(p_organization_id uuid, p_creating boolean) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN o.id IS NULL THEN NOT p_creating ELSE o.deleting_at IS NOT NULL END
      FROM (SELECT 1) AS one LEFT JOIN organizations o ON o.id = p_organization_id
  $$;
REVOKE ALL ON FUNCTION organization_unavailable(uuid, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organization_unavailable(uuid, boolean) TO prep_app;
