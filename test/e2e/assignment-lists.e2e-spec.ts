import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../support/api-harness';
import { addActiveMember, assignPlan, createCandidate, inDays, Session, signUp } from '../support/fixtures';

/** Every field of an assignment a list can show, nested objects included. */
const EVERY_FIELD = `id status templateTitle note expectedDecisionDate interviewedAt followUpSentAt cancelledAt
  cancelReason outcome outcomeNote outcomeRecordedAt createdAt updatedAt lastActivity
  candidate { id name email timeZone unsubscribed archivedAt erasedAt createdAt updatedAt coach { id name email role status } }
  coach { id name email role status }
  interview { company role startsAt timeZone format location interviewers }
  progress { done total sections { key done total } }
  link { expiresAt revoked } nextReminder { id kind dueAt status } reminders { id kind status }
  plan { key items { key done } }`;

describe('assignment lists read what the query shows', () => {
  let api: ApiHarness;
  let owner: Session;
  let coach: Session;
  let other: Session;
  let coached: { id: string; coach: { id: string } };

  beforeAll(async () => {
    api = await startApi();
    owner = await signUp(api, 'Lists Org');
    coach = await addActiveMember(api, owner, 'COACH');
    other = await signUp(api, 'Lists Other Org');
    const own = await createCandidate(api, owner);
    coached = await createCandidate(api, coach);
    for (const [candidate, days] of [
      [own, 2],
      [own, 9],
      [coached, 4],
      [coached, 6],
    ] as const)
      await assignPlan(api, owner, candidate.id, {
        interview: { company: `Day ${days}`, role: 'Analyst', startsAt: inDays(days), timeZone: 'UTC' },
      });
    const [, cancelled] = (await list(owner, 'id')).edges;
    await api.gql(
      'mutation($id: ID!) { cancelAssignment(id: $id) { id } }',
      { id: cancelled.node.id },
      owner.accessToken,
    );
    await assignPlan(api, other, (await createCandidate(api, other)).id);
  });
  afterAll(() => api.close());

  async function list(session: Session, fields: string, filter: Record<string, unknown> = {}, total = 'totalCount') {
    const response = await api.gql(
      `query($filter: AssignmentsFilter) { assignments(first: 10, filter: $filter) { ${total} edges { node { ${fields} } } } }`,
      { filter },
      session.accessToken,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.assignments as { totalCount: number; edges: Array<{ node: Record<string, any> }> };
  }

  /** The data statements of one request, as the API sends them. */
  async function statementsOf(session: Session, fields: string, total = 'totalCount'): Promise<string[]> {
    await list(session, 'id'); // the session check, cached afterwards
    const spy = jest.spyOn(api.app.get<DataSource>(getDataSourceToken()).logger, 'logQuery');
    try {
      await list(session, fields, {}, total);
      return spy.mock.calls.map(([sql]) => sql).filter((sql) => sql.includes('WITH page AS'));
    } finally {
      spy.mockRestore();
    }
  }

  it('answers a narrow query with the same values as a query of every field', async () => {
    const roster =
      'id status candidate { name email } coach { name } interview { startsAt company } progress { done total } nextReminder { kind dueAt } lastActivity';
    const narrow = await list(owner, roster);
    const wide = await list(owner, EVERY_FIELD);
    expect(narrow.edges).toHaveLength(4);
    expect(narrow.edges.map(({ node }) => node)).toEqual(
      wide.edges.map(({ node }) => ({
        id: node.id,
        status: node.status,
        candidate: { name: node.candidate.name, email: node.candidate.email },
        coach: { name: node.coach.name },
        interview: { startsAt: node.interview.startsAt, company: node.interview.company },
        progress: { done: node.progress.done, total: node.progress.total },
        nextReminder: node.nextReminder && { kind: node.nextReminder.kind, dueAt: node.nextReminder.dueAt },
        lastActivity: node.lastActivity,
      })),
    );
    expect(wide.edges.some(({ node }) => node.nextReminder !== null)).toBe(true);
    expect(wide.edges.every(({ node }) => node.plan.length > 0 && node.reminders.length > 0)).toBe(true);
  });

  it('reads no join, subquery or plan document the query does not show', async () => {
    const [narrow] = await statementsOf(owner, 'id status interview { startsAt }');
    for (const absent of ['candidates c', 'people', 'assignment_links', 'reminders r', 'audit_events', 'item_progress'])
      expect(narrow).not.toContain(absent);
    const [wide] = await statementsOf(owner, EVERY_FIELD);
    for (const present of [
      'candidates c',
      'people',
      'assignment_links',
      'reminders r',
      'audit_events',
      'item_progress',
    ])
      expect(wide).toContain(present);
  });

  it('counts the total from the status counts or the rows, the same under every filter, for each caller', async () => {
    const coachId = coached.coach.id;
    const filters: Array<Record<string, unknown>> = [
      {},
      { status: 'ASSIGNED' },
      { status: 'CANCELLED' },
      { coachId },
      { coachId, status: 'ASSIGNED' },
      { coachId: 'not-an-id' },
      { interviewFrom: inDays(5) },
      { search: 'Day 9' },
      { upcoming: true },
      { coachId, atRisk: false },
    ];
    for (const session of [owner, coach, other])
      for (const filter of filters) {
        const { totalCount, edges } = await list(session, 'id', filter);
        expect({ filter, totalCount }).toEqual({ filter, totalCount: edges.length });
      }
    expect((await list(owner, 'id')).totalCount).toBe(4);
    expect((await list(coach, 'id')).totalCount).toBe(2);
    expect((await list(owner, 'id', { status: 'CANCELLED' })).totalCount).toBe(1);
    expect((await list(other, 'id', { coachId })).totalCount).toBe(0);
  });

  it('sends no count when the query does not ask for the total', async () => {
    const [statement] = await statementsOf(owner, 'id', '');
    expect(statement).toContain('WITH page AS');
    expect(statement).not.toMatch(/count\(\*\)|coach_status_counts/);
  });
});
