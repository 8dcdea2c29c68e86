import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '@prep/config';
import { syncBuiltinPlans, TenantTransactions } from '@prep/persistence';
import { PlanTemplatesService } from '../../apps/api/src/features/plan-templates/plan-templates.service';
import { ApiHarness, errorCode, GraphqlResponse, startApi } from '../support/api-harness';
import { addActiveMember, isolatedRedisPrefix, Session, signUp } from '../support/fixtures';
import { openOwnerDatabase } from '../support/owner-database';

interface PlanItem {
  key: string;
  kind: string;
  title: string;
  guidance: string;
  dueOffsetHours: number;
  category: string | null;
  followUps: string[] | null;
}
interface PlanTemplate {
  id: string;
  source: 'BUILT_IN' | 'ORGANIZATION';
  key: string;
  title: string;
  summary: string;
  status: 'ACTIVE' | 'ARCHIVED';
  version: number;
  hasUnpublishedChanges: boolean;
  sections: Array<{ key: string; title: string; phase: string; items: PlanItem[] }>;
  reminderSchedule: Array<Record<string, unknown>>;
}

const FIELDS = `id source key title summary status version hasUnpublishedChanges
  sections { key title phase items { key kind title guidance dueOffsetHours category followUps } }
  reminderSchedule { kind recipient anchor offsetHours condition itemKeys fallback { anchor offsetHours } }`;
const LIST = `query($includeArchived: Boolean) { planTemplates(includeArchived: $includeArchived) { ${FIELDS} } }`;
const GET = `query($id: ID!) { planTemplate(id: $id) { ${FIELDS} } }`;
const FORK = `mutation($id: ID!) { forkPlanTemplate(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlanTemplateInput!) { updatePlanTemplate(id: $id, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishPlanTemplate(id: $id) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archivePlanTemplate(id: $id) { ${FIELDS} } }`;
const VERSIONS = `query($id: ID!) { planTemplate(id: $id) { id versions {
  id version publishedAt publishedBy title summary sections { key items { key guidance } } reminderSchedule { kind } } } }`;

interface PlanTemplateVersion {
  id: string;
  version: number;
  publishedAt: string;
  publishedBy: string | null;
  title: string;
  summary: string;
  sections: Array<{ key: string; items: Array<{ key: string; guidance: string }> }>;
  reminderSchedule: Array<{ kind: string }>;
}

const BUILT_IN_KEY = 'second-interview-prep';
const MISSING_ID = '5d0f3c1a-7b2e-4c9d-8e1f-2a3b4c5d6e7f';
const CONTENT_DIR = resolve(__dirname, '../../content');
const ownerUrl = () => loadConfig().database.ownerUrl;
const db = openOwnerDatabase();
afterAll(() => db.end());

/** What a client can tell apart: everything but where in the query the error happened. */
const visibleError = (response: GraphqlResponse) => ({
  data: response.data ?? null,
  errors: response.errors?.map(({ message, extensions }) => ({ message, extensions })),
});

/** The plan's sections with one item's guidance replaced, ready to send as input. */
function withGuidance(template: PlanTemplate, sectionIndex: number, itemIndex: number, guidance: string) {
  const sections = structuredClone(template.sections);
  sections[sectionIndex].items[itemIndex].guidance = guidance;
  return sections;
}

async function storedVersions(templateId: string) {
  const result = await db.query(
    'SELECT id, version, content_hash, content, created_at FROM plan_template_versions WHERE template_id = $1 ORDER BY version',
    [templateId],
  );
  return result.rows;
}

