-- Read with every tenant transaction's setting, so a deleted organization is refused at once:
-- while its rows are being deleted, and after (a missing organization is refused too, unless
-- the transaction is the one creating it).
--
-- PL/pgSQL, though it is one query: a SQL function with a SET clause is never inlined, and
-- Postgres 15 plans its body again in every statement that calls it (about 50 µs, on every
-- request); PL/pgSQL keeps the plan for the connection.
CREATE OR REPLACE FUNCTION organization_unavailable(p_organization_id uuid, p_creating boolean) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    RETURN (SELECT CASE WHEN o.id IS NULL THEN NOT p_creating ELSE o.deleting_at IS NOT NULL END
              FROM (SELECT 1) AS one LEFT JOIN organizations o ON o.id = p_organization_id);
  END
  $$;
REVOKE ALL ON FUNCTION organization_unavailable(uuid, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organization_unavailable(uuid, boolean) TO prep_app;
