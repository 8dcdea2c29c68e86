-- The rule of every tenant table: a row is visible and writable only inside a transaction whose
-- organization setting is its organization_id. Enabled and forced (the owner obeys it too). An
-- unset setting yields NULL, which matches nothing: fail closed. {{table}} is the table's name,
-- filled in for each table the migrations put under this rule.
ALTER TABLE {{table}} ENABLE ROW LEVEL SECURITY;
ALTER TABLE {{table}} FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS {{table}}_tenant ON {{table}};
CREATE POLICY {{table}}_tenant ON {{table}}
  USING (organization_id = NULLIF(current_setting('app.organization_id', true), '')::uuid)
  WITH CHECK (organization_id = NULLIF(current_setting('app.organization_id', true), '')::uuid);
