import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, ROLES, TIME_ZONES } from './seed-vocabulary';

/** The built-in plan as the seed needs it: its version row, item keys and kinds in plan order, and reminder rules. */
export interface SeedPlan {
  versionId: string;
  itemKeys: string[];
  itemKinds: string[];
  rules: { kinds: string[]; recipients: string[]; anchors: string[]; offsetHours: number[]; itemKeys: string[] };
}

export interface SeedOrganization {
  index: number;
  id: string;
  ownerMemberId: string;
  ownerUserId: string;
  /** The refresh-token family the owner's access tokens name: the API admits only a live session. */
  ownerSessionId: string;
  coachMemberIds: string[];
  coachUserIds: string[];
}

/** Interviews fall within this many days either side of now, as on a working roster. */
const SPREAD_DAYS = 21;
/** Share of candidates with an earlier, finished assignment as well. */
const EARLIER_ASSIGNMENT_SHARE = 0.25;

export async function insertOrganization(owner: Client, org: SeedOrganization): Promise<void> {
  await owner.query('INSERT INTO organizations (id, name, slug, default_time_zone) VALUES ($1, $2, $3, $4)', [
    org.id,
    `Bench Coaching ${org.index}`,
    `bench-coaching-${org.index}`,
    TIME_ZONES[org.index % TIME_ZONES.length],
  ]);
  const userIds = [org.ownerUserId, ...org.coachUserIds];
  const emails = userIds.map((_, k) =>
    k === 0 ? `owner-${org.index}@bench.example` : `coach-${org.index}-${k}@bench.example`,
  );
  const names = userIds.map(
    (_, k) =>
      `${FIRST_NAMES[(org.index + k * 7) % FIRST_NAMES.length]} ${k === 0 ? 'Owner' : 'Coach'} ${org.index}-${k}`,
  );
  await owner.query('INSERT INTO users (id, email, name) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])', [
    userIds,
    emails,
    names,
  ]);
  const roles = userIds.map((_, k) => (k === 0 ? 'OWNER' : 'COACH'));
  await owner.query(
    `INSERT INTO members (organization_id, id, user_id, role, status)
     SELECT $1, m.id, m.user_id, m.role, 'ACTIVE' FROM unnest($2::uuid[], $3::uuid[], $4::text[]) m(id, user_id, role)`,
    [org.id, [org.ownerMemberId, ...org.coachMemberIds], userIds, roles],
  );
  await owner.query(
    `INSERT INTO refresh_tokens (organization_id, id, family_id, member_id, token_hash, expires_at)
     VALUES ($1, gen_random_uuid(), $2, $3, $4, now() + interval '1 day')`,
    [org.id, org.ownerSessionId, org.ownerMemberId, randomBytes(32).toString('hex')],
  );
}

/** Candidates spread over the coaches; a few unsubscribed. */
export async function insertCandidates(owner: Client, org: SeedOrganization, count: number): Promise<void> {
  await owner.query(
    `CREATE TEMP TABLE seed_candidates ON COMMIT DROP AS
       SELECT g AS n, gen_random_uuid() AS id, ($1::uuid[])[1 + g % cardinality($1::uuid[])] AS coach_id,
              ($2::text[])[1 + g % cardinality($2::text[])] AS first_name,
              ($3::text[])[1 + (g / cardinality($2::text[])) % cardinality($3::text[])] AS last_name,
              ($4::text[])[1 + (g * 7) % cardinality($4::text[])] AS time_zone
         FROM generate_series(0, $5::int - 1) g`,
    [org.coachMemberIds, FIRST_NAMES, LAST_NAMES, TIME_ZONES, count],
  );
  await owner.query(
    `INSERT INTO candidates (organization_id, id, coach_member_id, name, email, time_zone, unsubscribed_at, created_at, updated_at)
     SELECT $1, id, coach_id, first_name || ' ' || last_name || ' ' || n, lower(first_name || '.' || last_name || '.' || n || '@candidates.example'),
            time_zone, CASE WHEN random() < 0.03 THEN now() - interval '3 days' END, now() - interval '120 days', now() - interval '120 days'
       FROM seed_candidates`,
    [org.id],
  );
}

/**
 * One current assignment per candidate (interview within ±SPREAD_DAYS of now, on the quarter hour)
 * and, for some, an earlier finished one. Progress and status follow the interview date: far
 * interviews are barely started, close ones anywhere, past ones mostly done and followed up.
 */
