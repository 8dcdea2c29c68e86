-- The daily retention run's one cross-tenant read: which organizations keep candidates for a limited time.
CREATE OR REPLACE FUNCTION organizations_with_candidate_retention() RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM organizations WHERE candidate_retention_days IS NOT NULL AND deleting_at IS NULL ORDER BY id
  $$;
REVOKE ALL ON FUNCTION organizations_with_candidate_retention() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organizations_with_candidate_retention() TO prep_app;
