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

/** Sets the tenant (and user) for the transaction and answers it and `unavailable`, with the values as quoted literals. */
export function tenantSettingSql(scope: TenantScope): string {
  const organizationId = escapeLiteral(scope.organizationId);
  return (
    `SELECT set_config('${ORGANIZATION_SETTING}', ${organizationId}, true) AS organization_id, ` +
    `set_config('${USER_SETTING}', ${escapeLiteral(scope.userId ?? '')}, true), ` +
    `organization_unavailable(${organizationId}::uuid, ${scope.creatingOrganization === true}) AS unavailable`
  );
}

/**
 * Sets the tenant to the organization a private link's hash belongs to (none for an unknown hash:
 * then row-level security shows nothing) and answers `unavailable`. The lookup is the SECURITY
 * DEFINER function the pre-sign-in path always used, called in the same statement.
 */
export function linkTenantSettingSql(tokenHash: string): string {
  return (
    `SELECT set_config('${ORGANIZATION_SETTING}', coalesce(link.organization_id::text, ''), true) AS organization_id, ` +
    `set_config('${USER_SETTING}', '', true), ` +
    `link.organization_id IS NOT NULL AND organization_unavailable(link.organization_id, false) AS unavailable ` +
    `FROM (SELECT auth_organization_for_assignment_link(${escapeLiteral(tokenHash)}) AS organization_id) link`
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
