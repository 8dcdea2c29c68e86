import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

const DROP_CLAIM = 'DROP FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text);';
const DROP_SPACED_CLAIM = 'DROP FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text, interval);';

/**
 * No two automatic messages to one recipient within 30 minutes, checked when a reminder is
 * claimed: it carries what its assignment has due for that recipient in the next 30 minutes, and
 * one that comes less than 30 minutes after a message sent to that recipient is not claimed but
 * handed back to be re-timed. It takes the spacing and its result gains columns, so the function
 * is dropped and created again.
 */
export class RemindersSpacedPerRecipient1796127595512 implements MigrationInterface {
  name = 'RemindersSpacedPerRecipient1796127595512';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_CLAIM);
    await applyDefinitions(queryRunner, this, ['functions/reminder_claim_for_send']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_SPACED_CLAIM);
    await restoreDefinitions(queryRunner, this, ['functions/reminder_claim_for_send']);
  }
}
