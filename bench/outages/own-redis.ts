import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../support/free-port';

const READY_TIMEOUT_MS = 10_000;

/**
 * A redis-server of the phase's own on a free loopback port, without persistence: the shared one
 * must keep its keys and other clients' data. `kill()` SIGKILLs it; `start()` starts it again
 * on the same port, empty, and resolves once it accepts connections.
 */
export interface OwnRedis {
  url: string;
  start: () => Promise<void>;
  kill: () => Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    await untilReady(child);
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, kill };
}

async function untilReady(child: ChildProcess): Promise<void> {
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/Ready to accept connections/.test(output)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
    child.once('error', reject);
  });
  const timeout = new AbortController();
  try {
    await Promise.race([
      ready,
      sleep(READY_TIMEOUT_MS, undefined, { signal: timeout.signal }).then(() => {
        throw new Error(`redis-server was not ready within ${READY_TIMEOUT_MS} ms: ${output}`);
      }),
    ]);
  } finally {
    timeout.abort();
  }
}
