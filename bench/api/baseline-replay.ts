import type { Pool, QueryResult } from 'pg';
import type { RecordedStatement } from './recording';

/** What one replayed statement returned, beside the SQL it ran: the shaping picks what it needs. */
export interface StatementResult {
  sql: string;
  rows: Array<Record<string, unknown>>;
}

/**
 * Runs one request's recorded statements on one pooled connection, one after the other, as the
 * API's transaction does (BEGIN and COMMIT are among them). On failure the connection is
 * discarded, so an open transaction never goes back to the pool.
 */
export async function replay(pool: Pool, statements: RecordedStatement[]): Promise<StatementResult[]> {
  const client = await pool.connect();
  try {
    const results: StatementResult[] = [];
    for (const { sql, parameters } of statements) {
      // Several statements in one query (the API starts its transaction with the tenant's setting) answer one result each.
      const answer: QueryResult | QueryResult[] = await client.query(sql, parameters);
      const rows = Array.isArray(answer) ? answer.flatMap((result) => result.rows) : answer.rows;
      results.push({ sql, rows });
    }
    client.release();
    return results;
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
}
