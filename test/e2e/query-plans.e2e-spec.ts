import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@prep/config';
import { APP_ROLE } from '@prep/persistence';
import { CLAIM_BATCH_SQL, MAX_BATCH, RECORD_SENT_BATCH_SQL } from '../../apps/worker/src/reminders/reminder-statements';
import { ApiHarness, startApi } from '../support/api-harness';
import {
  addActiveMember,
  assignPlan,
  createCandidate,
  inDays,
  isolatedRedisPrefix,
  Session,
  signUp,
} from '../support/fixtures';
import { createIsolatedDatabase, IsolatedDatabase } from '../support/isolated-database';
import { OwnerDatabase } from '../support/owner-database';

/**
 * The statements behind the dashboard queries, explained by Postgres on a crowded database: the
 * organization asked about holds a small share of every table, as on a real multi-tenant server.
 * Every tenant table must be read through an index led by organization_id, never scanned whole.
 */
const CROWD_ORGANIZATIONS = 3;
const CROWD_CANDIDATES = 1000;
const OWN_CANDIDATES = 150;

// The tables that grow with an organization's work. members (a handful of rows per organization)
// is left out: on a table that small a sequential scan is the cheaper plan, and Postgres rightly picks it.
const GROWING_TENANT_TABLES = new Set([
  'assignments',
  'candidates',
  'reminders',
  'item_progress',
  'audit_events',
  'assignment_links',
]);

const NODE =
  'id status candidate { name } coach { name } progress { done total } nextReminder { kind dueAt } lastActivity';
const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'roster page': { query: `{ assignments(first: 50) { totalCount edges { node { ${NODE} reminders { id } } } } }` },
  'roster filtered': {
    query: `query($filter: AssignmentsFilter) { assignments(first: 50, filter: $filter) { totalCount edges { node { ${NODE} } } } }`,
    variables: { filter: { atRisk: true, interviewFrom: inDays(-3), interviewTo: inDays(10) } },
  },
  dashboard: {
    query: `query($from: String!, $to: String!) { dashboard(from: $from, to: $to) {
      byStatus { status count } upcomingInterviews { ${NODE} } atRisk { ${NODE} }
      reminders { sent skipped failed } medianProgressAtTMinus24h followUpSentRate } }`,
    variables: { from: inDays(-30), to: inDays(30) },
  },
  'candidate history': { query: `{ candidates(first: 10) { edges { node { id assignments { ${NODE} } } } } }` },
  'audit log': { query: '{ auditEvents(first: 50) { totalCount edges { node { id action details } } } }' },
  'audit log filtered': {
    query: `query($filter: AuditEventsFilter) { auditEvents(first: 50, filter: $filter) { totalCount edges { node { id } } } }`,
    variables: { filter: { subjectType: 'assignment', from: inDays(-30), to: inDays(1) } },
  },
};

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** One statement's plan as auto_explain reports it. */
interface LoggedPlan {
  'Query Text': string;
  Plan: PlanNode;
}

