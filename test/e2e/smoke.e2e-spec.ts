import { ApiHarness, startApi } from '../support/api-harness';
import { signUp } from '../support/fixtures';

describe('smoke', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('signs up and reads me', async () => {
    const owner = await signUp(api);
    const me = await api.gql('{ me { user { id role } organization { id } } }', {}, owner.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.user.role).toBe('OWNER');
  });
});
