import autocannon from 'autocannon';
import { summarizeLatency } from '../support/stats';
import type { Caller } from './access-tokens';
import { isCleanGraphqlBody } from './scenarios';
import { headersFor } from './sql-capture';

const REQUEST_TIMEOUT_SECONDS = 60;

export interface LoadSettings {
  baseUrl: string;
  callers: Caller[];
  body: string;
  connections: number;
  durationSeconds: number;
  /** Another request than POST /graphql with `body` (the candidate page), and what a clean answer is for it. */
  request?: (caller: Caller) => HttpRequest;
  isClean?: (body: string) => boolean;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** The request a load run sends for one caller. */
export function requestOf(settings: LoadSettings, caller: Caller): HttpRequest {
  return (
    settings.request?.(caller) ?? { method: 'POST', path: '/graphql', headers: headersFor(caller), body: settings.body }
  );
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Anything but a clean answer: non-2xx, GraphQL errors (mismatches), connection errors and timeouts. */
  failures: { non2xx: number; graphqlErrors: number; connectionErrors: number; timeouts: number };
}

/**
 * One autocannon run at fixed connections, as fast as the server answers (or `amount` requests). Each connection cycles through one request per
 * organization, so the load is spread over every tenant; every body is checked.
 */
export async function runLoad(settings: LoadSettings & { amount?: number }): Promise<LoadResult> {
  const { result, latenciesMs } = await runAutocannon({
    url: `${settings.baseUrl}/graphql`,
    connections: settings.connections,
    duration: settings.durationSeconds,
    amount: settings.amount,
    // A dashboard over thousands of assignments can take seconds under load: slow is a figure, not a failure.
    timeout: REQUEST_TIMEOUT_SECONDS,
    requests: settings.callers.map((caller) => requestOf(settings, caller)),
    verifyBody: (body) => (settings.isClean ?? isCleanGraphqlBody)(String(body)),
  });
  return {
    requestsPerSecond: result.requests.average,
    ...summarizeLatency(latenciesMs),
    requests: result.requests.total,
    failures: {
      non2xx: result.non2xx,
      graphqlErrors: result.mismatches,
      connectionErrors: result.errors,
      timeouts: result.timeouts,
    },
  };
}

/**
 * autocannon's result with the latency of every 2xx answer. Its own percentiles are whole
 * milliseconds, truncated: a request answered in 0.9 ms has a p50 of 0, and no tail can be set
 * against that.
 */
function runAutocannon(options: autocannon.Options): Promise<{ result: autocannon.Result; latenciesMs: number[] }> {
  return new Promise((resolve, reject) => {
    const latenciesMs: number[] = [];
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve({ result, latenciesMs }),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTime);
    });
  });
}

export function failureCount(result: LoadResult): number {
  const { non2xx, graphqlErrors, connectionErrors, timeouts } = result.failures;
  return non2xx + graphqlErrors + connectionErrors + timeouts;
}
