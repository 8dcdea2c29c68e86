import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';

/**
 * Runs a statement as a named prepared statement on the transaction's connection: Postgres parses
 * it once per connection and, once it has seen a few executions, reuses a generic plan instead of
 * planning each request again. The name is the text's hash, so one name never means two texts.
 * Logged and failing like TypeORM's own `query()`.
 */
export async function runPreparedQuery<T>(manager: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner || manager.connection.driver.options.type !== 'postgres') return manager.query(text, values);
  const client: ClientBase = await (runner as PostgresQueryRunner).connect();
  const logger = manager.connection.logger;
  logger.logQuery(text, values, runner);
  try {
    return (await client.query({ name: statementName(text), text, values })).rows;
  } catch (error) {
    logger.logQueryError(error instanceof Error ? error : String(error), text, values, runner);
    throw new QueryFailedError(text, values, error instanceof Error ? error : new Error(String(error)));
  }
}

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `prep_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    // Texts are a bounded set (built from code, never from input); the cap only guards that.
    if (names.size < 10_000) names.set(text, name);
  }
  return name;
}