export async function createAssignmentRows(owner: Client, itemCount: number): Promise<void> {
  await owner.query(
    `CREATE TEMP TABLE seed_raw ON COMMIT DROP AS
       SELECT c.id AS candidate_id, c.coach_id, c.time_zone, false AS earlier,
              to_timestamp(round(extract(epoch FROM now() + (random() * 2 - 1) * $1::int * interval '1 day') / 900) * 900) AS starts_at,
              random() AS r1, random() AS r2, random() AS r3
         FROM seed_candidates c
       UNION ALL
       SELECT c.id, c.coach_id, c.time_zone, true,
              to_timestamp(round(extract(epoch FROM now() - (35 + random() * 150) * interval '1 day') / 900) * 900),
              random(), random(), random()
         FROM seed_candidates c WHERE random() < $2::float8`,
    [SPREAD_DAYS, EARLIER_ASSIGNMENT_SHARE],
  );
  await owner.query(
    `CREATE TEMP TABLE seed_assignments ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, s.*, least(now() - interval '1 hour', s.starts_at - (3 + s.r3 * 11) * interval '1 day') AS created_at,
              CASE
                WHEN s.earlier THEN CASE WHEN s.r1 < 0.8 THEN 'CLOSED' ELSE 'CANCELLED' END
                WHEN s.r1 < 0.05 THEN 'CANCELLED'
                WHEN s.starts_at > now() THEN CASE WHEN s.done_count > 0 THEN 'IN_PROGRESS' ELSE 'ASSIGNED' END
                WHEN s.r1 < 0.45 THEN 'INTERVIEWED'
                WHEN s.r1 < 0.85 THEN 'FOLLOWED_UP'
                ELSE 'CLOSED'
              END AS status
         FROM (SELECT r.*, CASE
                 WHEN r.starts_at < now() THEN least($1::int, ($1::int * 0.55 + r.r2 * $1::int * 0.5)::int)
                 WHEN r.starts_at < now() + interval '3 days' THEN (r.r2 * $1::int)::int
                 ELSE (r.r2 * 6)::int
               END AS done_count FROM seed_raw r) s`,
    [itemCount],
  );
}

export async function insertAssignments(owner: Client, organizationId: string, plan: SeedPlan): Promise<number> {
  const { rowCount } = await owner.query(
    `INSERT INTO assignments (organization_id, id, candidate_id, coach_member_id, template_title, builtin_version_id, plan, company, role,
                              starts_at, time_zone, format, location, interviewers, status, expected_decision_date, interviewed_at,
                              follow_up_sent_at, cancelled_at, cancel_reason, link_expires_at, created_at, updated_at)
     SELECT $1, s.id, s.candidate_id, s.coach_id, v.content->>'title', v.id, v.content,
            ($3::text[])[1 + (s.r3 * 1000)::int % cardinality($3::text[])], ($4::text[])[1 + (s.r2 * 1000)::int % cardinality($4::text[])],
            s.starts_at, s.time_zone, f.format, CASE WHEN f.format = 'IN_PERSON' THEN 'Head office, 3rd floor' END,
            ARRAY['Hank Scorpio', 'Dana Scully'], s.status,
            CASE WHEN s.status IN ('INTERVIEWED', 'FOLLOWED_UP', 'CLOSED') AND s.r3 < 0.6 THEN (s.starts_at + interval '10 days')::date END,
            CASE WHEN s.status IN ('INTERVIEWED', 'FOLLOWED_UP', 'CLOSED') THEN s.starts_at + interval '1 hour' END,
            CASE WHEN s.status IN ('FOLLOWED_UP', 'CLOSED') THEN least(now(), s.starts_at + interval '5 hours') END,
            CASE WHEN s.status = 'CANCELLED' THEN s.created_at + interval '1 day' END,
            CASE WHEN s.status = 'CANCELLED' THEN 'The company paused hiring' END,
            s.starts_at + interval '30 days', s.created_at,
            least(now(), greatest(s.created_at, s.starts_at + interval '6 hours'))
       FROM seed_assignments s
       CROSS JOIN (SELECT id, content FROM builtin_plan_versions WHERE id = $2) v
       CROSS JOIN LATERAL (SELECT (ARRAY['VIDEO', 'VIDEO', 'IN_PERSON', 'PHONE'])[1 + (s.r1 * 1000)::int % 4] AS format) f`,
    [organizationId, plan.versionId, COMPANIES, ROLES],
  );
  return rowCount ?? 0;
}

/** The coach's shared link of each assignment; a cancelled plan's is revoked. */
export async function insertLinks(owner: Client, organizationId: string): Promise<void> {
  await owner.query(
    `INSERT INTO assignment_links (organization_id, id, assignment_id, token_hash, purpose, created_at, revoked_at)
     SELECT $1, gen_random_uuid(), s.id, encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), 'SHARED', s.created_at,
            CASE WHEN s.status = 'CANCELLED' THEN s.created_at + interval '1 day' END
       FROM seed_assignments s`,
    [organizationId],
  );
}

/** The first done_count items of the plan, done between assignment and interview; drafts on practice answers. */
export async function insertItemProgress(owner: Client, organizationId: string, plan: SeedPlan): Promise<number> {
  const { rowCount } = await owner.query(
    `INSERT INTO item_progress (organization_id, assignment_id, item_key, done_at, notes, chosen, updated_at)
     SELECT $1, s.id, k.key, d.done_at,
            CASE WHEN k.kind = 'practice-question' THEN 'A short draft answer with one concrete example.' END,
            k.kind = 'question-to-ask' AND random() < 0.5, d.done_at
       FROM seed_assignments s
       CROSS JOIN LATERAL unnest($2::text[], $3::text[]) WITH ORDINALITY k(key, kind, position)
       CROSS JOIN LATERAL (SELECT s.created_at + random() * (least(now(), s.starts_at + interval '5 hours') - s.created_at) AS done_at) d
      WHERE k.position <= s.done_count`,
    [organizationId, plan.itemKeys, plan.itemKinds],
  );
  return rowCount ?? 0;
}

