import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { onEvents, waitFor } from '../wait-for';

export const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

/**
 * A throwaway redis-server of its own on a free loopback port, without persistence: the shared
 * one must keep its settings and its keys. `restart()` kills it and starts it again empty, on
 * the same port.
 */
export interface OwnRedis {
  url: string;
  kill: () => Promise<void>;
  start: () => Promise<void>;
}

export async function startOwnRedis(args: string[] = []): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const started = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    child = started;
    let output = '';
    started.stdout!.on('data', (chunk) => (output += chunk));
    await waitFor(
      () => /Ready to accept connections/.test(output),
      () => `redis-server to start; output:\n${output}`,
      { wakeOn: [onEvents(started.stdout!, 'data')], timeoutMs: 5_000 },
    );
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, kill, start };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
