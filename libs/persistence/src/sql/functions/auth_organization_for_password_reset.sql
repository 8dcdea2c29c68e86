-- Password reset: the organization a reset token's hash belongs to, and nothing else. Before
-- authentication the organization is unknown; the token is then checked under RLS.
CREATE OR REPLACE FUNCTION auth_organization_for_password_reset(p_token_hash text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT organization_id FROM password_reset_tokens WHERE token_hash = p_token_hash LIMIT 1
  $$;
REVOKE ALL ON FUNCTION auth_organization_for_password_reset(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_organization_for_password_reset(text) TO prep_app;
