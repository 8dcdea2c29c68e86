import request from 'supertest';
import { ApiHarness, startApi } from '../support/api-harness';
import { isolatedRedisPrefix, PASSWORD, signUp, uniqueEmail } from '../support/fixtures';

const APP_ORIGIN = 'https://coach.example';
const SESSION = 'accessToken refreshToken user { email }';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${SESSION} } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { ${SESSION} } }`;
const REFRESH = `mutation($token: String) { refreshSession(refreshToken: $token) { ${SESSION} } }`;
const LOGOUT = 'mutation { logout }';

interface Exchange {
  status: number;
  body: { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
  setCookie: string[];
}

/** Node gives Set-Cookie as an array of lines. */
function setCookieLines(headers: Record<string, unknown>): string[] {
  const value = headers['set-cookie'];
  return Array.isArray(value) ? value.map(String) : [];
}

/** The refresh cookie as a browser would send it back: name=value only. */
function cookieFrom(exchange: Exchange): string {
  const header = exchange.setCookie.find((line) => line.startsWith('prep_refresh='));
  if (!header) throw new Error(`no refresh cookie in ${JSON.stringify(exchange.setCookie)}`);
  return header.split(';')[0];
}

describe('sessions in a browser: the refresh token in an HttpOnly cookie', () => {
  let api: ApiHarness;
  let email: string;

  beforeAll(async () => {
    api = await startApi({
      APP_URL: APP_ORIGIN,
      AUTH_RATE_LIMIT_POINTS: '100',
      REDIS_PREFIX: isolatedRedisPrefix('browser-sessions'),
    });
    const owner = await signUp(api, 'Cookie Coaching');
    email = owner.user.email;
  });
  afterAll(() => api.close());

  async function post(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<Exchange> {
    const call = request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    for (const [name, value] of Object.entries(headers)) call.set(name, value);
    const response = await call.send({ query, variables });
    return { status: response.status, body: response.body, setCookie: setCookieLines(response.headers) };
  }

  const browser = (extra: Record<string, string> = {}) => ({
    'x-session-mode': 'cookie',
    origin: APP_ORIGIN,
    'sec-fetch-site': 'same-origin',
    ...extra,
  });
  const loginInBrowser = () => post(LOGIN, { input: { email, password: PASSWORD } }, browser());

  it('login in cookie mode sets an HttpOnly, SameSite=Strict, Secure cookie on /graphql and leaves the token out of the body', async () => {
    const login = await loginInBrowser();
    expect(login.body.data.login.accessToken).toEqual(expect.any(String));
    expect(login.body.data.login.refreshToken).toBeNull();
    const attributes = login.setCookie[0].split('; ');
    expect(attributes[0]).toMatch(/^prep_refresh=rt_[A-Za-z0-9_-]{43}$/);
    expect(attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Secure', 'Path=/graphql', `Max-Age=${30 * 24 * 3600}`]),
    );
  });

  it('API clients keep the refresh token in the body and get no cookie', async () => {
    const login = await post(LOGIN, { input: { email, password: PASSWORD } });
    expect(login.body.data.login.refreshToken).toMatch(/^rt_/);
    expect(login.setCookie).toEqual([]);
  });

  it('sign-up in cookie mode sets the cookie too', async () => {
    const input = {
      organizationName: 'Cookie Sign-up',
      name: 'Sam Signup',
      email: uniqueEmail('cookie'),
      password: PASSWORD,
    };
    const signedUp = await post(SIGN_UP, { input }, browser());
    expect(signedUp.body.data.signUp.refreshToken).toBeNull();
    expect(cookieFrom(signedUp)).toMatch(/^prep_refresh=rt_/);
  });

  it('accepting an invitation in cookie mode sets the cookie, and the cookie refreshes that member', async () => {
    const owner = await signUp(api, 'Cookie Invitations');
    const invited = await api.gql<{ addMember: { invitationToken: string } }>(
      'mutation($input: AddMemberInput!) { addMember(input: $input) { invitationToken } }',
      { input: { email: uniqueEmail('invited'), name: 'Ivy Invitee', role: 'COACH' } },
      owner.accessToken,
    );
    const accepted = await post(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${SESSION} } }`,
      { input: { token: invited.data!.addMember.invitationToken, password: PASSWORD } },
      browser(),
    );
    expect(accepted.body.data.acceptInvitation.refreshToken).toBeNull();
    const refreshed = await post(REFRESH, {}, browser({ cookie: cookieFrom(accepted) }));
    expect(refreshed.body.data.refreshSession.user.email).toBe(accepted.body.data.acceptInvitation.user.email);
  });

  it('refresh in cookie mode reads the cookie, rotates it, and a replayed cookie ends the session', async () => {
    const first = cookieFrom(await loginInBrowser());
    const refreshed = await post(REFRESH, {}, browser({ cookie: first }));
    expect(refreshed.body.data.refreshSession.accessToken).toEqual(expect.any(String));
    expect(refreshed.body.data.refreshSession.refreshToken).toBeNull();
    const second = cookieFrom(refreshed);
    expect(second).not.toBe(first);

    const replayed = await post(REFRESH, {}, browser({ cookie: first }));
    expect(replayed.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(replayed.setCookie[0]).toMatch(/^prep_refresh=; .*Max-Age=0/);
    const afterReplay = await post(REFRESH, {}, browser({ cookie: second }));
    expect(afterReplay.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a cookie-mode request from another origin is refused and the cookie still works afterwards', async () => {
    const cookie = cookieFrom(await loginInBrowser());
    const crossOrigin = await post(
      REFRESH,
      {},
      browser({ cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }),
    );
    expect(crossOrigin.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherOrigin = await post(REFRESH, {}, { 'x-session-mode': 'cookie', cookie, origin: 'https://evil.example' });
    expect(otherOrigin.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const crossSiteLogin = await post(
      LOGIN,
      { input: { email, password: PASSWORD } },
      browser({ 'sec-fetch-site': 'cross-site' }),
    );
    expect(crossSiteLogin.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(crossSiteLogin.setCookie).toEqual([]);

    const sameOrigin = await post(REFRESH, {}, browser({ cookie }));
    expect(sameOrigin.body.data.refreshSession.accessToken).toEqual(expect.any(String));
  });

  it('the cookie alone (no session-mode header, as a simple form post would send) refreshes nothing', async () => {
    const cookie = cookieFrom(await loginInBrowser());
    const withoutHeader = await post(REFRESH, {}, { cookie, origin: APP_ORIGIN });
    expect(withoutHeader.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const formPost = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/x-www-form-urlencoded')
      .set('cookie', cookie)
      .send('query=mutation%20%7B%20refreshSession%20%7B%20accessToken%20%7D%20%7D');
    expect(formPost.status).toBe(400);
    expect(formPost.text).not.toContain('accessToken":"');

    const stillValid = await post(REFRESH, {}, browser({ cookie }));
    expect(stillValid.body.data.refreshSession.accessToken).toEqual(expect.any(String));
  });

  it('logout clears the cookie and ends the session', async () => {
    const login = await loginInBrowser();
    const cookie = cookieFrom(login);
    const accessToken = login.body.data.login.accessToken;
    const logout = await post(LOGOUT, {}, browser({ cookie, authorization: `Bearer ${accessToken}` }));
    expect(logout.body.data.logout).toBe(true);
    expect(logout.setCookie[0]).toMatch(/^prep_refresh=; Path=\/graphql; Max-Age=0; HttpOnly; SameSite=Strict/);
    const afterLogout = await post(REFRESH, {}, browser({ cookie }));
    expect(afterLogout.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('page loads without a session', () => {
  let api: ApiHarness;
  afterAll(() => api?.close());

  it('do not use up the refresh limit: signed-out visitors behind one address can still sign in and refresh', async () => {
    api = await startApi({ AUTH_RATE_LIMIT_POINTS: '3', REDIS_PREFIX: isolatedRedisPrefix('browser-sessions-limit') });
    const server = api.app.getHttpServer();
    const refreshWithout = () =>
      request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-session-mode', 'cookie')
        .send({ query: REFRESH, variables: {} });
    for (let load = 0; load < 5; load += 1) {
      expect((await refreshWithout()).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const owner = await signUp(api, 'Busy Office');
    const refreshed = await api.gql(REFRESH, { token: owner.refreshToken });
    expect(refreshed.data?.refreshSession.accessToken).toEqual(expect.any(String));
  });
});

describe('the refresh cookie over plain http', () => {
  let api: ApiHarness;
  afterAll(() => api?.close());

  it('has no Secure attribute when APP_URL is http', async () => {
    api = await startApi({
      APP_URL: 'http://localhost:3999',
      REDIS_PREFIX: isolatedRedisPrefix('browser-sessions-http'),
    });
    const owner = await signUp(api, 'Plain Coaching');
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-session-mode', 'cookie')
      .send({ query: LOGIN, variables: { input: { email: owner.user.email, password: PASSWORD } } });
    const [cookie] = setCookieLines(response.headers);
    expect(cookie).toContain('HttpOnly; SameSite=Strict');
    expect(cookie).not.toContain('Secure');
  });
});
