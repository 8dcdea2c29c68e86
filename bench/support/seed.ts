import type { Client } from 'pg';
import type { ReminderTimer } from '@prep/jobs';

export interface SeedPlan {
  /** Tells this seed's organizations and people apart from an earlier phase's on the same database. */
  label: string;
  reminders: number;
  /** When the first reminder is due. */
  start: Date;
  windowMs: number;
}

const ORGANIZATIONS = 20;
/** A pre-interview reminder with items to list: the common case, and a candidate email with every part (links, calendar). */
const REMINDER_KIND = 'research-company';
const INTERVIEW_AFTER_DUE = "interval '72 hours'";

/**
 * Seeds, as the owner role and in one transaction, what a due reminder needs: organizations with
 * a coach, one candidate and one assignment of the built-in plan (with its shared link) per reminder, and the reminder
 * rows (SCHEDULED), due spread over the window. Returns the rows as timers.
 */
export async function seedReminders(owner: Client, plan: SeedPlan): Promise<ReminderTimer[]> {
  const organizations = Math.min(ORGANIZATIONS, plan.reminders);
  await owner.query('BEGIN');
  try {
    await createNumberedIds(owner, organizations, plan.reminders);
    await insertOrganizationsWithCoaches(owner, plan.label);
    await insertCandidatesAndAssignments(owner, plan.label, plan.start);
    const timers = await insertReminders(owner, plan);
    // As autovacuum would on a deployed database: unanalyzed, the claim joined assignments on the wrong index.
    await owner.query('ANALYZE organizations, users, members, candidates, assignments, assignment_links, reminders');
    await owner.query('COMMIT');
    return timers;
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

/** Numbered rows with their ids drawn up front, so every insert below joins on a number. */
async function createNumberedIds(owner: Client, organizations: number, reminders: number): Promise<void> {
  await owner.query(
    `CREATE TEMP TABLE bench_organizations ON COMMIT DROP AS
       SELECT g AS n, gen_random_uuid() AS id, gen_random_uuid() AS user_id, gen_random_uuid() AS member_id
         FROM generate_series(0, $1::int - 1) g`,
    [organizations],
  );
  await owner.query(
    `CREATE TEMP TABLE bench_reminders ON COMMIT DROP AS
       SELECT g AS n, o.id AS organization_id, o.member_id, gen_random_uuid() AS candidate_id,
              gen_random_uuid() AS assignment_id, gen_random_uuid() AS reminder_id
         FROM generate_series(0, $1::int - 1) g JOIN bench_organizations o ON o.n = g % $2::int`,
    [reminders, organizations],
  );
}

async function insertOrganizationsWithCoaches(owner: Client, label: string): Promise<void> {
  await owner.query(
    `INSERT INTO organizations (id, name, slug, default_time_zone)
     SELECT id, 'Bench Coaching ' || n, 'bench-' || $1 || '-coaching-' || n, 'Europe/Berlin' FROM bench_organizations`,
    [label],
  );
  await owner.query(
    `INSERT INTO users (id, email, name)
     SELECT user_id, 'coach-' || $1 || '-' || n || '@bench.example', 'Casey Coach ' || n FROM bench_organizations`,
    [label],
  );
  await owner.query(`INSERT INTO members (organization_id, id, user_id, role, status)
    SELECT id, member_id, user_id, 'OWNER', 'ACTIVE' FROM bench_organizations`);
}

async function insertCandidatesAndAssignments(owner: Client, label: string, start: Date): Promise<void> {
  await owner.query(
    `INSERT INTO candidates (organization_id, id, coach_member_id, name, email, time_zone)
     SELECT organization_id, candidate_id, member_id, 'Cara Candidate ' || n, 'candidate-' || $1 || '-' || n || '@bench.example', 'Europe/Berlin'
       FROM bench_reminders`,
    [label],
  );
  await owner.query(
    `INSERT INTO assignments (organization_id, id, candidate_id, coach_member_id, template_title, builtin_version_id, plan,
                              company, role, starts_at, time_zone, format, interviewers, status, link_expires_at)
     SELECT r.organization_id, r.assignment_id, r.candidate_id, r.member_id, v.content->>'title', v.id, v.content,
            'Globex', 'Data Analyst', $1::timestamptz + ${INTERVIEW_AFTER_DUE}, 'Europe/Berlin', 'VIDEO', ARRAY['Hank Scorpio'],
            'ASSIGNED', $1::timestamptz + ${INTERVIEW_AFTER_DUE} + interval '30 days'
       FROM bench_reminders r CROSS JOIN LATERAL (
         SELECT id, content FROM builtin_plan_versions WHERE template_key = 'second-interview-prep' ORDER BY version DESC LIMIT 1
       ) v`,
    [start],
  );
  // The plan's shared link, as assigning mints it: without a live link the worker skips a candidate's reminder.
  await owner.query(`INSERT INTO assignment_links (organization_id, id, assignment_id, token_hash, purpose)
    SELECT organization_id, gen_random_uuid(), assignment_id, encode(sha256(assignment_id::text::bytea), 'hex'), 'SHARED'
      FROM bench_reminders`);
}

/** Due instants as dueOffsetMs spreads them: start + floor(n × window / N) ms. */
async function insertReminders(owner: Client, plan: SeedPlan): Promise<ReminderTimer[]> {
  const { rows } = await owner.query<{ organization_id: string; id: string; version: number; due_at: Date }>(
    `INSERT INTO reminders (organization_id, id, assignment_id, plan_version, kind, recipient, due_at, item_keys, status)
     SELECT r.organization_id, r.reminder_id, r.assignment_id, 1, $1, 'candidate',
            $2::timestamptz + make_interval(secs => ((r.n::bigint * $3::int) / $4::int) / 1000.0),
            ARRAY(SELECT jsonb_array_elements_text(entry->'itemKeys') FROM jsonb_array_elements(a.plan->'reminderSchedule') entry
                   WHERE entry->>'kind' = $1),
            'SCHEDULED'
       FROM bench_reminders r JOIN assignments a ON a.organization_id = r.organization_id AND a.id = r.assignment_id
     RETURNING organization_id, id, version, due_at`,
    [REMINDER_KIND, plan.start, plan.windowMs, plan.reminders],
  );
  return rows.map((row) => ({
    organizationId: row.organization_id,
    reminderId: row.id,
    version: row.version,
    dueAt: row.due_at,
  }));
}
