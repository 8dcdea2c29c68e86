import type { AppConfig } from '@prep/config';
import { MemberRole } from '@prep/domain';
import { AccessTokenService } from './access-token.service';

const TTL_SECONDS = 60;
const config = { auth: { jwtSecret: 'x'.repeat(48), accessTokenTtlSeconds: TTL_SECONDS } } as AppConfig;
const auth = {
  userId: '7e1f0a4c-5b8e-4d5a-9a35-0a2f3b7d9c11',
  organizationId: 'f3c2b1a0-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
  memberId: '0c1b2a3f-4e5d-4c6b-8a7f-9e8d7c6b5a4f',
  role: MemberRole.COACH,
  sessionId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
};

describe('AccessTokenService', () => {
  afterEach(() => jest.useRealTimers());

  it('answers the same claims for a token it has already verified', async () => {
    const tokens = new AccessTokenService(config);
    const token = await tokens.sign(auth);
    expect(await tokens.verify(token)).toEqual(auth);
    expect(await tokens.verify(token)).toEqual(auth);
  });

  it('refuses a token it once accepted as soon as the token expires', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const tokens = new AccessTokenService(config);
    const token = await tokens.sign(auth);
    expect(await tokens.verify(token)).toEqual(auth);
    jest.setSystemTime(new Date('2026-12-01T12:00:59Z'));
    expect(await tokens.verify(token)).toEqual(auth);
    jest.setSystemTime(new Date('2026-12-01T12:01:01Z'));
    expect(await tokens.verify(token)).toBeNull();
  });

  it('refuses a token signed with another key, even one with the same claims', async () => {
    const tokens = new AccessTokenService(config);
    const other = new AccessTokenService({ auth: { ...config.auth, jwtSecret: 'y'.repeat(48) } } as AppConfig);
    expect(await tokens.verify(await other.sign(auth))).toBeNull();
  });
});
