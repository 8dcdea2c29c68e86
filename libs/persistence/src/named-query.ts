import { EntityManager, ObjectLiteral } from 'typeorm';

/**
 * Runs SQL written with TypeORM's named parameters (`:name`, `:...list`), so statements composed from
 * query builders' `getQuery()` keep their parameters without renumbering `$n` by hand.
 */
export async function runNamedQuery<T>(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return manager.query(text, values);
}
