import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';
import { enableTenantRls } from './rls';
import { applyDefinitions } from './sql-definitions';

/**
 * Plan templates (built-in catalog and organizations' own, versioned), assignments with their
 * private link, per-item progress, and the append-only audit trail.
 */
export class PlansAndAssignments1764200000000 implements MigrationInterface {
  name = 'PlansAndAssignments1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The built-in catalog is the same for every organization: not tenant data. Only the owner
    // writes it (when content is synced at deploy); the app role reads it.
    await queryRunner.query(`
      CREATE TABLE builtin_plan_versions (
        id uuid PRIMARY KEY,
        template_key text NOT NULL,
        version int NOT NULL CHECK (version > 0),
        content_hash text NOT NULL,
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (template_key, version),
        UNIQUE (template_key, content_hash)
      );

      CREATE TABLE plan_templates (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        draft jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'ARCHIVED')),
        forked_from_builtin_version_id uuid REFERENCES builtin_plan_versions (id),
        forked_from_version_id uuid,
        latest_version int NOT NULL DEFAULT 0,
        created_by_member_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, created_by_member_id) REFERENCES members (organization_id, id)
      );
      CREATE INDEX plan_templates_list_idx ON plan_templates (organization_id, status, title, id);

      CREATE TABLE plan_template_versions (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        template_id uuid NOT NULL,
        version int NOT NULL CHECK (version > 0),
        content_hash text NOT NULL,
        content jsonb NOT NULL,
        published_by_member_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        UNIQUE (organization_id, template_id, version),
        FOREIGN KEY (organization_id, template_id) REFERENCES plan_templates (organization_id, id)
      );

      CREATE TABLE assignments (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        candidate_id uuid NOT NULL,
        coach_member_id uuid NOT NULL,
        template_title text NOT NULL,
        builtin_version_id uuid REFERENCES builtin_plan_versions (id),
        template_version_id uuid,
        plan jsonb NOT NULL,
        company text NOT NULL CHECK (length(company) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (length(role) BETWEEN 1 AND 200),
        starts_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        format text NOT NULL CHECK (format IN ('IN_PERSON', 'VIDEO', 'PHONE')),
        location text CHECK (length(location) <= 500),
        interviewers text[] NOT NULL DEFAULT '{}',
        note text CHECK (length(note) <= 2000),
        status text NOT NULL CHECK (status IN ('ASSIGNED', 'IN_PROGRESS', 'INTERVIEWED', 'FOLLOWED_UP', 'CLOSED', 'CANCELLED')),
        schedule_version int NOT NULL DEFAULT 1,
        expected_decision_date date,
        interviewed_at timestamptz,
        follow_up_sent_at timestamptz,
        cancelled_at timestamptz,
        cancel_reason text CHECK (length(cancel_reason) <= 500),
        link_token_hash text NOT NULL,
        link_expires_at timestamptz NOT NULL,
        link_revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, candidate_id) REFERENCES candidates (organization_id, id),
        FOREIGN KEY (organization_id, coach_member_id) REFERENCES members (organization_id, id),
        FOREIGN KEY (organization_id, template_version_id) REFERENCES plan_template_versions (organization_id, id),
        CHECK ((builtin_version_id IS NULL) <> (template_version_id IS NULL))
      );
      CREATE INDEX assignments_list_idx ON assignments (organization_id, starts_at, id);
      CREATE INDEX assignments_coach_idx ON assignments (organization_id, coach_member_id, starts_at, id);
      CREATE INDEX assignments_candidate_idx ON assignments (organization_id, candidate_id, starts_at);
      CREATE UNIQUE INDEX assignments_link_key ON assignments (organization_id, link_token_hash);
      CREATE INDEX assignments_link_hash_idx ON assignments (link_token_hash);

      CREATE TABLE item_progress (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        assignment_id uuid NOT NULL,
        item_key text NOT NULL CHECK (length(item_key) <= 100),
        done_at timestamptz,
        notes text CHECK (length(notes) <= 5000),
        chosen boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, assignment_id, item_key),
        FOREIGN KEY (organization_id, assignment_id) REFERENCES assignments (organization_id, id)
      );

      CREATE TABLE audit_events (
        organization_id uuid NOT NULL REFERENCES organizations (id),
        id uuid NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_type text NOT NULL CHECK (actor_type IN ('MEMBER', 'CANDIDATE', 'SYSTEM')),
        actor_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (organization_id, id)
      );
      CREATE INDEX audit_events_subject_idx ON audit_events (organization_id, subject_id, occurred_at);
    `);

    for (const table of ['plan_templates', 'plan_template_versions', 'assignments', 'item_progress', 'audit_events']) {
      await enableTenantRls(queryRunner, table, this);
    }

    // Published versions and audit rows are immutable: the app role may not change or remove them.
    await queryRunner.query(`
      GRANT SELECT ON builtin_plan_versions TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE ON plan_templates, assignments, item_progress TO ${APP_ROLE};
      GRANT SELECT, INSERT ON plan_template_versions, audit_events TO ${APP_ROLE};
    `);
    await applyDefinitions(queryRunner, this, ['functions/auth_organization_for_assignment_link']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION auth_organization_for_assignment_link(text);
      DROP TABLE audit_events, item_progress, assignments, plan_template_versions, plan_templates, builtin_plan_versions;
    `);
  }
}
