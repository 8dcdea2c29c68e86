import type { Client } from 'pg';
import { DUE_ROW_COLUMNS } from '../../apps/worker/src/reminders/reminder-statements';
import { CLAIM_ROW_COLUMNS } from '../../apps/worker/src/reminders/claimed-reminder';
import { tenantPolicyText } from '../../libs/persistence/src/migrations/rls';
import { currentDefinitions, definitionText } from '../../libs/persistence/src/migrations/sql-definitions';
import type { DefinitionName } from '../../libs/persistence/src/migrations/sql-definitions';
import { withPg } from '../support/fixtures';
import { createIsolatedDatabase, IsolatedDatabase } from '../support/isolated-database';

/**
 * The only ways past row-level security: each maps one credential (or, for the scheduler, due
 * rows) to organization ids and nothing more, and only the app role may call it. Adding one is a
 * decision about tenant isolation, so it fails here until this list is changed on purpose.
 */
const SECURITY_DEFINER_FUNCTIONS = [
  { function: 'auth_email_is_registered(text)', executors: 'prep_app,prep_owner' },
  { function: 'auth_organization_for_assignment_link(text)', executors: 'prep_app,prep_owner' },
  { function: 'auth_organization_for_email(text)', executors: 'prep_app,prep_owner' },
  { function: 'auth_organization_for_invitation(text)', executors: 'prep_app,prep_owner' },
  { function: 'auth_organization_for_password_reset(text)', executors: 'prep_app,prep_owner' },
  { function: 'auth_organization_for_refresh_token(text)', executors: 'prep_app,prep_owner' },
  { function: 'candidate_erase_traces(uuid,text)', executors: 'prep_app,prep_owner' },
  {
    function: 'due_reminders(timestamp with time zone,uuid,timestamp with time zone,integer)',
    executors: 'prep_app,prep_owner',
  },
  { function: 'organization_delete_batch(uuid,integer)', executors: 'prep_app,prep_owner' },
  { function: 'organization_unavailable(uuid,boolean)', executors: 'prep_app,prep_owner' },
  { function: 'organizations_with_candidate_retention()', executors: 'prep_app,prep_owner' },
  { function: 'organizations_with_open_assignments()', executors: 'prep_app,prep_owner' },
  { function: 'reminders_with_lapsed_claims(integer)', executors: 'prep_app,prep_owner' },
];

/** Rows the apps read from functions, declared beside their TypeScript types. */
const FUNCTION_ROWS: Array<{ function: string; columns: Record<string, string> }> = [
  { function: 'reminder_claim_for_send', columns: CLAIM_ROW_COLUMNS },
  { function: 'due_reminders', columns: DUE_ROW_COLUMNS },
  { function: 'reminders_with_lapsed_claims', columns: DUE_ROW_COLUMNS },
];

const CURRENT = Number.POSITIVE_INFINITY;

