import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { HttpRequest, LoadResult, LoadSettings, requestOf } from './load';
import { summarizeLateness, summarizeLatency } from '../support/stats';
import { isCleanGraphqlBody } from './scenarios';

const REQUEST_TIMEOUT_MS = 60_000;

export interface PacedLoadResult extends LoadResult {
  /**
   * How late the sender itself put each request on the wire (p99 and max, ms): its own event loop
   * and the host's scheduling. Latency counts from the due instant, so this is in the tail too.
   */
  senderLateness: { p99Ms: number; maxMs: number };
}

/**
 * Open-loop load at a steady rate: request i is due at start + i / rate and is sent then, over at
 * most `connections` keep-alive sockets, whether or not earlier ones have answered. Latency counts
 * from the due instant, so time spent waiting for a socket is in it (no coordinated omission).
 * autocannon's overallRate is not used for this: it lets each connection send its quota at the
 * start of every second, so requests arrive in bursts at full concurrency.
 */
export async function runPacedLoad(settings: LoadSettings & { ratePerSecond: number }): Promise<PacedLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: settings.connections });
  const total = Math.max(1, Math.round(settings.ratePerSecond * settings.durationSeconds));
  const intervalMs = 1000 / settings.ratePerSecond;
  const latencies: number[] = [];
  const sendLateness: number[] = [];
  const failures = { non2xx: 0, graphqlErrors: 0, connectionErrors: 0, timeouts: 0 };
  const inFlight: Array<Promise<void>> = [];
  const started = performance.now();
  try {
    for (let index = 0; index < total; index += 1) {
      const due = started + index * intervalMs;
      // A timer waits at least a millisecond, more than the gap between requests above 1,000/s:
      // one per request would put the sender behind for good. Less than that ahead, send now.
      const wait = due - performance.now();
      if (wait >= 1) await sleep(wait);
      const caller = settings.callers[index % settings.callers.length];
      sendLateness.push(Math.max(0, performance.now() - due));
      inFlight.push(
        send(agent, settings.baseUrl, requestOf(settings, caller)).then(
          (answer) => {
            latencies.push(performance.now() - due);
            if (answer.status < 200 || answer.status > 299) failures.non2xx += 1;
            else if (!(settings.isClean ?? isCleanGraphqlBody)(answer.body)) failures.graphqlErrors += 1;
          },
          (error: Error) =>
            void (error.message === 'timeout' ? (failures.timeouts += 1) : (failures.connectionErrors += 1)),
        ),
      );
    }
    await Promise.all(inFlight);
  } finally {
    agent.destroy();
  }
  const { p99Ms, maxMs } = summarizeLateness(sendLateness);
  return {
    requestsPerSecond: Math.round((latencies.length * 1000 * 100) / (performance.now() - started)) / 100,
    ...summarizeLatency(latencies),
    requests: latencies.length,
    failures,
    senderLateness: { p99Ms, maxMs },
  };
}

function send(agent: Agent, baseUrl: string, http: HttpRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request(
      `${baseUrl}${http.path}`,
      { method: http.method, agent, headers: http.headers, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    call.on('timeout', () => call.destroy(new Error('timeout')));
    call.on('error', reject);
    call.end(http.body);
  });
}
