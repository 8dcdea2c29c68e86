import { createHash } from 'node:crypto';
import request from 'supertest';
import { ApiHarness, startApi } from '../support/api-harness';
import { assignPlan, createCandidate, isolatedRedisPrefix, Session, signUp } from '../support/fixtures';
import { openOwnerDatabase } from '../support/owner-database';

const TASK = 'explore-company-channels';
const QUESTION = 'ask-values-and-culture';
const ACTION_PATHS = [
  `items/${TASK}/done`,
  `items/${TASK}/notes`,
  `items/${QUESTION}/choose`,
  'interview-done',
  'decision-date',
  'follow-up-sent',
];
const STATE = `status expectedDecisionDate followUpSentAt progress { done } sections { items { key done notes chosen } }`;

describe('the candidate page at the private link', () => {
  let api: ApiHarness;
  let owner: Session;
  const db = openOwnerDatabase();

  beforeAll(async () => {
    api = await startApi({ REDIS_PREFIX: isolatedRedisPrefix('page') });
    owner = await signUp(api, 'Page Coaching');
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  async function newPlan(name = 'Ada Lovelace') {
    const candidate = await createCandidate(api, owner, { name, timeZone: 'America/New_York' });
    const interview = {
      company: 'Initech',
      role: 'Data Analyst',
      startsAt: '2099-05-04T14:30:00Z',
      timeZone: 'America/New_York',
      interviewers: ['Hank Scorpio'],
    };
    const { assignment, link } = await assignPlan(api, owner, candidate.id, { interview });
    return { assignmentId: assignment.id as string, token: link.split('/a/')[1] };
  }

  const open = (token: string) => api.http().get(`/a/${token}`);
  const submit = (token: string, path: string, form: Record<string, string> = {}) =>
    api.http().post(`/a/${token}/${path}`).type('form').send(form);

  async function stateOf(token: string) {
    const response = await api.gql(`query($t: String!) { candidatePlan(token: $t) { ${STATE} } }`, { t: token });
    const plan = response.data!.candidatePlan;
    const item = (key: string) =>
      plan.sections.flatMap((section: any) => section.items).find((entry: any) => entry.key === key);
    return { ...plan, item };
  }

  function expectPageHeaders(response: request.Response) {
    expect(response.headers).toMatchObject({
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    expect(response.headers['x-robots-tag']).toContain('noindex');
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const csp = response.headers['content-security-policy'];
    for (const directive of ["default-src 'none'", "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'"])
      expect(csp).toContain(directive);
  }

  it('renders the plan with every value escaped and a stylesheet the CSP allows by its hash', async () => {
    const { token } = await newPlan('<script>alert(1)</script>');
    const response = await open(token);
    expect(response.status).toBe(200);
    expectPageHeaders(response);
    const body = response.text;
    expect(body).toContain('Hi &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(body).not.toMatch(/<script/i);
    expect(body).toContain('<html lang="en">');
    expect(body.match(/<h1[ >]/g)).toHaveLength(1);
    for (const text of [
      'Initech',
      'Data Analyst',
      '(America/New_York)',
      'Hank Scorpio',
      'Olivia Owner',
      '0 of 29 steps done',
      'Mark interview done',
      'Compose follow-up email',
      'Dear Hank Scorpio,',
    ]) {
      expect(body).toContain(text);
    }
    const controlIds = [...body.matchAll(/<(?:textarea|input)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1]);
    expect(controlIds.length).toBeGreaterThan(28);
    for (const id of controlIds) expect(body).toContain(`<label for="${id}">`);
    const css = /<style>([\s\S]*?)<\/style>/.exec(body)![1];
    expect(response.headers['content-security-policy']).toContain(
      `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
    );
  });

  it('keeps what the forms post and answers 303 back to the changed part of the plan', async () => {
    const { token } = await newPlan();
    const ticked = await submit(token, `items/${TASK}/done`, { done: 'true' });
    expect(ticked.status).toBe(303);
    expect(ticked.headers.location).toBe(`/a/${token}#item-${TASK}`);
    expectPageHeaders(ticked);
    expect((await submit(token, `items/${TASK}/notes`, { notes: 'Mission:\r\n<b>data for all</b>' })).status).toBe(303);
    expect(
      (await submit(token, 'items/learn-the-culture/done', { notes: 'Typed, then ticked', done: 'true' })).status,
    ).toBe(303);
    expect((await submit(token, `items/${QUESTION}/choose`, { notes: '', chosen: 'true' })).status).toBe(303);
    expect((await submit(token, 'decision-date', { date: '2099-05-20' })).headers.location).toBe(
      `/a/${token}#decision-date`,
    );

    const state = await stateOf(token);
    expect(state).toMatchObject({ status: 'IN_PROGRESS', expectedDecisionDate: '2099-05-20', progress: { done: 2 } });
    expect(state.item(TASK)).toMatchObject({ done: true, notes: 'Mission:\n<b>data for all</b>' });
    expect(state.item('learn-the-culture')).toMatchObject({ done: true, notes: 'Typed, then ticked' });
    expect(state.item(QUESTION)).toMatchObject({ chosen: true, notes: null });

    const page = (await open(token)).text;
    expect(page).toContain('Mission:\n&lt;b&gt;data for all&lt;/b&gt;</textarea>');
    expect(page).toContain('value="2099-05-20"');
    expect(page).toContain('You will ask this');

    expect((await submit(token, 'interview-done')).headers.location).toBe(`/a/${token}#interview-done`);
    expect((await submit(token, 'follow-up-sent')).status).toBe(303);
    expect(await stateOf(token)).toMatchObject({ status: 'FOLLOWED_UP' });
  });

  it('re-renders the plan with a clear message when a change is refused', async () => {
    const { token } = await newPlan();
    const refusals: Array<[string, Record<string, string>, number, string]> = [
      [`items/${TASK}/done`, { done: 'maybe' }, 400, 'The done choice must be true or false.'],
      [`items/${TASK}/choose`, { chosen: 'true' }, 400, 'Only questions to ask can be chosen.'],
      ['decision-date', { date: '2099-02-30' }, 400, 'The decision date must be a date like'],
      ['follow-up-sent', {}, 409, 'Your plan has moved on'],
    ];
    for (const [path, form, status, message] of refusals) {
      const response = await submit(token, path, form);
      expect([path, response.status]).toEqual([path, status]);
      expectPageHeaders(response);
      expect(response.text).toContain(message);
      expect(response.text).toContain('Initech');
      expect(response.text).not.toMatch(/\bat \S+\.(?:ts|js):\d+/);
    }
    const tooLong = `${'x'.repeat(5000)}typed`;
    const long = await submit(token, `items/${TASK}/notes`, { notes: tooLong });
    expect(long.status).toBe(400);
    expect(long.text).toContain('Your notes must be at most 5000 characters.');
    expect(long.text).toContain(`${tooLong}</textarea>`);
    expect(await stateOf(token)).toMatchObject({
      status: 'ASSIGNED',
      expectedDecisionDate: null,
      progress: { done: 0 },
    });
  });

  it('never changes anything on a GET, whatever the path', async () => {
    const { assignmentId, token } = await newPlan();
    for (const path of ACTION_PATHS) {
      const response = await api.http().get(`/a/${token}/${path}?done=true&chosen=true&date=2099-05-20`);
      expect([path, response.status]).toEqual([path, 405]);
      expect(response.headers.allow).toBe('POST');
      expectPageHeaders(response);
      expect(response.text).not.toContain('Initech');
    }
    expect((await api.http().head(`/a/${token}`)).status).toBe(200);
    expect(await stateOf(token)).toMatchObject({
      status: 'ASSIGNED',
      expectedDecisionDate: null,
      progress: { done: 0 },
    });
    const audit = await db.query(`SELECT 1 FROM audit_events WHERE subject_id = $1 AND actor_type = 'CANDIDATE'`, [
      assignmentId,
    ]);
    expect(audit.rowCount).toBe(0);
  });

  it('opens while a change to the same plan holds its row: viewing takes no lock', async () => {
    const { assignmentId, token } = await newPlan();
    const changing = await db.connect();
    try {
      await changing.query('BEGIN');
      await changing.query('SELECT 1 FROM assignments WHERE id = $1 FOR UPDATE', [assignmentId]);
      const response = await open(token).timeout(3_000);
      expect(response.status).toBe(200);
      expect(response.text).toContain('Initech');
    } finally {
      await changing.query('ROLLBACK');
      changing.release();
    }
  });

  it('answers one 404 page, with no plan data, for wrong, rotated-away, revoked and expired links', async () => {
    const { assignmentId, token } = await newPlan();
    const expired = await newPlan();
    await db.query(`UPDATE assignments SET link_expires_at = now() - interval '1 minute' WHERE id = $1`, [
      expired.assignmentId,
    ]);
    const rotated = await api.gql(
      'mutation($id: ID!) { rotateAssignmentLink(id: $id) { link } }',
      { id: assignmentId },
      owner.accessToken,
    );
    const newToken = rotated.data!.rotateAssignmentLink.link.split('/a/')[1];
    expect((await open(newToken)).status).toBe(200);
    await api.gql(
      'mutation($id: ID!) { revokeAssignmentLink(id: $id) { id } }',
      { id: assignmentId },
      owner.accessToken,
    );

    const bodies = new Set<string>();
    for (const dead of ['A'.repeat(43), 'short', token, newToken, expired.token]) {
      for (const response of [await open(dead), await submit(dead, `items/${TASK}/done`, { done: 'true' })]) {
        expect(response.status).toBe(404);
        expectPageHeaders(response);
        expect(response.text).not.toContain('Initech');
        bodies.add(response.text);
      }
    }
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).toContain('This link does not work');
  });

  it('refuses a form posted from another site, and accepts one from the app or with no Origin', async () => {
    const { token } = await newPlan();
    const post = (headers: Record<string, string>) =>
      api.http().post(`/a/${token}/items/${TASK}/done`).set(headers).type('form').send({ done: 'true' });
    const crossSite: Array<Record<string, string>> = [
      { origin: 'https://evil.example' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of crossSite) {
      const refused = await post(headers);
      expect(refused.status).toBe(403);
      expectPageHeaders(refused);
    }
    expect((await stateOf(token)).progress.done).toBe(0);
    expect((await post({ origin: new URL(api.config.appUrl).origin, 'sec-fetch-site': 'same-origin' })).status).toBe(
      303,
    );
    expect((await post({})).status).toBe(303);
  });

  it('renders a cancelled plan read-only and refuses changes to it', async () => {
    const { assignmentId, token } = await newPlan();
    await submit(token, `items/${TASK}/notes`, { notes: 'Kept for the record' });
    await api.gql(
      'mutation($id: ID!) { cancelAssignment(id: $id, reason: "Position filled") { id } }',
      { id: assignmentId },
      owner.accessToken,
    );
    const page = await open(token);
    expect(page.status).toBe(200);
    expect(page.text).toContain('This interview was cancelled, so nothing here can be changed');
    expect(page.text).toContain('Kept for the record');
    expect(page.text).not.toMatch(/<form|<button/);
    const refused = await submit(token, `items/${TASK}/done`, { done: 'true' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('This plan is closed');
  });

  it('shows a client that keeps guessing links a 429 page', async () => {
    const limited = await startApi({
      CANDIDATE_PAGE_RATE_LIMIT_POINTS: '2',
      REDIS_PREFIX: isolatedRedisPrefix('page-guessing'),
    });
    try {
      for (const guess of ['B'.repeat(43), 'C'.repeat(43)])
        expect((await request(limited.app.getHttpServer()).get(`/a/${guess}`)).status).toBe(404);
      const blocked = await request(limited.app.getHttpServer()).get(`/a/${'D'.repeat(43)}`);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expectPageHeaders(blocked);
      expect(blocked.text).toContain('Too many attempts');
    } finally {
      await limited.close();
    }
  });

  it('keeps the token out of the logs', async () => {
    const { token } = await newPlan();
    await open(token);
    await submit(token, `items/${TASK}/done`, { done: 'true' });
    await submit(token, `items/${TASK}/done`, { done: 'maybe' });
    await api.http().get(`/a/${token}/interview-done`);
    await new Promise((resolve) => setImmediate(resolve));
    const logs = api.logs();
    expect(logs).toContain(`"path":"/a/[redacted]/items/${TASK}/done"`);
    expect(logs).toContain('"path":"/a/[redacted]"');
    expect(logs).not.toContain(token);
  });
});
