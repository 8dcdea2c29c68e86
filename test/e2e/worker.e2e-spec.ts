import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { describeUnreachableService, loadConfig, loadConfigWithOverrides } from '@prep/config';
import { purgeExpiredCredentialsJobId } from '@prep/jobs';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { ApiHarness, startApi } from '../support/api-harness';
import { PASSWORD, signUp } from '../support/fixtures';
import { createIsolatedDatabase, IsolatedDatabase } from '../support/isolated-database';
import { QueueWatch, waitForJobs, watchQueue } from '../support/wait-for';

describe('worker', () => {
  let database: IsolatedDatabase;
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let maintenance: QueueWatch;

  beforeAll(async () => {
    database = await createIsolatedDatabase('worker');
    const env = {
      DATABASE_URL: database.appUrl,
      DATABASE_OWNER_URL: database.ownerUrl,
      REDIS_PREFIX: `${loadConfig().redis.prefix}-worker`,
    };
    api = await startApi(env);
    worker = await createWorkerApp(
      loadConfigWithOverrides({
        ...env,
        LOG_LEVEL: 'silent',
        WORKER_METRICS_PORT: '0',
        MAIL_DROP_DIR: mkdtempSync(join(tmpdir(), 'prep-mail-')),
      }),
    );
    maintenance = await watchQueue('maintenance', api.config.redis);
  });

  afterAll(async () => {
    await maintenance.close();
    await worker.close();
    await api.close();
    await database.drop();
  });

  it("purges an organization's expired sessions and reset tokens after a sign-in, keeping live ones", async () => {
    const session = await signUp(api, 'Purge Test');
    const organizationId = session.organization.id;
    const memberId = session.user.id;
    const expiredId = randomUUID();
    await database.owner.query(
      `INSERT INTO refresh_tokens (organization_id, id, family_id, member_id, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() - interval '1 day')`,
      [organizationId, expiredId, randomUUID(), memberId, `expired-${expiredId}`],
    );
    const expiredResetId = randomUUID();
    await database.owner.query(
      `INSERT INTO password_reset_tokens (organization_id, id, member_id, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() - interval '1 minute')`,
      [organizationId, expiredResetId, memberId, `expired-${expiredResetId}`],
    );

    const login = await api.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: session.user.email, password: PASSWORD },
    });
    expect(login.errors).toBeUndefined();

    await waitForJobs(
      maintenance,
      [purgeExpiredCredentialsJobId(organizationId, new Date())],
      "the organization's credential purge",
    );
    const { rows: expired } = await database.owner.query(
      `SELECT (SELECT count(*) FROM refresh_tokens WHERE id = $1)
            + (SELECT count(*) FROM password_reset_tokens WHERE id = $2) AS n`,
      [expiredId, expiredResetId],
    );
    expect(Number(expired[0].n)).toBe(0);
    const { rows: live } = await database.owner.query(
      'SELECT count(*)::int AS n FROM refresh_tokens WHERE organization_id = $1 AND expires_at > now()',
      [organizationId],
    );
    expect(live[0].n).toBe(2); // the sign-up session and the login session
  });

  it('refuses to start when Redis is unreachable, saying which service and where', async () => {
    const config = loadConfigWithOverrides({ REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'silent' });
    const failure = await createWorkerApp(config).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();
    expect(describeUnreachableService(failure, config)).toMatch(
      /^Redis is unreachable at 127\.0\.0\.1:1 \(REDIS_URL\)\. Start it with `docker compose up -d redis`/,
    );
  });
});