describe('plan templates (e2e)', () => {
  let api: ApiHarness;
  let ownerA: Session;
  let adminA: Session;
  let coachA: Session;
  let ownerB: Session;
  let builtIn: PlanTemplate;

  beforeAll(async () => {
    api = await startApi({ REDIS_PREFIX: isolatedRedisPrefix('plan-templates') });
    ownerA = await signUp(api, 'Templates Org A');
    ownerB = await signUp(api, 'Templates Org B');
    adminA = await addActiveMember(api, ownerA, 'ADMIN', 'Ada Admin');
    coachA = await addActiveMember(api, ownerA, 'COACH', 'Carl Coach');
    builtIn = (await list(ownerA)).find((template) => template.key === BUILT_IN_KEY)!;
  });
  afterAll(() => api.close());

  const call = <T>(session: Session, query: string, variables: Record<string, unknown>) =>
    api.gql<T>(query, variables, session.accessToken);
  const as = (session: Session) => ({
    get: (id: string) => call<{ planTemplate: PlanTemplate }>(session, GET, { id }),
    fork: (id: string) => call<{ forkPlanTemplate: PlanTemplate }>(session, FORK, { id }),
    update: (id: string, input: Record<string, unknown>) =>
      call<{ updatePlanTemplate: PlanTemplate }>(session, UPDATE, { id, input }),
    publish: (id: string) => call<{ publishPlanTemplate: PlanTemplate }>(session, PUBLISH, { id }),
    archive: (id: string) => call<{ archivePlanTemplate: PlanTemplate }>(session, ARCHIVE, { id }),
    versions: (id: string) =>
      call<{ planTemplate: { id: string; versions: PlanTemplateVersion[] } }>(session, VERSIONS, { id }),
  });
  const versionsOf = async (session: Session, id: string) => succeeded(await as(session).versions(id)).versions;
  async function list(session: Session, includeArchived?: boolean): Promise<PlanTemplate[]> {
    const response = await call<{ planTemplates: PlanTemplate[] }>(session, LIST, { includeArchived });
    expect(response.errors).toBeUndefined();
    return response.data!.planTemplates;
  }
  const succeeded = <T>(response: GraphqlResponse<Record<string, T>>): T => {
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0];
  };
  const read = async (session: Session, id: string) => succeeded(await as(session).get(id));
  const forkBuiltIn = async (session: Session = ownerA) => succeeded(await as(session).fork(builtIn.id));

  describe('reading', () => {
    it('lists the built-in second-interview prep plan with its sections and five categories of questions to ask', () => {
      expect(builtIn).toMatchObject({
        source: 'BUILT_IN',
        status: 'ACTIVE',
        hasUnpublishedChanges: false,
        title: expect.any(String),
      });
      expect(builtIn.version).toBeGreaterThanOrEqual(1);
      expect(new Set(builtIn.sections.map((section) => section.phase))).toEqual(new Set(['before', 'after']));
      const questions = builtIn.sections
        .flatMap((section) => section.items)
        .filter((item) => item.kind === 'question-to-ask');
      expect(new Set(questions.map((item) => item.category))).toEqual(
        new Set(['company', 'position', 'hiring-process', 'compensation', 'examples']),
      );
      expect(builtIn.reminderSchedule.length).toBeGreaterThan(0);
    });

    it('any member reads the list and a single template; missing and malformed ids are NOT_FOUND', async () => {
      expect((await list(coachA)).map((template) => template.id)).toContain(builtIn.id);
      expect(await read(coachA, builtIn.id)).toEqual(builtIn);
      expect(errorCode(await as(coachA).get(MISSING_ID))).toBe('NOT_FOUND');
      expect(errorCode(await as(coachA).get('not-a-uuid'))).toBe('NOT_FOUND');
    });
  });

  describe('fork, edit, publish', () => {
    it('forks a built-in into an unpublished draft with the same content', async () => {
      const fork = await forkBuiltIn();
      expect(fork).toMatchObject({
        source: 'ORGANIZATION',
        status: 'ACTIVE',
        version: 0,
        hasUnpublishedChanges: true,
        key: builtIn.key,
        title: builtIn.title,
      });
      expect(fork.id).not.toBe(builtIn.id);
      expect(fork.sections).toEqual(builtIn.sections);
      expect(fork.reminderSchedule).toEqual(builtIn.reminderSchedule);
      expect((await list(coachA)).map((template) => template.id)).toContain(fork.id);
    });

    it('publishes immutable versions: 1, CONFLICT when unchanged, then 2 with version 1 untouched', async () => {
      const fork = await forkBuiltIn(adminA);
      const edited = succeeded(
        await as(adminA).update(fork.id, {
          title: 'Our second interview plan',
          sections: withGuidance(fork, 0, 1, 'Ask the team lead about culture.'),
        }),
      );
      expect(edited).toMatchObject({ title: 'Our second interview plan', version: 0, hasUnpublishedChanges: true });
      expect(edited.sections[0].items[1].guidance).toBe('Ask the team lead about culture.');

      expect(succeeded(await as(ownerA).publish(fork.id))).toMatchObject({ version: 1, hasUnpublishedChanges: false });
      const [first] = await storedVersions(fork.id);
      expect(first.content.title).toBe('Our second interview plan');
      expect(errorCode(await as(ownerA).publish(fork.id))).toBe('CONFLICT');

      const again = succeeded(
        await as(ownerA).update(fork.id, { sections: withGuidance(edited, 0, 1, 'Ask two people about culture.') }),
      );
      expect(again).toMatchObject({ version: 1, hasUnpublishedChanges: true });
      expect(succeeded(await as(ownerA).publish(fork.id))).toMatchObject({ version: 2, hasUnpublishedChanges: false });

      const versions = await storedVersions(fork.id);
      expect(versions.map((row) => row.version)).toEqual([1, 2]);
      expect(versions[0]).toEqual(first);
      expect(versions[0].content.sections[0].items[1].guidance).toBe('Ask the team lead about culture.');
      expect(versions[1].content.sections[0].items[1].guidance).toBe('Ask two people about culture.');
      expect(versions[1].content_hash).not.toBe(versions[0].content_hash);
    });

    it('lists the published versions newest first, who published each and what it holds', async () => {
      const fork = await forkBuiltIn();
      expect(await versionsOf(coachA, fork.id)).toEqual([]);
      await as(ownerA).update(fork.id, { title: 'Versioned plan' });
      succeeded(await as(ownerA).publish(fork.id));
      await as(adminA).update(fork.id, { sections: withGuidance(fork, 0, 0, 'Read the job ad twice.') });
      succeeded(await as(adminA).publish(fork.id));

      const versions = await versionsOf(coachA, fork.id);
      expect(versions.map(({ version, publishedBy, title }) => ({ version, publishedBy, title }))).toEqual([
        { version: 2, publishedBy: 'Ada Admin', title: 'Versioned plan' },
        { version: 1, publishedBy: expect.any(String), title: 'Versioned plan' },
      ]);
      expect(versions[1].publishedBy).not.toBe('Ada Admin');
      expect(versions[0].sections[0].items[0].guidance).toBe('Read the job ad twice.');
      expect(versions[1].sections[0].items[0].guidance).toBe(fork.sections[0].items[0].guidance);
      const stored = await storedVersions(fork.id);
      expect(versions.map((entry) => new Date(entry.publishedAt).getTime())).toEqual(
        stored.map((row) => new Date(row.created_at).getTime()).reverse(),
      );
    });

    it("a built-in plan's versions are the ones it shipped, with no member named", async () => {
      const versions = await versionsOf(coachA, builtIn.id);
      expect(versions[0]).toMatchObject({ id: builtIn.id, version: builtIn.version, publishedBy: null });
      expect(versions.map((entry) => entry.version)).toEqual(
        [...versions.map((entry) => entry.version)].sort((a, b) => b - a),
      );
      expect(versions[0].reminderSchedule.map((rule) => rule.kind)).toEqual(
        builtIn.reminderSchedule.map((rule) => rule.kind),
      );
    });

    it('forks an organization template from its draft', async () => {
      const original = await forkBuiltIn();
      const edited = succeeded(await as(ownerA).update(original.id, { summary: 'Tuned for engineering roles.' }));
      const copy = succeeded(await as(ownerA).fork(original.id));
      expect(copy).toMatchObject({ source: 'ORGANIZATION', version: 0, summary: 'Tuned for engineering roles.' });
      expect(copy.sections).toEqual(edited.sections);
    });
  });

  describe('validation', () => {
    it.each([['javascript:alert(1)'], ['<script>alert(1)</script>']])(
      'refuses %s in guidance, naming the path, and stores nothing',
      async (guidance) => {
        const fork = await forkBuiltIn();
        const response = await as(ownerA).update(fork.id, {
          title: 'Changed too',
          sections: withGuidance(fork, 0, 1, guidance),
        });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0].message).toContain('sections[0].items[1].guidance');
        expect(await read(ownerA, fork.id)).toEqual(fork);
      },
    );

    it('refuses an unknown item kind and a blank title', async () => {
      const fork = await forkBuiltIn();
      const sections = structuredClone(fork.sections);
      sections[0].items[0].kind = 'quiz';
      const badKind = await as(ownerA).update(fork.id, { sections });
      expect(errorCode(badKind)).toBe('BAD_USER_INPUT');
      expect(badKind.errors![0].message).toContain('sections[0].items[0].kind');
      const blankTitle = await as(ownerA).update(fork.id, { title: '   ' });
      expect(errorCode(blankTitle)).toBe('BAD_USER_INPUT');
      expect(blankTitle.errors![0].message).toContain('title');
      expect(await read(ownerA, fork.id)).toEqual(fork);
    });

    it('names each problem in the reminder schedule by its path, so a form can show it beside the field', async () => {
      const fork = await forkBuiltIn();
      const reminderSchedule = structuredClone(fork.reminderSchedule);
      reminderSchedule[0].recipient = reminderSchedule[0].recipient === 'coach' ? 'candidate' : 'coach';
      reminderSchedule.push({ ...reminderSchedule[1] });
      const response = await as(ownerA).update(fork.id, { reminderSchedule });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      const { reason, issues } = response.errors![0].extensions as { reason: string; issues: unknown[] };
      expect(reason).toBe('PLAN_TEMPLATE_INVALID');
      expect(issues).toEqual(
        expect.arrayContaining([
          { path: 'reminderSchedule[0].recipient', message: expect.any(String) },
          { path: expect.stringMatching(/^reminderSchedule\[\d+\]/), message: expect.stringContaining('kind') },
        ]),
      );
      expect(response.errors![0].message).toBe(
        (issues as Array<{ path: string; message: string }>)
          .map((issue) => `${issue.path}: ${issue.message}`)
          .join('; '),
      );
      expect(await read(ownerA, fork.id)).toEqual(fork);
    });
  });

  describe('roles', () => {
    it('a COACH may not fork, update, publish or archive', async () => {
      const fork = await forkBuiltIn();
      expect(errorCode(await as(coachA).fork(builtIn.id))).toBe('FORBIDDEN');
      expect(errorCode(await as(coachA).update(fork.id, { title: 'By a coach' }))).toBe('FORBIDDEN');
      expect(errorCode(await as(coachA).publish(fork.id))).toBe('FORBIDDEN');
      expect(errorCode(await as(coachA).archive(fork.id))).toBe('FORBIDDEN');
      expect(await read(ownerA, fork.id)).toEqual(fork);
    });
  });

  describe('across organizations', () => {
    it("B cannot read, fork, update, publish or archive A's template: the answer for a random id", async () => {
      const templateA = await forkBuiltIn();
      const b = as(ownerB);
      const attempts: Array<[(id: string) => Promise<GraphqlResponse>, string]> = [
        [b.get, 'read'],
        [b.fork, 'fork'],
        [(id) => b.update(id, { title: 'Hijacked' }), 'update'],
        [b.publish, 'publish'],
        [b.archive, 'archive'],
      ];
      for (const [attempt, what] of attempts) {
        const foreign = await attempt(templateA.id);
        expect({ what, code: errorCode(foreign) }).toEqual({ what, code: 'NOT_FOUND' });
        expect(visibleError(foreign)).toEqual(visibleError(await attempt(MISSING_ID)));
      }
      expect(await read(ownerA, templateA.id)).toEqual(templateA);
      expect(await storedVersions(templateA.id)).toEqual([]);
      for (const includeArchived of [false, true]) {
        const seenByB = await list(ownerB, includeArchived);
        expect(seenByB.map((template) => template.id)).not.toContain(templateA.id);
        expect(seenByB.every((template) => template.source === 'BUILT_IN')).toBe(true);
      }
    });
  });

  describe('archiving and built-ins', () => {
    it('hides an archived template unless asked, and refuses to update or publish it', async () => {
      const fork = await forkBuiltIn();
      expect(succeeded(await as(ownerA).archive(fork.id))).toMatchObject({ id: fork.id, status: 'ARCHIVED' });
      expect((await list(ownerA)).map((template) => template.id)).not.toContain(fork.id);
      expect((await list(ownerA, true)).find((template) => template.id === fork.id)).toMatchObject({
        status: 'ARCHIVED',
      });
      expect(errorCode(await as(ownerA).update(fork.id, { title: 'Too late' }))).toBe('CONFLICT');
      expect(errorCode(await as(ownerA).publish(fork.id))).toBe('CONFLICT');
      expect(succeeded(await as(ownerA).archive(fork.id))).toMatchObject({ status: 'ARCHIVED' });
      expect(await storedVersions(fork.id)).toEqual([]);
    });

    it('a built-in template is read-only', async () => {
      for (const response of [
        await as(ownerA).update(builtIn.id, { title: 'Mine now' }),
        await as(ownerA).publish(builtIn.id),
        await as(ownerA).archive(builtIn.id),
      ]) {
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0].message).toBe('built-in templates are read-only; fork one');
      }
      expect(await read(ownerA, builtIn.id)).toEqual(builtIn);
    });
  });

  describe('the published version other modules assign', () => {
    const resolveAs = (session: Session, templateId: string) =>
      api.app
        .get(TenantTransactions)
        .run({ organizationId: session.organization.id }, (manager) =>
          api.app.get(PlanTemplatesService).resolvePublishedVersion(manager, session.organization.id, templateId),
        );
    const reasonOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'resolved',
        (error: { code?: string }) => error.code,
      );

    it('resolves built-in and published versions, and refuses unpublished, archived and foreign templates', async () => {
      const fromBuiltIn = await resolveAs(ownerA, builtIn.id);
      expect(fromBuiltIn).toMatchObject({
        title: builtIn.title,
        builtinVersionId: builtIn.id,
        templateVersionId: null,
        content: { key: BUILT_IN_KEY },
      });

      const fork = await forkBuiltIn();
      expect(await reasonOf(resolveAs(ownerA, fork.id))).toBe('TEMPLATE_NOT_PUBLISHED');
      succeeded(await as(ownerA).publish(fork.id));
      succeeded(await as(ownerA).update(fork.id, { title: 'Draft title, not yet published' }));
      const published = await resolveAs(ownerA, fork.id);
      const [version] = await storedVersions(fork.id);
      expect(published).toEqual({
        title: builtIn.title,
        content: version.content,
        builtinVersionId: null,
        templateVersionId: version.id,
      });

      expect(await reasonOf(resolveAs(ownerB, fork.id))).toBe('PLAN_TEMPLATE_NOT_FOUND');
      succeeded(await as(ownerA).archive(fork.id));
      expect(await reasonOf(resolveAs(ownerA, fork.id))).toBe('TEMPLATE_ARCHIVED');
    });
  });
});

