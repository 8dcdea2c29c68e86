import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

const DROP_CLAIM = 'DROP FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text);';

/**
 * A revoked link stays revoked: the claim says whether the assignment still has a live link, and
 * mints an email's link only when it does, so no reminder revives an assignment the coach cut off
 * (the reminder is skipped as `link-revoked` until the coach issues a new link). The result gains
 * a column, so the function is dropped and created again.
 */
export class RemindersRespectRevokedLinks1796123557268 implements MigrationInterface {
  name = 'RemindersRespectRevokedLinks1796123557268';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_CLAIM);
    await applyDefinitions(queryRunner, this, ['functions/reminder_claim_for_send']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_CLAIM);
    await restoreDefinitions(queryRunner, this, ['functions/reminder_claim_for_send']);
  }
}
