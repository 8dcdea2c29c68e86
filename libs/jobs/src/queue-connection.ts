import type { ConnectionOptions } from 'bullmq';

export interface QueueConnectionSettings {
  url: string;
  prefix: string;
}

/**
 * Connection options for BullMQ. Workers need maxRetriesPerRequest: null so a blocking call
 * survives a Redis restart; the prefix keeps environments (and test runs) apart. Reconnecting
 * tries every 2 s at most (BullMQ's own backoff reaches 20 s), so work resumes within seconds of
 * Redis coming back.
 */
export function queueConnection(
  settings: QueueConnectionSettings,
  role: 'producer' | 'worker',
): { connection: ConnectionOptions; prefix: string } {
  const url = new URL(settings.url);
  return {
    prefix: settings.prefix,
    connection: {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      maxRetriesPerRequest: role === 'worker' ? null : 2,
      enableOfflineQueue: role === 'worker',
      retryStrategy: reconnectDelayMs,
    },
  };
}

/** 200 ms after the first failed reconnect, then 400 ms, … never more than 2 s apart. */
export function reconnectDelayMs(times: number): number {
  return Math.min(200 * times, 2_000);
}
