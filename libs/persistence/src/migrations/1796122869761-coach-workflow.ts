import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';
import { enableTenantRls } from './rls';
import { applyDefinitions } from './sql-definitions';

/**
 * The coach's side of a plan: comments on the candidate's items, the interview's outcome as the
 * coach records it, and the link from a next round's plan to the one before it.
 */
export class CoachWorkflow1796122869761 implements MigrationInterface {
  name = 'CoachWorkflow1796122869761';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE item_comments (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        assignment_id uuid NOT NULL,
        item_key text NOT NULL CHECK (length(item_key) <= 100),
        -- No foreign key: removing a member keeps what they wrote.
        author_member_id uuid NOT NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, assignment_id) REFERENCES assignments (organization_id, id)
      );
      CREATE INDEX item_comments_item_idx ON item_comments (organization_id, assignment_id, item_key, created_at);

      ALTER TABLE assignments
        ADD COLUMN outcome text CHECK (outcome IN ('NEXT_ROUND', 'OFFER', 'REJECTED', 'WITHDRAWN', 'NO_DECISION')),
        ADD COLUMN outcome_note text CHECK (length(outcome_note) <= 2000),
        ADD COLUMN outcome_recorded_at timestamptz,
        ADD COLUMN previous_assignment_id uuid,
        ADD CONSTRAINT assignments_outcome_recorded CHECK ((outcome IS NULL) = (outcome_recorded_at IS NULL)),
        ADD CONSTRAINT assignments_previous_fkey FOREIGN KEY (organization_id, previous_assignment_id)
          REFERENCES assignments (organization_id, id);
      -- One live next round per interview: a cancelled one makes room for another.
      CREATE UNIQUE INDEX assignments_next_round_key ON assignments (organization_id, previous_assignment_id)
        WHERE previous_assignment_id IS NOT NULL AND status <> 'CANCELLED';
      CREATE INDEX assignments_outcome_recorded_idx ON assignments (organization_id, outcome_recorded_at, outcome)
        WHERE outcome IS NOT NULL;
    `);
    await enableTenantRls(queryRunner, 'item_comments', this);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON item_comments TO ${APP_ROLE};`);
    await applyDefinitions(queryRunner, this, ['functions/item_comments_for_send']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION item_comments_for_send(uuid, uuid, text[]);
      DROP INDEX assignments_outcome_recorded_idx;
      DROP INDEX assignments_next_round_key;
      ALTER TABLE assignments
        DROP CONSTRAINT assignments_previous_fkey,
        DROP CONSTRAINT assignments_outcome_recorded,
        DROP COLUMN previous_assignment_id,
        DROP COLUMN outcome_recorded_at,
        DROP COLUMN outcome_note,
        DROP COLUMN outcome;
      DROP TABLE item_comments;
    `);
  }
}
