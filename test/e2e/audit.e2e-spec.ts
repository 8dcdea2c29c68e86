import { Client } from 'pg';
import { loadConfig } from '@prep/config';
import { ApiHarness, startApi } from '../support/api-harness';
import { assignPlan, createCandidate, signUp } from '../support/fixtures';

describe('audit trail', () => {
  let api: ApiHarness;
  let app: Client;

  beforeAll(async () => {
    api = await startApi();
    app = new Client({ connectionString: loadConfig().database.url });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await api.close();
  });

  it('is append-only for the app role: its rows can be read but not changed or deleted', async () => {
    const owner = await signUp(api, 'Audit Org');
    const { assignment } = await assignPlan(api, owner, (await createCandidate(api, owner)).id);
    await app.query('BEGIN');
    try {
      await app.query("SELECT set_config('app.organization_id', $1, true)", [owner.organization.id]);
      const { rows } = await app.query('SELECT action FROM audit_events WHERE subject_id = $1', [assignment.id]);
      expect(rows).toEqual([{ action: 'assignment.created' }]);
      await expect(
        app.query("UPDATE audit_events SET action = 'tampered' WHERE subject_id = $1", [assignment.id]),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await app.query('ROLLBACK');
    }
    await app.query('BEGIN');
    try {
      await app.query("SELECT set_config('app.organization_id', $1, true)", [owner.organization.id]);
      await expect(app.query('DELETE FROM audit_events WHERE subject_id = $1', [assignment.id])).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('keeps published plan versions immutable for the app role too', async () => {
    await expect(app.query('UPDATE plan_template_versions SET version = version')).rejects.toThrow(/permission denied/);
    await expect(app.query('DELETE FROM builtin_plan_versions')).rejects.toThrow(/permission denied/);
  });
});
