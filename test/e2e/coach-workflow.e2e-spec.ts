import { loadConfig } from '@prep/config';
import { ApiHarness, errorCode, startApi } from '../support/api-harness';
import { addActiveMember, assignPlan, createCandidate, inDays, Session, signUp, withPg } from '../support/fixtures';
import { closeOwnerDatabase, openOwnerDatabase, OwnerDatabase } from '../support/owner-database';

const ITEM_WORK = 'plan { items { key done doneAt notes chosen comments { id body authorName itemKey } } }';
const REMINDERS = 'reminders { kind status reason itemKeys }';
const OUTCOME = 'id status outcome outcomeNote outcomeRecordedAt interviewedAt';

describe('the coach workflow', () => {
  let api: ApiHarness;
  let owner: Session;
  let coach: Session;
  let otherCoach: Session;
  let stranger: Session;
  let db: OwnerDatabase;

  beforeAll(async () => {
    api = await startApi();
    owner = await signUp(api, 'Coach Workflow Org');
    coach = await addActiveMember(api, owner, 'COACH', 'Cleo Coach');
    otherCoach = await addActiveMember(api, owner, 'COACH', 'Otto Coach');
    stranger = await signUp(api, 'Someone Else Org');
    db = openOwnerDatabase();
  });
  afterAll(async () => {
    await closeOwnerDatabase(db);
    await api.close();
  });

  const gql = async (session: Session, query: string, variables: Record<string, unknown> = {}) =>
    api.gql(query, variables, session.accessToken);
  const ok = async (session: Session, query: string, variables: Record<string, unknown> = {}) => {
    const response = await gql(session, query, variables);
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const tokenOf = (link: string) => new URL(link).pathname.split('/a/')[1];
  const coachAssignment = async (overrides: Record<string, unknown> = {}) => {
    const candidate = await createCandidate(api, coach);
    return { candidate, ...(await assignPlan(api, coach, candidate.id, overrides)) };
  };
  const assignmentOf = async (session: Session, id: string, fields: string) =>
    (await ok(session, `query($id: ID!) { assignment(id: $id) { ${fields} } }`, { id })).assignment;
  const itemOf = (assignment: any, key: string) =>
    assignment.plan.flatMap((section: any) => section.items).find((item: any) => item.key === key);
  const auditActions = async (subjectId: string) =>
    (
      await db.query('SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at', [subjectId])
    ).rows.map((row) => row.action);
  /** Stands in for the interview having happened: the owner role moves it into the past. */
  const interviewHeld = (id: string) =>
    db.query("UPDATE assignments SET starts_at = now() - interval '3 hours' WHERE id = $1", [id]);

  describe("the candidate's work and the coach's comments", () => {
    const addComment = (session: Session, assignmentId: string, itemKey: string, body: string) =>
      gql(
        session,
        `mutation($a: ID!, $k: String!, $b: String!) { addItemComment(assignmentId: $a, itemKey: $k, body: $b) { id body itemKey authorName } }`,
        { a: assignmentId, k: itemKey, b: body },
      );

    it('shows the coach what the candidate wrote, chose and did, and shows the candidate the comment', async () => {
      const { assignment, link } = await coachAssignment();
      const token = tokenOf(link);
      await api.gql(
        `mutation($t: String!) { savePlanItemNotes(token: $t, itemKey: "why-this-company", notes: "Their mission") { status } }`,
        { t: token },
      );
      await api.gql(
        `mutation($t: String!) { setPlanItemDone(token: $t, itemKey: "why-this-company", done: true) { status } }`,
        { t: token },
      );
      await api.gql(
        `mutation($t: String!) { choosePlanQuestion(token: $t, itemKey: "ask-next-steps", chosen: true) { status } }`,
        { t: token },
      );

      const before = await assignmentOf(coach, assignment.id, ITEM_WORK);
      expect(itemOf(before, 'why-this-company')).toMatchObject({
        done: true,
        notes: 'Their mission',
        chosen: false,
        comments: [],
      });
      expect(new Date(itemOf(before, 'why-this-company').doneAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(itemOf(before, 'ask-next-steps')).toMatchObject({ chosen: true, done: false, doneAt: null });

      const added = await addComment(coach, assignment.id, 'why-this-company', '  Tie it to the <growth> team  ');
      expect(added.data!.addItemComment).toMatchObject({
        body: 'Tie it to the <growth> team',
        authorName: 'Cleo Coach',
      });
      const after = await assignmentOf(owner, assignment.id, ITEM_WORK);
      expect(itemOf(after, 'why-this-company').comments).toEqual([
        expect.objectContaining({ body: 'Tie it to the <growth> team', itemKey: 'why-this-company' }),
      ]);

      const plan = await api.gql(
        `query($t: String!) { candidatePlan(token: $t) { sections { items { key coachComments { body authorName } } } } }`,
        { t: token },
      );
      const candidateItem = plan
        .data!.candidatePlan.sections.flatMap((section: any) => section.items)
        .find((item: any) => item.key === 'why-this-company');
      expect(candidateItem.coachComments).toEqual([{ body: 'Tie it to the <growth> team', authorName: 'Cleo Coach' }]);

      const page = await api.http().get(`/a/${token}`).expect(200);
      expect(page.text).toContain('Your coach commented:</strong> Tie it to the &lt;growth&gt; team');
      expect(await auditActions(assignment.id)).toContain('item_comment.added');
    });

    it('lets only the author edit or delete a comment, and keeps other organizations and coaches out', async () => {
      const { assignment } = await coachAssignment();
      const id = (await addComment(coach, assignment.id, 'final-check', 'Bring two copies')).data!.addItemComment.id;
      const UPDATE = `mutation($id: ID!, $b: String!) { updateItemComment(id: $id, body: $b) { body } }`;
      const DELETE = `mutation($id: ID!) { deleteItemComment(id: $id) }`;

      expect(errorCode(await gql(owner, UPDATE, { id, b: 'Mine now' }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(otherCoach, UPDATE, { id, b: 'Mine now' }))).toBe('NOT_FOUND');
      expect(errorCode(await gql(stranger, UPDATE, { id, b: 'Mine now' }))).toBe('NOT_FOUND');
      expect(errorCode(await gql(stranger, DELETE, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await gql(coach, UPDATE, { id: '00000000-0000-4000-8000-000000000000', b: 'x' }))).toBe(
        'NOT_FOUND',
      );
      expect((await ok(coach, UPDATE, { id, b: 'Bring three copies' })).updateItemComment.body).toBe(
        'Bring three copies',
      );
      expect((await ok(coach, DELETE, { id })).deleteItemComment).toBe(id);
      expect(itemOf(await assignmentOf(coach, assignment.id, ITEM_WORK), 'final-check').comments).toEqual([]);
      expect(await auditActions(assignment.id)).toEqual(
        expect.arrayContaining(['item_comment.added', 'item_comment.edited', 'item_comment.deleted']),
      );
    });

    it('refuses a comment on another organization’s or coach’s plan, on an unknown item, or without words', async () => {
      const { assignment } = await coachAssignment();
      expect(errorCode(await addComment(stranger, assignment.id, 'final-check', 'Hi'))).toBe('NOT_FOUND');
      expect(errorCode(await addComment(otherCoach, assignment.id, 'final-check', 'Hi'))).toBe('NOT_FOUND');
      expect(errorCode(await addComment(coach, assignment.id, 'no-such-item', 'Hi'))).toBe('BAD_USER_INPUT');
      expect(errorCode(await addComment(coach, assignment.id, 'final-check', '   '))).toBe('BAD_USER_INPUT');
      expect(errorCode(await addComment(coach, assignment.id, 'final-check', 'x'.repeat(2001)))).toBe('BAD_USER_INPUT');
      const { rows } = await db.query('SELECT count(*)::int AS n FROM item_comments WHERE assignment_id = $1', [
        assignment.id,
      ]);
      expect(rows[0].n).toBe(0);
    });
  });

  it("reads each plan's own work when a list shows several", async () => {
    const { candidate, assignment: first, link } = await coachAssignment();
    const { assignment: second } = await assignPlan(api, coach, candidate.id);
    await api.gql(
      `mutation($t: String!) { savePlanItemNotes(token: $t, itemKey: "final-check", notes: "First plan's notes") { status } }`,
      { t: tokenOf(link) },
    );
    await ok(
      coach,
      `mutation($a: ID!) { addItemComment(assignmentId: $a, itemKey: "final-check", body: "On the second") { id } }`,
      {
        a: second.id,
      },
    );
    const history = (
      await ok(coach, `query($id: ID!) { candidate(id: $id) { assignments { id ${ITEM_WORK} } } }`, {
        id: candidate.id,
      })
    ).candidate.assignments;
    const byId = new Map(history.map((entry: any) => [entry.id, itemOf(entry, 'final-check')]));
    expect(byId.get(first.id)).toMatchObject({ notes: "First plan's notes", comments: [] });
    expect(byId.get(second.id)).toMatchObject({
      notes: null,
      comments: [expect.objectContaining({ body: 'On the second' })],
    });
  });

  it("the worker's comment read answers only within the organization it is given", async () => {
    const { assignment } = await coachAssignment();
    await ok(
      coach,
      `mutation($a: ID!) { addItemComment(assignmentId: $a, itemKey: "final-check", body: "Sleep well") { id } }`,
      {
        a: assignment.id,
      },
    );
    const read = (organizationId: string) =>
      withPg(
        loadConfig().database.url,
        async (app) =>
          (
            await app.query('SELECT item_key, body FROM item_comments_for_send($1, $2, $3)', [
              organizationId,
              assignment.id,
              ['final-check'],
            ])
          ).rows,
      );
    expect(await read(owner.organization.id)).toEqual([{ item_key: 'final-check', body: 'Sleep well' }]);
    expect(await read(stranger.organization.id)).toEqual([]);
    // Row-level security, not the function's filter alone: the app role reads nothing without a tenant.
    const bare = await withPg(loadConfig().database.url, (app) =>
      app.query('SELECT count(*)::int AS n FROM item_comments WHERE assignment_id = $1', [assignment.id]),
    );
    expect(bare.rows[0].n).toBe(0);
  });

  describe('updateAssignment', () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateAssignmentInput!) { updateAssignment(id: $id, input: $input) {
      id interview { company role format location interviewers } note progress { done total } ${ITEM_WORK} ${REMINDERS} } }`;

    it('changes the details and the items, keeps progress on every item kept, and re-plans the pending reminders', async () => {
      const { assignment, link } = await coachAssignment();
      // The assignment email has gone out (no worker runs here): it must not be planned again.
      await db.query(
        "UPDATE reminders SET status = 'SENT', sent_at = now(), version = version + 1 WHERE assignment_id = $1 AND kind = 'assignment'",
        [assignment.id],
      );
      await api.gql(
        `mutation($t: String!) { setPlanItemDone(token: $t, itemKey: "learn-the-culture", done: true) { status } }`,
        { t: tokenOf(link) },
      );
      const updated = (
        await ok(coach, UPDATE, {
          id: assignment.id,
          input: {
            company: 'Initech',
            role: 'Analyst II',
            format: 'IN_PERSON',
            location: '1 Main St',
            interviewers: ['Bill Lumbergh'],
            note: 'Bring the portfolio',
            dropItemKeys: ['talk-to-insiders'],
            extraItems: [{ sectionKey: 'research-company', title: 'Read the 10-K', guidance: 'Skim the risks' }],
          },
        })
      ).updateAssignment;
      expect(updated.interview).toMatchObject({
        company: 'Initech',
        role: 'Analyst II',
        format: 'IN_PERSON',
        location: '1 Main St',
        interviewers: ['Bill Lumbergh'],
      });
      expect(updated.note).toBe('Bring the portfolio');
      const keys = updated.plan.flatMap((section: any) => section.items.map((item: any) => item.key));
      expect(keys).not.toContain('talk-to-insiders');
      expect(keys).toContain('extra-1');
      expect(itemOf(updated, 'learn-the-culture').done).toBe(true);
      expect(updated.progress.done).toBe(1);

      const research = updated.reminders.filter((r: any) => r.kind === 'research-company');
      expect(research).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ status: 'CANCELLED', reason: 'assignment-updated' }),
          expect.objectContaining({ status: 'SCHEDULED', itemKeys: ['explore-company-channels', 'learn-the-culture'] }),
        ]),
      );
      // A re-plan renews only what was still pending.
      const { rows } = await db.query(
        "SELECT plan_version, status, reason FROM reminders WHERE assignment_id = $1 AND kind = 'final-check' ORDER BY plan_version",
        [assignment.id],
      );
      expect(rows).toEqual([
        { plan_version: 1, status: 'CANCELLED', reason: 'assignment-updated' },
        { plan_version: 2, status: 'SCHEDULED', reason: null },
      ]);
      expect(updated.reminders.filter((r: any) => r.kind === 'assignment')).toEqual([
        expect.objectContaining({ status: 'SENT' }),
      ]);
      expect(await auditActions(assignment.id)).toContain('assignment.updated');

      const second = (
        await ok(coach, UPDATE, {
          id: assignment.id,
          input: { extraItems: [{ sectionKey: 'research-company', title: 'Read the blog', guidance: 'Latest posts' }] },
        })
      ).updateAssignment;
      const extraKeys = second.plan
        .flatMap((s: any) => s.items.map((i: any) => i.key))
        .filter((k: string) => k.startsWith('extra-'));
      expect(extraKeys).toEqual(['extra-1', 'extra-2']);
      expect(second.interview.company).toBe('Initech');
    });

    it('answers NOT_FOUND across organizations and coaches, and refuses bad input and ended plans leaving the plan as it was', async () => {
      const { assignment } = await coachAssignment();
      const variables = { id: assignment.id, input: { company: 'Hooli' } };
      expect(errorCode(await gql(stranger, UPDATE, variables))).toBe('NOT_FOUND');
      expect(errorCode(await gql(otherCoach, UPDATE, variables))).toBe('NOT_FOUND');
      expect(
        errorCode(await gql(coach, UPDATE, { id: assignment.id, input: { company: 'Hooli', dropItemKeys: ['nope'] } })),
      ).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(coach, UPDATE, { id: assignment.id, input: { company: '   ' } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect((await assignmentOf(coach, assignment.id, 'interview { company }')).interview.company).toBe('Globex');
      await ok(coach, 'mutation($id: ID!) { cancelAssignment(id: $id) { id } }', { id: assignment.id });
      expect(errorCode(await gql(coach, UPDATE, variables))).toBe('CONFLICT');
    });
  });

  describe('interview outcomes', () => {
    const RECORD = `mutation($id: ID!, $o: InterviewOutcome!, $n: String) { recordInterviewOutcome(assignmentId: $id, outcome: $o, note: $n) { ${OUTCOME} ${REMINDERS} } }`;
    const pendingKinds = (reminders: any[]) =>
      reminders
        .filter((r) => r.status === 'SCHEDULED' || r.status === 'QUEUED')
        .map((r) => r.kind)
        .sort();

    it('moves a held interview to INTERVIEWED without the candidate, and ends the nudges a final answer makes pointless', async () => {
      const { assignment } = await coachAssignment();
      expect(errorCode(await gql(coach, RECORD, { id: assignment.id, o: 'OFFER' }))).toBe('CONFLICT');
      await interviewHeld(assignment.id);
      const recorded = (await ok(coach, RECORD, { id: assignment.id, o: 'REJECTED', n: 'Went with an internal hire' }))
        .recordInterviewOutcome;
      expect(recorded).toMatchObject({
        status: 'INTERVIEWED',
        outcome: 'REJECTED',
        outcomeNote: 'Went with an internal hire',
      });
      expect(recorded.interviewedAt).not.toBeNull();
      for (const kind of ['follow-up-email', 'follow-up-nudge', 'decision-check-in'])
        expect(recorded.reminders.find((r: any) => r.kind === kind)).toMatchObject({
          status: 'CANCELLED',
          reason: 'outcome-recorded',
        });
      expect(pendingKinds(recorded.reminders)).toContain('reflect');
      expect(await auditActions(assignment.id)).toContain('assignment.outcome_recorded');
    });

    it('keeps the follow-up for a next round and everything while no decision is known', async () => {
      const { assignment } = await coachAssignment();
      await interviewHeld(assignment.id);
      const undecided = (await ok(coach, RECORD, { id: assignment.id, o: 'NO_DECISION' })).recordInterviewOutcome;
      expect(pendingKinds(undecided.reminders)).toEqual(
        expect.arrayContaining(['decision-check-in', 'follow-up-email', 'follow-up-nudge']),
      );
      const next = (await ok(coach, RECORD, { id: assignment.id, o: 'NEXT_ROUND' })).recordInterviewOutcome;
      expect(next.outcome).toBe('NEXT_ROUND');
      expect(next.reminders.find((r: any) => r.kind === 'decision-check-in')).toMatchObject({
        status: 'CANCELLED',
        reason: 'outcome-recorded',
      });
      expect(pendingKinds(next.reminders)).toEqual(expect.arrayContaining(['follow-up-email', 'follow-up-nudge']));
    });

    it('answers NOT_FOUND across organizations and coaches', async () => {
      const { assignment } = await coachAssignment();
      await interviewHeld(assignment.id);
      expect(errorCode(await gql(stranger, RECORD, { id: assignment.id, o: 'OFFER' }))).toBe('NOT_FOUND');
      expect(errorCode(await gql(otherCoach, RECORD, { id: assignment.id, o: 'OFFER' }))).toBe('NOT_FOUND');
      expect((await assignmentOf(coach, assignment.id, 'outcome status')).outcome).toBeNull();
    });

    it('drafts the next round from a NEXT_ROUND plan and links the two', async () => {
      const { assignment, candidate } = await coachAssignment({
        extraItems: [{ sectionKey: 'research-company', title: 'Read the 10-K', guidance: 'Skim the risks' }],
        note: 'Round one',
      });
      const DRAFT = `query($id: ID!) { nextRoundDraft(assignmentId: $id) { previousAssignmentId candidateId templateId note
        interview { company role timeZone format location interviewers } extraItems { sectionKey kind title guidance dueOffsetHours } } }`;
      await interviewHeld(assignment.id);
      expect(errorCode(await gql(coach, DRAFT, { id: assignment.id }))).toBe('BAD_USER_INPUT');
      await ok(coach, RECORD, { id: assignment.id, o: 'NEXT_ROUND' });
      expect(errorCode(await gql(stranger, DRAFT, { id: assignment.id }))).toBe('NOT_FOUND');
      expect(errorCode(await gql(otherCoach, DRAFT, { id: assignment.id }))).toBe('NOT_FOUND');

      const draft = (await ok(coach, DRAFT, { id: assignment.id })).nextRoundDraft;
      expect(draft).toMatchObject({
        previousAssignmentId: assignment.id,
        candidateId: candidate.id,
        note: 'Round one',
        interview: {
          company: 'Globex',
          role: 'Data Analyst',
          timeZone: 'Europe/Berlin',
          format: 'VIDEO',
          interviewers: ['Hank Scorpio'],
        },
        extraItems: [expect.objectContaining({ sectionKey: 'research-company', title: 'Read the 10-K' })],
      });
      const ASSIGN = `mutation($input: AssignPlanInput!) { assignPlan(input: $input) { assignment { id previousAssignment { id } } } }`;
      const input = { ...draft, interview: { ...draft.interview, startsAt: inDays(9) } };
      const next = (await ok(coach, ASSIGN, { input })).assignPlan.assignment;
      expect(next.previousAssignment).toEqual({ id: assignment.id });
      expect((await assignmentOf(coach, assignment.id, 'nextAssignment { id }')).nextAssignment).toEqual({
        id: next.id,
      });
      expect(errorCode(await gql(coach, ASSIGN, { input }))).toBe('CONFLICT');

      const otherCandidate = await createCandidate(api, coach);
      expect(errorCode(await gql(coach, ASSIGN, { input: { ...input, candidateId: otherCandidate.id } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await gql(stranger, ASSIGN, { input }))).toBe('NOT_FOUND');
    });

    it('counts outcomes recorded in the range on the dashboard, for the coach their own', async () => {
      const DASHBOARD = `query($from: String!, $to: String!) { dashboard(from: $from, to: $to) { outcomes { outcome count } } }`;
      const range = { from: inDays(-1), to: inDays(1) };
      const countOf = async (session: Session, outcome: string) =>
        (await ok(session, DASHBOARD, range)).dashboard.outcomes.find((entry: any) => entry.outcome === outcome).count;
      const before = { offer: await countOf(owner, 'OFFER'), coachOffer: await countOf(coach, 'OFFER') };
      const { assignment } = await coachAssignment();
      await interviewHeld(assignment.id);
      await ok(coach, RECORD, { id: assignment.id, o: 'OFFER' });
      expect(await countOf(owner, 'OFFER')).toBe(before.offer + 1);
      expect(await countOf(coach, 'OFFER')).toBe(before.coachOffer + 1);
      expect(await countOf(otherCoach, 'OFFER')).toBe(0);
      expect((await ok(stranger, DASHBOARD, range)).dashboard.outcomes.every((entry: any) => entry.count === 0)).toBe(
        true,
      );
      expect((await ok(owner, DASHBOARD, range)).dashboard.outcomes.map((entry: any) => entry.outcome).sort()).toEqual([
        'NEXT_ROUND',
        'NO_DECISION',
        'OFFER',
        'REJECTED',
        'WITHDRAWN',
      ]);
    });
  });

  describe('closeAssignment', () => {
    const CLOSE = `mutation($id: ID!) { closeAssignment(id: $id) { status ${REMINDERS} } }`;

    it('closes a plan once its interview has begun, marked held or not, cancelling what was pending', async () => {
      const { assignment } = await coachAssignment();
      expect(errorCode(await gql(coach, CLOSE, { id: assignment.id }))).toBe('CONFLICT');
      await interviewHeld(assignment.id);
      expect(errorCode(await gql(otherCoach, CLOSE, { id: assignment.id }))).toBe('NOT_FOUND');
      const closed = (await ok(coach, CLOSE, { id: assignment.id })).closeAssignment;
      expect(closed.status).toBe('CLOSED');
      const after = closed.reminders.filter((r: any) =>
        ['reflect', 'follow-up-email', 'decision-check-in'].includes(r.kind),
      );
      expect(after.every((r: any) => r.status === 'CANCELLED' && r.reason === 'assignment-closed')).toBe(true);
      expect(after).toHaveLength(3);
      expect(errorCode(await gql(coach, CLOSE, { id: assignment.id }))).toBe('CONFLICT');
      // The answer often comes after closing: it is recorded and the plan stays closed.
      const outcome = await ok(
        coach,
        `mutation($id: ID!) { recordInterviewOutcome(assignmentId: $id, outcome: OFFER) { status outcome } }`,
        { id: assignment.id },
      );
      expect(outcome.recordInterviewOutcome).toEqual({ status: 'CLOSED', outcome: 'OFFER' });
    });

    it('answers CONFLICT for a cancelled plan, whatever its interview time', async () => {
      const { assignment } = await coachAssignment();
      await ok(coach, 'mutation($id: ID!) { cancelAssignment(id: $id) { id } }', { id: assignment.id });
      await interviewHeld(assignment.id);
      expect(errorCode(await gql(coach, CLOSE, { id: assignment.id }))).toBe('CONFLICT');
      expect(
        errorCode(
          await gql(coach, `mutation($id: ID!) { recordInterviewOutcome(assignmentId: $id, outcome: OFFER) { id } }`, {
            id: assignment.id,
          }),
        ),
      ).toBe('CONFLICT');
    });
  });

  describe("a candidate's lifecycle", () => {
    const ARCHIVE = `mutation($id: ID!) { archiveCandidate(id: $id) { id archivedAt } }`;
    const UNARCHIVE = `mutation($id: ID!) { unarchiveCandidate(id: $id) { id archivedAt } }`;

    it('archiving cancels pending reminders and revokes links; unarchiving restores neither; all audited', async () => {
      const { assignment, candidate, link } = await coachAssignment();
      await ok(coach, `mutation($id: ID!) { updateCandidate(id: $id, input: { name: "Cara Renamed" }) { id } }`, {
        id: candidate.id,
      });
      expect((await ok(coach, ARCHIVE, { id: candidate.id })).archiveCandidate.archivedAt).not.toBeNull();
      const reminders = await assignmentOf(coach, assignment.id, `${REMINDERS} link { revoked }`);
      expect(reminders.link.revoked).toBe(true);
      const ended = reminders.reminders.filter((r: any) => r.reason === 'candidate-archived');
      expect(ended.length).toBeGreaterThan(0);
      expect(reminders.reminders.some((r: any) => r.status === 'SCHEDULED' || r.status === 'QUEUED')).toBe(false);
      const plan = await api.gql(`query($t: String!) { candidatePlan(token: $t) { company } }`, { t: tokenOf(link) });
      expect(errorCode(plan)).toBe('NOT_FOUND');

      expect((await ok(coach, UNARCHIVE, { id: candidate.id })).unarchiveCandidate.archivedAt).toBeNull();
      const after = await assignmentOf(coach, assignment.id, `${REMINDERS} link { revoked }`);
      expect(after.link.revoked).toBe(true);
      expect(after.reminders.some((r: any) => r.status === 'SCHEDULED' || r.status === 'QUEUED')).toBe(false);
      expect(await auditActions(candidate.id)).toEqual([
        'candidate.created',
        'candidate.updated',
        'candidate.archived',
        'candidate.unarchived',
      ]);
    });

    it('refuses to bring back a candidate whose email another active candidate now has', async () => {
      const archived = await createCandidate(api, coach);
      await ok(coach, ARCHIVE, { id: archived.id });
      await createCandidate(api, coach, { email: archived.email });
      expect(errorCode(await gql(coach, UNARCHIVE, { id: archived.id }))).toBe('CONFLICT');
      expect(
        (await ok(coach, `query($id: ID!) { candidate(id: $id) { archivedAt } }`, { id: archived.id })).candidate
          .archivedAt,
      ).not.toBeNull();
    });

    it('answers NOT_FOUND for another organization’s or coach’s candidate', async () => {
      const candidate = await createCandidate(api, coach);
      for (const mutation of [ARCHIVE, UNARCHIVE]) {
        expect(errorCode(await gql(stranger, mutation, { id: candidate.id }))).toBe('NOT_FOUND');
        expect(errorCode(await gql(otherCoach, mutation, { id: candidate.id }))).toBe('NOT_FOUND');
      }
      expect(await auditActions(candidate.id)).toEqual(['candidate.created']);
    });
  });
});
