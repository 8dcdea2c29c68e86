import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { waitFor } from './harness';

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
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args],
      { stdio: 'ignore' },
    );
    await waitFor(async () => (await ping(port)) === '+PONG', 'redis-server to start', 5_000);
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

function ping(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => resolve(''));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data: Buffer) => {
      resolve(data.toString().trim());
      socket.destroy();
    });
  });
}
