import { DataSource, EntityManager } from 'typeorm';
import { ORGANIZATION_SETTING, USER_SETTING } from '../roles';
import { runPreparedQuery } from '../prepared-query';
import { isTransactionConflict } from '../postgres-errors';
import { OrganizationDeletingError } from './organization-deleting-error';

export interface TenantScope {
  organizationId: string;
  /** The acting user, when RLS needs to show them their own identity row. */
  userId?: string;
  /** Only sign-up: the organization's row is written in this very transaction. */
  creatingOrganization?: boolean;
}

/**
 * Runs work in one transaction scoped to one organization. The setting is transaction-local
 * (set_config(..., true)), so a pooled connection never carries it into another request.
 * The same statement asks whether the organization is deleted (or gone): from that moment no
 * request, sign-in or job works in it.
 */
/** How often a transaction Postgres rolled back for a deadlock runs in all before its error is the answer. */
const CONFLICT_ATTEMPTS = 3;

export class TenantTransactions {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A deadlock with the worker (a coach cancelling a plan while its email is being claimed) rolls
   * the whole transaction back, so it runs again from the start, after a short random pause.
   */
  async run<T>(scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runOnce(scope, work);
      } catch (error) {
        if (attempt >= CONFLICT_ATTEMPTS || !isTransactionConflict(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
      }
    }
  }

  private runOnce<T>(scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const [{ unavailable }] = await runPreparedQuery<{ unavailable: boolean }>(
        manager,
        'SELECT set_config($1, $2, true), set_config($3, $4, true), organization_unavailable($2::uuid, $5) AS unavailable',
        [
          ORGANIZATION_SETTING,
          scope.organizationId,
          USER_SETTING,
          scope.userId ?? '',
          scope.creatingOrganization === true,
        ],
      );
      if (unavailable) throw new OrganizationDeletingError(scope.organizationId);
      return work(manager);
    });
  }
}
