import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';
import { enableTenantRls } from './rls';
import { applyDefinitions } from './sql-definitions';

/**
 * Members can be removed (the row stays, so history still names them), invitations carry a
 * version (a resend mints a new secret and a new email job), and members can reset a forgotten
 * password with a single-use, expiring token of which only the hash is stored.
 */
export class TeamAndAccounts1796121166217 implements MigrationInterface {
  name = 'TeamAndAccounts1796121166217';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE members
        DROP CONSTRAINT members_status_check,
        ADD CONSTRAINT members_status_check CHECK (status IN ('INVITED', 'ACTIVE', 'REMOVED')),
        ADD COLUMN removed_at timestamptz,
        ADD COLUMN invitation_version int NOT NULL DEFAULT 1;

      -- token_hash is empty until the worker mints the secret it emails; a retry mints a new one.
      CREATE TABLE password_reset_tokens (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        member_id uuid NOT NULL,
        token_hash text,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        UNIQUE (organization_id, token_hash),
        FOREIGN KEY (organization_id, member_id) REFERENCES members (organization_id, id)
      );
      CREATE INDEX password_reset_tokens_member_idx ON password_reset_tokens (organization_id, member_id);
      CREATE INDEX password_reset_tokens_hash_idx ON password_reset_tokens (token_hash);
    `);
    await enableTenantRls(queryRunner, 'password_reset_tokens', this);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON password_reset_tokens TO ${APP_ROLE};`);
    await applyDefinitions(queryRunner, this, ['functions/auth_organization_for_password_reset']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION auth_organization_for_password_reset(text);
      DROP TABLE password_reset_tokens;
      UPDATE members SET status = 'ACTIVE' WHERE status = 'REMOVED';
      ALTER TABLE members
        DROP COLUMN invitation_version,
        DROP COLUMN removed_at,
        DROP CONSTRAINT members_status_check,
        ADD CONSTRAINT members_status_check CHECK (status IN ('INVITED', 'ACTIVE'));
    `);
  }
}
