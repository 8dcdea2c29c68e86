import { Client } from 'pg';
import { loadConfig } from '@prep/config';
import { ApiHarness, errorCode, startApi } from '../support/api-harness';
import {
  addActiveMember,
  assignPlan,
  builtInTemplateId,
  createCandidate,
  LOGIN_MUTATION,
  PASSWORD,
  Session,
  signUp,
  uniqueEmail,
} from '../support/fixtures';

const AUDIT_EVENTS = `query($first: Int, $after: String, $filter: AuditEventsFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id occurredAt actorType actorMemberId action subjectType subjectId details } } } }`;

describe('audit trail', () => {
  let api: ApiHarness;
  let app: Client;

  beforeAll(async () => {
    api = await startApi();
    app = new Client({ connectionString: loadConfig().database.url });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await api.close();
  });

  it('is append-only for the app role: its rows can be read but not changed or deleted', async () => {
    const owner = await signUp(api, 'Audit Org');
    const { assignment } = await assignPlan(api, owner, (await createCandidate(api, owner)).id);
    await app.query('BEGIN');
    try {
      await app.query("SELECT set_config('app.organization_id', $1, true)", [owner.organization.id]);
      const { rows } = await app.query('SELECT action FROM audit_events WHERE subject_id = $1', [assignment.id]);
      expect(rows).toEqual([{ action: 'assignment.created' }]);
      await expect(
        app.query("UPDATE audit_events SET action = 'tampered' WHERE subject_id = $1", [assignment.id]),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await app.query('ROLLBACK');
    }
    await app.query('BEGIN');
    try {
      await app.query("SELECT set_config('app.organization_id', $1, true)", [owner.organization.id]);
      await expect(app.query('DELETE FROM audit_events WHERE subject_id = $1', [assignment.id])).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('keeps published plan versions immutable for the app role too', async () => {
    await expect(app.query('UPDATE plan_template_versions SET version = version')).rejects.toThrow(/permission denied/);
    await expect(app.query('DELETE FROM builtin_plan_versions')).rejects.toThrow(/permission denied/);
    // Messages as sent, too: only the erasure function (for an erased candidate) may blank them.
    await expect(app.query("UPDATE deliveries SET subject = ''")).rejects.toThrow(/permission denied/);
    await expect(app.query('DELETE FROM deliveries')).rejects.toThrow(/permission denied/);
  });

  describe('auditEvents', () => {
    const read = (session: Session, variables: Record<string, unknown> = {}) =>
      api.gql(AUDIT_EVENTS, { first: 100, ...variables }, session.accessToken);
    const actions = async (session: Session, filter: Record<string, unknown> = {}) =>
      (await read(session, { filter })).data!.auditEvents.edges.map((edge: any) => edge.node.action);

    it('records every mutation of candidates, members, templates, settings and sign-ins, with no secret', async () => {
      const owner = await signUp(api, 'Audited Everything');
      const candidate = await createCandidate(api, owner);
      const call = async (query: string, variables: Record<string, unknown> = {}) => {
        const response = await api.gql(query, variables, owner.accessToken);
        expect(response.errors).toBeUndefined();
        return response.data!;
      };
      await call('mutation($id: ID!) { updateCandidate(id: $id, input: { timeZone: "Europe/Paris" }) { id } }', {
        id: candidate.id,
      });
      await call('mutation($id: ID!) { archiveCandidate(id: $id) { id } }', { id: candidate.id });
      await call('mutation($id: ID!) { unarchiveCandidate(id: $id) { id } }', { id: candidate.id });
      const coach = await addActiveMember(api, owner, 'COACH');
      const fork = await call('mutation($id: ID!) { forkPlanTemplate(id: $id) { id } }', {
        id: await builtInTemplateId(api, owner),
      });
      const templateId = fork.forkPlanTemplate.id;
      await call('mutation($id: ID!) { updatePlanTemplate(id: $id, input: { title: "Our prep" }) { id } }', {
        id: templateId,
      });
      await call('mutation($id: ID!) { publishPlanTemplate(id: $id) { id } }', { id: templateId });
      await call('mutation($id: ID!) { archivePlanTemplate(id: $id) { id } }', { id: templateId });
      await call('mutation { updateOrganizationSettings(input: { name: "Audited Everything Ltd" }) { name } }');
      const wrongPassword = 'not the password at all';
      const failed = await api.gql(LOGIN_MUTATION, { input: { email: coach.user.email, password: wrongPassword } });
      expect(errorCode(failed)).toBe('UNAUTHENTICATED');
      const unknown = uniqueEmail('nobody');
      await api.gql(LOGIN_MUTATION, { input: { email: unknown, password: wrongPassword } });
      const signedIn = await api.gql(LOGIN_MUTATION, { input: { email: coach.user.email, password: PASSWORD } });
      expect(signedIn.errors).toBeUndefined();
      const signedOut = await api.gql('mutation { logout }', {}, signedIn.data!.login.accessToken);
      expect(signedOut.errors).toBeUndefined();
      await call('mutation($id: ID!) { exportCandidateData(id: $id) { document } }', { id: candidate.id });
      // Erasure blanks the payloads of rows about the erased candidate: erase another one.
      const erased = await createCandidate(api, owner);
      await call('mutation($id: ID!) { eraseCandidate(id: $id) { assignments } }', { id: erased.id });

      // The failed sign-in is audited off the response path (it must not take longer to refuse).
      const deadline = Date.now() + 5_000;
      while (!(await actions(owner, { subjectId: coach.user.id })).includes('member.sign_in_failed')) {
        if (Date.now() > deadline) throw new Error('the failed sign-in was not audited');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const log = (await read(owner)).data!.auditEvents;
      const byAction = new Map<string, any>(log.edges.map((edge: any) => [edge.node.action, edge.node]));
      expect([...byAction.keys()].sort()).toEqual(
        [
          'organization.created',
          'candidate.created',
          'candidate.updated',
          'candidate.archived',
          'candidate.unarchived',
          'member.invited',
          'member.joined',
          'plan_template.forked',
          'plan_template.updated',
          'plan_template.published',
          'plan_template.archived',
          'organization.settings_updated',
          'member.sign_in_failed',
          'member.signed_in',
          'member.signed_out',
          'candidate.exported',
          'candidate.erased',
        ].sort(),
      );
      expect(byAction.get('member.sign_in_failed')).toMatchObject({
        actorType: 'SYSTEM',
        actorMemberId: null,
        subjectType: 'member',
        subjectId: coach.user.id,
        details: { reason: 'wrong-password' },
      });
      expect(byAction.get('member.signed_in')).toMatchObject({ actorType: 'MEMBER', actorMemberId: coach.user.id });
      expect(byAction.get('candidate.updated')).toMatchObject({
        actorMemberId: owner.user.id,
        subjectId: candidate.id,
        details: { changed: ['timeZone'] },
      });
      expect(byAction.get('candidate.erased')).toMatchObject({ subjectId: erased.id, details: { reason: 'request' } });
      const everything = JSON.stringify(log);
      for (const secret of [PASSWORD, wrongPassword, unknown, owner.accessToken, owner.refreshToken]) {
        expect(everything).not.toContain(secret);
      }
      const { rows } = await app.query('SELECT count(*)::int AS n FROM audit_events');
      expect(rows[0].n).toBe(0); // the app role sees no row without a tenant
    });

    it('pages newest first with cursors and narrows by subject, actor and time', async () => {
      const owner = await signUp(api, 'Audit Pages');
      const coach = await addActiveMember(api, owner, 'COACH');
      const first = await createCandidate(api, owner);
      const second = await createCandidate(api, coach);
      const all = (await read(owner)).data!.auditEvents;
      const instants = all.edges.map((edge: any) => Date.parse(edge.node.occurredAt));
      expect(instants).toEqual([...instants].sort((a, b) => b - a));
      expect(all.edges[0].node).toMatchObject({ action: 'candidate.created', subjectId: second.id });

      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = (await read(owner, { first: 2, after })).data!.auditEvents;
        expect(page.totalCount).toBe(all.totalCount);
        seen.push(...page.edges.map((edge: any) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.edges.map((edge: any) => edge.node.id));

      expect(await actions(owner, { subjectType: 'candidate', subjectId: first.id })).toEqual(['candidate.created']);
      expect(await actions(owner, { actorMemberId: coach.user.id })).toEqual(['candidate.created', 'member.joined']);
      const middle = all.edges.find((edge: any) => edge.node.subjectId === first.id).node.occurredAt;
      const windowed = await read(owner, { filter: { from: middle } });
      expect(windowed.data!.auditEvents.edges.map((edge: any) => edge.node.subjectId)).toEqual([second.id, first.id]);
      const before = await read(owner, { filter: { to: middle } });
      expect(before.data!.auditEvents.edges.map((edge: any) => edge.node.subjectId)).not.toContain(first.id);
    });

    it('is for OWNER and ADMIN, scoped to their organization, and refuses bad input with a code', async () => {
      const owner = await signUp(api, 'Audit Scope');
      const other = await signUp(api, 'Audit Other');
      const theirs = await createCandidate(api, other);
      const admin = await addActiveMember(api, owner, 'ADMIN');
      const coach = await addActiveMember(api, owner, 'COACH');
      expect((await read(admin)).errors).toBeUndefined();
      expect(errorCode(await read(coach))).toBe('FORBIDDEN');
      const ids = (await read(owner)).data!.auditEvents.edges.map((edge: any) => edge.node.subjectId);
      expect(ids).not.toContain(theirs.id);
      expect(ids).not.toContain(other.organization.id);
      const foreign = await read(owner, { filter: { subjectId: theirs.id } });
      expect(foreign.data!.auditEvents).toMatchObject({ totalCount: 0, edges: [] });
      const foreignActor = await read(owner, { filter: { actorMemberId: other.user.id } });
      expect(foreignActor.data!.auditEvents).toMatchObject({ totalCount: 0, edges: [] });
      for (const variables of [
        { after: 'not-a-cursor' },
        { first: 0 },
        { filter: { subjectId: 'nope' } },
        { filter: { subjectType: 'Robert); DROP TABLE' } },
      ]) {
        expect(errorCode(await read(owner, variables))).toBe('BAD_USER_INPUT');
      }
    });
  });
});
