-- Accepting an invitation: the organization an invitation hash belongs to, and nothing else.
CREATE OR REPLACE FUNCTION auth_organization_for_invitation(p_token_hash text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT organization_id FROM member_invitations WHERE token_hash = p_token_hash LIMIT 1
  $$;
REVOKE ALL ON FUNCTION auth_organization_for_invitation(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_organization_for_invitation(text) TO prep_app;
