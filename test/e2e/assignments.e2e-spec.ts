import { createHash } from 'node:crypto';
import { ApiHarness, errorCode, startApi } from '../support/api-harness';
import {
  addActiveMember,
  assignPlan,
  builtInTemplateId,
  createCandidate,
  inDays,
  Session,
  signUp,
} from '../support/fixtures';
import { openOwnerDatabase } from '../support/owner-database';

describe('assignments', () => {
  let api: ApiHarness;
  let owner: Session;
  const db = openOwnerDatabase();

  beforeAll(async () => {
    api = await startApi();
    owner = await signUp(api, 'Assignments Org');
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const count = async (table: string, organizationId: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`, [organizationId])).rows[0]
      .n as number;

  it('assigns the built-in plan with a private link whose hash alone is stored', async () => {
    const candidate = await createCandidate(api, owner);
    const { assignment, link } = await assignPlan(api, owner, candidate.id);
    expect(assignment).toMatchObject({
      status: 'ASSIGNED',
      templateTitle: 'Second interview prep',
      candidate: { id: candidate.id },
    });
    expect(assignment.progress.done).toBe(0);
    expect(assignment.progress.total).toBeGreaterThan(20);
    expect(link).toMatch(new RegExp(`^${api.config.appUrl}/a/[A-Za-z0-9_-]{43}$`));
    const token = link.split('/a/')[1];
    const { rows } = await db.query('SELECT token_hash, purpose FROM assignment_links WHERE assignment_id = $1', [
      assignment.id,
    ]);
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex'), purpose: 'SHARED' }]);
    for (const table of ['assignments', 'assignment_links', 'audit_events']) {
      expect(
        JSON.stringify(
          (await db.query(`SELECT * FROM ${table} WHERE organization_id = $1`, [owner.organization.id])).rows,
        ),
      ).not.toContain(token);
    }
    const audit = await db.query('SELECT action, actor_type FROM audit_events WHERE subject_id = $1', [assignment.id]);
    expect(audit.rows).toEqual([{ action: 'assignment.created', actor_type: 'MEMBER' }]);
  });

  it("builds the link from APP_URL, never from the request's Host header", async () => {
    const candidate = await createCandidate(api, owner);
    const response = await api
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('host', 'evil.example')
      .set('x-forwarded-host', 'evil.example')
      .set('authorization', `Bearer ${owner.accessToken}`)
      .send({
        query: 'mutation($input: AssignPlanInput!) { assignPlan(input: $input) { link } }',
        variables: {
          input: {
            candidateId: candidate.id,
            templateId: await builtInTemplateId(api, owner),
            interview: { company: 'Globex', role: 'Analyst', startsAt: inDays(3), timeZone: 'UTC' },
          },
        },
      });
    expect(response.body.data.assignPlan.link.startsWith(`${api.config.appUrl}/a/`)).toBe(true);
    expect(response.body.data.assignPlan.link).not.toContain('evil.example');
  });

  it('refuses a past interview, an unknown zone, a malformed instant and an archived candidate, storing nothing', async () => {
    const candidate = await createCandidate(api, owner);
    const before = await count('assignments', owner.organization.id);
    const bad = async (interview: Record<string, unknown>) =>
      errorCode(
        await api.gql(
          'mutation($input: AssignPlanInput!) { assignPlan(input: $input) { link } }',
          {
            input: {
              candidateId: candidate.id,
              templateId: await builtInTemplateId(api, owner),
              interview: {
                company: 'Globex',
                role: 'Analyst',
                startsAt: inDays(3),
                timeZone: 'Europe/Berlin',
                ...interview,
              },
            },
          },
          owner.accessToken,
        ),
      );
    expect(await bad({ startsAt: inDays(-1) })).toBe('BAD_USER_INPUT');
    expect(await bad({ timeZone: 'Mars/Base' })).toBe('BAD_USER_INPUT');
    expect(await bad({ startsAt: '2030-01-01T10:00:00' })).toBe('BAD_USER_INPUT');
    await api.gql('mutation($id: ID!) { archiveCandidate(id: $id) { id } }', { id: candidate.id }, owner.accessToken);
    expect(await bad({})).toBe('BAD_USER_INPUT');
    expect(await count('assignments', owner.organization.id)).toBe(before);
  });

  it('snapshots the plan and drops or adds items for this candidate only', async () => {
    const candidate = await createCandidate(api, owner);
    const { assignment, link } = await assignPlan(api, owner, candidate.id, {
      dropItemKeys: ['talk-to-insiders'],
      extraItems: [
        {
          sectionKey: 'research-company',
          title: 'Read the annual report',
          guidance: 'Skim the letter to shareholders.',
        },
      ],
    });
    const full = await assignPlan(api, owner, (await createCandidate(api, owner)).id);
    const token = link.split('/a/')[1];

    // The plan the candidate sees: the dropped item gone, the extra one at the end of its section.
    const seen = await api.gql<{ candidatePlan: { sections: Array<{ key: string; items: any[] }> } }>(
      'query($token: String!) { candidatePlan(token: $token) { sections { key items { key title guidance } } } }',
      { token },
    );
    expect(seen.errors).toBeUndefined();
    const sections = seen.data!.candidatePlan.sections;
    expect(sections.flatMap((section) => section.items.map((item) => item.key))).not.toContain('talk-to-insiders');
    expect(sections.find((section) => section.key === 'research-company')!.items).toEqual([
      expect.objectContaining({ key: 'explore-company-channels' }),
      expect.objectContaining({ key: 'learn-the-culture' }),
      { key: 'extra-1', title: 'Read the annual report', guidance: 'Skim the letter to shareholders.' },
    ]);

    // Progress counts the extra item instead of the dropped one, and ticking the extra counts.
    const research = assignment.progress.sections.find((s: { key: string }) => s.key === 'research-company');
    expect(research).toMatchObject({ done: 0, total: 3 });
    expect(assignment.progress.total).toBe(full.assignment.progress.total);
    const ticked = await api.gql<{ setPlanItemDone: { progress: { done: number } } }>(
      'mutation($token: String!) { setPlanItemDone(token: $token, itemKey: "extra-1", done: true) { progress { done } } }',
      { token },
    );
    expect(ticked.data?.setPlanItemDone.progress.done).toBe(1);
    const dropped = await api.gql(
      'mutation($token: String!) { setPlanItemDone(token: $token, itemKey: "talk-to-insiders", done: true) { progress { done } } }',
      { token },
    );
    expect(errorCode(dropped)).toBe('BAD_USER_INPUT');

    // No reminder asks for the dropped item; the other candidate's plan still has it.
    const reminders = async (id: string) =>
      (
        await api.gql<{ assignment: { reminders: Array<{ kind: string; itemKeys: string[] }> } }>(
          'query($id: ID!) { assignment(id: $id) { reminders { kind itemKeys } } }',
          { id },
          owner.accessToken,
        )
      ).data!.assignment.reminders;
    const mine = await reminders(assignment.id);
    expect(mine.find((reminder) => reminder.kind === 'research-company')!.itemKeys).toEqual([
      'explore-company-channels',
      'learn-the-culture',
    ]);
    expect(mine.flatMap((reminder) => reminder.itemKeys)).not.toContain('talk-to-insiders');
    const theirs = await reminders(full.assignment.id);
    expect(theirs.find((reminder) => reminder.kind === 'research-company')!.itemKeys).toContain('talk-to-insiders');
  });

  it('reschedules, cancels (once), and answers CONFLICT for moves that make no sense', async () => {
    const candidate = await createCandidate(api, owner);
    const { assignment } = await assignPlan(api, owner, candidate.id);
    const startsAt = inDays(9);
    const moved = await api.gql(
      `mutation($id: ID!, $s: String!) { rescheduleInterview(id: $id, startsAt: $s, timeZone: "America/New_York") { interview { startsAt timeZone } } }`,
      { id: assignment.id, s: startsAt },
      owner.accessToken,
    );
    expect(moved.data!.rescheduleInterview.interview).toEqual({ startsAt, timeZone: 'America/New_York' });
    const close = await api.gql(
      'mutation($id: ID!) { closeAssignment(id: $id) { status } }',
      { id: assignment.id },
      owner.accessToken,
    );
    expect(errorCode(close)).toBe('CONFLICT');
    const cancelled = await api.gql(
      'mutation($id: ID!) { cancelAssignment(id: $id, reason: "Position filled") { status cancelReason } }',
      { id: assignment.id },
      owner.accessToken,
    );
    expect(cancelled.data!.cancelAssignment).toEqual({ status: 'CANCELLED', cancelReason: 'Position filled' });
    expect(
      errorCode(
        await api.gql(
          'mutation($id: ID!) { cancelAssignment(id: $id) { status } }',
          { id: assignment.id },
          owner.accessToken,
        ),
      ),
    ).toBe('CONFLICT');
    const actions = (
      await db.query('SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at', [assignment.id])
    ).rows.map((r) => r.action);
    expect(actions).toEqual(['assignment.created', 'assignment.rescheduled', 'assignment.cancelled']);
  });

  it('keeps assignments inside the organization and, for a COACH, inside their roster', async () => {
    const coach = await addActiveMember(api, owner, 'COACH');
    const mine = await assignPlan(api, owner, (await createCandidate(api, owner, { coachId: coach.user.id })).id);
    const theirs = await assignPlan(api, owner, (await createCandidate(api, owner)).id);
    const other = await signUp(api, 'Other Org');
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const session of [other, coach]) {
      const target = session === coach ? theirs.assignment.id : mine.assignment.id;
      for (const operation of [
        'query($id: ID!) { assignment(id: $id) { id } }',
        'mutation($id: ID!) { cancelAssignment(id: $id) { id } }',
        'mutation($id: ID!) { closeAssignment(id: $id) { id } }',
        'mutation($id: ID!) { rotateAssignmentLink(id: $id) { link } }',
        'mutation($id: ID!) { revokeAssignmentLink(id: $id) { id } }',
        `mutation($id: ID!) { rescheduleInterview(id: $id, startsAt: "${inDays(8)}", timeZone: "UTC") { id } }`,
      ]) {
        const denied = await api.gql(operation, { id: target }, session.accessToken);
        const absent = await api.gql(operation, { id: missing }, session.accessToken);
        expect(errorCode(denied)).toBe('NOT_FOUND');
        expect(denied.errors![0].message).toBe(absent.errors![0].message);
      }
    }
    const assign = await api.gql(
      'mutation($input: AssignPlanInput!) { assignPlan(input: $input) { link } }',
      {
        input: {
          candidateId: theirs.assignment.candidate.id,
          templateId: await builtInTemplateId(api, coach),
          interview: { company: 'X', role: 'Y', startsAt: inDays(4), timeZone: 'UTC' },
        },
      },
      coach.accessToken,
    );
    expect(errorCode(assign)).toBe('NOT_FOUND');
    const coachList = await api.gql(
      `{ assignments(first: 100) { totalCount edges { node { id } } } }`,
      {},
      coach.accessToken,
    );
    expect(coachList.data!.assignments.edges.map((e: any) => e.node.id)).toEqual([mine.assignment.id]);
    const otherList = await api.gql(`{ assignments(first: 100) { totalCount } }`, {}, other.accessToken);
    expect(otherList.data!.assignments.totalCount).toBe(0);
    expect(
      (await api.gql(`{ assignments(first: 100) { totalCount } }`, {}, owner.accessToken)).data!.assignments.totalCount,
    ).toBeGreaterThanOrEqual(2);
  });

  it('pages through assignments by interview time without gaps or repeats', async () => {
    const org = await signUp(api, 'Paging Org');
    const candidate = await createCandidate(api, org);
    for (let day = 1; day <= 7; day += 1)
      await assignPlan(api, org, candidate.id, {
        interview: { company: `Company ${day}`, role: 'Role', startsAt: inDays(8 - day), timeZone: 'UTC' },
      });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await api.gql(
        `query($after: String) { assignments(first: 3, after: $after) { edges { node { interview { company } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        org.accessToken,
      );
      seen.push(...page.data.assignments.edges.map((e: any) => e.node.interview.company));
      after = page.data.assignments.pageInfo.hasNextPage ? page.data.assignments.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['Company 7', 'Company 6', 'Company 5', 'Company 4', 'Company 3', 'Company 2', 'Company 1']);
  });
});
