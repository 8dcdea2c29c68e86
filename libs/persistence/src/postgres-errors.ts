import { QueryFailedError } from 'typeorm';

/** True when a statement failed on a unique constraint (optionally a specific one). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}

// Postgres ended the transaction to break a lock cycle or a serialization conflict: nothing of
// it was committed, so it can run again from the start.
const TRANSACTION_ROLLED_BACK_CODES = new Set(['40P01', '40001']);

/** True when Postgres rolled the whole transaction back for a deadlock or a serialization failure. */
export function isTransactionConflict(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  return TRANSACTION_ROLLED_BACK_CODES.has((error.driverError as { code?: string }).code ?? '');
}

// The server was shut down or restarted, or the connection was cut (pg_terminate_backend, a
// failover, a network drop): the statement may be tried again on a new connection.
const CONNECTION_LOST_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
const CONNECTION_LOST_MESSAGES =
  /Connection terminated|ECONNREFUSED|ECONNRESET|terminating connection|Client has encountered a connection error/i;

/** True when a statement failed because its connection was lost, not because of the statement. */
export function isConnectionLost(error: unknown): boolean {
  const driverError = (error instanceof QueryFailedError ? error.driverError : error) as
    { code?: string; message?: string } | undefined;
  if (!driverError) return false;
  if (driverError.code && CONNECTION_LOST_CODES.has(driverError.code)) return true;
  return CONNECTION_LOST_MESSAGES.test(driverError.message ?? '');
}

/**
 * Runs `work` again (up to `attempts` times in all, waiting a little longer each time) when its
 * connection was lost: a restarted or failing-over Postgres answers again within seconds.
 * `work` must be safe to repeat: a transaction that was cut never committed, and a statement
 * whose commit went through without its answer must find nothing to do the second time.
 */
export async function retryOnConnectionLoss<T>(
  work: () => Promise<T>,
  { attempts = 5, delayMs = 200 }: { attempts?: number; delayMs?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isConnectionLost(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}
