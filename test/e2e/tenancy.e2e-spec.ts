import { DataSource } from 'typeorm';
import { loadConfig } from '@prep/config';
import { createDataSourceOptions, hashLinkToken, TenantTransactions } from '@prep/persistence';
import { ApiHarness, errorCode, GraphqlResponse, startApi } from '../support/api-harness';
import {
  addActiveMember,
  assignPlan,
  CANDIDATE_FIELDS,
  createCandidate,
  isolatedRedisPrefix,
  REFRESH_MUTATION,
  Session,
  signUp,
  uniqueEmail,
  withPg,
} from '../support/fixtures';
import { openOwnerDatabase, OwnerDatabase } from '../support/owner-database';

const GET = `query($id: ID!) { candidate(id: $id) { ${CANDIDATE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { ${CANDIDATE_FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveCandidate(id: $id) { ${CANDIDATE_FIELDS} } }`;
const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${CANDIDATE_FIELDS} } }`;
const LIST = `query($first: Int, $filter: CandidatesFilter) {
  candidates(first: $first, filter: $filter) { edges { node { id coach { id } } } totalCount }
}`;
const MISSING_ID = '3b2f7a0c-1d2e-4f5a-8b6c-7d8e9f0a1b2c';

/** What a client can tell apart: everything but where in the query the error happened. */
const visibleError = (response: GraphqlResponse) => ({
  data: response.data ?? null,
  errors: response.errors?.map(({ message, extensions }) => ({ message, extensions })),
});

describe('tenancy (e2e)', () => {
  let api: ApiHarness;
  let ownerA: Session;
  let coachA: Session;
  let otherCoachA: Session;
  let ownerB: Session;
  let candidateA: { id: string; name: string; email: string; coach: { id: string } };
  let coachCandidateA: { id: string; name: string; email: string; coach: { id: string } };
  let candidateB: { id: string; name: string; email: string; coach: { id: string } };

  beforeAll(async () => {
    api = await startApi({ REDIS_PREFIX: isolatedRedisPrefix('tenancy') });
    ownerA = await signUp(api, 'Tenant A');
    ownerB = await signUp(api, 'Tenant B');
    coachA = await addActiveMember(api, ownerA, 'COACH', 'Coach A One');
    otherCoachA = await addActiveMember(api, ownerA, 'COACH', 'Coach A Two');
    candidateA = await createCandidate(api, ownerA, { name: 'Alice of A' });
    coachCandidateA = await createCandidate(api, coachA, { name: 'Carl of Coach A' });
    candidateB = await createCandidate(api, ownerB, { name: 'Bob of B' });
  });
  afterAll(() => api.close());

  const as = (session: Session) => ({
    get: (id: string) => api.gql(GET, { id }, session.accessToken),
    update: (id: string, input: Record<string, unknown>) => api.gql(UPDATE, { id, input }, session.accessToken),
    archive: (id: string) => api.gql(ARCHIVE, { id }, session.accessToken),
  });
  const readAsOwnerA = async (id: string) =>
    (await api.gql<{ candidate: any }>(GET, { id }, ownerA.accessToken)).data!.candidate;

  describe('across organizations', () => {
    it("B reading A's candidate gets exactly the answer for a missing id", async () => {
      const foreign = await as(ownerB).get(candidateA.id);
      const missing = await as(ownerB).get(MISSING_ID);
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      expect(visibleError(foreign)).toEqual(visibleError(missing));
    });

    it("B updating or archiving A's candidate gets NOT_FOUND and A's row is unchanged", async () => {
      const before = await readAsOwnerA(candidateA.id);
      const update = await as(ownerB).update(candidateA.id, {
        name: 'Hijacked',
        email: uniqueEmail('hijack'),
        timeZone: 'Asia/Tokyo',
      });
      expect(errorCode(update)).toBe('NOT_FOUND');
      expect(visibleError(update)).toEqual(visibleError(await as(ownerB).update(MISSING_ID, { name: 'Hijacked' })));
      const archive = await as(ownerB).archive(candidateA.id);
      expect(errorCode(archive)).toBe('NOT_FOUND');
      expect(visibleError(archive)).toEqual(visibleError(await as(ownerB).archive(MISSING_ID)));
      expect(await readAsOwnerA(candidateA.id)).toEqual(before);
      expect(before.archivedAt).toBeNull();
    });

    it("B's roster never contains A's candidates, whatever the filter", async () => {
      for (const filter of [
        {},
        { includeArchived: true },
        { search: 'of A' },
        { coachId: ownerA.user.id },
        { search: candidateA.email },
      ]) {
        const response = await api.gql<{ candidates: { edges: Array<{ node: { id: string } }>; totalCount: number } }>(
          LIST,
          { first: 100, filter },
          ownerB.accessToken,
        );
        expect(response.errors).toBeUndefined();
        const ids = response.data!.candidates.edges.map((e) => e.node.id);
        expect(ids).not.toContain(candidateA.id);
        expect(ids).not.toContain(coachCandidateA.id);
        expect(ids.every((id) => id === candidateB.id)).toBe(true);
        expect(response.data!.candidates.totalCount).toBe(ids.length);
      }
    });

    it('members lists only the own organization', async () => {
      const response = await api.gql<{ members: Array<{ id: string }> }>(
        '{ members { id email role } }',
        {},
        ownerB.accessToken,
      );
      expect(response.data!.members.map((m) => m.id)).toEqual([ownerB.user.id]);
      const a = await api.gql<{ members: Array<{ id: string }> }>('{ members { id } }', {}, coachA.accessToken);
      expect(a.data!.members.map((m) => m.id).sort()).toEqual(
        [ownerA.user.id, coachA.user.id, otherCoachA.user.id].sort(),
      );
    });

    it('me shows only the own organization', async () => {
      for (const [session, organization] of [
        [ownerA, ownerA.organization],
        [coachA, ownerA.organization],
        [ownerB, ownerB.organization],
      ] as const) {
        const response = await api.gql<{ me: any }>(
          '{ me { user { id } organization { id name } } }',
          {},
          session.accessToken,
        );
        expect(response.data!.me).toEqual({ user: { id: session.user.id }, organization });
      }
    });

    it("B cannot create or move a candidate onto A's coach, and A's roster is untouched", async () => {
      const countA = async () =>
        (
          await api.gql<{ candidates: { totalCount: number } }>(
            LIST,
            { first: 1, filter: { includeArchived: true } },
            ownerA.accessToken,
          )
        ).data!.candidates.totalCount;
      const before = await countA();
      const create = await api.gql(
        CREATE,
        { input: { name: 'Sneaky', email: uniqueEmail('sneaky'), timeZone: 'UTC', coachId: coachA.user.id } },
        ownerB.accessToken,
      );
      expect(errorCode(create)).toBe('BAD_USER_INPUT');
      const move = await as(ownerB).update(candidateB.id, { coachId: coachA.user.id });
      expect(errorCode(move)).toBe('BAD_USER_INPUT');
      expect(await countA()).toBe(before);
    });

    it("the same candidate email may exist in two organizations: B's uniqueness never reveals A's data", async () => {
      const response = await api.gql(
        CREATE,
        { input: { name: 'Twin', email: candidateA.email, timeZone: 'UTC' } },
        ownerB.accessToken,
      );
      expect(response.errors).toBeUndefined();
    });

    it("B's logout does not end A's session, and A's refresh token is A's alone", async () => {
      const logout = await api.gql('mutation { logout }', {}, ownerB.accessToken);
      expect(logout.errors).toBeUndefined();
      const refreshed = await api.gql<{ refreshSession: Session }>(REFRESH_MUTATION, { token: ownerA.refreshToken });
      expect(refreshed.errors).toBeUndefined();
      expect(refreshed.data!.refreshSession.organization.id).toBe(ownerA.organization.id);
      expect(refreshed.data!.refreshSession.user.id).toBe(ownerA.user.id);
      ownerA = { ...ownerA, ...refreshed.data!.refreshSession };
    });
  });

  describe('between coaches of one organization', () => {
    it("a COACH reading, updating or archiving another coach's candidate gets the answer for a missing id", async () => {
      const before = await readAsOwnerA(coachCandidateA.id);
      const other = as(otherCoachA);
      expect(errorCode(await other.get(coachCandidateA.id))).toBe('NOT_FOUND');
      expect(visibleError(await other.get(coachCandidateA.id))).toEqual(visibleError(await other.get(MISSING_ID)));
      expect(visibleError(await other.update(coachCandidateA.id, { name: 'Taken Over' }))).toEqual(
        visibleError(await other.update(MISSING_ID, { name: 'Taken Over' })),
      );
      expect(visibleError(await other.archive(coachCandidateA.id))).toEqual(
        visibleError(await other.archive(MISSING_ID)),
      );
      expect(errorCode(await other.archive(coachCandidateA.id))).toBe('NOT_FOUND');
      // Also the owner's candidate is another coach's for a COACH.
      expect(errorCode(await other.get(candidateA.id))).toBe('NOT_FOUND');
      expect(await readAsOwnerA(coachCandidateA.id)).toEqual(before);
      // The candidate's own coach still sees it.
      expect((await as(coachA).get(coachCandidateA.id)).data).toBeTruthy();
    });
  });

  describe('in the database (row-level security, as the app role)', () => {
    const appUrl = () => loadConfig().database.url;
    const TENANT_TABLES = [
      'organizations',
      'users',
      'members',
      'refresh_tokens',
      'member_invitations',
      'password_reset_tokens',
      'candidates',
    ];

    it('a transaction scoped to A sees only A, and cannot write a row for B', async () => {
      await withPg(appUrl(), async (db) => {
        await db.query('BEGIN');
        try {
          await db.query("SELECT set_config('app.organization_id', $1, true)", [ownerA.organization.id]);
          const own = await db.query<{ n: string; orgs: string[] }>(
            'SELECT count(*) AS n, array_agg(DISTINCT organization_id::text) AS orgs FROM candidates',
          );
          expect(Number(own.rows[0].n)).toBeGreaterThanOrEqual(2);
          expect(own.rows[0].orgs).toEqual([ownerA.organization.id]);
          const ids = (await db.query<{ id: string }>('SELECT id FROM candidates')).rows.map((r) => r.id);
          expect(ids).toEqual(expect.arrayContaining([candidateA.id, coachCandidateA.id]));
          expect((await db.query('SELECT * FROM candidates WHERE id = $1', [candidateB.id])).rowCount).toBe(0);
          expect((await db.query('SELECT * FROM organizations WHERE id = $1', [ownerB.organization.id])).rowCount).toBe(
            0,
          );

          await db.query('SAVEPOINT before_insert');
          await expect(
            db.query(
              `INSERT INTO candidates (organization_id, id, coach_member_id, name, email, time_zone)
               VALUES ($1, gen_random_uuid(), $2, 'Planted', $3, 'UTC')`,
              [ownerB.organization.id, ownerB.user.id, uniqueEmail('planted')],
            ),
          ).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/row-level security/) });
          await db.query('ROLLBACK TO SAVEPOINT before_insert');
          // Moving A's row to B is refused the same way.
          await expect(
            db.query('UPDATE candidates SET organization_id = $1 WHERE id = $2', [
              ownerB.organization.id,
              candidateA.id,
            ]),
          ).rejects.toMatchObject({ code: '42501' });
        } finally {
          await db.query('ROLLBACK');
        }
      });
    });

    it('without the setting every tenant table reads as empty (fail closed), also on a connection that had it before', async () => {
      await withPg(appUrl(), async (db) => {
        await db.query('BEGIN');
        await db.query("SELECT set_config('app.organization_id', $1, true)", [ownerA.organization.id]);
        expect(Number((await db.query('SELECT count(*) AS n FROM candidates')).rows[0].n)).toBeGreaterThan(0);
        await db.query('COMMIT');

        for (const table of TENANT_TABLES) {
          await db.query('BEGIN');
          const result = await db.query(`SELECT count(*) AS n FROM ${table}`);
          await db.query('COMMIT');
          expect({ table, rows: Number(result.rows[0].n) }).toEqual({ table, rows: 0 });
        }
      });
    });
  });

  describe('through the tenant transaction, on a pooled connection', () => {
    let dataSource: DataSource;
    let tenants: TenantTransactions;
    beforeAll(async () => {
      // One connection, so every transaction below and every check after it share it.
      const settings = { url: loadConfig().database.url, poolSize: 1, applicationName: 'tenancy-spec' };
      dataSource = await new DataSource(createDataSourceOptions(settings)).initialize();
      tenants = new TenantTransactions(dataSource);
    });
    afterAll(() => dataSource.destroy());

    /** What the next user of the connection finds: no tenant setting, and no transaction left open. */
    const leftOnConnection = async () => {
      const [row] = await dataSource.query(
        "SELECT coalesce(current_setting('app.organization_id', true), '') AS tenant, now() = statement_timestamp() AS fresh",
      );
      return row;
    };
    const scopeA = () => ({ organizationId: ownerA.organization.id, userId: ownerA.user.id });

    it('sees its own organization, and leaves nothing behind when it commits, fails or is refused', async () => {
      const seen = await tenants.run(scopeA(), (manager) =>
        manager.query("SELECT current_setting('app.organization_id') AS tenant, count(*) AS n FROM candidates"),
      );
      expect(seen[0].tenant).toBe(ownerA.organization.id);
      expect(Number(seen[0].n)).toBeGreaterThan(0);
      expect(await leftOnConnection()).toEqual({ tenant: '', fresh: true });

      await expect(tenants.run(scopeA(), (manager) => manager.query('SELECT 1 / 0'))).rejects.toThrow(
        /division by zero/,
      );
      expect(await leftOnConnection()).toEqual({ tenant: '', fresh: true });

      const failing = tenants.run(scopeA(), async (manager) => {
        await manager.query('SELECT 1');
        throw new Error('the work failed after a statement');
      });
      await expect(failing).rejects.toThrow('the work failed after a statement');
      expect(await leftOnConnection()).toEqual({ tenant: '', fresh: true });

      await expect(
        tenants.run({ organizationId: 'not-a-uuid' }, (manager) => manager.query('SELECT 1')),
      ).rejects.toThrow(/uuid/);
      expect(await leftOnConnection()).toEqual({ tenant: '', fresh: true });
    });

    it('a one-round-trip read sees its organization only, writes nothing and leaves nothing behind', async () => {
      const read = (organizationId: string, sql: string, values: string[] = []) =>
        tenants.read<Record<string, string>>({ organizationId }, sql, values);
      const names = await read(ownerA.organization.id, 'SELECT name FROM candidates WHERE name = $1', [
        candidateA.name,
      ]);
      expect(names).toEqual([{ name: candidateA.name }]);
      expect(await read(ownerA.organization.id, 'SELECT name FROM candidates WHERE id = $1', [candidateB.id])).toEqual(
        [],
      );
      expect(await leftOnConnection()).toEqual({ tenant: '', fresh: true });

      const quoted = "O'Brien \\ '); DROP TABLE candidates; --";
      expect(await read(ownerA.organization.id, 'SELECT $1::text AS value', [quoted])).toEqual([{ value: quoted }]);
      // Twice each: a failure must not leave the connection unsure whether the statement is prepared.
      for (let attempt = 0; attempt < 2; attempt++) {
        await expect(
          read(ownerA.organization.id, "UPDATE candidates SET name = 'x' WHERE id = $1", [candidateA.id]),
        ).rejects.toThrow(/read-only transaction/);
        await expect(read(ownerA.organization.id, 'SELECT no_such_column FROM candidates')).rejects.toThrow(
          /no_such_column/,
        );
        expect(await leftOnConnection()).toEqual({ tenant: '', fresh: true });
      }
      expect(await read(ownerA.organization.id, 'SELECT $1::text AS value', ['again'])).toEqual([{ value: 'again' }]);
      expect((await readAsOwnerA(candidateA.id)).name).toBe(candidateA.name);
    });

    it('reads several statements in one query: rows per statement, values of every kind, nothing left behind', async () => {
      const instant = new Date('2026-03-04T05:06:07.089Z');
      const [names, values, foreign] = await tenants.readAll(scopeA(), [
        { sql: 'SELECT name FROM candidates WHERE name = $1', values: [candidateA.name] },
        {
          sql: 'SELECT $1::timestamptz = $2 AS same, $3::boolean AS yes, $4::int + 1 AS n, $5::text IS NULL AS none, $6::text[] AS list',
          values: [instant, instant.toISOString(), true, 41, null, ['a"b', 'c\\d', "e'f"]],
        },
        { sql: 'SELECT name FROM candidates WHERE id = $1', values: [candidateB.id] },
      ]);
      expect(names).toEqual([{ name: candidateA.name }]);
      expect(values).toEqual([{ same: true, yes: true, n: 42, none: true, list: ['a"b', 'c\\d', "e'f"] }]);
      expect(foreign).toEqual([]);
      expect(await leftOnConnection()).toEqual({ tenant: '', fresh: true });
      await expect(
        tenants.readAll(scopeA(), [
          { sql: 'SELECT 1 AS one', values: [] },
          { sql: 'SELECT 1 / $1::int', values: [0] },
        ]),
      ).rejects.toThrow(/division by zero/);
      expect(await leftOnConnection()).toEqual({ tenant: '', fresh: true });
    });

    it("a read by private link sees the link's organization only; an unknown link reads nothing", async () => {
      const sql =
        "SELECT current_setting('app.organization_id') AS tenant, (SELECT count(*) FROM candidates WHERE id = $1)::int AS n";
      const { link } = await assignPlan(api, ownerA, candidateA.id);
      const tokenHash = hashLinkToken(new URL(link).pathname.split('/a/')[1]);
      const [own] = (await tenants.readAllByLink(tokenHash, [{ sql, values: [candidateA.id] }]))!;
      expect(own).toEqual([{ tenant: ownerA.organization.id, n: 1 }]);
      const [other] = (await tenants.readAllByLink(tokenHash, [{ sql, values: [candidateB.id] }]))!;
      expect(other).toEqual([{ tenant: ownerA.organization.id, n: 0 }]);
      expect(await tenants.readAllByLink('no-such-hash', [{ sql, values: [candidateA.id] }])).toBeNull();
      expect(await leftOnConnection()).toEqual({ tenant: '', fresh: true });
    });

    it('quotes the scope it is given: a value with quotes is a value, never SQL', async () => {
      const hostile = {
        organizationId: ownerA.organization.id,
        userId: "x', true), set_config('app.organization_id', '",
      };
      const seen = await tenants.run(hostile, (manager) =>
        manager.query("SELECT current_setting('app.organization_id') AS tenant, current_setting('app.user_id') AS usr"),
      );
      expect(seen[0]).toEqual({ tenant: ownerA.organization.id, usr: hostile.userId });
      expect(await leftOnConnection()).toEqual({ tenant: '', fresh: true });
    });
  });

  describe('in the catalog', () => {
    const db = openOwnerDatabase();
    afterAll(() => db.end());
    // Lookups made before the organization is known (SECURITY DEFINER functions) cannot lead
    // with it: a credential's token hash, a user's memberships by user id, and the scheduler's
    // search for due reminders across organizations.
    const HASH_LOOKUP_INDEXES = [
      'assignment_links_hash_idx',
      'member_invitations_hash_idx',
      'members_user_idx',
      'password_reset_tokens_hash_idx',
      'refresh_tokens_hash_idx',
      // The worker's two cross-tenant reads (due rows, lapsed claims), each through its SECURITY DEFINER function.
      'reminders_claimed_idx',
      'reminders_pending_due_idx',
    ];

    const tenantTables = (db: OwnerDatabase) =>
      db
        .query<{ table_name: string }>(
          `SELECT DISTINCT table_name FROM information_schema.columns
           WHERE table_schema = 'public' AND column_name = 'organization_id'
           UNION SELECT 'organizations' ORDER BY 1`,
        )
        .then((r) => r.rows.map((row) => row.table_name));

    it('the app role is no superuser, cannot bypass RLS and owns nothing', async () => {
      const role = await db.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', ['prep_app']);
      expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
      const relations = await db.query(
        `SELECT c.relname, c.relkind FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'prep_app'`,
      );
      expect(relations.rows).toEqual([]);
      const functions = await db.query(
        `SELECT p.proname FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE r.rolname = 'prep_app'`,
      );
      expect(functions.rows).toEqual([]);
      const schemas = await db.query(
        `SELECT n.nspname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner WHERE r.rolname = 'prep_app'`,
      );
      expect(schemas.rows).toEqual([]);
    });

    it('every tenant table has RLS enabled and forced, with a policy on app.organization_id', async () => {
      const tables = await tenantTables(db);
      expect(tables).toEqual(
        expect.arrayContaining(['candidates', 'member_invitations', 'members', 'organizations', 'refresh_tokens']),
      );
      const flags = await db.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
         WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND relname = ANY($1) ORDER BY relname`,
        [tables],
      );
      expect(flags.rows).toEqual(
        tables.map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: true })),
      );
      const policies = await db.query<{ tablename: string }>(
        `SELECT DISTINCT tablename FROM pg_policies
         WHERE schemaname = 'public' AND tablename = ANY($1)
           AND (coalesce(qual, '') LIKE '%app.organization_id%' OR coalesce(with_check, '') LIKE '%app.organization_id%')
         ORDER BY tablename`,
        [tables],
      );
      expect(policies.rows.map((r) => r.tablename)).toEqual(tables);
    });

    it("every tenant row's organization exists: a key to organizations, or a NOT NULL key with organization_id to a table that has one", async () => {
      const tables = (await tenantTables(db)).filter((t) => t !== 'organizations');
      // Foreign keys whose columns include organization_id and are all NOT NULL: each such row's
      // parent, in the same organization, exists.
      const keys = await db.query<{ child: string; parent: string }>(
        `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
           FROM pg_constraint c
          WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
            AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.conrelid
                         AND a.attnum = ANY (c.conkey) AND a.attname = 'organization_id')
            AND NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.conrelid
                             AND a.attnum = ANY (c.conkey) AND NOT a.attnotnull)`,
      );
      const parents = new Map<string, string[]>();
      for (const { child, parent } of keys.rows) parents.set(child, [...(parents.get(child) ?? []), parent]);
      const reaches = (table: string, seen = new Set<string>()): boolean =>
        (parents.get(table) ?? []).some(
          (parent) => parent === 'organizations' || (!seen.has(parent) && reaches(parent, new Set([...seen, table]))),
        );
      expect(tables.filter((table) => !reaches(table))).toEqual([]);
      // The rows every send writes go through their reminder (or assignment) only: no lock on the organization's row.
      for (const table of ['reminder_attempts', 'reminder_changes', 'deliveries', 'assignment_links'])
        expect({ table, parents: parents.get(table) }).toEqual({
          table,
          parents: [table === 'assignment_links' ? 'assignments' : 'reminders'],
        });
    });

    it('every index on a tenant table leads with organization_id, except the pre-authentication token-hash lookups', async () => {
      const tables = (await tenantTables(db)).filter((t) => t !== 'organizations');
      const indexes = await db.query<{ index: string; table: string; leading: string | null }>(
        `SELECT i.relname AS index, t.relname AS table, a.attname AS leading
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0]
         WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1)
         ORDER BY i.relname`,
        [tables],
      );
      expect(indexes.rows.length).toBeGreaterThan(tables.length);
      const notLeading = indexes.rows.filter((row) => row.leading !== 'organization_id').map((row) => row.index);
      expect(notLeading).toEqual(HASH_LOOKUP_INDEXES);
    });
  });
});
