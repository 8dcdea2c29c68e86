import { ClientBase, escapeLiteral, QueryResult } from 'pg';
import { QueryFailedError } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { ORGANIZATION_SETTING, USER_SETTING } from '../roles';

export interface TenantScope {
  organizationId: string;
  /** The acting user, when RLS needs to show them their own identity row. */
  userId?: string;
  /** Only sign-up: the organization's row is written in this very transaction. */
  creatingOrganization?: boolean;
}

/** Sets the tenant (and user) for the transaction and answers `unavailable`, with the values as quoted literals. */
export function tenantSettingSql(scope: TenantScope): string {
  const organizationId = escapeLiteral(scope.organizationId);
  return (
    `SELECT set_config('${ORGANIZATION_SETTING}', ${organizationId}, true), ` +
    `set_config('${USER_SETTING}', ${escapeLiteral(scope.userId ?? '')}, true), ` +
    `organization_unavailable(${organizationId}::uuid, ${scope.creatingOrganization === true}) AS unavailable`
  );
}

/**
 * Several statements in one simple query (one round trip), one result each; logged (as the whole
 * text, or as `logged` says) and failing like TypeORM's `query()`.
 */
export async function runSimpleQuery(
  runner: PostgresQueryRunner,
  client: ClientBase,
  sql: string,
  logged: ReadonlyArray<[string, unknown[]]> = [[sql, []]],
): Promise<QueryResult[]> {
  const logger = runner.connection.logger;
  for (const [text, values] of logged) logger.logQuery(text, values, runner);
  try {
    const results: unknown = await client.query(sql);
    if (!Array.isArray(results)) throw new Error('a query of several statements answered one result');
    return results;
  } catch (error) {
    logger.logQueryError(error instanceof Error ? error : String(error), sql, [], runner);
    throw new QueryFailedError(sql, [], error instanceof Error ? error : new Error(String(error)));
  }
}
