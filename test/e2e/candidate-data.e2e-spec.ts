import { randomBytes } from 'node:crypto';
import { ApiHarness, errorCode, startApi } from '../support/api-harness';
import { findTextInDatabase } from '../support/database-scan';
import {
  addActiveMember,
  assignPlan,
  createCandidate,
  inDays,
  Session,
  signUp,
  uniqueEmail,
} from '../support/fixtures';
import { linkToken } from '../support/reminders/harness';
import { closeOwnerDatabase, openOwnerDatabase, OwnerDatabase } from '../support/owner-database';

const EXPORT = `mutation($id: ID!) { exportCandidateData(id: $id) { document } }`;
const ERASE = `mutation($id: ID!) { eraseCandidate(id: $id) {
  assignments remindersCancelled messagesBlanked candidate { id name email archivedAt erasedAt unsubscribed } } }`;
const DASHBOARD = `query($from: String!, $to: String!) { dashboard(from: $from, to: $to) {
  byStatus { status count } reminders { sent skipped failed } upcomingInterviews { id } } }`;

describe('candidate data: export and erasure', () => {
  let api: ApiHarness;
  let db: OwnerDatabase;
  let owner: Session;
  let coach: Session;
  let otherCoach: Session;
  let stranger: Session;

  beforeAll(async () => {
    api = await startApi();
    db = openOwnerDatabase();
    owner = await signUp(api, 'Privacy Org');
    coach = await addActiveMember(api, owner, 'COACH', 'Carl Coach');
    otherCoach = await addActiveMember(api, owner, 'COACH', 'Oona Coach');
    stranger = await signUp(api, 'Stranger Org');
  });
  afterAll(async () => {
    await closeOwnerDatabase(db);
    await api.close();
  });

  /** A candidate of `coach` whose name and email are in their notes, a comment, the coach's note and a cancel reason. */
  async function candidateWithHistory() {
    const name = `Zelda Quill ${randomBytes(3).toString('hex')}`;
    const email = uniqueEmail('zelda');
    const candidate = await createCandidate(api, coach, { name, email });
    const kept = await assignPlan(api, coach, candidate.id, { note: `Prep ${name} for the panel` });
    const token = linkToken(kept.link);
    const saved = await api.gql(
      `mutation($t: String!, $n: String!) { savePlanItemNotes(token: $t, itemKey: "explore-company-channels", notes: $n) { status } }`,
      { t: token, n: `I am ${name}, write to ${email}` },
    );
    expect(saved.errors).toBeUndefined();
    const commented = await api.gql(
      `mutation($id: ID!, $body: String!) { addItemComment(assignmentId: $id, itemKey: "explore-company-channels", body: $body) { id } }`,
      { id: kept.assignment.id, body: `Good start, ${name}: copy ${email} on the follow-up` },
      coach.accessToken,
    );
    expect(commented.errors).toBeUndefined();
    const extraItem = { sectionKey: 'research-company', title: `Call ${name}`, guidance: `Write to ${email} first` };
    const cancelled = await assignPlan(api, coach, candidate.id, {
      interview: interview(inDays(9)),
      extraItems: [extraItem],
    });
    const cancel = await api.gql(
      `mutation($id: ID!, $reason: String!) { cancelAssignment(id: $id, reason: $reason) { status } }`,
      { id: cancelled.assignment.id, reason: `${name} took another offer` },
      coach.accessToken,
    );
    expect(cancel.errors).toBeUndefined();
    await api.gql(
      `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id } }`,
      { id: candidate.id, input: { name } },
      coach.accessToken,
    );
    return { candidate, name, email, token, assignmentId: kept.assignment.id };
  }

  describe('exportCandidateData', () => {
    it('returns one JSON document with the profile, assignments, progress, notes, reminders and links, audited', async () => {
      const { candidate, name, email, assignmentId } = await candidateWithHistory();
      const response = await api.gql(EXPORT, { id: candidate.id }, owner.accessToken);
      expect(response.errors).toBeUndefined();
      const document = response.data!.exportCandidateData.document;
      expect(document).toMatchObject({
        format: 'candidate-data/1',
        candidate: { id: candidate.id, name, email, coachName: 'Carl Coach' },
      });
      expect(document.assignments).toHaveLength(2);
      const kept = document.assignments.find((a: any) => a.id === assignmentId);
      expect(kept).toMatchObject({
        company: 'Globex',
        status: 'ASSIGNED',
        note: `Prep ${name} for the panel`,
        comments: [
          expect.objectContaining({
            itemKey: 'explore-company-channels',
            body: `Good start, ${name}: copy ${email} on the follow-up`,
            authorName: 'Carl Coach',
          }),
        ],
      });
      expect(kept.progress).toEqual([
        expect.objectContaining({ itemKey: 'explore-company-channels', notes: `I am ${name}, write to ${email}` }),
      ]);
      expect(kept.reminders.map((r: any) => r.kind)).toContain('assignment');
      expect(kept.links).toEqual([expect.objectContaining({ purpose: 'SHARED', revokedAt: null })]);
      expect(JSON.stringify(document)).not.toMatch(/token_hash|tokenHash/);
      const cancelled = document.assignments.find((a: any) => a.id !== assignmentId);
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: `${name} took another offer` });
      expect(document.activity.map((e: any) => e.action)).toEqual(
        expect.arrayContaining(['candidate.created', 'assignment.created', 'assignment.cancelled', 'item.notes_saved']),
      );

      const { rows } = await db.query(
        `SELECT actor_id FROM audit_events WHERE subject_id = $1 AND action = 'candidate.exported'`,
        [candidate.id],
      );
      expect(rows).toEqual([{ actor_id: owner.user.id }]);
    });

    it("is open to the candidate's coach, and answers NOT_FOUND to another coach, another organization and a missing id", async () => {
      const { candidate } = await candidateWithHistory();
      expect((await api.gql(EXPORT, { id: candidate.id }, coach.accessToken)).errors).toBeUndefined();
      for (const [session, id] of [
        [otherCoach, candidate.id],
        [stranger, candidate.id],
        [owner, '00000000-0000-4000-8000-000000000000'],
        [owner, 'not-an-id'],
      ] as const) {
        expect(errorCode(await api.gql(EXPORT, { id }, session.accessToken))).toBe('NOT_FOUND');
      }
    });
  });

  describe('eraseCandidate', () => {
    it('leaves the name and email nowhere, cancels what was pending, revokes links and keeps the figures', async () => {
      const { candidate, name, email, token, assignmentId } = await candidateWithHistory();
      const range = { from: inDays(-30), to: inDays(30) };
      const before = await api.gql(DASHBOARD, range, owner.accessToken);
      expect((await findTextInDatabase(db, name)).length).toBeGreaterThan(0);

      const erased = await api.gql(ERASE, { id: candidate.id }, owner.accessToken);
      expect(erased.errors).toBeUndefined();
      expect(erased.data!.eraseCandidate).toMatchObject({
        assignments: 2,
        candidate: { id: candidate.id, name: 'Erased candidate', unsubscribed: true },
      });
      expect(erased.data!.eraseCandidate.remindersCancelled).toBeGreaterThan(0);
      expect(erased.data!.eraseCandidate.candidate.erasedAt).not.toBeNull();
      expect(erased.data!.eraseCandidate.candidate.archivedAt).not.toBeNull();

      expect(await findTextInDatabase(db, name)).toEqual([]);
      expect(await findTextInDatabase(db, email)).toEqual([]);
      expect(await api.gql(DASHBOARD, range, owner.accessToken)).toEqual(before);

      const { rows: pending } = await db.query(
        `SELECT status, reason FROM reminders WHERE assignment_id = $1 AND status IN ('SCHEDULED', 'QUEUED')`,
        [assignmentId],
      );
      expect(pending).toEqual([]);
      // Across both assignments: the cancelled one still had its cancellation notice waiting.
      const { rows: cancelled } = await db.query(
        `SELECT count(*)::int AS n FROM reminders
          WHERE assignment_id IN (SELECT id FROM assignments WHERE candidate_id = $1) AND reason = 'candidate-erased'`,
        [candidate.id],
      );
      expect(cancelled[0].n).toBe(erased.data!.eraseCandidate.remindersCancelled);
      const page = await api.gql(`query($t: String!) { candidatePlan(token: $t) { company } }`, { t: token });
      expect(errorCode(page)).toBe('NOT_FOUND');

      const { rows: audit } = await db.query(
        `SELECT actor_id, details FROM audit_events WHERE subject_id = $1 AND action = 'candidate.erased'`,
        [candidate.id],
      );
      expect(audit).toEqual([
        { actor_id: owner.user.id, details: expect.objectContaining({ reason: 'request', assignments: 2 }) },
      ]);
      const roster = await api.gql('{ candidates(first: 100) { edges { node { id } } } }', {}, owner.accessToken);
      expect(roster.data!.candidates.edges.map((e: any) => e.node.id)).not.toContain(candidate.id);
    });

    it('cannot be undone, repeated or worked around', async () => {
      const { candidate } = await candidateWithHistory();
      expect((await api.gql(ERASE, { id: candidate.id }, owner.accessToken)).errors).toBeUndefined();
      expect(errorCode(await api.gql(ERASE, { id: candidate.id }, owner.accessToken))).toBe('CONFLICT');
      const restored = await api.gql(
        `mutation($id: ID!) { unarchiveCandidate(id: $id) { id } }`,
        { id: candidate.id },
        owner.accessToken,
      );
      expect(errorCode(restored)).toBe('CONFLICT');
      const exported = await api.gql(EXPORT, { id: candidate.id }, owner.accessToken);
      expect(exported.data!.exportCandidateData.document.candidate.name).toBe('Erased candidate');
    });

    it('is for OWNER and ADMIN only, and answers NOT_FOUND for another organization or a missing id', async () => {
      const { candidate, name } = await candidateWithHistory();
      expect(errorCode(await api.gql(ERASE, { id: candidate.id }, coach.accessToken))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ERASE, { id: candidate.id }, stranger.accessToken))).toBe('NOT_FOUND');
      expect(errorCode(await api.gql(ERASE, { id: randomUuid() }, owner.accessToken))).toBe('NOT_FOUND');
      const { rows } = await db.query('SELECT name, erased_at FROM candidates WHERE id = $1', [candidate.id]);
      expect(rows).toEqual([{ name, erased_at: null }]);
      const admin = await addActiveMember(api, owner, 'ADMIN', 'Ada Admin');
      expect((await api.gql(ERASE, { id: candidate.id }, admin.accessToken)).errors).toBeUndefined();
    });
  });

  describe('the retention setting', () => {
    const UPDATE = `mutation($days: Int) { updateOrganizationSettings(input: { candidateRetentionDays: $days }) { candidateRetentionDays } }`;

    it('takes 1 to 3650 days or null, and refuses anything else with a code', async () => {
      const org = await signUp(api, 'Retention Settings');
      const set = await api.gql(UPDATE, { days: 365 }, org.accessToken);
      expect(set.data!.updateOrganizationSettings).toEqual({ candidateRetentionDays: 365 });
      for (const days of [0, -1, 3651]) {
        const refused = await api.gql(UPDATE, { days }, org.accessToken);
        expect(refused.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_RETENTION_DAYS',
          field: 'candidateRetentionDays',
        });
      }
      const read = await api.gql('{ organizationSettings { candidateRetentionDays } }', {}, org.accessToken);
      expect(read.data!.organizationSettings).toEqual({ candidateRetentionDays: 365 });
      const cleared = await api.gql(UPDATE, { days: null }, org.accessToken);
      expect(cleared.data!.updateOrganizationSettings).toEqual({ candidateRetentionDays: null });
    });
  });
});

function interview(startsAt: string) {
  return { company: 'Initech', role: 'Analyst', startsAt, timeZone: 'Europe/Berlin', format: 'PHONE' };
}

function randomUuid(): string {
  return '00000000-0000-4000-8000-' + randomBytes(6).toString('hex');
}
