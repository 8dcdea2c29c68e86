-- An organization sees and changes only its own row: the tenant rule on its id (the setting read
-- once per statement, as in tenant.sql).
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS organizations_tenant ON organizations;
CREATE POLICY organizations_tenant ON organizations
  USING (id = (SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid))
  WITH CHECK (id = (SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid));
