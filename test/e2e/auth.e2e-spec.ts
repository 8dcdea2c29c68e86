import { createHash } from 'node:crypto';
import { SignJWT, decodeJwt } from 'jose';
import { ApiHarness, errorCode, GraphqlResponse, startApi } from '../support/api-harness';
import {
  addActiveMember,
  isolatedRedisPrefix,
  LOGIN_MUTATION,
  PASSWORD,
  REFRESH_MUTATION,
  Session,
  SESSION_FIELDS,
  signUp,
  uniqueEmail,
} from '../support/fixtures';
import { openOwnerDatabase } from '../support/owner-database';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { ${SESSION_FIELDS} } }`;
const ADD_MEMBER =
  'mutation($input: AddMemberInput!) { addMember(input: $input) { invitationToken member { id email role status } } }';
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${SESSION_FIELDS} } }`;
const ME = '{ me { user { id email role } organization { id name } } }';

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('auth (e2e)', () => {
  let api: ApiHarness;
  let owner: Session;
  const db = openOwnerDatabase();

  beforeAll(async () => {
    // Many logins and refreshes from one address: a generous limit here, the real one tested below.
    api = await startApi({ AUTH_RATE_LIMIT_POINTS: '100', REDIS_PREFIX: isolatedRedisPrefix('auth') });
    owner = await signUp(api, 'Auth Spec Coaching');
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const login = (email: string, password: string) =>
    api.gql<{ login: Session }>(LOGIN_MUTATION, { input: { email, password } });
  const refresh = (token: string) => api.gql<{ refreshSession: Session }>(REFRESH_MUTATION, { token });
  const me = (accessToken?: string) =>
    api.gql<{ me: { user: { id: string; email: string; role: string }; organization: { id: string } } }>(
      ME,
      {},
      accessToken,
    );
  const invite = (by: Session, role: string, email = uniqueEmail('invitee')) =>
    api.gql<{
      addMember: { invitationToken: string; member: { id: string; email: string; role: string; status: string } };
    }>(ADD_MEMBER, { input: { email, name: 'Ivy Invitee', role } }, by.accessToken);
  const accept = (token: string) =>
    api.gql<{ acceptInvitation: Session }>(ACCEPT, { input: { token, password: PASSWORD } });

  describe('signUp', () => {
    it('creates an organization and its OWNER and returns a working session', async () => {
      const email = uniqueEmail('Signup.Owner');
      const response = await api.gql<{ signUp: Session }>(SIGN_UP, {
        input: { organizationName: 'Bright Futures', name: 'Sam Signup', email, password: PASSWORD },
      });
      expect(response.errors).toBeUndefined();
      const session = response.data!.signUp;
      expect(session).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        user: { id: expect.any(String), email: email.toLowerCase(), name: 'Sam Signup', role: 'OWNER' },
        organization: { id: expect.any(String), name: 'Bright Futures' },
      });
      const viewer = await me(session.accessToken);
      expect(viewer.data!.me).toEqual({
        user: { id: session.user.id, email: email.toLowerCase(), role: 'OWNER' },
        organization: { id: session.organization.id, name: 'Bright Futures' },
      });
    });

    it('refuses an email that is already registered (in any letter case) with CONFLICT', async () => {
      const response = await api.gql(SIGN_UP, {
        input: {
          organizationName: 'Copycat Inc',
          name: 'Copy Cat',
          email: owner.user.email.toUpperCase(),
          password: PASSWORD,
        },
      });
      expect(errorCode(response)).toBe('CONFLICT');
      expect(response.data).toBeFalsy();
    });
  });

  describe('login', () => {
    it('signs in with the right password', async () => {
      const response = await login(owner.user.email, PASSWORD);
      expect(response.errors).toBeUndefined();
      expect(response.data!.login.user).toMatchObject({ id: owner.user.id, role: 'OWNER' });
      expect(response.data!.login.organization.id).toBe(owner.organization.id);
      expect((await me(response.data!.login.accessToken)).data!.me.user.id).toBe(owner.user.id);
    });

    it('answers an unknown email and a wrong password identically', async () => {
      const unknown = await login(uniqueEmail('nobody'), PASSWORD);
      const wrong = await login(owner.user.email, 'wrong password, really');
      expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
      expect(wrong.errors![0].extensions).toEqual(unknown.errors![0].extensions);
      expect(unknown.data).toBeFalsy();
      expect(wrong.data).toBeFalsy();
    });
  });

  describe('me and access tokens', () => {
    it('requires a token', async () => {
      const response = await me();
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(response.data).toBeFalsy();
    });

    it('refuses garbage, forged and tampered tokens', async () => {
      const claims = decodeJwt(owner.accessToken);
      const [header, , signature] = owner.accessToken.split('.');
      const reSigned = await new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'HS256' })
        .sign(new TextEncoder().encode('an-attacker-chosen-secret-that-is-long-enough'));
      const tamperedPayload = `${header}.${b64url({ ...claims, org: '00000000-0000-4000-8000-000000000000' })}.${signature}`;
      const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`;
      for (const token of ['garbage', 'a.b.c', reSigned, tamperedPayload, unsigned]) {
        const response = await me(token);
        expect({ token, code: errorCode(response) }).toEqual({ token, code: 'UNAUTHENTICATED' });
        expect(response.data).toBeFalsy();
      }
      // The genuine token still works, so the refusals above are about the forgery.
      expect((await me(owner.accessToken)).data!.me.user.id).toBe(owner.user.id);
    });
  });

  describe('refresh tokens', () => {
    it('rotate: the new pair works', async () => {
      const session = (await login(owner.user.email, PASSWORD)).data!.login;
      const rotated = await refresh(session.refreshToken);
      expect(rotated.errors).toBeUndefined();
      const next = rotated.data!.refreshSession;
      expect(next.refreshToken).not.toBe(session.refreshToken);
      expect(next.user.id).toBe(owner.user.id);
      expect((await me(next.accessToken)).data!.me.user.id).toBe(owner.user.id);
      const again = await refresh(next.refreshToken);
      expect(again.errors).toBeUndefined();
    });

    it('replaying a used refresh token fails and revokes the whole family', async () => {
      const session = (await login(owner.user.email, PASSWORD)).data!.login;
      const second = (await refresh(session.refreshToken)).data!.refreshSession;
      const replay = await refresh(session.refreshToken);
      expect(errorCode(replay)).toBe('UNAUTHENTICATED');
      expect(replay.data).toBeFalsy();
      // The newest token of that family, never used, no longer works either.
      const newest = await refresh(second.refreshToken);
      expect(errorCode(newest)).toBe('UNAUTHENTICATED');
    });

    it('a revoked family does not affect another session of the same member', async () => {
      const a = (await login(owner.user.email, PASSWORD)).data!.login;
      const b = (await login(owner.user.email, PASSWORD)).data!.login;
      await refresh(a.refreshToken);
      await refresh(a.refreshToken); // replay: revokes a's family only
      const other = await refresh(b.refreshToken);
      expect(other.errors).toBeUndefined();
    });

    it('logout ends the session: its current refresh token stops working', async () => {
      const session = (await login(owner.user.email, PASSWORD)).data!.login;
      const current = (await refresh(session.refreshToken)).data!.refreshSession;
      const logout = await api.gql<{ logout: boolean }>('mutation { logout }', {}, current.accessToken);
      expect(logout.errors).toBeUndefined();
      expect(logout.data!.logout).toBe(true);
      const after = await refresh(current.refreshToken);
      expect(errorCode(after)).toBe('UNAUTHENTICATED');
      expect(after.data).toBeFalsy();
    });

    it('an unknown refresh token is refused', async () => {
      expect(errorCode(await refresh('rt_not-a-real-token'))).toBe('UNAUTHENTICATED');
    });
  });

  describe('members and invitations', () => {
    it('an invited member cannot log in until they accept; the invitation works exactly once', async () => {
      const email = uniqueEmail('invited');
      const invited = await invite(owner, 'COACH', email);
      expect(invited.errors).toBeUndefined();
      expect(invited.data!.addMember.member).toMatchObject({ email, role: 'COACH', status: 'INVITED' });

      const early = await login(email, PASSWORD);
      const wrongPassword = await login(owner.user.email, 'wrong password, really');
      expect(errorCode(early)).toBe('UNAUTHENTICATED');
      expect(early.errors![0].message).toBe(wrongPassword.errors![0].message);

      const accepted = await accept(invited.data!.addMember.invitationToken);
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.acceptInvitation.user).toMatchObject({
        id: invited.data!.addMember.member.id,
        email,
        role: 'COACH',
      });
      expect(accepted.data!.acceptInvitation.organization.id).toBe(owner.organization.id);
      expect((await me(accepted.data!.acceptInvitation.accessToken)).data!.me.user.role).toBe('COACH');

      const loggedIn = await login(email, PASSWORD);
      expect(loggedIn.errors).toBeUndefined();

      const second = await accept(invited.data!.addMember.invitationToken);
      expect(errorCode(second)).toBe('NOT_FOUND');
      expect(second.data).toBeFalsy();
    });

    it('an unknown invitation token is NOT_FOUND', async () => {
      expect(errorCode(await accept('inv_not-a-real-token'))).toBe('NOT_FOUND');
    });

    it('a COACH may not add members', async () => {
      const coach = await addActiveMember(api, owner, 'COACH');
      const email = uniqueEmail('by-coach');
      const response = await invite(coach, 'COACH', email);
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.data).toBeFalsy();
      const members = await api.gql<{ members: Array<{ email: string }> }>(
        '{ members { email } }',
        {},
        owner.accessToken,
      );
      expect(members.data!.members.map((m) => m.email)).not.toContain(email);
    });

    it('nobody can be invited as OWNER', async () => {
      const email = uniqueEmail('would-be-owner');
      const response = await invite(owner, 'OWNER', email);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      const members = await api.gql<{ members: Array<{ email: string }> }>(
        '{ members { email } }',
        {},
        owner.accessToken,
      );
      expect(members.data!.members.map((m) => m.email)).not.toContain(email);
    });
  });

  describe('secrets at rest', () => {
    it('stores passwords as argon2id and never a password, refresh token or invitation token in plain text', async () => {
      const invited = await invite(owner, 'ADMIN');
      const admin = (await accept(invited.data!.addMember.invitationToken)).data!.acceptInvitation;
      const session = (await login(owner.user.email, PASSWORD)).data!.login;

      const hashes = await db.query<{ email: string; password_hash: string }>(
        'SELECT email, password_hash FROM users WHERE email = ANY($1)',
        [[owner.user.email, admin.user.email]],
      );
      expect(hashes.rows).toHaveLength(2);
      for (const row of hashes.rows) expect(row.password_hash).toMatch(/^\$argon2id\$/);

      const containing = async (table: string, secret: string) =>
        Number(
          (await db.query(`SELECT count(*) AS n FROM ${table} t WHERE position($1 in t::text) > 0`, [secret])).rows[0]
            .n,
        );
      expect(await containing('users', PASSWORD)).toBe(0);
      expect(await containing('refresh_tokens', session.refreshToken)).toBe(0);
      expect(await containing('member_invitations', invited.data!.addMember.invitationToken)).toBe(0);
      // The token is stored as its SHA-256, so it can still be looked up.
      const stored = await db.query('SELECT 1 FROM refresh_tokens WHERE token_hash = $1', [
        createHash('sha256').update(session.refreshToken).digest('hex'),
      ]);
      expect(stored.rowCount).toBe(1);
    });
  });

  describe('rate limiting (AUTH_RATE_LIMIT_POINTS=3)', () => {
    let limited: ApiHarness;
    beforeAll(async () => {
      limited = await startApi({ AUTH_RATE_LIMIT_POINTS: '3', REDIS_PREFIX: isolatedRedisPrefix('auth-rate') });
    });
    afterAll(() => limited.close());

    const expectRateLimited = (response: GraphqlResponse) => {
      expect(errorCode(response)).toBe('RATE_LIMITED');
      expect(response.data).toBeFalsy();
      const retryAfter = response.errors![0].extensions!.retryAfterSeconds;
      expect(typeof retryAfter).toBe('number');
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
    };

    it('refuses the 4th signUp from the same client, and does not create the account', async () => {
      const signUpAs = (email: string) =>
        limited.gql(SIGN_UP, {
          input: { organizationName: 'Limited Co', name: 'Rita Rate', email, password: PASSWORD },
        });
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect(errorCode(await signUpAs(uniqueEmail(`limit${attempt}`)))).toBeUndefined();
      }
      const email = uniqueEmail('limit4');
      expectRateLimited(await signUpAs(email));
      const registered = await db.query('SELECT 1 FROM users WHERE email = $1', [email]);
      expect(registered.rowCount).toBe(0);
    });

    it('refuses the 4th login from the same client, even with the right password', async () => {
      for (let attempt = 1; attempt <= 3; attempt++) {
        // Different unknown emails: only the client counter can add up.
        const response = await limited.gql(LOGIN_MUTATION, {
          input: { email: uniqueEmail(`guess${attempt}`), password: 'not the password' },
        });
        expect(errorCode(response)).toBe('UNAUTHENTICATED');
      }
      expectRateLimited(await limited.gql(LOGIN_MUTATION, { input: { email: owner.user.email, password: PASSWORD } }));
    });
  });
});
