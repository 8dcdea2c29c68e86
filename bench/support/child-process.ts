import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

const KEPT_LINES = 5;
const STOP_GRACE_MS = 10_000;

/** A Node process the bench started, with what it printed counted (the first lines kept). */
export interface Child {
  name: string;
  process: ChildProcess;
  output: () => { lines: number; first: string[] };
  /** Resolves with the first stdout line matching the pattern. */
  waitForLine: (pattern: RegExp, timeoutMs: number) => Promise<RegExpExecArray>;
  stop: () => Promise<void>;
}

/**
 * Starts `node script` with exactly the given environment (nothing inherited: the children get
 * their configuration from the bench, not from whoever launched it).
 */
export function startNodeChild(
  name: string,
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Child {
  const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const first: string[] = [];
  let lines = 0;
  const matchers: Array<{ pattern: RegExp; resolve: (match: RegExpExecArray) => void }> = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      const waiting = matchers.find((matcher) => matcher.pattern.test(line));
      if (waiting) {
        matchers.splice(matchers.indexOf(waiting), 1);
        waiting.resolve(waiting.pattern.exec(line)!);
        continue;
      }
      lines += 1;
      if (first.length < KEPT_LINES) first.push(line);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = once(child, 'exit');
  return {
    name,
    process: child,
    output: () => ({ lines, first: [...first] }),
    waitForLine: (pattern, timeoutMs) =>
      Promise.race([
        new Promise<RegExpExecArray>((resolve) => matchers.push({ pattern, resolve })),
        exited.then(() => Promise.reject(new Error(`${name} exited before it was ready: ${first.join(' | ')}`))),
        sleep(timeoutMs).then(() =>
          Promise.reject(new Error(`${name} was not ready within ${timeoutMs} ms: ${first.join(' | ')}`)),
        ),
      ]),
    stop: () => stopChild(child, exited),
  };
}

/** SIGTERM (the apps drain and exit), then SIGKILL if it hangs. */
async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
  if (!stopped) child.kill('SIGKILL');
}

/** Polls a URL until it answers 200. */
export async function waitUntilReady(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null)
      throw new Error(`${child.name} exited (${child.process.exitCode}): ${child.output().first.join(' | ')}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${child.name} was not ready at ${url} within ${timeoutMs} ms: ${child.output().first.join(' | ')}`);
}
