-- A user is visible to the organizations they belong to, and to themselves while acting.
-- New identities may be created only inside a tenant transaction (sign-up, invitations);
-- they stay invisible to everyone else until a membership links them.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS users_select ON users;
CREATE POLICY users_select ON users FOR SELECT
  USING (
    id = NULLIF(current_setting('app.user_id', true), '')::uuid
    OR EXISTS (SELECT 1 FROM members m WHERE m.user_id = users.id)
  );
DROP POLICY IF EXISTS users_update ON users;
CREATE POLICY users_update ON users FOR UPDATE
  USING (
    id = NULLIF(current_setting('app.user_id', true), '')::uuid
    OR EXISTS (SELECT 1 FROM members m WHERE m.user_id = users.id)
  );
DROP POLICY IF EXISTS users_insert ON users;
CREATE POLICY users_insert ON users FOR INSERT
  WITH CHECK (NULLIF(current_setting('app.organization_id', true), '') IS NOT NULL);
