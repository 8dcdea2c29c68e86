-- Refreshing a session: the organization a refresh-token hash belongs to, and nothing else.
CREATE OR REPLACE FUNCTION auth_organization_for_refresh_token(p_token_hash text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT organization_id FROM refresh_tokens WHERE token_hash = p_token_hash LIMIT 1
  $$;
REVOKE ALL ON FUNCTION auth_organization_for_refresh_token(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_organization_for_refresh_token(text) TO prep_app;
