import type { ClientBase } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { NamedQuery } from '../named-query';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { isTransactionConflict } from '../postgres-errors';
import { OrganizationDeletingError } from './organization-deleting-error';
import { readAllByAssignmentLink, readAllInTenant, readInTenant, TenantReadStatement } from './tenant-read';
import { runSimpleQuery, TenantScope, tenantSettingSql } from './tenant-statements';

export type { TenantScope } from './tenant-statements';
export type { ReadValue, TenantReadStatement } from './tenant-read';

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

  /** One cheap read statement in its own read-only tenant transaction, in one round trip (see readInTenant). */
  read<T>(scope: TenantScope, sql: string, values: string[]): Promise<T[]> {
    return readInTenant<T>(this.dataSource, scope, sql, values);
  }

  /** Read statements in one read-only tenant transaction, in one round trip (see readAllInTenant); rows per statement. */
  readAll(scope: TenantScope, statements: readonly TenantReadStatement[]): Promise<unknown[][]> {
    return readAllInTenant(this.dataSource, scope, statements);
  }

  /** Read statements in the organization a private link's hash belongs to, in one round trip (see readAllByAssignmentLink). */
  readAllByLink(tokenHash: string, statements: readonly TenantReadStatement[]): Promise<unknown[][] | null> {
    return readAllByAssignmentLink(this.dataSource, tokenHash, statements);
  }

  /**
   * Builds statements for `readAll` (query builders, `named`). What it ran itself would run outside
   * any tenant transaction, where row-level security shows no rows: compose with it, never read.
   */
  get composer(): EntityManager {
    return this.dataSource.manager;
  }

  /** A statement written with TypeORM's named parameters, as `$n` SQL and its values. */
  named({ sql, parameters }: NamedQuery): TenantReadStatement {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return { sql: text, values };
  }

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

  private async runOnce<T>(scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner() as PostgresQueryRunner;
    try {
      const unavailable = await beginTenantTransaction(runner, scope);
      if (unavailable) throw new OrganizationDeletingError(scope.organizationId);
      const result = await work(runner.manager);
      await runner.query('COMMIT');
      runner.isTransactionActive = false;
      return result;
    } catch (error) {
      // The original error is the answer even when the rollback fails (then the connection is gone).
      if (runner.isTransactionActive) await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/**
 * Starts the transaction, sets the tenant and asks whether the organization is unavailable, in one
 * round trip (two statements in one simple query). TypeORM is told a transaction is open, so nothing
 * it runs inside starts or commits one of its own.
 */
async function beginTenantTransaction(runner: PostgresQueryRunner, scope: TenantScope): Promise<boolean> {
  const sql = `START TRANSACTION; ${tenantSettingSql(scope)}`;
  const client: ClientBase = await runner.connect();
  runner.isTransactionActive = true;
  const [, scoped] = await runSimpleQuery(runner, client, sql);
  return scoped.rows[0].unavailable === true;
}
