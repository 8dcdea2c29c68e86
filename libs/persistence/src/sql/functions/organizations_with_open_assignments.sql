-- The at-risk alert run's one cross-tenant read: which organizations have assignments still open
-- (prepared for, or waiting for a follow-up), so that each is evaluated under its own tenant.
CREATE OR REPLACE FUNCTION organizations_with_open_assignments() RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT o.id FROM organizations o
     WHERE o.deleting_at IS NULL
       AND EXISTS (SELECT 1 FROM assignments a
                    WHERE a.organization_id = o.id AND a.status IN ('ASSIGNED', 'IN_PROGRESS', 'INTERVIEWED'))
     ORDER BY o.id
  $$;
REVOKE ALL ON FUNCTION organizations_with_open_assignments() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organizations_with_open_assignments() TO prep_app;
