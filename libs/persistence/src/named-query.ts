import { EntityManager, ObjectLiteral } from 'typeorm';
import { runPreparedQuery } from './prepared-query';

/** SQL with TypeORM's named parameters (`:name`, `:...list`) and their values, e.g. from a query builder. */
export interface NamedQuery {
  sql: string;
  parameters: ObjectLiteral;
}

/**
 * Runs SQL written with TypeORM's named parameters (`:name`, `:...list`), so statements composed from
 * query builders' `getQuery()` keep their parameters without renumbering `$n` by hand. These are
 * the API's hot reads, so they run as prepared statements.
 */
export async function runNamedQuery<T>(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return runPreparedQuery<T>(manager, text, values);
}
