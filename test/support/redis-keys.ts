/**
 * `deleteKeys(url, prefix)`: deletes every Redis key that starts with `prefix`, like FLUSHALL for
 * one test world only (other spec files share the Redis server). Returns how many went.
 */
import { Redis } from 'ioredis';

export async function deleteKeys(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url);
  let deleted = 0;
  try {
    for await (const keys of redis.scanStream({ match: `${escapeGlob(prefix)}*`, count: 500 })) {
      if ((keys as string[]).length > 0) deleted += await redis.del(...(keys as string[]));
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/** The prefix matched literally: a hash tag such as {prep} is fine, but * ? [ ] \ would be patterns. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
