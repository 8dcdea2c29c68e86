import { ApiHarness, errorCode, startApi } from '../support/api-harness';
import { assignPlan, createCandidate, Session, signUp } from '../support/fixtures';
import { openOwnerDatabase } from '../support/owner-database';

const PLAN = `candidateName company role startsAtLocal status expectedDecisionDate followUpSentAt
  progress { done total } sections { key items { key kind done notes chosen } }`;

describe('the candidate plan through the private link (GraphQL)', () => {
  let api: ApiHarness;
  let owner: Session;
  const db = openOwnerDatabase();

  beforeAll(async () => {
    api = await startApi();
    owner = await signUp(api, 'Candidate Plan Org');
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  async function newPlan() {
    const candidate = await createCandidate(api, owner, { name: 'Ada Lovelace', timeZone: 'America/New_York' });
    const { assignment, link } = await assignPlan(api, owner, candidate.id, {
      interview: {
        company: 'Globex',
        role: 'Data Analyst',
        startsAt: '2099-05-04T14:30:00Z',
        timeZone: 'America/New_York',
        interviewers: ['Hank Scorpio'],
      },
    });
    return { assignment, token: link.split('/a/')[1] };
  }

  const call = (query: string, variables: Record<string, unknown>) => api.gql(query, variables);

  it('works through the whole plan: tick, notes, choose, interview, decision date, follow-up', async () => {
    const { assignment, token } = await newPlan();
    const opened = await call(`query($t: String!) { candidatePlan(token: $t) { ${PLAN} } }`, { t: token });
    expect(opened.data!.candidatePlan).toMatchObject({
      candidateName: 'Ada Lovelace',
      company: 'Globex',
      status: 'ASSIGNED',
    });
    expect(opened.data!.candidatePlan.startsAtLocal).toMatch(/10:30 .*\(America\/New_York\)$/);

    const ticked = await call(
      `mutation($t: String!) { setPlanItemDone(token: $t, itemKey: "explore-company-channels", done: true) { status progress { done } } }`,
      { t: token },
    );
    expect(ticked.data!.setPlanItemDone).toEqual({ status: 'IN_PROGRESS', progress: { done: 1 } });
    await call(
      `mutation($t: String!) { savePlanItemNotes(token: $t, itemKey: "explore-company-channels", notes: "Mission: <b>data for all</b>") { status } }`,
      { t: token },
    );
    const question = opened
      .data!.candidatePlan.sections.flatMap((s: any) => s.items)
      .find((i: any) => i.kind === 'question-to-ask');
    const task = opened.data!.candidatePlan.sections.flatMap((s: any) => s.items).find((i: any) => i.kind === 'task');
    expect(
      errorCode(
        await call(
          `mutation($t: String!, $k: String!) { choosePlanQuestion(token: $t, itemKey: $k, chosen: true) { status } }`,
          { t: token, k: task.key },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    await call(
      `mutation($t: String!, $k: String!) { choosePlanQuestion(token: $t, itemKey: $k, chosen: true) { status } }`,
      { t: token, k: question.key },
    );
    expect(
      errorCode(await call(`mutation($t: String!) { markFollowUpSent(token: $t) { status } }`, { t: token })),
    ).toBe('CONFLICT');

    await call(`mutation($t: String!) { markInterviewDone(token: $t) { status } }`, { t: token });
    const reflection = opened
      .data!.candidatePlan.sections.flatMap((s: any) => s.items)
      .find((i: any) => i.kind === 'reflection');
    await call(
      `mutation($t: String!, $k: String!) { savePlanItemNotes(token: $t, itemKey: $k, notes: "They ship every week") { status } }`,
      { t: token, k: reflection.key },
    );
    expect(
      errorCode(
        await call(`mutation($t: String!) { recordDecisionDate(token: $t, date: "2099-02-30") { status } }`, {
          t: token,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    await call(`mutation($t: String!) { recordDecisionDate(token: $t, date: "2099-05-20") { status } }`, { t: token });

    const draft = await call(`query($t: String!) { followUpDraft(token: $t) { subject body } }`, { t: token });
    expect(draft.data!.followUpDraft.body).toContain('Dear Hank Scorpio,');
    expect(draft.data!.followUpDraft.body).toContain('- They ship every week');
    expect(draft.data!.followUpDraft.body).toContain('Kind regards,\nAda Lovelace');

    const sent = await call(`mutation($t: String!) { markFollowUpSent(token: $t) { ${PLAN} } }`, { t: token });
    const plan = sent.data!.markFollowUpSent;
    expect(plan).toMatchObject({ status: 'FOLLOWED_UP', expectedDecisionDate: '2099-05-20' });
    const items = plan.sections.flatMap((s: any) => s.items);
    expect(items.find((i: any) => i.key === 'explore-company-channels')).toMatchObject({
      done: true,
      notes: 'Mission: <b>data for all</b>',
    });
    expect(items.find((i: any) => i.key === question.key).chosen).toBe(true);
    expect(items.filter((i: any) => i.kind === 'follow-up-email').every((i: any) => i.done)).toBe(true);

    const coachView = await api.gql(
      'query($id: ID!) { assignment(id: $id) { status expectedDecisionDate progress { done } } }',
      { id: assignment.id },
      owner.accessToken,
    );
    expect(coachView.data!.assignment).toMatchObject({ status: 'FOLLOWED_UP', expectedDecisionDate: '2099-05-20' });
    const actions = (
      await db.query(
        `SELECT actor_type, action FROM audit_events WHERE subject_id = $1 AND actor_type = 'CANDIDATE' ORDER BY occurred_at`,
        [assignment.id],
      )
    ).rows.map((r) => r.action);
    expect(actions).toEqual([
      'item.done',
      'item.notes_saved',
      'question.chosen',
      'interview.done',
      'item.notes_saved',
      'decision_date.recorded',
      'follow_up.sent',
    ]);
    const audit = JSON.stringify(
      (await db.query('SELECT * FROM audit_events WHERE subject_id = $1', [assignment.id])).rows,
    );
    expect(audit).not.toContain(token);
    expect(api.logs()).not.toContain(token);
  });

  it('answers NOT_FOUND with no plan data for wrong, revoked, rotated-away and expired links', async () => {
    const { assignment, token } = await newPlan();
    const open = (t: string) => call(`query($t: String!) { candidatePlan(token: $t) { company } }`, { t });
    const wrong = await open('A'.repeat(43));
    expect(errorCode(wrong)).toBe('NOT_FOUND');
    expect(wrong.data).toBeFalsy();

    const rotated = await api.gql(
      'mutation($id: ID!) { rotateAssignmentLink(id: $id) { link } }',
      { id: assignment.id },
      owner.accessToken,
    );
    const newToken = rotated.data!.rotateAssignmentLink.link.split('/a/')[1];
    expect(errorCode(await open(token))).toBe('NOT_FOUND');
    expect((await open(newToken)).data!.candidatePlan.company).toBe('Globex');

    await api.gql(
      'mutation($id: ID!) { revokeAssignmentLink(id: $id) { id } }',
      { id: assignment.id },
      owner.accessToken,
    );
    expect(errorCode(await open(newToken))).toBe('NOT_FOUND');

    const other = await newPlan();
    await db.query(`UPDATE assignments SET link_expires_at = now() - interval '1 minute' WHERE id = $1`, [
      other.assignment.id,
    ]);
    expect(errorCode(await open(other.token))).toBe('NOT_FOUND');
  });

  it('stops a client that keeps guessing links', async () => {
    // Its own key prefix: the other tests' misses from this address must not count here.
    const limited = await startApi({
      CANDIDATE_PAGE_RATE_LIMIT_POINTS: '3',
      REDIS_PREFIX: `${api.config.redis.prefix}-guessing`,
    });
    try {
      const { token } = await newPlan();
      for (let attempt = 0; attempt < 3; attempt += 1) {
        expect(
          errorCode(await limited.gql(`query { candidatePlan(token: "${'B'.repeat(42)}${attempt}") { company } }`)),
        ).toBe('NOT_FOUND');
      }
      const blocked = await limited.gql(`query($t: String!) { candidatePlan(token: $t) { company } }`, { t: token });
      expect(errorCode(blocked)).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});
