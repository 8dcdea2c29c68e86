import { randomBytes, randomUUID } from 'node:crypto';
import { decodeJwt, SignJWT } from 'jose';
import { loadConfig } from '@prep/config';
import { ApiHarness, errorCode, GraphqlResponse, startApi } from '../support/api-harness';
import {
  isolatedRedisPrefix,
  LOGIN_MUTATION,
  REFRESH_MUTATION,
  Session,
  SESSION_FIELDS,
  signUp,
  startTcpProxy,
  TcpProxy,
  uniqueEmail,
} from '../support/fixtures';
import { openOwnerDatabase } from '../support/owner-database';
import { waitFor } from '../support/wait-for';

const PUBLIC_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
];
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { ${SESSION_FIELDS} } }`;
// Production refuses the development database passwords; startApi's databaseUrl connects the test database.
const PRODUCTION = {
  NODE_ENV: 'production',
  APP_ENV: 'production',
  DATABASE_URL: 'postgres://prep_app:production-password@db.invalid:5432/prep',
  DATABASE_OWNER_URL: 'postgres://prep_owner:production-password@db.invalid:5432/prep',
  JWT_SECRET: 'x'.repeat(40),
  SMTP_URL: 'smtp://127.0.0.1:1025',
  UNSUBSCRIBE_SECRET: 'u'.repeat(40),
};
const INTROSPECTION = '{ __schema { types { name } } }';
const MISSPELLED = '{ mee { user { id } } }';

const signUpVariables = (email: string, password = 'correct horse battery staple') => ({
  input: { organizationName: 'Hygiene Org', name: 'Hugo Hygiene', email, password },
});

/** The pool reconnects on its own schedule, with nothing to wake on: poll the endpoint. */
async function waitUntilReady(app: ApiHarness): Promise<void> {
  await waitFor(
    async () => (await app.http().get('/health/ready')).status === 200,
    '/health/ready to answer 200 again',
    { timeoutMs: 5_000 },
  );
}

/** Raw HTTP answers carry the GraphQL body; lift it into the harness' shape. */
const asGraphql = (response: { status: number; body: any }): GraphqlResponse => ({
  status: response.status,
  data: response.body?.data ?? undefined,
  errors: response.body?.errors,
});

describe('graphql hygiene (e2e)', () => {
  let api: ApiHarness;
  let owner: Session;

  let postgres: TcpProxy;
  const db = openOwnerDatabase();
  const isRegistered = async (email: string) =>
    (await db.query('SELECT 1 FROM users WHERE email = $1', [email])).rowCount === 1;

  beforeAll(async () => {
    // Postgres through a proxy, so one test can take the database away from this app alone.
    postgres = await startTcpProxy(loadConfig().database.url);
    api = await startApi({ DATABASE_URL: postgres.url, REDIS_PREFIX: isolatedRedisPrefix('hygiene') });
    owner = await signUp(api, 'Hygiene Org');
  });
  afterAll(async () => {
    await db.end();
    await api?.close();
    await postgres?.close();
  });

  describe('errors', () => {
    it('every error carries a public extensions.code and no stack trace', async () => {
      const post = (body: unknown, contentType = 'application/json') =>
        api
          .http()
          .post('/graphql')
          .set('content-type', contentType)
          .send(body as object)
          .then(asGraphql);
      const responses: GraphqlResponse[] = [
        await api.gql('{ me { user { id } '), // parse error
        await api.gql(MISSPELLED), // validation error
        await api.gql('query($id: ID!) { candidate(id: $id) { id } }'), // missing variable
        await api.gql('query($n: Int) { candidates(first: $n) { totalCount } }', { n: 'ten' }, owner.accessToken), // wrong variable type
        await api.gql('{ me { user { id } } }'), // unauthenticated
        await api.gql('{ me { user { id } } }', {}, 'forged'),
        await api.gql('query($id: ID!) { candidate(id: $id) { id } }', { id: randomUUID() }, owner.accessToken), // not found
        await api.gql(
          'mutation { createCandidate(input: {name: "A", email: "nope", timeZone: "UTC"}) { id } }',
          {},
          owner.accessToken,
        ),
        await api.gql(
          'mutation { addMember(input: {email: "x@example.com", name: "X", role: OWNER}) { invitationToken } }',
          {},
          owner.accessToken,
        ),
        await api.gql(SIGN_UP, signUpVariables(owner.user.email)), // conflict
        await post({}), // no query
        await post([{ query: '{ __typename }' }]), // batch
        await post(JSON.stringify({ query: '{ __typename }' }), 'text/plain'), // CSRF
      ];
      for (const response of responses) {
        expect(response.errors?.length).toBeGreaterThan(0);
        for (const error of response.errors!) {
          expect(PUBLIC_CODES).toContain(error.extensions?.code);
          expect(error.extensions).not.toHaveProperty('stacktrace');
          expect(error.extensions).not.toHaveProperty('exception');
        }
      }
    });
  });

  describe('an unexpected failure (the database goes away)', () => {
    it('answers INTERNAL_SERVER_ERROR with an errorId that is in the log with the real cause, and leaks nothing', async () => {
      const password = `secret-${randomBytes(8).toString('hex')}`;
      await postgres.stop();
      let response: GraphqlResponse;
      try {
        response = await api.gql(LOGIN_MUTATION, { input: { email: owner.user.email, password } });
      } finally {
        await postgres.start();
      }
      expect(response.data).toBeFalsy();
      expect(response.errors).toHaveLength(1);
      const [error] = response.errors!;
      expect(error.extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });

      const logged = api
        .logs()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
        .find((entry) => entry.errorId === error.extensions!.errorId);
      expect(logged).toBeDefined();
      expect(logged.level).toBeGreaterThanOrEqual(50);
      expect(JSON.stringify(logged.err)).toMatch(/ECONNREFUSED|connect|terminat/i);
      expect(api.logs()).not.toContain(password);
      await waitUntilReady(api);
    });

    it('in production the client sees only a generic message and the errorId', async () => {
      const prodPostgres = await startTcpProxy(loadConfig().database.url);
      const prod = await startApi(
        { ...PRODUCTION, REDIS_PREFIX: isolatedRedisPrefix('hygiene-broken') },
        { databaseUrl: prodPostgres.url },
      );
      try {
        await prodPostgres.stop();
        const response = await prod.gql(LOGIN_MUTATION, {
          input: { email: owner.user.email, password: 'whatever-password' },
        });
        expect(response.errors).toEqual([
          expect.objectContaining({
            message: 'Internal server error',
            extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
          }),
        ]);
        const errorId = response.errors![0].extensions!.errorId;
        const logged = prod
          .logs()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
          .find((entry) => entry.errorId === errorId);
        expect(logged?.err).toBeDefined();
      } finally {
        await prod.close();
        await prodPostgres.close();
      }
    });
  });

  describe('production config', () => {
    let prod: ApiHarness;
    beforeAll(async () => {
      prod = await startApi(
        { ...PRODUCTION, REDIS_PREFIX: isolatedRedisPrefix('hygiene-prod') },
        { databaseUrl: loadConfig().database.url },
      );
    });
    afterAll(() => prod.close());

    it('refuses a token signed with the development secret, even one naming a live session', async () => {
      const session = await signUp(prod, 'Attacked Org');
      const { iat: _iat, exp: _exp, ...claims } = decodeJwt(session.accessToken);
      const forged = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode('development-only-secret-change-me-0123456789'));
      const ME_ORG = '{ me { organization { id } } }';
      expect(errorCode(await prod.gql(ME_ORG, {}, forged))).toBe('UNAUTHENTICATED');
      expect((await prod.gql(ME_ORG, {}, session.accessToken)).data?.me.organization.id).toBe(session.organization.id);
    });

    it('refuses introspection', async () => {
      for (const query of [INTROSPECTION, '{ __type(name: "Candidate") { fields { name } } }']) {
        const response = await prod.gql(query);
        expect(response.data?.__schema ?? response.data?.__type ?? null).toBeNull();
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
      }
    });

    it('gives no field suggestions', async () => {
      const response = await prod.gql(MISSPELLED);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors!.map((e) => e.message).join('\n')).not.toMatch(/did you mean/i);
      const argument = await prod.gql('{ candidates(frist: 1) { totalCount } }');
      expect(argument.errors!.map((e) => e.message).join('\n')).not.toMatch(/did you mean/i);
    });

    it('no error carries a stack trace or exception details', async () => {
      const session = await signUp(prod, 'Prod Org');
      const responses = [
        await prod.gql('{ me { user { id } '),
        await prod.gql(MISSPELLED),
        await prod.gql(INTROSPECTION),
        await prod.gql('{ me { user { id } } }'),
        await prod.gql('query($id: ID!) { candidate(id: $id) { id } }', { id: 'nope' }, session.accessToken),
        await prod.gql(
          'mutation { createCandidate(input: {name: "A", email: "nope", timeZone: "UTC"}) { id } }',
          {},
          session.accessToken,
        ),
        await prod.gql('query($n: Int) { candidates(first: $n) { totalCount } }', { n: 'ten' }, session.accessToken),
      ];
      for (const response of responses) {
        expect(response.errors?.length).toBeGreaterThan(0);
        const text = JSON.stringify(response.errors);
        expect(text).not.toMatch(/stacktrace|"exception"/i);
        expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
      }
    });
  });

  describe('development config', () => {
    let dev: ApiHarness;
    beforeAll(async () => {
      dev = await startApi({ APP_ENV: 'development', REDIS_PREFIX: isolatedRedisPrefix('hygiene-dev') });
    });
    afterAll(() => dev.close());

    it('allows introspection and suggests fields', async () => {
      const response = await dev.gql<{ __schema: { types: Array<{ name: string }> } }>(INTROSPECTION);
      expect(response.errors).toBeUndefined();
      expect(response.data!.__schema.types.map((t) => t.name)).toEqual(
        expect.arrayContaining(['Candidate', 'Member', 'Query', 'Mutation']),
      );
      const misspelled = await dev.gql(MISSPELLED);
      expect(misspelled.errors![0].message).toMatch(/did you mean/i);
    });
  });

  describe('query limits', () => {
    let shallow: ApiHarness;
    beforeAll(async () => {
      shallow = await startApi({ GRAPHQL_MAX_DEPTH: '3', REDIS_PREFIX: isolatedRedisPrefix('hygiene-depth') });
    });
    afterAll(() => shallow.close());

    it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH before running it', async () => {
      const allowed = await shallow.gql('{ me { user { id } organization { id } } }', {}, owner.accessToken);
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data!.me.user.id).toBe(owner.user.id);
      const deepQuery = '{ candidates { edges { node { coach { id } } } } }';
      const deep = await shallow.gql(deepQuery, {}, owner.accessToken);
      expect(errorCode(deep)).toBe('BAD_USER_INPUT');
      expect(deep.errors![0].message).toMatch(/depth/i);
      expect(deep.data).toBeFalsy();
      // The same query is fine under the default limit: it was refused for its depth alone.
      expect((await api.gql(deepQuery, {}, owner.accessToken)).errors).toBeUndefined();
    });

    it('refuses more than 15 aliases', async () => {
      const aliases = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `m${i}: me { user { id } }`).join(' ')} }`;
      const fifteen = await api.gql(aliases(15), {}, owner.accessToken);
      expect(fifteen.errors).toBeUndefined();
      expect(Object.keys(fifteen.data!)).toHaveLength(15);
      const sixteen = await api.gql(aliases(16), {}, owner.accessToken);
      expect(errorCode(sixteen)).toBe('BAD_USER_INPUT');
      expect(sixteen.errors![0].message).toMatch(/alias/i);
      expect(sixteen.data).toBeFalsy();
    });
  });

  describe('HTTP transport', () => {
    it('refuses a GET without a preflight header (CSRF) and never runs it', async () => {
      const refused = await api
        .http()
        .get('/graphql')
        .query({ query: '{ me { user { id } } }' })
        .set('authorization', `Bearer ${owner.accessToken}`);
      expect(refused.status).toBe(400);
      expect(refused.body?.data).toBeFalsy();
      expect(JSON.stringify(refused.body)).not.toContain(owner.user.id);
      // The same GET with the preflight header is answered, so the refusal above is CSRF prevention.
      const allowed = await api
        .http()
        .get('/graphql')
        .query({ query: '{ me { user { id } } }' })
        .set('authorization', `Bearer ${owner.accessToken}`)
        .set('apollo-require-preflight', 'true');
      expect(allowed.status).toBe(200);
      expect(allowed.body.data.me.user.id).toBe(owner.user.id);
    });

    it('answers every query, its errors too, as never to be stored by a cache', async () => {
      const answered = await api
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${owner.accessToken}`)
        .send({ query: '{ me { user { id } organization { id name } } }' });
      expect(answered.body.data.me.user.id).toBe(owner.user.id);
      const refused = await api.http().post('/graphql').send({ query: '{ me { user { id } } }' });
      expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      for (const response of [answered, refused]) expect(response.headers['cache-control']).toBe('no-store');
    });

    it('refuses a text/plain POST (CSRF) and never runs it', async () => {
      const email = uniqueEmail('csrf');
      const response = await api
        .http()
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: SIGN_UP, variables: signUpVariables(email) }));
      expect(response.status).toBe(400);
      expect(response.body?.data).toBeFalsy();
      expect(await isRegistered(email)).toBe(false);
    });

    it('refuses a body larger than HTTP_BODY_LIMIT_BYTES with 413 and never runs it', async () => {
      const email = uniqueEmail('huge');
      const padding = 'p'.repeat(loadConfig().http.bodyLimitBytes + 1);
      const response = await api
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: SIGN_UP, variables: signUpVariables(email), padding });
      expect(response.status).toBe(413);
      expect(await isRegistered(email)).toBe(false);
    });

    it('refuses batched requests and never runs them', async () => {
      const email = uniqueEmail('batch');
      const response = await api
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send([{ query: SIGN_UP, variables: signUpVariables(email) }]);
      expect(response.status).toBe(400);
      expect(response.body?.data).toBeFalsy();
      expect(await isRegistered(email)).toBe(false);
    });
  });

  describe('logs and request ids', () => {
    it('never logs a password, an access token, a refresh token or the Authorization header', async () => {
      const password = `pw-${randomBytes(12).toString('hex')}`;
      const email = uniqueEmail('logged');
      const signedUp = (await api.gql<{ signUp: Session }>(SIGN_UP, signUpVariables(email, password))).data!.signUp;
      const loggedIn = (await api.gql<{ login: Session }>(LOGIN_MUTATION, { input: { email, password } })).data!.login;
      const wrong = await api.gql(LOGIN_MUTATION, { input: { email, password: `${password}-wrong` } });
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      const refreshed = (await api.gql<{ refreshSession: Session }>(REFRESH_MUTATION, { token: loggedIn.refreshToken }))
        .data!.refreshSession;
      const requestId = `secrets-${randomBytes(4).toString('hex')}`;
      const me = await api
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-request-id', requestId)
        .set('authorization', `Bearer ${refreshed.accessToken}`)
        .send({ query: '{ me { user { id } } }' });
      expect(me.body.data.me.user.id).toBe(signedUp.user.id);
      // A replay revokes the session, so it comes after the access token's last use.
      const replay = await api.gql(REFRESH_MUTATION, { token: loggedIn.refreshToken });
      expect(errorCode(replay)).toBe('UNAUTHENTICATED');

      const logs = api.logs();
      expect(logs.length).toBeGreaterThan(0);
      const secrets = {
        password,
        wrongPassword: `${password}-wrong`,
        signUpAccessToken: signedUp.accessToken,
        signUpRefreshToken: signedUp.refreshToken,
        loginAccessToken: loggedIn.accessToken,
        loginRefreshToken: loggedIn.refreshToken,
        refreshedAccessToken: refreshed.accessToken,
        refreshedRefreshToken: refreshed.refreshToken,
        authorizationHeader: `Bearer ${refreshed.accessToken}`,
        tokenSignature: refreshed.accessToken.split('.')[2],
      };
      for (const [name, secret] of Object.entries(secrets)) {
        expect({ name, logged: logs.includes(secret) }).toEqual({ name, logged: false });
      }
    });

    it('answers every request with an x-request-id and echoes a well-formed incoming one', async () => {
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
      const graphql = await api
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ __typename }' });
      expect(graphql.headers['x-request-id']).toMatch(uuid);
      const health = await api.http().get('/health/live');
      expect(health.headers['x-request-id']).toMatch(uuid);
      const csrf = await api.http().get('/graphql').query({ query: '{ __typename }' });
      expect(csrf.headers['x-request-id']).toMatch(uuid);
      expect(graphql.headers['x-request-id']).not.toBe(health.headers['x-request-id']);

      const incoming = `trace.${randomBytes(6).toString('hex')}_A-1`;
      const echoed = await api
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-request-id', incoming)
        .send({ query: '{ __typename }' });
      expect(echoed.headers['x-request-id']).toBe(incoming);

      for (const malformed of ['has spaces in it', 'x'.repeat(65), 'inject\\"quote']) {
        const response = await api
          .http()
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('x-request-id', malformed)
          .send({ query: '{ __typename }' });
        expect(response.headers['x-request-id']).toMatch(uuid);
      }
    });

    it('writes JSON lines that carry the request id', async () => {
      const incoming = `jsonl-${randomBytes(6).toString('hex')}`;
      await api
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-request-id', incoming)
        .send({ query: '{ __typename }' });
      const lines = api
        .logs()
        .split('\n')
        .filter((line) => line.trim() !== '');
      expect(lines.length).toBeGreaterThan(0);
      const entries = lines.map((line) => {
        try {
          return JSON.parse(line);
        } catch {
          throw new Error(`log line is not JSON: ${line.slice(0, 200)}`);
        }
      });
      const mine = entries.filter((entry) => entry.requestId === incoming);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.at(-1)).toMatchObject({
        level: expect.any(Number),
        time: expect.any(String),
        msg: 'request completed',
        req: { method: 'POST', path: '/graphql' },
        res: { statusCode: 200 },
      });
    });
  });
});
