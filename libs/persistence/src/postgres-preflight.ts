import { Client } from 'pg';
import { ServiceUnreachableError } from '@prep/config';

/** Fails fast with a clear error when Postgres does not accept connections at start. */
export async function assertPostgresReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    // Refused, unknown host or timeout: the server is not there. Anything else (bad password,
    // missing database) is a configuration problem and keeps its own message.
    if (/^(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|EAI_AGAIN)$/.test(code) || /timeout/i.test(String(error))) {
      throw new ServiceUnreachableError('PostgreSQL', { cause: error });
    }
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
