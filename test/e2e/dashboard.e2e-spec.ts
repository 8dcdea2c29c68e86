import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssignmentStatus, isAtRisk } from '@prep/domain';
import { ApiHarness, errorCode, startApi } from '../support/api-harness';
import {
  addActiveMember,
  assignPlan,
  createCandidate,
  inDays,
  isolatedRedisPrefix,
  Session,
  signUp,
} from '../support/fixtures';
import { openOwnerDatabase } from '../support/owner-database';

const HOUR = 3600 * 1000;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const NODE_FIELDS =
  'id status interview { startsAt company } progress { done total } candidate { id } coach { id } nextReminder { id dueAt status } lastActivity updatedAt';
const ASSIGNMENTS_QUERY = `query($first: Int!, $after: String, $filter: AssignmentsFilter) {
  assignments(first: $first, after: $after, filter: $filter) { totalCount edges { cursor node { ${NODE_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const DASHBOARD_QUERY = `query($from: String!, $to: String!, $coachId: ID) { dashboard(from: $from, to: $to, coachId: $coachId) {
  byStatus { status count } upcomingInterviews { id } moreUpcomingInterviews atRisk { id } moreAtRisk reminders { sent skipped failed }
  medianProgressAtTMinus24h followUpSentRate } }`;

describe('coach dashboard', () => {
  let api: ApiHarness;
  const db = openOwnerDatabase();

  beforeAll(async () => {
    // Its own Redis prefix: its sign-ups must not spend the rate limit other spec files share.
    api = await startApi({ REDIS_PREFIX: isolatedRedisPrefix('dashboard') });
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const listIds = async (session: Session, filter: Record<string, unknown>, first = 100): Promise<string[]> => {
    const response = await api.gql<{ assignments: any }>(ASSIGNMENTS_QUERY, { first, filter }, session.accessToken);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.assignments.edges.map((edge: any) => edge.node.id).sort();
  };
  const dashboard = async (session: Session, coachId?: string) => {
    const response = await api.gql<{ dashboard: any }>(
      DASHBOARD_QUERY,
      { from: inDays(-30), to: inDays(30), coachId },
      session.accessToken,
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.dashboard;
  };
  const planItemKeys = async (assignmentId: string): Promise<string[]> =>
    (
      await db.query(
        `SELECT i.item->>'key' AS key
           FROM assignments a, jsonb_array_elements(a.plan->'sections') s(section), jsonb_array_elements(s.section->'items') i(item)
          WHERE a.id = $1`,
        [assignmentId],
      )
    ).rows.map((row) => row.key);
  const markDone = async (assignment: { id: string }, organizationId: string, count: number, doneAt = new Date()) => {
    const keys = (await planItemKeys(assignment.id)).slice(0, count);
    await db.query(
      'INSERT INTO item_progress (organization_id, assignment_id, item_key, done_at) SELECT $1, $2, unnest($3::text[]), $4',
      [organizationId, assignment.id, keys, doneAt],
    );
  };
  const moveInterview = (id: string, startsAt: string, status?: AssignmentStatus) =>
    db.query(
      `UPDATE assignments SET starts_at = $2, status = coalesce($3, status),
              interviewed_at = CASE WHEN $3 = 'INTERVIEWED' THEN $2::timestamptz ELSE interviewed_at END
        WHERE id = $1`,
      [id, startsAt, status ?? null],
    );
  const sorted = (ids: string[]) => [...ids].sort();

  describe('isolation', () => {
    let owner: Session;
    let coach: Session;
    let otherCoach: Session;
    let stranger: Session;
    let own: string;
    let colleagues: string;
    let otherCoachMemberId: string;

    beforeAll(async () => {
      owner = await signUp(api, 'Isolation Org');
      coach = await addActiveMember(api, owner, 'COACH', 'Cora Coach');
      otherCoach = await addActiveMember(api, owner, 'COACH', 'Otto Coach');
      stranger = await signUp(api, 'Stranger Org');
      const mine = await createCandidate(api, coach, { name: 'Mina Mine' });
      const theirs = await createCandidate(api, otherCoach, { name: 'Theo Theirs' });
      own = (await assignPlan(api, coach, mine.id)).assignment.id;
      const colleaguesAssignment = (await assignPlan(api, otherCoach, theirs.id)).assignment;
      colleagues = colleaguesAssignment.id;
      otherCoachMemberId = colleaguesAssignment.coach.id;
      await moveInterview(own, hoursFromNow(30));
      await moveInterview(colleagues, hoursFromNow(30));
      const strangers = await createCandidate(api, stranger, { name: 'Mina Stranger' });
      await assignPlan(api, stranger, strangers.id);
    });

    it('shows a coach only their own candidates and another organization nothing', async () => {
      const coachView = await dashboard(coach, otherCoachMemberId);
      expect(coachView.upcomingInterviews.map((a: any) => a.id)).toEqual([own]);
      expect(coachView.atRisk.map((a: any) => a.id)).toEqual([own]);
      expect(coachView.byStatus).toEqual([{ status: 'ASSIGNED', count: 1 }]);
      const strangerView = await dashboard(stranger);
      expect(strangerView.upcomingInterviews.map((a: any) => a.id)).not.toContain(own);
      expect(strangerView.atRisk).toEqual([]);
    });

    it('lets the owner see the organization or one coach', async () => {
      const whole = await dashboard(owner);
      expect(sorted(whole.atRisk.map((a: any) => a.id))).toEqual(sorted([own, colleagues]));
      expect([whole.moreAtRisk, whole.moreUpcomingInterviews]).toEqual([false, false]);
      expect((await dashboard(owner, otherCoachMemberId)).atRisk.map((a: any) => a.id)).toEqual([colleagues]);
    });

    it('scopes the new filters the same way', async () => {
      expect(await listIds(coach, { search: 'mina', atRisk: true })).toEqual([own]);
      expect(await listIds(coach, { search: 'theo' })).toEqual([]);
      expect(await listIds(stranger, { search: 'mina', atRisk: true })).toEqual([]);
      expect(await listIds(owner, { interviewFrom: hoursFromNow(29), interviewTo: hoursFromNow(31) })).toEqual(
        sorted([own, colleagues]),
      );
      expect(await listIds(stranger, { interviewFrom: hoursFromNow(29), interviewTo: hoursFromNow(31) })).toEqual([]);
      expect(await listIds(coach, { upcoming: true })).toEqual([own]);
      expect(await listIds(owner, { upcoming: true, coachId: otherCoachMemberId })).toEqual([colleagues]);
      expect(await listIds(stranger, { upcoming: true })).not.toContain(own);
    });

    it('refuses a malformed range, instant or search as bad input', async () => {
      const bad = async (query: string, variables: Record<string, unknown>) =>
        errorCode(await api.gql(query, variables, owner.accessToken));
      expect(await bad(DASHBOARD_QUERY, { from: inDays(1), to: inDays(-1) })).toBe('BAD_USER_INPUT');
      expect(await bad(DASHBOARD_QUERY, { from: '2030-01-01T10:00:00', to: inDays(1) })).toBe('BAD_USER_INPUT');
      expect(await bad(ASSIGNMENTS_QUERY, { first: 5, filter: { interviewFrom: 'tomorrow' } })).toBe('BAD_USER_INPUT');
      expect(await bad(ASSIGNMENTS_QUERY, { first: 5, filter: { search: 'mina\u0000' } })).toBe('BAD_USER_INPUT');
    });

    // Last in this block: it adds assignments the tests above do not expect.
    it("shows a candidate's history only as far as the caller may see it", async () => {
      const hana = await createCandidate(api, coach, { name: 'Hana History' });
      const first = (await assignPlan(api, coach, hana.id, { note: 'first' })).assignment.id;
      const reassign = await api.gql(
        `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id } }`,
        {
          id: hana.id,
          input: { coachId: otherCoachMemberId },
        },
        owner.accessToken,
      );
      expect(reassign.errors).toBeUndefined();
      const later = {
        company: 'Initech',
        role: 'Analyst',
        startsAt: inDays(10),
        timeZone: 'Europe/Berlin',
        format: 'VIDEO',
        interviewers: [],
      };
      const second = (await assignPlan(api, otherCoach, hana.id, { interview: later })).assignment.id;
      const history = (session: Session) =>
        api.gql<{ candidate: any }>(
          `query($id: ID!) { candidate(id: $id) { assignments { id coach { id } } } }`,
          { id: hana.id },
          session.accessToken,
        );
      expect((await history(owner)).data!.candidate.assignments.map((a: any) => a.id)).toEqual([second, first]);
      // The history moves with the candidate to the new coach; the old coach sees none of it.
      const newCoachView = (await history(otherCoach)).data!.candidate.assignments;
      expect(newCoachView.map((a: any) => [a.id, a.coach.id])).toEqual(
        [second, first].map((id) => [id, otherCoachMemberId]),
      );
      expect(errorCode(await history(coach))).toBe('NOT_FOUND');
      expect(errorCode(await history(stranger))).toBe('NOT_FOUND');
    });
  });

  describe('search', () => {
    it('matches candidate name, email or company in any case, with % and _ taken literally', async () => {
      const owner = await signUp(api, 'Search Org');
      const literal = await createCandidate(api, owner, { name: 'Pat 100%_Sure' });
      const lookalike = await createCandidate(api, owner, { name: 'Pat 100xxSure' });
      const a = (await assignPlan(api, owner, literal.id)).assignment.id;
      const b = (
        await assignPlan(api, owner, lookalike.id, {
          interview: { company: 'Initech', role: 'Analyst', startsAt: inDays(4), timeZone: 'UTC' },
        })
      ).assignment.id;
      expect(await listIds(owner, { search: '100%_' })).toEqual([a]);
      expect(await listIds(owner, { search: 'INITECH' })).toEqual([b]);
      expect(await listIds(owner, { search: lookalike.email.toUpperCase() })).toEqual([b]);
      expect(await listIds(owner, { search: 'pat' })).toEqual(sorted([a, b]));
    });
  });

  describe('at risk', () => {
    let owner: Session;
    const expected = new Map<string, boolean>();

    beforeAll(async () => {
      owner = await signUp(api, 'Risk Org');
      const candidate = await createCandidate(api, owner);
      const assign = async () => (await assignPlan(api, owner, candidate.id)).assignment;
      const total = (await assign()).progress.total as number;
      const half = Math.ceil(total / 2);
      const cases: Array<[number, number, AssignmentStatus | undefined, boolean]> = [
        [71, 0, undefined, true],
        [73, 0, undefined, false],
        [48, half - 1, undefined, true],
        [48, half, undefined, false],
        [-23, 0, AssignmentStatus.INTERVIEWED, false],
        [-25, 0, AssignmentStatus.INTERVIEWED, true],
        // Passed without being marked held: at risk however much was done.
        [-1, total, AssignmentStatus.IN_PROGRESS, true],
        [-1, 0, AssignmentStatus.CLOSED, false],
      ];
      for (const [hours, done, status, atRisk] of cases) {
        const assignment = await assign();
        await markDone(assignment, owner.organization.id, done);
        await moveInterview(assignment.id, hoursFromNow(hours), status);
        expected.set(assignment.id, atRisk);
      }
    });

    it('flags 71 h not 73 h, 49 % not 50 %, a missing follow-up at 25 h not 23 h, a passed interview not marked held', async () => {
      const flagged = [...expected].filter(([, atRisk]) => atRisk).map(([id]) => id);
      expect(await listIds(owner, { atRisk: true })).toEqual(sorted(flagged));
      expect((await listIds(owner, { atRisk: false })).filter((id) => expected.get(id) === true)).toEqual([]);
      expect(sorted((await dashboard(owner)).atRisk.map((a: any) => a.id))).toEqual(sorted(flagged));
    });

    it('agrees with the domain rule on every row', async () => {
      const response = await api.gql<{ assignments: any }>(
        ASSIGNMENTS_QUERY,
        { first: 100, filter: { atRisk: true } },
        owner.accessToken,
      );
      const all = await api.gql<{ assignments: any }>(ASSIGNMENTS_QUERY, { first: 100 }, owner.accessToken);
      const flaggedBySql = new Set(response.data!.assignments.edges.map((edge: any) => edge.node.id));
      const now = new Date();
      for (const { node } of all.data!.assignments.edges) {
        const facts = {
          status: node.status,
          startsAt: new Date(node.interview.startsAt),
          done: node.progress.done,
          total: node.progress.total,
        };
        expect({ id: node.id, atRisk: flaggedBySql.has(node.id) }).toEqual({
          id: node.id,
          atRisk: isAtRisk(facts, now),
        });
      }
    });
  });

  describe('metrics', () => {
    it('reports reminder outcomes, median readiness at T-24h and the follow-up rate', async () => {
      const owner = await signUp(api, 'Metrics Org');
      const candidate = await createCandidate(api, owner);
      const ready = (await assignPlan(api, owner, candidate.id)).assignment;
      const unready = (await assignPlan(api, owner, candidate.id)).assignment;
      const followedUp = (await assignPlan(api, owner, candidate.id)).assignment;
      const interviewAt = new Date(Date.now() - 48 * HOUR);
      await markDone(ready, owner.organization.id, ready.progress.total, new Date(interviewAt.getTime() - 30 * HOUR));
      await markDone(
        unready,
        owner.organization.id,
        unready.progress.total,
        new Date(interviewAt.getTime() - 2 * HOUR),
      );
      await markDone(
        followedUp,
        owner.organization.id,
        Math.floor(followedUp.progress.total / 2),
        new Date(interviewAt.getTime() - 25 * HOUR),
      );
      for (const assignment of [ready, unready, followedUp])
        await moveInterview(assignment.id, interviewAt.toISOString(), AssignmentStatus.INTERVIEWED);
      await db.query("UPDATE assignments SET status = 'FOLLOWED_UP', follow_up_sent_at = now() WHERE id = $1", [
        followedUp.id,
      ]);
      await db.query("UPDATE reminders SET status = 'FAILED' WHERE assignment_id = $1 AND kind = 'assignment'", [
        ready.id,
      ]);
      await db.query("UPDATE reminders SET status = 'SENT' WHERE assignment_id = $1 AND kind = 'assignment'", [
        unready.id,
      ]);
      const view = await dashboard(owner);
      expect(view.medianProgressAtTMinus24h).toBeCloseTo(
        Math.floor(followedUp.progress.total / 2) / followedUp.progress.total,
      );
      expect(view.followUpSentRate).toBeCloseTo(1 / 3);
      expect(view.reminders).toMatchObject({ sent: 1, failed: 1 });
      const none = await api.gql<{ dashboard: any }>(
        DASHBOARD_QUERY,
        { from: inDays(100), to: inDays(101) },
        owner.accessToken,
      );
      expect(none.data!.dashboard).toMatchObject({
        medianProgressAtTMinus24h: null,
        followUpSentRate: null,
        reminders: { sent: 0, skipped: 0, failed: 0 },
      });
    });
  });

  describe('assignments page', () => {
    let owner: Session;
    let templateRow: string;

    beforeAll(async () => {
      owner = await signUp(api, 'Paging Org');
      const candidate = await createCandidate(api, owner);
      templateRow = (await assignPlan(api, owner, candidate.id)).assignment.id;
      await cloneAssignment(templateRow, 120);
    });

    /** Copies an assignment row `times` times with new ids and spread interview times. */
    const cloneAssignment = async (id: string, times: number) => {
      const columns = (
        await db.query(
          `SELECT column_name FROM information_schema.columns
            WHERE table_name = 'assignments' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'starts_at')`,
        )
      ).rows.map((row) => row.column_name as string);
      const list = columns.join(', ');
      await db.query(
        `INSERT INTO assignments (id, starts_at, ${list})
         SELECT gen_random_uuid(), starts_at + n * interval '7 minutes', ${list}
           FROM assignments, generate_series(1, $2) n WHERE id = $1`,
        [id, times],
      );
    };

    it('carries the next reminder and the last activity', async () => {
      const response = await api.gql<{ assignment: any }>(
        `query($id: ID!) { assignment(id: $id) { ${NODE_FIELDS} } }`,
        { id: templateRow },
        owner.accessToken,
      );
      const node = response.data!.assignment;
      const { rows } = await db.query(
        "SELECT id FROM reminders WHERE assignment_id = $1 AND status IN ('SCHEDULED', 'QUEUED') ORDER BY due_at, kind LIMIT 1",
        [templateRow],
      );
      expect(node.nextReminder.id).toBe(rows[0].id);
      const audited = (
        await db.query('SELECT max(occurred_at) AS at FROM audit_events WHERE subject_id = $1', [templateRow])
      ).rows[0].at as Date;
      expect(new Date(node.lastActivity).getTime()).toBe(
        Math.max(audited.getTime(), new Date(node.updatedAt).getTime()),
      );
    });

    /** The statements one request sends (TypeORM's logger sees each one, logging on or off), shortened to their kind. */
    const statementsOf = async (send: () => Promise<unknown>): Promise<string[]> => {
      // The guard checks a session once per SESSION_CHECK_CACHE_MS; check it now, outside the count.
      await api.gql('{ me { user { id } } }', {}, owner.accessToken);
      const dataSource = api.app.get<DataSource>(getDataSourceToken());
      const spy = jest.spyOn(dataSource.logger, 'logQuery');
      try {
        await send();
        return spy.mock.calls.map(([sql]) =>
          /set_config/.test(sql) ? 'tenant' : sql.trim().split(/\s+/)[0].toUpperCase(),
        );
      } finally {
        spy.mockRestore();
      }
    };
    // The transaction starts in the same round trip as the tenant's setting.
    const TENANT_TRANSACTION_OF_ONE = ['tenant', 'WITH', 'COMMIT'];

    it('reads a page of 10 or of 100 nodes, their reminders included, with one statement in the tenant transaction', async () => {
      const query = ASSIGNMENTS_QUERY.replace('lastActivity', 'lastActivity reminders { id status }');
      for (const first of [10, 100]) {
        let page: any;
        const statements = await statementsOf(
          async () =>
            (page = (await api.gql<{ assignments: any }>(query, { first }, owner.accessToken)).data!.assignments),
        );
        expect({ first, statements }).toEqual({ first, statements: TENANT_TRANSACTION_OF_ONE });
        expect(page.edges).toHaveLength(first);
      }
    });

    it('reads reminders with the page exactly as one assignment lists them', async () => {
      const query = ASSIGNMENTS_QUERY.replace('lastActivity', 'lastActivity reminders { id kind status dueAt }');
      // The copies start later, so the original leads the first page.
      const page = (await api.gql<{ assignments: any }>(query, { first: 5 }, owner.accessToken)).data!.assignments;
      const fromPage = page.edges.find((edge: any) => edge.node.id === templateRow).node.reminders;
      const single = await api.gql<{ assignment: any }>(
        `query($id: ID!) { assignment(id: $id) { reminders { id kind status dueAt } } }`,
        { id: templateRow },
        owner.accessToken,
      );
      // Through a candidate's history the reminders come from the field's own batched load.
      const history = await api.gql<{ candidate: any }>(
        `query($id: ID!) { candidate(id: $id) { assignments { id reminders { id kind status dueAt } } } }`,
        { id: page.edges[0].node.candidate.id },
        owner.accessToken,
      );
      const { rows } = await db.query('SELECT id FROM reminders WHERE assignment_id = $1 ORDER BY due_at, kind', [
        templateRow,
      ]);
      expect(fromPage.map((reminder: any) => reminder.id)).toEqual(rows.map((row) => row.id));
      expect(single.data!.assignment.reminders).toEqual(fromPage);
      expect(
        history.data!.candidate.assignments.find((assignment: any) => assignment.id === templateRow).reminders,
      ).toEqual(fromPage);
      expect(rows.length).toBeGreaterThan(3);
    });

    it('reads the dashboard with the same statements whatever its lists hold', async () => {
      const query = DASHBOARD_QUERY.replace(
        'upcomingInterviews { id }',
        'upcomingInterviews { id reminders { id } candidate { name } }',
      );
      const variables = { from: inDays(-30), to: inDays(30) };
      const statements = await statementsOf(() => api.gql(query, variables, owner.accessToken));
      const view = (await api.gql<{ dashboard: any }>(query, variables, owner.accessToken)).data!.dashboard;
      expect(view.upcomingInterviews).toHaveLength(10);
      // The figures, the upcoming list and the at-risk list: one statement each.
      expect(statements).toEqual(['tenant', 'WITH', 'WITH', 'WITH', 'COMMIT']);
    });

    it('lists the 10 soonest upcoming interviews, says there are more, and the upcoming filter lists them all', async () => {
      const upcomingPage = async (filter: Record<string, unknown>) =>
        (await api.gql<{ assignments: any }>(ASSIGNMENTS_QUERY, { first: 100, filter }, owner.accessToken)).data!
          .assignments;
      const all = await upcomingPage({ upcoming: true });
      const upcoming = all.edges.map((edge: any) => edge.node);
      expect(all.totalCount).toBe(121);
      const view = await dashboard(owner);
      expect(view.upcomingInterviews.map((a: any) => a.id)).toEqual(upcoming.slice(0, 10).map((node: any) => node.id));
      expect(view.moreUpcomingInterviews).toBe(true);
      // Cancelled or past the week: neither on the dashboard's list nor under the filter.
      const [cancelled, nextWeek] = upcoming.slice(0, 2).map((node: any) => node.id);
      await db.query("UPDATE assignments SET status = 'CANCELLED' WHERE id = $1", [cancelled]);
      await db.query("UPDATE assignments SET starts_at = now() + interval '8 days' WHERE id = $1", [nextWeek]);
      try {
        const after = await dashboard(owner);
        expect(after.upcomingInterviews.map((a: any) => a.id)).toEqual(
          upcoming.slice(2, 12).map((node: any) => node.id),
        );
        expect((await upcomingPage({ upcoming: true })).totalCount).toBe(119);
        expect(await listIds(owner, { upcoming: false })).toEqual(sorted([cancelled, nextWeek]));
      } finally {
        await db.query('UPDATE assignments SET status = $2, starts_at = $3 WHERE id = $1', [
          cancelled,
          upcoming[0].status,
          upcoming[0].interview.startsAt,
        ]);
        await db.query('UPDATE assignments SET starts_at = $2 WHERE id = $1', [
          nextWeek,
          upcoming[1].interview.startsAt,
        ]);
      }
    });

    /** The statements one request sends, in full. */
    const sqlOf = async (send: () => Promise<unknown>): Promise<string> => {
      await api.gql('{ me { user { id } } }', {}, owner.accessToken);
      const spy = jest.spyOn(api.app.get<DataSource>(getDataSourceToken()).logger, 'logQuery');
      try {
        await send();
        return spy.mock.calls.map(([sql]) => sql).join('\n');
      } finally {
        spy.mockRestore();
      }
    };

    it('reads the plan document for a list only when the query shows the plan or progress by section', async () => {
      const PLAN_COLUMN = /\ba\.plan\b(?!_)/;
      const pageOf = async (fields: string) => {
        let nodes: any[] = [];
        const sql = await sqlOf(async () => {
          const response = await api.gql<{ assignments: any }>(
            `{ assignments(first: 20) { edges { node { id ${fields} } } } }`,
            {},
            owner.accessToken,
          );
          nodes = response.data!.assignments.edges.map((edge: any) => edge.node);
        });
        return { sql, nodes };
      };
      const first = (await pageOf('')).nodes[0].id;
      await db.query(
        `INSERT INTO item_progress (organization_id, assignment_id, item_key, done_at)
         SELECT organization_id, id, plan_item_keys[1], now() FROM assignments WHERE id = $1
         ON CONFLICT (organization_id, assignment_id, item_key) DO UPDATE SET done_at = now()`,
        [first],
      );
      const lean = await pageOf('progress { done total }');
      expect(lean.sql).not.toMatch(PLAN_COLUMN);
      const full = await pageOf('progress { done total sections { key done total } } plan { key }');
      expect(full.sql).toMatch(PLAN_COLUMN);
      // The kept counters say what the plan document says.
      expect(lean.nodes.map((node) => node.progress)).toEqual(
        full.nodes.map((node) => ({ done: node.progress.done, total: node.progress.total })),
      );
      expect(full.nodes[0].progress.done).toBeGreaterThan(0);
      const dashboardSql = await sqlOf(() =>
        api.gql(DASHBOARD_QUERY, { from: inDays(-30), to: inDays(30) }, owner.accessToken),
      );
      expect(dashboardSql).not.toMatch(PLAN_COLUMN);
    });

    it('refuses a query over the cost limit before it reaches the database', async () => {
      const nested = `candidate { assignments { ${NODE_FIELDS} candidate { assignments { ${NODE_FIELDS} reminders { id kind status } } } } }`;
      const expensive = `{ assignments(first: 100) { edges { node { ${NODE_FIELDS} ${nested} } } } }`;
      let response: any;
      const statements = await statementsOf(async () => (response = await api.gql(expensive, {}, owner.accessToken)));
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors[0].message).toMatch(/cost limit/i);
      expect(statements).toEqual([]);
    });

    it('pages without duplicates or gaps while rows are inserted', async () => {
      const before = await listAllIds(owner);
      let inserting = true;
      const inserts = (async () => {
        while (inserting) await cloneAssignment(templateRow, 3);
      })();
      try {
        const seen = await listAllIds(owner, 7);
        expect(new Set(seen).size).toBe(seen.length);
        expect(before.filter((id) => !seen.includes(id))).toEqual([]);
      } finally {
        inserting = false;
        await inserts;
      }
    });

    const listAllIds = async (session: Session, first = 100): Promise<string[]> => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const response: any = await api.gql(ASSIGNMENTS_QUERY, { first, after }, session.accessToken);
        const page = response.data.assignments;
        ids.push(...page.edges.map((edge: any) => edge.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return ids;
    };
  });
});
