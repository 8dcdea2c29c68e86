import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { SignJWT } from 'jose';
import { loadConfig } from '@prep/config';
import { createIsolatedDatabase, IsolatedDatabase } from '../support/isolated-database';
import { onEvents, waitFor } from '../support/wait-for';

// These run the built apps as real processes (npm test builds first), the way they ship.
const root = resolve(__dirname, '../..');
const API_MAIN = resolve(root, 'dist/apps/api/apps/api/src/main.js');
const WORKER_MAIN = resolve(root, 'dist/apps/worker/apps/worker/src/main.js');
const MIGRATE_MAIN = resolve(root, 'dist/apps/api/apps/api/tools/migrate.js');

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Launched {
  child: ChildProcess;
  finished: Promise<Finished>;
  output: () => string;
}

let database: IsolatedDatabase;
let mailDropDir: string;
// Every child this file starts, so a failing test never leaves one running.
const launched: ChildProcess[] = [];

function launch(main: string, env: Record<string, string>): Launched {
  const config = loadConfig();
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      APP_ENV: 'test',
      // A database of its own: the worker's scheduler would otherwise send other files' reminders.
      DATABASE_URL: database.appUrl,
      REDIS_URL: config.redis.url,
      REDIS_PREFIX: `${config.redis.prefix}-processes`,
      MAIL_DROP_DIR: mailDropDir,
      WORKER_METRICS_PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  launched.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const finished = new Promise<Finished>((done) =>
    child.on('exit', (code, signal) => done({ code, signal, stdout, stderr })),
  );
  return { child, finished, output: () => stdout + stderr };
}

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Waits for the child to write a line matching `pattern`; re-checked on each chunk it writes. */
async function waitForOutput({ child, output }: Launched, pattern: RegExp): Promise<void> {
  await waitFor(
    () => {
      if (pattern.test(output())) return true;
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`exited before ${pattern}:\n${output()}`);
      return false;
    },
    () => `${pattern}; output so far:\n${output()}`,
    { wakeOn: [onEvents(child.stdout!, 'data'), onEvents(child.stderr!, 'data'), onEvents(child, 'exit')] },
  );
}

