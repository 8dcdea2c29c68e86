import { ApiHarness, errorCode, startApi } from '../support/api-harness';
import {
  addActiveMember,
  isolatedRedisPrefix,
  LOGIN_MUTATION,
  PASSWORD,
  REFRESH_MUTATION,
  Session,
  signUp,
  uniqueEmail,
} from '../support/fixtures';
import { closeOwnerDatabase, openOwnerDatabase, OwnerDatabase } from '../support/owner-database';

const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
const UPDATE_PROFILE = 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id name } }';
const REQUEST_RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const ME = '{ me { user { id name } } }';
const NEW_PASSWORD = 'a brand new passphrase';

describe('own account (e2e)', () => {
  let api: ApiHarness;
  let db: OwnerDatabase;
  let owner: Session;

  beforeAll(async () => {
    api = await startApi({ AUTH_RATE_LIMIT_POINTS: '100', REDIS_PREFIX: isolatedRedisPrefix('accounts') });
    db = openOwnerDatabase();
    owner = await signUp(api, 'Accounts Spec Coaching');
  });
  afterAll(async () => {
    if (db) await closeOwnerDatabase(db);
    await api?.close();
  });

  const login = (email: string, password: string) => api.gql(LOGIN_MUTATION, { input: { email, password } });
  const auditActions = async (memberId: string) =>
    (
      await db.query(
        // The invitation that brought them in and their sign-ins are audited too; these tests look
        // at what the account changes left.
        `SELECT action, details FROM audit_events
          WHERE subject_id = $1 AND action NOT IN ('member.invited', 'member.joined') AND action NOT LIKE 'member.sign%'
          ORDER BY occurred_at`,
        [memberId],
      )
    ).rows;

  describe('changePassword', () => {
    it('needs the current password, keeps this session and ends every other one', async () => {
      const coach = await addActiveMember(api, owner, 'COACH');
      const other = (await login(coach.user.email, PASSWORD)).data!.login;

      const wrong = await api.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: 'not the password', newPassword: NEW_PASSWORD } },
        coach.accessToken,
      );
      expect(wrong.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'WRONG_CURRENT_PASSWORD',
        field: 'currentPassword',
      });
      expect(errorCode(await login(coach.user.email, NEW_PASSWORD))).toBe('UNAUTHENTICATED');

      const changed = await api.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } },
        coach.accessToken,
      );
      expect(changed.data).toEqual({ changePassword: true });
      expect(errorCode(await api.gql(REFRESH_MUTATION, { token: other.refreshToken }))).toBe('UNAUTHENTICATED');
      const kept = await api.gql(REFRESH_MUTATION, { token: coach.refreshToken });
      expect(kept.data!.refreshSession.user.id).toBe(coach.user.id);
      expect(errorCode(await login(coach.user.email, PASSWORD))).toBe('UNAUTHENTICATED');
      expect((await login(coach.user.email, NEW_PASSWORD)).data!.login.user.id).toBe(coach.user.id);

      const audit = await auditActions(coach.user.id);
      expect(audit).toEqual([{ action: 'account.password-changed', details: { sessionsEnded: 1 } }]);
      expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
    });

    it('refuses a new password that breaks the policy, and changes nothing', async () => {
      const coach = await addActiveMember(api, owner, 'COACH');
      const short = await api.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: PASSWORD, newPassword: 'short' } },
        coach.accessToken,
      );
      expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect((await login(coach.user.email, PASSWORD)).data!.login.user.id).toBe(coach.user.id);
    });
  });

  describe('updateMyProfile', () => {
    it('changes the caller’s own name, audited, and nobody else’s', async () => {
      const coach = await addActiveMember(api, owner, 'COACH', 'Casey Before');
      const updated = await api.gql(UPDATE_PROFILE, { input: { name: '  Casey After ' } }, coach.accessToken);
      expect(updated.data!.updateMyProfile).toEqual({ id: coach.user.id, name: 'Casey After' });
      expect((await api.gql(ME, {}, coach.accessToken)).data!.me.user.name).toBe('Casey After');
      expect((await api.gql(ME, {}, owner.accessToken)).data!.me.user.name).toBe('Olivia Owner');
      expect(await auditActions(coach.user.id)).toEqual([
        { action: 'member.profile-updated', details: { fields: ['name'] } },
      ]);
      const empty = await api.gql(UPDATE_PROFILE, { input: { name: '   ' } }, coach.accessToken);
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    });

    it('is refused to a removed member, even with an access token issued before', async () => {
      const leaving = await addActiveMember(api, owner, 'COACH', 'Rob Removed');
      await api.gql(
        'mutation($input: RemoveMemberInput!) { removeMember(input: $input) { member { id } } }',
        { input: { memberId: leaving.user.id } },
        owner.accessToken,
      );
      const late = await api.gql(UPDATE_PROFILE, { input: { name: 'Still Here' } }, leaving.accessToken);
      expect(errorCode(late)).toBe('UNAUTHENTICATED');
      const { rows } = await db.query('SELECT u.name FROM users u JOIN members m ON m.user_id = u.id WHERE m.id = $1', [
        leaving.user.id,
      ]);
      expect(rows).toEqual([{ name: 'Rob Removed' }]);
    });
  });

  describe('requestPasswordReset', () => {
    it('refuses a malformed address with a clear error', async () => {
      const response = await api.gql(REQUEST_RESET, { email: 'not an email' });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    });

    describe('rate limits (AUTH_RATE_LIMIT_POINTS=2, behind a trusted proxy)', () => {
      let limited: ApiHarness;
      beforeAll(async () => {
        limited = await startApi({
          AUTH_RATE_LIMIT_POINTS: '2',
          TRUST_PROXY: 'true',
          REDIS_PREFIX: isolatedRedisPrefix('accounts-rate'),
        });
      });
      afterAll(() => limited.close());

      const requestFrom = async (ip: string, email: string) => {
        const response = await limited
          .http()
          .post('/graphql')
          .set('x-forwarded-for', ip)
          .send({ query: REQUEST_RESET, variables: { email } });
        return response.body.errors?.[0]?.extensions?.code ?? response.body.data.requestPasswordReset;
      };

      it('per address, whichever clients ask', async () => {
        const email = uniqueEmail('target');
        expect([
          await requestFrom('203.0.113.1', email),
          await requestFrom('203.0.113.2', email),
          await requestFrom('203.0.113.3', email),
        ]).toEqual([true, true, 'RATE_LIMITED']);
      });

      it('per client, whatever addresses it asks about', async () => {
        expect([
          await requestFrom('198.51.100.7', uniqueEmail('a')),
          await requestFrom('198.51.100.7', uniqueEmail('b')),
          await requestFrom('198.51.100.7', uniqueEmail('c')),
        ]).toEqual([true, true, 'RATE_LIMITED']);
      });
    });
  });
});
