import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rows written on every send, each also keyed to its reminder (or, for links, its assignment). */
const TABLES = ['reminder_attempts', 'reminder_changes', 'deliveries', 'assignment_links'] as const;

/**
 * Each of these tables also references its parent by (organization_id, parent id), NOT NULL,
 * and the parent references organizations: their own key to organizations proves nothing more.
 * It cost the send path five row locks (FOR KEY SHARE) on the organization's one row per message,
 * taken by every concurrent batch of that organization: each new locker wrote the row's lock
 * again (a multixact once two transactions hold it), all of them on the same tuple.
 */
export class RedundantOrganizationKeys1796153143529 implements MigrationInterface {
  name = 'RedundantOrganizationKeys1796153143529';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_organization_id_fkey`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await queryRunner.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id)`,
      );
  }
}
