import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';
import { enableTenantRls } from './rls';

/**
 * The coach's side of a plan: comments on the candidate's items, the interview's outcome as the
 * coach records it, and the link from a next round's plan to the one before it.
 */
export class CoachWorkflow1796120830675 implements MigrationInterface {
  name = 'CoachWorkflow1796120830675';

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
    await enableTenantRls(queryRunner, 'item_comments');
    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE, DELETE ON item_comments TO ${APP_ROLE};

      -- What a reminder's email quotes from the coach: the comments on the items it covers. Like
      -- reminder_claim_for_send it is SECURITY INVOKER and makes the organization the tenant first,
      -- so one statement can serve the sends of several organizations under row-level security.
      CREATE FUNCTION item_comments_for_send(p_organization_id uuid, p_assignment_id uuid, p_item_keys text[])
        RETURNS TABLE (item_key text, body text)
        LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
        #variable_conflict use_column
        BEGIN
          PERFORM set_config('app.organization_id', p_organization_id::text, true), set_config('app.user_id', '', true);
          RETURN QUERY
            SELECT ic.item_key, ic.body FROM item_comments ic
             WHERE ic.organization_id = p_organization_id AND ic.assignment_id = p_assignment_id
               AND ic.item_key = ANY (p_item_keys)
             ORDER BY ic.created_at, ic.id;
        END
        $$;
      REVOKE ALL ON FUNCTION item_comments_for_send(uuid, uuid, text[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION item_comments_for_send(uuid, uuid, text[]) TO ${APP_ROLE};
    `);
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
