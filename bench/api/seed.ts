import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { progressBar } from './progress';
import {
  createAssignmentRows,
  insertAssignments,
  insertAuditEvents,
  insertCandidates,
  insertItemProgress,
  insertLinks,
  insertOrganization,
  insertReminders,
  SeedOrganization,
  SeedPlan,
} from './seed-statements';
import { COACHES_PER_ORGANIZATION } from './seed-vocabulary';

const PLAN_KEY = 'second-interview-prep';

export interface SeedResult {
  organizations: SeedOrganization[];
  rows: { candidates: number; assignments: number; itemProgress: number; reminders: number; auditEvents: number };
  seconds: number;
}

/**
 * Seeds, as the owner role (which bypasses RLS), one transaction per organization so the bar moves:
 * organizations with an owner and coaches, candidates, assignments of the built-in plan with their
 * link, progress, reminders and audit trail. Then VACUUM ANALYZE, as a database in service would be.
 */
export async function seedDatabase(
  ownerUrl: string,
  organizations: number,
  candidatesPerOrganization: number,
  /** The first organization's number: a second seed into the same database continues the numbering. */
  firstIndex = 0,
): Promise<SeedResult> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  const started = performance.now();
  try {
    const plan = await readBuiltinPlan(owner);
    const bar = progressBar('seeding', organizations);
    const seeded: SeedOrganization[] = [];
    const rows = { candidates: 0, assignments: 0, itemProgress: 0, reminders: 0, auditEvents: 0 };
    for (let index = firstIndex; index < firstIndex + organizations; index += 1) {
      const org = newOrganization(index);
      const counts = await seedOrganization(owner, org, candidatesPerOrganization, plan);
      seeded.push(org);
      for (const key of Object.keys(rows) as Array<keyof typeof rows>) rows[key] += counts[key];
      bar.tick(`organizations, ${rows.assignments.toLocaleString('en-US')} assignments`);
    }
    bar.done();
    await owner.query('VACUUM ANALYZE');
    return { organizations: seeded, rows, seconds: Math.round((performance.now() - started) / 1000) };
  } finally {
    await owner.end();
  }
}

async function seedOrganization(
  owner: Client,
  org: SeedOrganization,
  candidates: number,
  plan: SeedPlan,
): Promise<SeedResult['rows']> {
  await owner.query('BEGIN');
  try {
    // A seed per organization: the same sizes give the same spread from run to run.
    await owner.query('SELECT setseed($1)', [((org.index % 1000) + 1) / 1001]);
    await insertOrganization(owner, org);
    await insertCandidates(owner, org, candidates);
    await createAssignmentRows(owner, plan.itemKeys.length);
    const assignments = await insertAssignments(owner, org.id, plan);
    await insertLinks(owner, org.id);
    const itemProgress = await insertItemProgress(owner, org.id, plan);
    const reminders = await insertReminders(owner, org.id, plan);
    const auditEvents = await insertAuditEvents(owner, org.id);
    await owner.query('COMMIT');
    return { candidates, assignments, itemProgress, reminders, auditEvents };
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

function newOrganization(index: number): SeedOrganization {
  return {
    index,
    id: randomUUID(),
    ownerMemberId: randomUUID(),
    ownerUserId: randomUUID(),
    ownerSessionId: randomUUID(),
    coachMemberIds: Array.from({ length: COACHES_PER_ORGANIZATION }, () => randomUUID()),
    coachUserIds: Array.from({ length: COACHES_PER_ORGANIZATION }, () => randomUUID()),
  };
}

interface PlanContent {
  sections: Array<{ items: Array<{ key: string; kind: string }> }>;
  reminderSchedule: Array<{ kind: string; recipient: string; anchor: string; offsetHours: number; itemKeys: string[] }>;
}

/** The latest synced version of the built-in plan: what assignPlan snapshots when nothing is dropped or added. */
async function readBuiltinPlan(owner: Client): Promise<SeedPlan> {
  const { rows } = await owner.query<{ id: string; content: PlanContent }>(
    'SELECT id, content FROM builtin_plan_versions WHERE template_key = $1 ORDER BY version DESC LIMIT 1',
    [PLAN_KEY],
  );
  if (!rows[0]) throw new Error(`the built-in plan "${PLAN_KEY}" was not synced into the bench database`);
  const { id, content } = rows[0];
  const items = content.sections.flatMap((section) => section.items);
  const rules = content.reminderSchedule;
  return {
    versionId: id,
    itemKeys: items.map((item) => item.key),
    itemKinds: items.map((item) => item.kind),
    rules: {
      kinds: rules.map((rule) => rule.kind),
      recipients: rules.map((rule) => rule.recipient),
      anchors: rules.map((rule) => rule.anchor),
      offsetHours: rules.map((rule) => rule.offsetHours),
      itemKeys: rules.map((rule) => rule.itemKeys.join(',')),
    },
  };
}