describe('SQL definitions (e2e)', () => {
  let database: IsolatedDatabase;

  // Its own database: re-applying policies takes table locks the other files' tests would wait on.
  beforeAll(async () => {
    database = await createIsolatedDatabase('sql_definitions');
  });
  afterAll(() => database.drop());

  const asOwner = <T>(work: (db: Client) => Promise<T>) => withPg(database.ownerUrl, work);

  it('leaves SECURITY DEFINER only on the pinned functions, each callable by the app role alone', async () => {
    const rows = await asOwner(async (db) => (await db.query(SECURITY_DEFINER_SQL)).rows);
    expect(rows).toEqual(SECURITY_DEFINER_FUNCTIONS);
  });

  it.each(FUNCTION_ROWS)('$function returns exactly the columns its row type declares', async (row) => {
    const columns = await asOwner(async (db) => (await db.query(RESULT_COLUMNS_SQL, [row.function])).rows);
    expect(columns.length).toBeGreaterThan(0);
    expect(sortedEntries(Object.fromEntries(columns.map(({ name, type }) => [name, type])))).toEqual(
      sortedEntries(row.columns),
    );
  });

  it('has a function for each file in sql/functions and no function without one', async () => {
    const functions = await asOwner(async (db) => (await db.query(OWN_FUNCTIONS_SQL)).rows.map((r) => r.name).sort());
    expect(functions).toEqual(currentDefinitions('functions').map((name) => name.slice('functions/'.length)));
  });

  it('has exactly the policies the sql/policies files define', async () => {
    await asOwner(async (db) => {
      const defined = (await policyTexts(db)).flatMap((text) => [...text.matchAll(/CREATE POLICY (\w+) ON (\w+)/g)]);
      const policies = (await db.query(POLICIES_SQL)).rows.map((r) => `${r.tablename}.${r.policyname}`).sort();
      expect(policies).toEqual(defined.map(([, policy, table]) => `${table}.${policy}`).sort());
    });
  });

  it('is, after every migration, what the current definitions make it: re-applying them changes nothing', async () => {
    await asOwner(async (db) => {
      const migrated = await catalogSnapshot(db);
      for (const name of currentDefinitions('functions')) await db.query(definitionText(name, CURRENT));
      for (const text of await policyTexts(db)) await db.query(text);
      expect(await catalogSnapshot(db)).toEqual(migrated);
    });
  });
});

/** Tables with a file of their own in sql/policies use it; every other table under RLS has the tenant rule. */
async function policyTexts(db: Client): Promise<string[]> {
  const own = new Set<string>(currentDefinitions('policies').map((name) => name.slice('policies/'.length)));
  const tables: string[] = (await db.query(RLS_TABLES_SQL)).rows.map((r) => r.relname);
  for (const file of own) if (file !== 'tenant') expect(tables).toContain(file);
  return tables.map((table) =>
    own.has(table) ? definitionText(`policies/${table}` as DefinitionName, CURRENT) : tenantPolicyText(table, CURRENT),
  );
}

/** Everything a definition sets: function text, owner and grants; policies; RLS switches. */
async function catalogSnapshot(db: Client) {
  const [functions, policies, tables] = await Promise.all([
    db.query(`SELECT p.oid::regprocedure::text AS signature, pg_get_functiondef(p.oid) AS definition,
                     p.proowner::regrole::text AS owner, p.proacl::text AS acl
                FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace ORDER BY 1`),
    db.query(`SELECT tablename, policyname, permissive, roles::text, cmd, qual, with_check
                FROM pg_policies WHERE schemaname = 'public' ORDER BY tablename, policyname`),
    db.query(`SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
               WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') ORDER BY relname`),
  ]);
  expect(functions.rows.length).toBeGreaterThan(0);
  return { functions: functions.rows, policies: policies.rows, tables: tables.rows };
}

const sortedEntries = (columns: Record<string, string>) =>
  Object.entries(columns).sort(([a], [b]) => a.localeCompare(b));

// Every schema but the system ones: a SECURITY DEFINER function anywhere is a way past RLS.
const SECURITY_DEFINER_SQL = `
  SELECT p.oid::regprocedure::text AS function,
         (SELECT string_agg(g.name, ',' ORDER BY g.name)
            FROM (SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END AS name
                    FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                   WHERE a.privilege_type = 'EXECUTE') g) AS executors
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   ORDER BY 1`;

const RESULT_COLUMNS_SQL = `
  SELECT a.name, format_type(a.type, NULL) AS type
    FROM pg_proc p, unnest(p.proargnames, p.proargmodes, p.proallargtypes) AS a(name, mode, type)
   WHERE p.pronamespace = 'public'::regnamespace AND p.proname = $1 AND a.mode IN ('o', 't')`;

// Functions that belong to an extension are the extension's, not ours.
const OWN_FUNCTIONS_SQL = `
  SELECT DISTINCT p.proname AS name FROM pg_proc p
   WHERE p.pronamespace = 'public'::regnamespace
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
   ORDER BY 1`;

const POLICIES_SQL = `SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2`;

const RLS_TABLES_SQL = `
  SELECT relname FROM pg_class
   WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND relrowsecurity ORDER BY relname`;