describe('the built apps as processes', () => {
  afterEach(() => {
    for (const child of launched.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  beforeAll(async () => {
    if (!existsSync(API_MAIN) || !existsSync(WORKER_MAIN)) throw new Error('Build the apps first: npm run build');
    database = await createIsolatedDatabase('processes');
    mailDropDir = mkdtempSync(join(tmpdir(), 'prep-mail-'));
  });
  afterAll(() => database.drop());

  it('a bad variable stops the API with one line naming it', async () => {
    const { finished } = launch(API_MAIN, { PORT: 'eighty' });
    const result = await finished;
    expect(result.code).toBe(78);
    expect(result.stderr.trim().split('\n')).toEqual(['Invalid configuration: PORT must be a number']);
  });

  describe('production cannot start open', () => {
    // NODE_ENV=production without APP_ENV is how many deployments say production.
    const NODE_PRODUCTION = { APP_ENV: '', NODE_ENV: 'production' };
    const PRODUCTION_SECRETS = {
      JWT_SECRET: 'p'.repeat(40),
      UNSUBSCRIBE_SECRET: 'q'.repeat(40),
      SMTP_URL: 'smtp://127.0.0.1:1025',
      DATABASE_OWNER_URL: 'postgres://prep_owner:owner-secret@127.0.0.1:5432/prep',
    };
    const EVERY_DEVELOPMENT_SECRET = [
      'Invalid configuration: JWT_SECRET is required in production',
      'Invalid configuration: UNSUBSCRIBE_SECRET is required in production',
      'Invalid configuration: DATABASE_URL has the development password; set a password of your own',
      'Invalid configuration: DATABASE_OWNER_URL is required in production (the default has the development password)',
      'Invalid configuration: SMTP_URL is required in production',
    ];

    it.each([
      ['API', API_MAIN],
      ['worker', WORKER_MAIN],
      ['migration tool', MIGRATE_MAIN],
    ])('the %s refuses NODE_ENV=production with development secrets, naming each', async (_name, main) => {
      const result = await launch(main, NODE_PRODUCTION).finished;
      expect(result.code).toBe(78);
      expect(result.stderr.trim().split('\n')).toEqual(EVERY_DEVELOPMENT_SECRET);
    });

    it('the API refuses NODE_ENV and APP_ENV that disagree', async () => {
      for (const env of [
        { NODE_ENV: 'production', APP_ENV: 'development' },
        { NODE_ENV: 'development', APP_ENV: 'production', ...PRODUCTION_SECRETS },
      ]) {
        const result = await launch(API_MAIN, env).finished;
        expect(result.code).toBe(78);
        expect(result.stderr).toMatch(/^Invalid configuration: NODE_ENV is "\w+" but APP_ENV is "\w+"/);
      }
    });

    it('a token signed with the development secret gets nowhere: the API does not start', async () => {
      const port = await freePort();
      const api = launch(API_MAIN, {
        ...NODE_PRODUCTION,
        ...PRODUCTION_SECRETS,
        DATABASE_URL: database.appUrl.replace(/:[^:@/]*@/, ':app-secret@'),
        JWT_SECRET: 'development-only-secret-change-me-0123456789',
        PORT: String(port),
      });
      const result = await api.finished;
      expect(result.code).toBe(78);
      expect(result.stderr.trim()).toBe(
        'Invalid configuration: JWT_SECRET is a development value from the source; set a secret of your own',
      );
      const forged = await new SignJWT({ org: randomUUID(), mid: randomUUID(), role: 'OWNER', sid: randomUUID() })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(randomUUID())
        .setIssuer('prep-api')
        .setAudience('prep-api')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode('development-only-secret-change-me-0123456789'));
      await expect(
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` },
          body: JSON.stringify({ query: '{ me { organization { id } } }' }),
        }),
      ).rejects.toThrow();
    });
  });

  it('an unreachable Redis stops the worker with a message naming it and how to start it', async () => {
    const { finished } = launch(WORKER_MAIN, { REDIS_URL: 'redis://127.0.0.1:1' });
    const result = await finished;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Worker failed to start: Redis is unreachable at 127.0.0.1:1 (REDIS_URL). Start it with `docker compose up -d redis`',
    );
  });

  it('an unreachable Postgres stops the API with a message naming it', async () => {
    const { finished } = launch(API_MAIN, { DATABASE_URL: 'postgres://prep_app:prep_app@127.0.0.1:1/prep' });
    const result = await finished;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('API failed to start: PostgreSQL is unreachable at 127.0.0.1:1 (DATABASE_URL)');
  });

  it('the API serves, then shuts down on SIGTERM', async () => {
    const port = await freePort();
    const api = launch(API_MAIN, { PORT: String(port) });
    await waitForOutput(api, /Listening on http:/);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);
    api.child.kill('SIGTERM');
    const result = await api.finished;
    expect(result.signal ?? result.code).not.toBeNull();
    expect([0, null]).toContain(result.code);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    expect(result.stderr).not.toMatch(/Warning/); // e.g. Fastify's FSTDEP022 for a deprecated option
  });

  it('the worker boots with its handlers and shuts down on SIGTERM', async () => {
    // Development, but stdout is a pipe: LOG_FORMAT=auto writes JSON lines, not the terminal format.
    const worker = launch(WORKER_MAIN, { APP_ENV: 'development' });
    await waitForOutput(worker, /Processing queues: maintenance/);
    worker.child.kill('SIGTERM');
    const result = await worker.finished;
    expect([0, null]).toContain(result.code);
    for (const line of result.stdout.trim().split('\n')) expect(JSON.parse(line)).toHaveProperty('app', 'worker');
    expect(result.stderr).not.toMatch(/failed|Warning/i);
  });
});
