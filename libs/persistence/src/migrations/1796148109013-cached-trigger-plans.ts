import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

const DEFINITIONS = [
  'functions/reminder_rollups_track',
  'functions/item_progress_counts_track',
  'functions/reminder_claim_for_send',
  'functions/reminder_record_sent',
] as const;

/**
 * The statement triggers on reminders and item_progress ran their upserts as dynamic SQL, planned
 * again on every statement, and the claim's and the SENT record's statements kept custom plans:
 * a claim cost Postgres about 1.2 ms, half of it planning. The triggers' statements are now
 * static (their plans cached per connection) and end early when no outcome changed, and the two
 * send functions use generic plans: about 0.35 ms a claim.
 */
export class CachedTriggerPlans1796148109013 implements MigrationInterface {
  name = 'CachedTriggerPlans1796148109013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await applyDefinitions(queryRunner, this, [...DEFINITIONS]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await restoreDefinitions(queryRunner, this, [...DEFINITIONS]);
  }
}
