import { loadConfig } from '@prep/config';
import { ApiHarness, startApi } from '../support/api-harness';
import { isolatedRedisPrefix, startTcpProxy, TcpProxy } from '../support/fixtures';
import { waitFor } from '../support/wait-for';

describe('health (e2e)', () => {
  let api: ApiHarness;
  let redis: TcpProxy;
  let postgres: TcpProxy;
  let redisClients: number;

  beforeAll(async () => {
    // Both dependencies through proxies, so a test can take one away from this app alone.
    redis = await startTcpProxy(loadConfig().redis.url);
    postgres = await startTcpProxy(loadConfig().database.url);
    api = await startApi({
      REDIS_URL: redis.url,
      DATABASE_URL: postgres.url,
      REDIS_PREFIX: isolatedRedisPrefix('health'),
    });
    redisClients = redis.connections();
  });
  afterAll(async () => {
    await api?.close();
    await redis?.close();
    await postgres?.close();
  });

  const ready = () => api.http().get('/health/ready');
  // Clients reconnect on their own backoff schedule, with nothing to wake on: poll the endpoint.
  const readyAgain = (after: string) =>
    waitFor(async () => (await ready()).status === 200, `/health/ready to answer 200 again after ${after}`);

  it('GET /health/live answers 200', async () => {
    const response = await api.http().get('/health/live');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
  });

  it('GET /health/ready answers 200 with postgres and redis up', async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('readiness is 503 naming redis while Redis is unreachable, liveness stays 200, and it recovers', async () => {
    await redis.stop();
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({
        status: 'error',
        error: { redis: { status: 'down' } },
        info: { postgres: { status: 'up' } },
      });
      expect((await api.http().get('/health/live')).status).toBe(200);
    } finally {
      await redis.start();
    }
    await readyAgain('Redis came back');
    // Let every Redis client of the app reconnect before the next test (and app.close()).
    await waitFor(() => redis.connections() >= redisClients, 'every Redis client of the app to reconnect', {
      wakeOn: [redis.connectionsChanged],
    });
  });

  it('readiness is 503 naming postgres while Postgres is unreachable, and it recovers', async () => {
    await postgres.stop();
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({
        status: 'error',
        error: { postgres: { status: 'down' } },
        info: { redis: { status: 'up' } },
      });
      expect((await api.http().get('/health/live')).status).toBe(200);
    } finally {
      await postgres.start();
    }
    await readyAgain('Postgres came back');
  });

  it('refuses to start when Redis is unreachable (REDIS_URL=redis://127.0.0.1:1), naming the cause', async () => {
    await expect(
      startApi({ REDIS_URL: 'redis://127.0.0.1:1', REDIS_PREFIX: isolatedRedisPrefix('health-down') }),
    ).rejects.toThrow(/Redis is unreachable/);
  });
});
