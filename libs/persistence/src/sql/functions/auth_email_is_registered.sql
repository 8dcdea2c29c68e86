-- Sign-up and invitations: whether an email is taken in any organization (an email belongs to one).
CREATE OR REPLACE FUNCTION auth_email_is_registered(p_email text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM users WHERE email = lower(p_email))
  $$;
REVOKE ALL ON FUNCTION auth_email_is_registered(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_email_is_registered(text) TO prep_app;
