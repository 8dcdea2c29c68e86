import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

const DEFINITIONS = [
  'functions/reminder_claim_for_send',
  'functions/item_comments_for_send',
  'functions/organization_unavailable',
  'functions/auth_organization_for_assignment_link',
  'functions/rollup_shard',
] as const;

/**
 * Work Postgres did again on every call. The worker's claim batch looked costly enough (each
 * function estimated at 1,000 rows) to be compiled with LLVM on every execution: the two
 * set-returning functions now say how many rows they return. The functions every tenant read, the
 * candidate page and every sent reminder call were SQL functions with a SET clause, which Postgres
 * never inlines and plans again in each statement (about 50 µs a request): they are PL/pgSQL,
 * whose plans last as long as the connection.
 */
export class PerCallPlanning1796154979921 implements MigrationInterface {
  name = 'PerCallPlanning1796154979921';

  async up(queryRunner: QueryRunner): Promise<void> {
    await applyDefinitions(queryRunner, this, [...DEFINITIONS]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await restoreDefinitions(queryRunner, this, [...DEFINITIONS]);
  }
}
