import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { loadConfig } from '@prep/config';
import { MemberRole } from '@prep/domain';
import { TenantTransactions } from '@prep/persistence';
import { SessionService } from '../../apps/api/src/features/auth/session.service';
import { AccessTokenService } from '../../apps/api/src/features/auth/access-token.service';
import { ApiHarness, errorCode, startApi } from '../support/api-harness';
import {
  addActiveMember,
  isolatedRedisPrefix,
  LOGIN_MUTATION,
  PASSWORD,
  REFRESH_MUTATION,
  Session,
  signUp,
  startTcpProxy,
  uniqueEmail,
  withPg,
} from '../support/fixtures';

// Each API process trusts a session check this long; every revocation must bite within it.
const CHECK_CACHE_MS = 150;
const ME = '{ me { user { id role } } }';
const ADD_MEMBER = 'mutation($input: AddMemberInput!) { addMember(input: $input) { member { id } } }';

const ownerDb = <T>(sql: string, params: unknown[]) =>
  withPg(loadConfig().database.ownerUrl, async (db) => (await db.query(sql, params)).rows as T[]);

describe('access tokens end with their session (e2e)', () => {
  let api: ApiHarness;
  let owner: Session;

  beforeAll(async () => {
    api = await startApi({
      SESSION_CHECK_CACHE_MS: String(CHECK_CACHE_MS),
      AUTH_RATE_LIMIT_POINTS: '100',
      REDIS_PREFIX: isolatedRedisPrefix('session-revocation'),
    });
    owner = await signUp(api, 'Revocation Org');
  });
  afterAll(() => api.close());

  const me = (accessToken: string) => api.gql<{ me: { user: { role: string } } }>(ME, {}, accessToken);
  const addMember = (accessToken: string) =>
    api.gql(ADD_MEMBER, { input: { email: uniqueEmail('added'), name: 'Addie Added', role: 'COACH' } }, accessToken);
  const login = async (email: string) => {
    const response = await api.gql<{ login: Session }>(LOGIN_MUTATION, { input: { email, password: PASSWORD } });
    if (!response.data) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
    return response.data.login;
  };

  /** Polls until `code` answers, failing if that takes longer than the cache may lag (plus slack). */
  async function answersWithin(request: () => Promise<{ errors?: unknown }>, code: string): Promise<number> {
    const started = Date.now();
    const deadline = started + CHECK_CACHE_MS + 1_000;
    for (;;) {
      const response = await request();
      if (errorCode(response as never) === code) return Date.now() - started;
      if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(response)} after ${Date.now() - started} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('logout: the access token stops at once', async () => {
    const session = await login(owner.user.email);
    expect((await me(session.accessToken)).data?.me.user.role).toBe('OWNER');
    await api.gql('mutation { logout }', {}, session.accessToken);
    expect(errorCode(await me(session.accessToken))).toBe('UNAUTHENTICATED');
    expect((await me(owner.accessToken)).data?.me.user.role).toBe('OWNER');
  });

  it('a family revoked on replay: every access token of the session stops', async () => {
    const first = await login(owner.user.email);
    const rotated = (await api.gql<{ refreshSession: Session }>(REFRESH_MUTATION, { token: first.refreshToken })).data!
      .refreshSession;
    expect((await me(rotated.accessToken)).data).toBeDefined();
    const replay = await api.gql(REFRESH_MUTATION, { token: first.refreshToken });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    await answersWithin(() => me(first.accessToken), 'UNAUTHENTICATED');
    await answersWithin(() => me(rotated.accessToken), 'UNAUTHENTICATED');
  });

  it('a role change: the current role is enforced, not the one in the token', async () => {
    const admin = await addActiveMember(api, owner, 'ADMIN', 'Ada Admin');
    expect(decodeJwt(admin.accessToken).role).toBe('ADMIN');
    expect((await addMember(admin.accessToken)).errors).toBeUndefined();

    await ownerDb('UPDATE members SET role = $2 WHERE id = $1', [admin.user.id, 'COACH']);
    await answersWithin(() => addMember(admin.accessToken), 'FORBIDDEN');
    expect((await me(admin.accessToken)).data?.me.user.role).toBe('COACH');

    await ownerDb('UPDATE members SET role = $2 WHERE id = $1', [admin.user.id, 'ADMIN']);
    await answersWithin(async () => {
      const response = await addMember(admin.accessToken);
      return response.errors ? response : { errors: [{ extensions: { code: 'ALLOWED' } }] };
    }, 'ALLOWED');
  });

  it('a member no longer active is locked out', async () => {
    const coach = await addActiveMember(api, owner, 'COACH', 'Rex Removed');
    expect((await me(coach.accessToken)).data).toBeDefined();
    await ownerDb(`UPDATE members SET status = 'INVITED' WHERE id = $1`, [coach.user.id]);
    await answersWithin(() => me(coach.accessToken), 'UNAUTHENTICATED');
  });

  it("revoking a member's sessions (as a password change does) stops all their access tokens", async () => {
    const coach = await addActiveMember(api, owner, 'COACH', 'Pat Password');
    const second = await login(coach.user.email);
    const families = await ownerDb<{ family_id: string }>(
      'SELECT DISTINCT family_id FROM refresh_tokens WHERE member_id = $1',
      [coach.user.id],
    );
    expect(families).toHaveLength(2);
    const sessions = api.app.get(SessionService);
    await api.app.get(TenantTransactions).run({ organizationId: owner.organization.id }, async (manager) => {
      for (const { family_id } of families) await sessions.revokeFamily(manager, owner.organization.id, family_id);
    });
    await answersWithin(() => me(coach.accessToken), 'UNAUTHENTICATED');
    await answersWithin(() => me(second.accessToken), 'UNAUTHENTICATED');
    expect((await me(owner.accessToken)).data).toBeDefined();
  });

  it('an expired session ends its access tokens', async () => {
    const session = await login(owner.user.email);
    const { sid } = decodeJwt(session.accessToken);
    await ownerDb(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE family_id = $1`, [sid]);
    await answersWithin(() => me(session.accessToken), 'UNAUTHENTICATED');
  });

  it("a validly signed token naming another organization's session is refused", async () => {
    const other = await signUp(api, 'Other Revocation Org');
    const { sid: otherSession } = decodeJwt(other.accessToken);
    const tokens = api.app.get(AccessTokenService);
    const crossed = await tokens.sign({
      organizationId: owner.organization.id,
      memberId: owner.user.id,
      userId: String(decodeJwt(owner.accessToken).sub),
      role: MemberRole.OWNER,
      sessionId: String(otherSession),
    });
    expect(errorCode(await me(crossed))).toBe('UNAUTHENTICATED');
    const unknown = await tokens.sign({
      organizationId: owner.organization.id,
      memberId: owner.user.id,
      userId: String(decodeJwt(owner.accessToken).sub),
      role: MemberRole.OWNER,
      sessionId: randomUUID(),
    });
    expect(errorCode(await me(unknown))).toBe('UNAUTHENTICATED');
  });

  it('a database outage during the check is an error with an errorId, and is not remembered once it is over', async () => {
    const postgres = await startTcpProxy(loadConfig().database.url);
    const proxied = await startApi(
      { SESSION_CHECK_CACHE_MS: String(CHECK_CACHE_MS), REDIS_PREFIX: isolatedRedisPrefix('session-outage') },
      { databaseUrl: postgres.url },
    );
    try {
      const session = await signUp(proxied, 'Outage Org');
      // Let this process's check of the new session expire, so the next request checks again.
      await new Promise((resolve) => setTimeout(resolve, CHECK_CACHE_MS + 50));
      await postgres.stop();
      const during = await proxied.gql(ME, {}, session.accessToken);
      expect(during.errors?.[0]?.extensions).toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        errorId: expect.any(String),
      });
      await postgres.start();
      expect((await proxied.gql(ME, {}, session.accessToken)).data?.me.user.role).toBe('OWNER');
    } finally {
      await proxied.close();
      await postgres.close();
    }
  });
});
