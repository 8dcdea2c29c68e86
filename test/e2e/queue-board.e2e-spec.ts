import { ApiHarness, startApi } from '../support/api-harness';

describe('queue dashboard', () => {
  it('is not mounted without operator credentials', async () => {
    const api = await startApi();
    try {
      expect((await api.http().get('/admin/queues')).status).toBe(404);
    } finally {
      await api.close();
    }
  });

  describe('with operator credentials', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi({ QUEUE_BOARD_USER: 'operator', QUEUE_BOARD_PASSWORD: 'a-long-operator-password' });
    });
    afterAll(() => api.close());

    it('refuses anyone without them, including a tenant’s bearer token', async () => {
      expect((await api.http().get('/admin/queues')).status).toBe(401);
      expect((await api.http().get('/admin/queues/api/queues')).status).toBe(401);
      expect((await api.http().get('/admin/queues').auth('operator', 'wrong-password-here')).status).toBe(401);
      expect((await api.http().get('/admin/queues').set('authorization', 'Bearer anything')).status).toBe(401);
    });

    it('shows the queues to the operator', async () => {
      const page = await api.http().get('/admin/queues').auth('operator', 'a-long-operator-password');
      expect(page.status).toBe(200);
      const queues = await api.http().get('/admin/queues/api/queues').auth('operator', 'a-long-operator-password');
      expect(queues.status).toBe(200);
      expect(queues.body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual([
        'mail',
        'maintenance',
        'reminders',
      ]);
    });
  });
});
