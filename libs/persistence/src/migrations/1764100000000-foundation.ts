import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';
import { enableTenantRls } from './rls';
import { applyDefinitions } from './sql-definitions';

/** Organizations, users, members, sessions, invitations and candidates, with RLS on every tenant table. */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        slug text NOT NULL UNIQUE,
        default_time_zone text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (email);

      CREATE TABLE members (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id),
        role text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'COACH')),
        status text NOT NULL CHECK (status IN ('INVITED', 'ACTIVE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        UNIQUE (organization_id, user_id)
      );
      CREATE INDEX members_user_idx ON members (user_id);

      CREATE TABLE refresh_tokens (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        family_id uuid NOT NULL,
        member_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        UNIQUE (organization_id, token_hash),
        FOREIGN KEY (organization_id, member_id) REFERENCES members (organization_id, id)
      );
      CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (organization_id, family_id);
      CREATE INDEX refresh_tokens_hash_idx ON refresh_tokens (token_hash);

      CREATE TABLE member_invitations (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        member_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        UNIQUE (organization_id, token_hash),
        FOREIGN KEY (organization_id, member_id) REFERENCES members (organization_id, id)
      );
      CREATE INDEX member_invitations_hash_idx ON member_invitations (token_hash);

      CREATE TABLE candidates (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        coach_member_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        email text NOT NULL CHECK (email = lower(email)),
        time_zone text NOT NULL,
        unsubscribed_at timestamptz,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, coach_member_id) REFERENCES members (organization_id, id)
      );
      CREATE INDEX candidates_roster_idx ON candidates (organization_id, lower(name), id);
      CREATE INDEX candidates_coach_roster_idx ON candidates (organization_id, coach_member_id, lower(name), id);
      CREATE UNIQUE INDEX candidates_active_email_key ON candidates (organization_id, email) WHERE archived_at IS NULL;
    `);

    await applyDefinitions(queryRunner, this, ['policies/organizations']);
    for (const table of ['members', 'refresh_tokens', 'member_invitations', 'candidates']) {
      await enableTenantRls(queryRunner, table, this);
    }

    await applyDefinitions(queryRunner, this, ['policies/users']);

    await queryRunner.query(`
      GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE ON organizations, users, members, candidates TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON refresh_tokens, member_invitations TO ${APP_ROLE};
    `);

    await this.createCredentialLookups(queryRunner);
  }

  /**
   * Before authentication the organization is unknown. These functions are the only way past
   * RLS: each maps one credential to its organization id and nothing else. The caller then
   * verifies the credential inside a normal tenant transaction.
   */
  private async createCredentialLookups(queryRunner: QueryRunner): Promise<void> {
    await applyDefinitions(queryRunner, this, [
      'functions/auth_organization_for_email',
      'functions/auth_organization_for_refresh_token',
      'functions/auth_organization_for_invitation',
      'functions/auth_email_is_registered',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION auth_email_is_registered(text), auth_organization_for_invitation(text),
        auth_organization_for_refresh_token(text), auth_organization_for_email(text);
      DROP TABLE candidates, member_invitations, refresh_tokens, members, users, organizations;
    `);
  }
}
