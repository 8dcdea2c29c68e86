import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { loadConfig } from '@prep/config';
import { createIsolatedDatabase, IsolatedDatabase } from '../support/isolated-database';
import { onEvents, waitFor } from '../support/wait-for';

// These run the built apps as real processes (npm test builds first), the way they ship.
const root = resolve(__dirname, '../..');
const API_MAIN = resolve(root, 'dist/apps/api/apps/api/src/main.js');
const WORKER_MAIN = resolve(root, 'dist/apps/worker/apps/worker/src/main.js');

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
  });

  it('the worker boots with its handlers and shuts down on SIGTERM', async () => {
    const worker = launch(WORKER_MAIN, {});
    await waitForOutput(worker, /Processing queues: maintenance/);
    worker.child.kill('SIGTERM');
    const result = await worker.finished;
    expect([0, null]).toContain(result.code);
    expect(result.stderr).not.toMatch(/failed/i);
  });
});
