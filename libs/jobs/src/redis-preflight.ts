import { setTimeout as delay } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { ServiceUnreachableError } from '@prep/config';

const PREFLIGHT_TIMEOUT_MS = 3_000;

/** Fails fast (instead of retrying forever) when Redis cannot be reached at start. */
export async function assertRedisReachable(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined); // the rejected connect() below reports it
  const timeout = new AbortController();
  try {
    await Promise.race([
      redis.connect().then(() => redis.ping()),
      delay(PREFLIGHT_TIMEOUT_MS, undefined, { signal: timeout.signal }).then(
        () => Promise.reject(new Error(`no answer within ${PREFLIGHT_TIMEOUT_MS} ms`)),
        () => undefined, // aborted: the connection settled first
      ),
    ]);
  } catch (error) {
    throw new ServiceUnreachableError('Redis', { cause: error });
  } finally {
    timeout.abort();
    // disconnect() on a connection that already ended arms a needless 2 s timer.
    if (redis.status !== 'end') redis.disconnect();
  }
}
