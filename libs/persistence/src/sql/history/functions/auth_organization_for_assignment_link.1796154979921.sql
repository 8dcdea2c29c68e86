-- The candidate page: the organization a private link's hash belongs to, and nothing else.
CREATE OR REPLACE FUNCTION auth_organization_for_assignment_link(p_token_hash text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT organization_id FROM assignment_links WHERE token_hash = p_token_hash
  $$;
REVOKE ALL ON FUNCTION auth_organization_for_assignment_link(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_organization_for_assignment_link(text) TO prep_app;