describe('query plans of the dashboard queries (e2e)', () => {
  let database: IsolatedDatabase;
  let api: ApiHarness;
  let owner: OwnerDatabase;
  let app: Client;
  let measured: Session;

  beforeAll(async () => {
    database = await createIsolatedDatabase('plans');
    api = await startApi({
      DATABASE_URL: database.appUrl,
      DATABASE_OWNER_URL: database.ownerUrl,
      REDIS_PREFIX: isolatedRedisPrefix('plans'),
    });
    owner = database.owner;
    app = new Client({ connectionString: database.appUrl });
    await app.connect();
    measured = await seedOrganization('Measured Org', OWN_CANDIDATES);
    for (let index = 0; index < CROWD_ORGANIZATIONS; index += 1)
      await seedOrganization(`Crowd ${index}`, CROWD_CANDIDATES);
    await owner.query('ANALYZE');
  }, 120_000);

  afterAll(async () => {
    await app?.end();
    await api?.close();
    await database?.drop();
  });

  /** An organization with a coach, `candidates` candidates, one assignment each with its reminders, progress, audit and link. */
  const seedOrganization = async (name: string, candidates: number): Promise<Session> => {
    const session = await signUp(api, name);
    const coach = await addActiveMember(api, session, 'COACH', `${name} Coach`);
    const seed = await createCandidate(api, coach, { name: `${name} Seed` });
    const template = (await assignPlan(api, coach, seed.id)).assignment.id;
    await owner.query(
      `INSERT INTO candidates (organization_id, id, coach_member_id, name, email, time_zone)
       SELECT c.organization_id, gen_random_uuid(), c.coach_member_id, 'Crowd ' || n, 'crowd' || n || '-' || c.id || '@example.test', c.time_zone
       FROM candidates c, generate_series(1, $2) n WHERE c.id = $1`,
      [seed.id, candidates - 1],
    );
    const assignmentColumns = await columnsExcept('assignments', [
      'id',
      'candidate_id',
      'starts_at',
      'link_expires_at',
    ]);
    await owner.query(
      `INSERT INTO assignments (id, candidate_id, starts_at, link_expires_at, ${assignmentColumns})
       SELECT gen_random_uuid(), c.id, now() + ((hashtext(c.id::text) % 40) * interval '1 day'), now() + interval '60 days', ${prefixed('t', assignmentColumns)}
       FROM assignments t JOIN candidates c ON c.organization_id = t.organization_id AND c.id <> t.candidate_id WHERE t.id = $1`,
      [template],
    );
    const reminderColumns = await columnsExcept('reminders', ['id', 'assignment_id']);
    await owner.query(
      `INSERT INTO reminders (id, assignment_id, ${reminderColumns})
       SELECT gen_random_uuid(), a.id, ${prefixed('r', reminderColumns)}
       FROM reminders r JOIN assignments a ON a.organization_id = r.organization_id AND a.id <> r.assignment_id WHERE r.assignment_id = $1`,
      [template],
    );
    await owner.query(
      `INSERT INTO item_progress (organization_id, assignment_id, item_key, done_at)
       SELECT a.organization_id, a.id, keys.key, now() FROM assignments a
       CROSS JOIN LATERAL (SELECT i.item->>'key' AS key
                             FROM jsonb_array_elements(a.plan->'sections') s(section),
                                  jsonb_array_elements(s.section->'items') i(item)
                            LIMIT 3) keys
       WHERE a.organization_id = $1 AND a.id <> $2`,
      [session.organization.id, template],
    );
    await owner.query(
      `INSERT INTO audit_events (organization_id, id, actor_type, action, subject_type, subject_id)
       SELECT organization_id, gen_random_uuid(), 'SYSTEM', 'assignment.created', 'assignment', id FROM assignments WHERE organization_id = $1 AND id <> $2`,
      [session.organization.id, template],
    );
    await owner.query(
      `INSERT INTO assignment_links (organization_id, id, assignment_id, token_hash, purpose)
       SELECT organization_id, gen_random_uuid(), id, md5(random()::text || id::text), 'SHARED' FROM assignments WHERE organization_id = $1 AND id <> $2`,
      [session.organization.id, template],
    );
    return session;
  };

  const columnsExcept = async (table: string, excluded: string[]): Promise<string> =>
    (
      await owner.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_name = $1 AND is_generated = 'NEVER' AND NOT (column_name = ANY($2)) ORDER BY ordinal_position`,
        [table, excluded],
      )
    ).rows
      .map((row) => row.column_name)
      .join(', ');
  const prefixed = (alias: string, columns: string) =>
    columns
      .split(', ')
      .map((column) => `${alias}.${column}`)
      .join(', ');

  /** The data statements one request sends, with their parameters, as TypeORM hands them to pg. */
  const dataStatementsOf = async (
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<Array<[string, unknown[]]>> => {
    // The guard checks a session once per SESSION_CHECK_CACHE_MS; check it now, outside the count.
    await api.gql('{ me { user { id } } }', {}, measured.accessToken);
    const spy = jest.spyOn(api.app.get<DataSource>(getDataSourceToken()).logger, 'logQuery');
    try {
      const response = await api.gql(query, variables, measured.accessToken);
      expect(response.errors).toBeUndefined();
      return spy.mock.calls
        .map(([sql, parameters]) => [sql, parameters ?? []] as [string, unknown[]])
        .filter(([sql]) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(sql) && !sql.includes('set_config'));
    } finally {
      spy.mockRestore();
    }
  };

  /** Postgres's plan for a statement, planned as the app role inside the organization's tenant transaction. */
  const explain = async (sql: string, parameters: unknown[]): Promise<PlanNode> => {
    await app.query('BEGIN');
    try {
      await app.query("SELECT set_config('app.organization_id', $1, true)", [measured.organization.id]);
      const { rows } = await app.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      return rows[0]['QUERY PLAN'][0].Plan;
    } finally {
      await app.query('ROLLBACK');
    }
  };

  const nodesOf = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];

  const leadingColumnOf = async (index: string): Promise<string> =>
    (
      await owner.query<{ leading: string }>(
        `SELECT a.attname AS leading FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0] WHERE i.relname = $1`,
        [index],
      )
    ).rows[0]?.leading ?? 'an expression';

  it.each(Object.keys(QUERIES))(
    '%s: reads every tenant table through an index led by organization_id',
    async (name) => {
      const statements = await dataStatementsOf(QUERIES[name].query, QUERIES[name].variables);
      expect(statements.length).toBeGreaterThan(0);
      for (const [sql, parameters] of statements) {
        const nodes = nodesOf(await explain(sql, parameters));
        const wholeTableScans = nodes
          .filter((node) => node['Node Type'] === 'Seq Scan' && GROWING_TENANT_TABLES.has(node['Relation Name'] ?? ''))
          .map((node) => node['Relation Name']);
        expect({ name, wholeTableScans }).toEqual({ name, wholeTableScans: [] });
        const indexes = [
          ...new Set(nodes.map((node) => node['Index Name']).filter((index): index is string => index !== undefined)),
        ];
        const tenantIndexes = indexes.filter((index) => !index.startsWith('users_'));
        const leading: string[][] = [];
        for (const index of tenantIndexes) leading.push([index, await leadingColumnOf(index)]);
        expect(leading.filter(([, column]) => column !== 'organization_id')).toEqual([]);
        expect(tenantIndexes.length).toBeGreaterThan(0);
      }
    },
  );

  /**
   * The plans of what the worker's claim runs, statement by statement. EXPLAIN cannot see into a
   * plpgsql function, so the claim runs for real, rolled back, with auto_explain reporting every
   * plan as a notice. Loading and setting auto_explain takes a superuser; the claim runs as the app role.
   */
  const claimPlans = async (): Promise<LoggedPlan[]> => {
    const adminUrl = new URL(loadConfig().database.adminUrl);
    adminUrl.pathname = new URL(database.appUrl).pathname;
    const admin = new Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    const plans: LoggedPlan[] = [];
    admin.on('notice', (notice) => {
      const json = notice.message?.split(' plan:\n')[1];
      if (json) plans.push(JSON.parse(json) as LoggedPlan);
    });
    try {
      await admin.query("LOAD 'auto_explain'");
      await admin.query('BEGIN');
      await admin.query(`SET LOCAL auto_explain.log_min_duration = 0; SET LOCAL auto_explain.log_nested_statements = on;
        SET LOCAL auto_explain.log_level = notice; SET LOCAL auto_explain.log_format = json; SET LOCAL ROLE ${APP_ROLE}`);
      await admin.query("SELECT set_config('app.organization_id', $1, true)", [measured.organization.id]);
      const { rows } = await admin.query<{ id: string; version: number }>(
        `UPDATE reminders SET status = 'SCHEDULED', claimed_until = NULL
          WHERE id = (SELECT id FROM reminders WHERE recipient = 'candidate' ORDER BY due_at LIMIT 1) RETURNING id, version`,
      );
      expect(rows).toHaveLength(1);
      plans.length = 0;
      const claimed = await admin.query(
        'SELECT * FROM reminder_claim_for_send($1, $2, $3, $4, gen_random_uuid(), $5, $6)',
        [measured.organization.id, rows[0].id, rows[0].version, '5 minutes', 'hash', '30 minutes'],
      );
      expect(claimed.rows).toHaveLength(1);
      return plans;
    } finally {
      await admin.query('ROLLBACK');
      await admin.end();
    }
  };

  /** The table an index belongs to, its leading column, and whether the table's rows belong to an organization. */
  const indexOf = async (index: string): Promise<{ table: string; leading: string; tenant: boolean }> =>
    (
      await owner.query<{ table: string; leading: string; tenant: boolean }>(
        `SELECT t.relname AS table, coalesce(a.attname, 'an expression') AS leading,
                EXISTS (SELECT FROM pg_attribute o WHERE o.attrelid = t.oid AND o.attname = 'organization_id' AND NOT o.attisdropped) AS tenant
           FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
           LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0] WHERE i.relname = $1`,
        [index],
      )
    ).rows[0];

  it("the worker's claim: reads every tenant table through an index led by organization_id, the assignment by its key", async () => {
    const plans = await claimPlans();
    const claim = plans.find((plan) => plan['Query Text'].includes('WITH claimed AS'));
    expect(claim).toBeDefined();
    const nodes = plans.flatMap((plan) => nodesOf(plan.Plan));
    const wholeTableScans = nodes
      .filter((node) => node['Node Type'] === 'Seq Scan' && GROWING_TENANT_TABLES.has(node['Relation Name'] ?? ''))
      .map((node) => node['Relation Name']);
    expect(wholeTableScans).toEqual([]);
    const misled: string[][] = [];
    for (const index of new Set(
      nodes.map((node) => node['Index Name']).filter((name): name is string => name !== undefined),
    )) {
      const { table, leading, tenant } = await indexOf(index);
      if (tenant && leading !== 'organization_id') misled.push([table, index, leading]);
    }
    expect(misled).toEqual([]);
    // Without statistics Postgres once joined on assignments_candidate_idx, reading every assignment of the organization.
    const assignmentReads = nodesOf(claim!.Plan)
      .filter((node) => node['Relation Name'] === 'assignments')
      .map((node) => [node['Node Type'], node['Index Name']]);
    expect(assignmentReads).toEqual([['Index Scan', 'assignments_pkey']]);
  });

  it('the API never compiles a plan: its sessions run with JIT off', async () => {
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const sessions = await Promise.all([1, 2, 3].map(() => dataSource.query<Array<{ jit: string }>>('SHOW jit')));
    expect(sessions.flat()).toEqual([{ jit: 'off' }, { jit: 'off' }, { jit: 'off' }]);
  });

  /**
   * A plan estimated above jit_above_cost is compiled with LLVM at every execution, which took
   * milliseconds per batch: more than the claims themselves. A set-returning function counts as
   * 1,000 rows unless it says otherwise.
   */
  it("the worker's batch statements, at their largest, are estimated below Postgres's threshold for compiling them", async () => {
    const { rows: settings } = await app.query<{ jit_above_cost: string }>('SHOW jit_above_cost');
    const threshold = Number(settings[0].jit_above_cost);
    const ids = Array.from({ length: MAX_BATCH }, () => randomUUID());
    const texts = ids.map(() => 'text');
    const versions = ids.map(() => 1);
    const batches: Record<string, [string, unknown[]]> = {
      claim: [CLAIM_BATCH_SQL, [ids, ids, versions, ids, texts, '5 minutes', '30 minutes']],
      sent: [
        RECORD_SENT_BATCH_SQL,
        [ids, ids, versions, texts, texts, ids, texts, texts, texts, texts, ids.map(() => '{}')],
      ],
    };
    for (const [name, [sql, parameters]] of Object.entries(batches)) {
      const { rows } = await app.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      const [explained] = rows[0]['QUERY PLAN'] as Array<{ Plan: { 'Total Cost': number }; JIT?: unknown }>;
      expect({ name, compiled: explained.JIT !== undefined }).toEqual({ name, compiled: false });
      expect(explained.Plan['Total Cost']).toBeLessThan(threshold);
    }
  });
});
