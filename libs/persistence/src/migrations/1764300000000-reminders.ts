import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';
import { enableTenantRls } from './rls';
import { applyDefinitions, restoreDefinitions } from './sql-definitions';

/**
 * Reminders as rows (Postgres is the source of truth; Redis only holds timers), the messages as
 * sent, the organization settings that shape them (branding, quiet hours), and private links
 * as a table: every email carries a fresh link, and only hashes are ever stored.
 */
export class Reminders1764300000000 implements MigrationInterface {
  name = 'Reminders1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organizations
        ADD COLUMN email_sender_name text CHECK (length(email_sender_name) <= 120),
        ADD COLUMN email_reply_to text CHECK (length(email_reply_to) <= 254),
        ADD COLUMN quiet_hours_start text NOT NULL DEFAULT '21:00' CHECK (quiet_hours_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        ADD COLUMN quiet_hours_end text NOT NULL DEFAULT '08:00' CHECK (quiet_hours_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');

      CREATE TABLE reminders (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        assignment_id uuid NOT NULL,
        plan_version int NOT NULL,
        kind text NOT NULL,
        recipient text NOT NULL CHECK (recipient IN ('candidate', 'coach')),
        due_at timestamptz NOT NULL,
        item_keys text[] NOT NULL DEFAULT '{}',
        condition text,
        status text NOT NULL CHECK (status IN ('SCHEDULED', 'QUEUED', 'SENT', 'SKIPPED', 'CANCELLED', 'FAILED')),
        reason text,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        message_id text,
        sent_at timestamptz,
        version int NOT NULL DEFAULT 1,
        claimed_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        UNIQUE (organization_id, assignment_id, plan_version, kind, recipient),
        FOREIGN KEY (organization_id, assignment_id) REFERENCES assignments (organization_id, id)
      );
      CREATE INDEX reminders_assignment_idx ON reminders (organization_id, assignment_id, due_at);
      -- The scheduler finds due rows across organizations (through due_reminders below).
      CREATE INDEX reminders_pending_due_idx ON reminders (due_at) WHERE status IN ('SCHEDULED', 'QUEUED');

      CREATE TABLE deliveries (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        reminder_id uuid NOT NULL,
        message_id text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        smtp_response text,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, reminder_id) REFERENCES reminders (organization_id, id)
      );
      CREATE INDEX deliveries_reminder_idx ON deliveries (organization_id, reminder_id);
    `);
    await this.moveLinksToTheirOwnTable(queryRunner);
    for (const table of ['reminders', 'deliveries', 'assignment_links'])
      await enableTenantRls(queryRunner, table, this);

    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE ON reminders TO ${APP_ROLE};
      GRANT SELECT, INSERT ON deliveries TO ${APP_ROLE};
    `);
    await applyDefinitions(queryRunner, this, ['functions/due_reminders']);
  }

  /**
   * One assignment may have several live links (the one shown to the coach, one per email);
   * rotating or revoking revokes them all.
   */
  private async moveLinksToTheirOwnTable(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assignment_links (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        assignment_id uuid NOT NULL,
        token_hash text NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('SHARED', 'EMAIL')),
        reminder_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        PRIMARY KEY (organization_id, id),
        UNIQUE (organization_id, token_hash),
        FOREIGN KEY (organization_id, assignment_id) REFERENCES assignments (organization_id, id)
      );
      CREATE INDEX assignment_links_assignment_idx ON assignment_links (organization_id, assignment_id);
      CREATE INDEX assignment_links_hash_idx ON assignment_links (token_hash);

      INSERT INTO assignment_links (organization_id, id, assignment_id, token_hash, purpose, created_at, revoked_at)
        SELECT organization_id, gen_random_uuid(), id, link_token_hash, 'SHARED', created_at, link_revoked_at FROM assignments;
    `);
    await applyDefinitions(queryRunner, this, ['functions/auth_organization_for_assignment_link']);
    await queryRunner.query(`
      DROP INDEX assignments_link_key, assignments_link_hash_idx;
      ALTER TABLE assignments DROP COLUMN link_token_hash, DROP COLUMN link_revoked_at;
      GRANT SELECT, INSERT, UPDATE ON assignment_links TO ${APP_ROLE};
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION due_reminders(timestamptz, int);
      ALTER TABLE assignments ADD COLUMN link_token_hash text, ADD COLUMN link_revoked_at timestamptz;
      UPDATE assignments a SET link_token_hash = l.token_hash, link_revoked_at = l.revoked_at
        FROM assignment_links l WHERE l.organization_id = a.organization_id AND l.assignment_id = a.id AND l.purpose = 'SHARED';
    `);
    await restoreDefinitions(queryRunner, this, ['functions/auth_organization_for_assignment_link']);
    await queryRunner.query(`
      DROP TABLE deliveries, reminders, assignment_links;
      ALTER TABLE organizations DROP COLUMN email_sender_name, DROP COLUMN email_reply_to,
        DROP COLUMN quiet_hours_start, DROP COLUMN quiet_hours_end;
    `);
  }
}