/**
 * One row per rule of the plan's schedule, due where the planner would put it (without quiet
 * hours). Past rows are mostly SENT, some SKIPPED or FAILED; future rows SCHEDULED; a cancelled or
 * closed plan's pending rows CANCELLED.
 */
export async function insertReminders(owner: Client, organizationId: string, plan: SeedPlan): Promise<number> {
  const { rowCount } = await owner.query(
    `INSERT INTO reminders (organization_id, id, assignment_id, plan_version, kind, recipient, due_at, item_keys, status, reason, attempts,
                            last_error, message_id, sent_at, created_at, updated_at)
     SELECT $1, x.id, x.assignment_id, 1, x.kind, x.recipient, x.due_at, x.item_keys, x.status,
            CASE x.status WHEN 'SKIPPED' THEN 'items-done' WHEN 'CANCELLED' THEN 'assignment-' || lower(x.assignment_status) END,
            CASE WHEN x.status IN ('SENT', 'FAILED') THEN 1 ELSE 0 END,
            CASE WHEN x.status = 'FAILED' THEN '550 mailbox unavailable' END,
            CASE WHEN x.status = 'SENT' THEN '<' || x.id || '@bench.example>' END,
            CASE WHEN x.status = 'SENT' THEN x.due_at + interval '2 seconds' END,
            x.created_at, greatest(x.created_at, least(now(), x.due_at))
       FROM (
         SELECT gen_random_uuid() AS id, s.id AS assignment_id, s.status AS assignment_status, s.created_at, r.kind, r.recipient,
                string_to_array(r.item_keys, ',') AS item_keys, due.at AS due_at,
                CASE
                  WHEN s.status IN ('CANCELLED', 'CLOSED') AND due.at > now() THEN 'CANCELLED'
                  WHEN due.at > now() + interval '10 minutes' THEN 'SCHEDULED'
                  WHEN due.at > now() THEN 'QUEUED'
                  WHEN due.at < s.created_at OR roll.p < 0.12 THEN 'SKIPPED'
                  WHEN roll.p < 0.15 THEN 'FAILED'
                  ELSE 'SENT'
                END AS status
           FROM seed_assignments s
           CROSS JOIN unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) r(kind, recipient, anchor, offset_hours, item_keys)
           CROSS JOIN LATERAL (SELECT CASE r.anchor WHEN 'assigned' THEN s.created_at
                                        WHEN 'decision' THEN s.starts_at + interval '168 hours'
                                        ELSE s.starts_at + r.offset_hours * interval '1 hour' END AS at) due
           CROSS JOIN LATERAL (SELECT random() AS p) roll
       ) x`,
    [
      organizationId,
      plan.rules.kinds,
      plan.rules.recipients,
      plan.rules.anchors,
      plan.rules.offsetHours,
      plan.rules.itemKeys,
    ],
  );
  return rowCount ?? 0;
}

/** What the audit trail holds per assignment: its creation, the candidate's latest tick, the interview, the follow-up, the end. */
export async function insertAuditEvents(owner: Client, organizationId: string): Promise<number> {
  const { rowCount } = await owner.query(
    `INSERT INTO audit_events (organization_id, id, occurred_at, actor_type, actor_id, action, subject_type, subject_id, details)
     SELECT $1, gen_random_uuid(), e.at, e.actor_type, e.actor_id, e.action, 'assignment', s.id, '{}'::jsonb
       FROM seed_assignments s
       CROSS JOIN LATERAL (
         SELECT s.created_at AS at, 'MEMBER' AS actor_type, s.coach_id AS actor_id, 'assignment.created' AS action
         UNION ALL
         SELECT max(p.done_at), 'CANDIDATE', s.candidate_id, 'item.done' FROM item_progress p
          WHERE p.organization_id = $1 AND p.assignment_id = s.id HAVING max(p.done_at) IS NOT NULL
         UNION ALL
         SELECT s.starts_at + interval '1 hour', 'CANDIDATE', s.candidate_id, 'interview.done' WHERE s.status IN ('INTERVIEWED', 'FOLLOWED_UP', 'CLOSED')
         UNION ALL
         SELECT least(now(), s.starts_at + interval '5 hours'), 'CANDIDATE', s.candidate_id, 'follow_up.sent' WHERE s.status IN ('FOLLOWED_UP', 'CLOSED')
         UNION ALL
         SELECT s.created_at + interval '1 day', 'MEMBER', s.coach_id, 'assignment.cancelled' WHERE s.status = 'CANCELLED'
       ) e`,
    [organizationId],
  );
  return rowCount ?? 0;
}
