import { Redis } from 'ioredis';

const REQUIRED_POLICY = 'noeviction';

/** A refusal to start with a setting to change, not a bug: one line, no stack. */
export class RedisEvictionPolicyError extends Error {
  override readonly name = 'RedisEvictionPolicyError';

  constructor(policy: string) {
    super(
      `Redis maxmemory-policy is "${policy}", but the worker needs "${REQUIRED_POLICY}" (an evicting Redis silently drops queued jobs). ` +
        `Set maxmemory-policy ${REQUIRED_POLICY} in redis.conf, or run: redis-cli CONFIG SET maxmemory-policy ${REQUIRED_POLICY}`,
    );
    this.stack = this.message;
  }
}

/**
 * Refuses a Redis that may evict keys under memory pressure: queue keys would vanish without a
 * trace. Reads INFO (allowed on managed Redis services, where CONFIG often is not).
 */
export async function assertRedisKeepsKeys(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined); // the rejected command reports it
  try {
    await redis.connect();
    const policy = /^maxmemory_policy:(\S+)/m.exec(await redis.info('memory'))?.[1] ?? 'unknown';
    if (policy !== REQUIRED_POLICY) throw new RedisEvictionPolicyError(policy);
  } finally {
    if (redis.status !== 'end') redis.disconnect();
  }
}