describe('built-in plan sync (e2e)', () => {
  const SYNC_TEST_KEY = 'sync-test-plan';
  let contentCopy: string;

  beforeAll(() => {
    contentCopy = mkdtempSync(join(tmpdir(), 'plan-sync-'));
    cpSync(join(CONTENT_DIR, 'emails'), join(contentCopy, 'emails'), { recursive: true });
    mkdirSync(join(contentCopy, 'plans'));
  });
  afterAll(() => rmSync(contentCopy, { recursive: true, force: true }));

  /** A plan of its own key, so other spec files still see the real built-in as the latest. */
  function writeTestPlan(guidance: string): void {
    const plan = JSON.parse(readFileSync(join(CONTENT_DIR, 'plans', `${BUILT_IN_KEY}.json`), 'utf8'));
    plan.key = SYNC_TEST_KEY;
    plan.sections[0].items[0].guidance = guidance;
    writeFileSync(join(contentCopy, 'plans', `${SYNC_TEST_KEY}.json`), JSON.stringify(plan));
  }
  const storedBuiltinVersions = async (key: string) => {
    const result = await db.query(
      'SELECT id, version, content_hash, content FROM builtin_plan_versions WHERE template_key = $1 ORDER BY version',
      [key],
    );
    return result.rows;
  };

  it('syncing unchanged content creates no new version', async () => {
    const before = await storedBuiltinVersions(BUILT_IN_KEY);
    const synced = await syncBuiltinPlans(ownerUrl(), CONTENT_DIR);
    expect(synced.find((plan) => plan.key === BUILT_IN_KEY)).toEqual({
      key: BUILT_IN_KEY,
      version: before.at(-1).version,
      created: false,
    });
    expect(await storedBuiltinVersions(BUILT_IN_KEY)).toEqual(before);
  });

  it('syncing changed content creates the next version and keeps the previous one', async () => {
    writeTestPlan('Read the company site first.');
    const [first] = await syncBuiltinPlans(ownerUrl(), contentCopy);
    expect(first).toMatchObject({ key: SYNC_TEST_KEY, created: true });
    const [previous] = await storedBuiltinVersions(SYNC_TEST_KEY);

    writeTestPlan('Read the company site and its news first.');
    expect(await syncBuiltinPlans(ownerUrl(), contentCopy)).toEqual([
      { key: SYNC_TEST_KEY, version: first.version + 1, created: true },
    ]);
    expect(await syncBuiltinPlans(ownerUrl(), contentCopy)).toEqual([
      { key: SYNC_TEST_KEY, version: first.version + 1, created: false },
    ]);

    const versions = await storedBuiltinVersions(SYNC_TEST_KEY);
    expect(versions.map((row) => row.version)).toEqual([first.version, first.version + 1]);
    expect(versions[0]).toEqual(previous);
    expect(versions[1].content.sections[0].items[0].guidance).toBe('Read the company site and its news first.');
  });
});
