-- Sign-in: the organization of an email's oldest active membership, and nothing else. Before
-- authentication the organization is unknown; the password is then checked under RLS.
CREATE OR REPLACE FUNCTION auth_organization_for_email(p_email text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT m.organization_id FROM users u JOIN members m ON m.user_id = u.id
    WHERE u.email = lower(p_email) AND m.status = 'ACTIVE'
    ORDER BY m.created_at LIMIT 1
  $$;
REVOKE ALL ON FUNCTION auth_organization_for_email(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_organization_for_email(text) TO prep_app;
