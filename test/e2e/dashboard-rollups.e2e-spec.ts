import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '@prep/config';
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

const DAY = 24 * 3600 * 1000;
const DASHBOARD_QUERY = `query($from: String!, $to: String!, $coachId: ID) { dashboard(from: $from, to: $to, coachId: $coachId) {
  byStatus { status count } reminders { sent skipped failed } medianProgressAtTMinus24h followUpSentRate } }`;
const OUTCOMES = `('SENT', 'SKIPPED', 'FAILED')`;

interface Tracked {
  assignmentId: string;
  candidateId: string;
  token: string;
  keys: string[];
}

/** A small deterministic generator, so a failing series can be replayed from its seed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The dashboard's figures come from rollups that triggers keep. After a random series of the
 * changes the product makes (assign, tick, untick, reschedule, cancel, close, interview held,
 * follow-up, send, skip, fail, erase, a removed coach's hand-over), each figure must equal the
 * same figure computed from the raw rows, for the organization and for each coach, over ranges
 * that do and do not fall on whole hours and days.
 */
describe('dashboard rollups (e2e)', () => {
  let api: ApiHarness;
  let app: Client;
  let owner: Session;
  let coaches: Session[];
  const tracked: Tracked[] = [];
  // Every failure names the seed; set it here to replay that series.
  const seed = Date.now() % 100000;
  const random = generator(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];

  beforeAll(async () => {
    api = await startApi({ REDIS_PREFIX: isolatedRedisPrefix('rollups') });
    app = new Client({ connectionString: loadConfig().database.url });
    await app.connect();
    owner = await signUp(api, 'Rollup Coaching');
    coaches = [];
    for (const name of ['Ann Coach', 'Ben Coach', 'Cy Coach'])
      coaches.push(await addActiveMember(api, owner, 'COACH', name));
  });
  afterAll(async () => {
    await app.end();
    await api.close();
  });

  /** Runs SQL as the app role inside the organization's tenant, as the apps do. */
  const inTenant = async <T = any>(sql: string, values: unknown[] = []): Promise<T[]> => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.organization_id', $1, true)`, [owner.organization.id]);
      const { rows } = await app.query(sql, values);
      await app.query('COMMIT');
      return rows;
    } catch (error) {
      await app.query('ROLLBACK');
      throw error;
    }
  };
  const gql = async (query: string, variables: Record<string, unknown>, session: Session = owner) =>
    api.gql<any>(query, variables, session.accessToken);
  const memberIds = new Map<Session, string>();
  const memberId = async (session: Session): Promise<string> => {
    if (!memberIds.has(session))
      memberIds.set(session, (await gql('{ me { user { id } } }', {}, session)).data.me.user.id);
    return memberIds.get(session)!;
  };

  const assign = async (): Promise<void> => {
    const coach = pick(coaches);
    const candidate = await createCandidate(api, owner, { coachId: await memberId(coach) });
    const { assignment, link } = await assignPlan(api, owner, candidate.id, {
      interview: {
        company: 'Globex',
        role: 'Analyst',
        startsAt: inDays(0.5 + random() * 20),
        timeZone: 'Europe/Berlin',
        format: 'VIDEO',
        interviewers: [],
      },
    });
    const [{ keys }] = await inTenant<{ keys: string[] }>(
      'SELECT plan_item_keys AS keys FROM assignments WHERE id = $1',
      [assignment.id],
    );
    tracked.push({ assignmentId: assignment.id, candidateId: candidate.id, token: link.split('/a/')[1], keys });
  };

  const changes: Record<string, () => Promise<unknown>> = {
    assign,
    tick: () => {
      const a = pick(tracked);
      return gql(
        'mutation($t: String!, $k: String!) { setPlanItemDone(token: $t, itemKey: $k, done: true) { company } }',
        {
          t: a.token,
          k: pick(a.keys),
        },
      );
    },
    untick: () => {
      const a = pick(tracked);
      return gql(
        'mutation($t: String!, $k: String!) { setPlanItemDone(token: $t, itemKey: $k, done: false) { company } }',
        {
          t: a.token,
          k: pick(a.keys),
        },
      );
    },
    reschedule: () =>
      gql(
        'mutation($id: ID!, $at: String!) { rescheduleInterview(id: $id, startsAt: $at, timeZone: "Europe/Berlin") { id } }',
        {
          id: pick(tracked).assignmentId,
          at: inDays(0.5 + random() * 20),
        },
      ),
    // What the clock does to an interview: it is now in the past (the API refuses to set that).
    'interview passes': () =>
      inTenant(`UPDATE assignments SET starts_at = now() - make_interval(hours => $2) WHERE id = $1`, [
        pick(tracked).assignmentId,
        Math.floor(random() * 24 * 20),
      ]),
    cancel: () => gql('mutation($id: ID!) { cancelAssignment(id: $id) { id } }', { id: pick(tracked).assignmentId }),
    close: () => gql('mutation($id: ID!) { closeAssignment(id: $id) { id } }', { id: pick(tracked).assignmentId }),
    'interview held': () =>
      gql('mutation($t: String!) { markInterviewDone(token: $t) { company } }', { t: pick(tracked).token }),
    'follow-up sent': () =>
      gql('mutation($t: String!) { markFollowUpSent(token: $t) { company } }', { t: pick(tracked).token }),
    send: async () => {
      const [reminder] = await pendingReminder();
      if (!reminder) return;
      await inTenant(
        `SELECT reminder_record_sent($1, $2, $3, $4, '250 ok', $5, 'to@example.test', 's', 't', 'h', '{}')`,
        [owner.organization.id, reminder.id, reminder.version, `<${randomUUID()}@test>`, randomUUID()],
      );
    },
    skip: async () => {
      const [reminder] = await pendingReminder();
      if (reminder) await gql('mutation($id: ID!) { skipReminder(id: $id) { id } }', { id: reminder.id });
    },
    fail: async () => {
      const [reminder] = await pendingReminder();
      if (reminder)
        await inTenant(`UPDATE reminders SET status = 'FAILED', version = version + 1 WHERE id = $1`, [reminder.id]);
    },
    // A sent reminder's due time moved (as a re-plan may do): its outcome moves hours.
    'outcome moves': () =>
      inTenant(
        `UPDATE reminders SET due_at = due_at + make_interval(mins => $1)
          WHERE id = (SELECT id FROM reminders WHERE status IN ${OUTCOMES} ORDER BY random() LIMIT 1)`,
        [Math.floor(random() * 3000) - 1500],
      ),
    erase: () =>
      gql('mutation($id: ID!) { eraseCandidate(id: $id) { assignments } }', { id: pick(tracked).candidateId }),
  };
  const pendingReminder = () =>
    inTenant<{ id: string; version: number }>(
      `SELECT id, version FROM reminders WHERE status IN ('SCHEDULED', 'QUEUED') ORDER BY random() LIMIT 1`,
    );

  /** The figures as the dashboard computed them before rollups: straight from the rows. */
  const fromRows = async (from: string, to: string, coachMemberId: string | null) => {
    const coach = '($3::uuid IS NULL OR a.coach_member_id = $3)';
    const [row] = await inTenant(
      `SELECT
        (SELECT coalesce(json_agg(json_build_object('status', s.status, 'count', s.n) ORDER BY s.status), '[]'::json)
           FROM (SELECT a.status, count(*)::int AS n FROM assignments a WHERE ${coach} GROUP BY 1) s) AS "byStatus",
        (SELECT json_build_object('sent', count(*) FILTER (WHERE r.status = 'SENT'),
                                  'skipped', count(*) FILTER (WHERE r.status = 'SKIPPED'),
                                  'failed', count(*) FILTER (WHERE r.status = 'FAILED'))
           FROM reminders r JOIN assignments a ON a.id = r.assignment_id
          WHERE ${coach} AND r.due_at >= $1 AND r.due_at < $2) AS reminders,
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY
                  (SELECT count(*) FROM item_progress p WHERE p.assignment_id = a.id AND p.item_key = ANY (a.plan_item_keys)
                      AND p.done_at <= a.starts_at - interval '24 hours')::float8 / NULLIF(cardinality(a.plan_item_keys), 0))
           FROM assignments a WHERE ${coach} AND a.status <> 'CANCELLED' AND a.starts_at >= $1 AND a.starts_at < $2)
          AS "medianProgressAtTMinus24h",
        (SELECT avg(CASE WHEN a.follow_up_sent_at IS NOT NULL THEN 1.0 ELSE 0.0 END)::float8 FROM assignments a
          WHERE ${coach} AND a.interviewed_at >= $1 AND a.interviewed_at < $2) AS "followUpSentRate"`,
      [from, to, coachMemberId],
    );
    return row;
  };

  const expectFiguresMatchRows = async (step: string): Promise<void> => {
    const now = Date.now();
    const ranges: Array<[string, string]> = [
      [inDays(-30), inDays(30)],
      [
        new Date(Math.floor(now / DAY) * DAY - 20 * DAY).toISOString(),
        new Date(Math.floor(now / DAY) * DAY + 21 * DAY).toISOString(),
      ],
      [inDays(-(random() * 25)), inDays(random() * 25)],
      [inDays(-0.01), inDays(0.01)],
    ];
    const scopes = [null, ...(await Promise.all(coaches.map(memberId)))];
    for (const [from, to] of ranges)
      for (const coachId of scopes) {
        const response = await gql(DASHBOARD_QUERY, { from, to, coachId });
        expect(response.errors).toBeUndefined();
        const shown = response.data.dashboard;
        const expected = await fromRows(from, to, coachId);
        const context = `seed ${seed}, after ${step}, range ${from}..${to}, coach ${coachId ?? 'all'}`;
        expect({ context, byStatus: shown.byStatus, reminders: shown.reminders }).toEqual({
          context,
          byStatus: expected.byStatus,
          reminders: expected.reminders,
        });
        for (const figure of ['medianProgressAtTMinus24h', 'followUpSentRate'] as const) {
          if (expected[figure] === null)
            expect({ context, figure, value: shown[figure] }).toEqual({ context, figure, value: null });
          else expect(shown[figure]).toBeCloseTo(expected[figure], 12);
        }
      }
    const drifted = await inTenant(
      `SELECT a.id FROM assignments a,
              LATERAL (SELECT count(*) FILTER (WHERE p.done_at IS NOT NULL) AS done,
                              count(*) FILTER (WHERE p.done_at <= a.starts_at - interval '24 hours') AS by_t_minus_24h
                         FROM item_progress p WHERE p.assignment_id = a.id AND p.item_key = ANY (a.plan_item_keys)) c
        WHERE a.items_done <> c.done OR a.items_done_by_t_minus_24h <> c.by_t_minus_24h`,
    );
    expect({ step, drifted }).toEqual({ step, drifted: [] });
  };

  it('keeps every figure equal to the raw rows through a random series of changes', async () => {
    for (let i = 0; i < 8; i++) await assign();
    const names = Object.keys(changes);
    const done: string[] = [];
    for (let i = 1; i <= 90; i++) {
      const name = pick(names);
      await changes[name]();
      done.push(name);
      if (i === 45) {
        // A coach leaves: their candidates and open assignments go to another coach.
        const leaving = coaches.pop()!;
        const removed = await gql(
          'mutation($input: RemoveMemberInput!) { removeMember(input: $input) { assignmentsMoved } }',
          { input: { memberId: await memberId(leaving), handOverToMemberId: await memberId(coaches[0]) } },
        );
        expect(removed.errors).toBeUndefined();
        done.push('hand-over');
      }
      if (i % 30 === 0) await expectFiguresMatchRows(`${i} changes (${done.slice(-30).join(', ')})`);
    }
    // The series did change what the figures count.
    const [counts] = await inTenant(
      `SELECT count(*) FILTER (WHERE status IN ${OUTCOMES}) AS outcomes,
              (SELECT count(*) FROM item_progress WHERE done_at IS NOT NULL) AS ticked
         FROM reminders`,
    );
    expect(Number(counts.outcomes)).toBeGreaterThan(0);
    expect(Number(counts.ticked)).toBeGreaterThan(0);
  });

  it('answers one organization with its own figures only', async () => {
    const other = await signUp(api, 'Other Coaching');
    const response = await api.gql<any>(DASHBOARD_QUERY, { from: inDays(-30), to: inDays(30) }, other.accessToken);
    expect(response.data.dashboard).toEqual({
      byStatus: [],
      reminders: { sent: 0, skipped: 0, failed: 0 },
      medianProgressAtTMinus24h: null,
      followUpSentRate: null,
    });
  });
});
