import { createHash } from 'node:crypto';
import { escapeLiteral, Pool, PoolClient, QueryResult } from 'pg';
import type { RecordedStatement } from './recording';

/** What one replayed statement returned, beside the SQL it ran: the shaping picks what it needs. */
export interface StatementResult {
  sql: string;
  rows: Array<Record<string, unknown>>;
}

/** How the API starts a read-only tenant transaction whose statements it sends with it as one query. */
const READ_START = 'START TRANSACTION READ ONLY;';

/**
 * Runs one request's recorded statements on one pooled connection, one after the other, as the
 * API's transaction does (BEGIN and COMMIT are among them). A read-only transaction goes as the
 * API sends it: start, statements and commit in one query, each statement prepared once per
 * connection. On failure the connection is discarded, so an open transaction never goes back to the pool.
 */
export async function replay(pool: Pool, statements: RecordedStatement[]): Promise<StatementResult[]> {
  const client = await pool.connect();
  try {
    const results: StatementResult[] = [];
    for (let index = 0; index < statements.length; index++) {
      const { sql, parameters } = statements[index];
      if (sql.startsWith(READ_START)) {
        const end = statements.findIndex((statement, at) => at > index && statement.sql === 'COMMIT');
        results.push(...(await replayRead(client, statements.slice(index, end + 1))));
        index = end;
        continue;
      }
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

const preparedOn = new WeakMap<PoolClient, Set<string>>();

/** Start, data statements and commit as one simple query, as `readAllInTenant` sends them. */
async function replayRead(client: PoolClient, group: RecordedStatement[]): Promise<StatementResult[]> {
  const [start, ...rest] = group;
  const reads = rest.slice(0, -1);
  const prepared = preparedOn.get(client) ?? new Set<string>();
  preparedOn.set(client, prepared);
  const names = reads.map(({ sql }) => `bench_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`);
  const toPrepare = [...new Set(names)].filter((name) => !prepared.has(name));
  const prepares = toPrepare.map((name) => `PREPARE ${name} AS ${reads[names.indexOf(name)].sql}; `).join('');
  const executes = reads.map(({ parameters }, at) => `EXECUTE ${names[at]}(${parameters.map(literal).join(', ')}); `);
  const answer: unknown = await client.query(`${prepares}${start.sql}; ${executes.join('')}COMMIT`);
  if (!Array.isArray(answer)) throw new Error('a query of several statements answered one result');
  for (const name of toPrepare) prepared.add(name);
  // The start's statements answer first (the tenant's setting last), then each read, then COMMIT.
  const answers: QueryResult[] = answer.slice(-(reads.length + 1), -1);
  const scoped: QueryResult = answer[answer.length - reads.length - 2];
  return [
    { sql: start.sql, rows: scoped.rows },
    ...reads.map(({ sql }, at) => ({ sql, rows: answers[at].rows })),
    { sql: 'COMMIT', rows: [] },
  ];
}

/** A recorded parameter (JSON: instants are ISO strings) as a quoted literal. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value))
    return escapeLiteral(`{${value.map((item) => `"${String(item).replace(/[\\"]/g, '\\$&')}"`).join(',')}}`);
  return escapeLiteral(String(value));
}
