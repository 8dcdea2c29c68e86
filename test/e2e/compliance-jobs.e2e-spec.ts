import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { loadConfigWithOverrides } from '@prep/config';
import { deleteOrganizationJobId, eraseExpiredCandidatesJobId, queueConnection, sendReminderJobId } from '@prep/jobs';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { errorCode } from '../support/api-harness';
import { countOrganizationRows, findTextInDatabase } from '../support/database-scan';
import {
  addActiveMember,
  assignPlan,
  builtInTemplateId,
  createCandidate,
  inDays,
  LOGIN_MUTATION,
  PASSWORD,
  REFRESH_MUTATION,
  Session,
  signUp,
  uniqueEmail,
} from '../support/fixtures';
import {
  interviewInput,
  linkToken,
  makeDue,
  minutesFromNow,
  reminderOf,
  remindersOf,
  ReminderWorld,
  startReminderWorld,
  timerOf,
  waitForStatus,
} from '../support/reminders/harness';
import { waitFor, waitForJobs } from '../support/wait-for';

const ERASE = `mutation($id: ID!) { eraseCandidate(id: $id) { remindersCancelled messagesBlanked } }`;
const DELETE_ORGANIZATION = `mutation($slug: String!) { deleteOrganization(confirmSlug: $slug) }`;

/** The worker's side of compliance: what erasure and deletion do to timers, retention runs, deletion jobs. */
describe('compliance jobs', () => {
  let world: ReminderWorld;
  let worker: INestApplicationContext;
  let maintenance: Queue;
  const workerLog: string[] = [];

  beforeAll(async () => {
    world = await startReminderWorld('compliance');
    // A worker of its own, whose log the tests read.
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => workerLog.push(chunk.toString('utf8')));
    const config = loadConfigWithOverrides({ ...world.env, LOG_LEVEL: 'info' });
    worker = await createWorkerApp(config, logStream);
    maintenance = new Queue('maintenance', queueConnection(config.redis, 'producer'));
  });
  afterAll(async () => {
    await maintenance?.close();
    await worker?.close();
    await world?.close();
  });
  const logged = (pattern: RegExp) => waitFor(async () => pattern.test(workerLog.join('')), `a log line ${pattern}`);

  /** A candidate whose assignment emails were sent (so deliveries hold their name and email). */
  async function candidateWithMail(session: Session) {
    const name = `Quentin Marsh ${randomBytes(3).toString('hex')}`;
    const email = uniqueEmail('quentin');
    const candidate = await createCandidate(world.api, session, { name, email });
    // Ten minutes out: the assignment email (carrying the catch-up) goes at once; the after-interview ones wait.
    const { assignment, link } = await assignPlan(world.api, session, candidate.id, {
      interview: interviewInput(minutesFromNow(10)),
    });
    await waitForStatus(world, (await reminderOf(world.db, assignment.id, 'assignment')).id, 'SENT');
    return { candidate, name, email, assignmentId: assignment.id, link };
  }

  /** Makes a waiting reminder due in a few seconds and waits until its timer is in Redis. */
  async function pendingTimer(assignmentId: string) {
    const waiting = (await remindersOf(world.db, assignmentId)).find((row) => row.status === 'SCHEDULED');
    if (!waiting) throw new Error('no waiting reminder');
    const due = await makeDue(world.db, waiting.id, 2_500);
    await waitFor(() => world.reminderJobs.queue.getJob(sendReminderJobId(due.id, due.version)), 'the timer');
    return due;
  }

  it('erases a candidate from every table, the messages sent included, and their timers in Redis send nothing', async () => {
    const owner = await signUp(world.api, 'Erasure Org');
    const { candidate, name, email, assignmentId } = await candidateWithMail(owner);
    const timer = await pendingTimer(assignmentId);
    expect((await findTextInDatabase(world.db, email)).map((hit) => hit.table)).toContain('deliveries');
    const mailBefore = world.smtp.accepted().length;

    const erased = await world.api.gql(ERASE, { id: candidate.id }, owner.accessToken);
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.eraseCandidate.messagesBlanked).toBeGreaterThanOrEqual(1);

    await waitForJobs(world.reminderJobs, [timerOf(timer)], 'the old timer to run');
    const row = (await world.db.query('SELECT status, reason FROM reminders WHERE id = $1', [timer.id])).rows[0];
    expect(row).toEqual({ status: 'CANCELLED', reason: 'candidate-erased' });
    expect(world.smtp.accepted().length).toBe(mailBefore);
    expect(await findTextInDatabase(world.db, name)).toEqual([]);
    expect(await findTextInDatabase(world.db, email)).toEqual([]);
  });

  it('erases, once a day, the candidates of organizations with a retention period whose last assignment ended long enough ago', async () => {
    const owner = await signUp(world.api, 'Retention Org');
    const keepsAll = await signUp(world.api, 'Keeps Everything');
    const set = await world.api.gql(
      'mutation { updateOrganizationSettings(input: { candidateRetentionDays: 30 }) { candidateRetentionDays } }',
      {},
      owner.accessToken,
    );
    expect(set.errors).toBeUndefined();
    const cancelledLongAgo = await candidateEndedDaysAgo(owner, 40, 'cancelled');
    const interviewedLongAgo = await candidateEndedDaysAgo(owner, 45, 'interviewed');
    const interviewedRecently = await candidateEndedDaysAgo(owner, 10, 'interviewed');
    const upcoming = await candidateEndedDaysAgo(owner, -5, 'interviewed');
    const elsewhere = await candidateEndedDaysAgo(keepsAll, 400, 'cancelled');

    // The worker keeps the daily schedule; the test runs today's planning at once.
    expect(await maintenance.getJobScheduler('plan-candidate-retention')).toMatchObject({ every: 24 * 3600 * 1000 });
    await maintenance.add('plan-candidate-retention', {});
    const runId = eraseExpiredCandidatesJobId(owner.organization.id, new Date());
    await waitFor(async () => (await maintenance.getJobState(runId)) === 'completed', 'the retention run');

    const erasedAt = async (id: string) =>
      (await world.db.query('SELECT erased_at FROM candidates WHERE id = $1', [id])).rows[0].erased_at;
    expect(await erasedAt(cancelledLongAgo)).not.toBeNull();
    expect(await erasedAt(interviewedLongAgo)).not.toBeNull();
    expect(await erasedAt(interviewedRecently)).toBeNull();
    expect(await erasedAt(upcoming)).toBeNull();
    expect(await erasedAt(elsewhere)).toBeNull();
    const { rows: audit } = await world.db.query(
      `SELECT subject_id, actor_type, actor_id, details->>'reason' AS reason FROM audit_events
        WHERE organization_id = $1 AND action = 'candidate.erased' ORDER BY subject_id`,
      [owner.organization.id],
    );
    expect(audit).toEqual(
      [cancelledLongAgo, interviewedLongAgo]
        .sort()
        .map((id) => ({ subject_id: id, actor_type: 'SYSTEM', actor_id: null, reason: 'retention' })),
    );
    expect(await maintenance.getJob(eraseExpiredCandidatesJobId(keepsAll.organization.id, new Date()))).toBeUndefined();
    await logged(
      new RegExp(`Retention for organization ${owner.organization.id}: erased 2 candidate\\(s\\), 2 assignment\\(s\\)`),
    );
  });

  /** A candidate whose one assignment ended `days` ago (negative: its interview is still ahead), untouched since. */
  async function candidateEndedDaysAgo(session: Session, days: number, how: 'cancelled' | 'interviewed') {
    const candidate = await createCandidate(world.api, session);
    const { assignment } = await assignPlan(world.api, session, candidate.id, {
      interview: interviewInput(inDays(Math.max(1, -days))),
    });
    await world.db.query(
      `UPDATE assignments SET starts_at = now() - make_interval(days => $2), updated_at = now() - interval '400 days',
              status = CASE WHEN $3 = 'cancelled' THEN 'CANCELLED' ELSE status END,
              cancelled_at = CASE WHEN $3 = 'cancelled' THEN now() - make_interval(days => $2) END
        WHERE id = $1`,
      [assignment.id, days, how],
    );
    await world.db.query(`UPDATE candidates SET updated_at = now() - interval '400 days' WHERE id = $1`, [
      candidate.id,
    ]);
    return candidate.id;
  }

  describe('deleteOrganization', () => {
    async function populated(label: string) {
      const owner = await signUp(world.api, label);
      const coach = await addActiveMember(world.api, owner, 'COACH');
      const { assignmentId, link } = await candidateWithMail(coach);
      const fork = await world.api.gql(
        'mutation($id: ID!) { forkPlanTemplate(id: $id) { id } }',
        { id: await builtInTemplateId(world.api, owner) },
        owner.accessToken,
      );
      expect(fork.errors).toBeUndefined();
      const slug = (await world.db.query('SELECT slug FROM organizations WHERE id = $1', [owner.organization.id]))
        .rows[0].slug as string;
      return { owner, coach, assignmentId, link, slug };
    }

    it('is refused without the right slug or to anyone but the OWNER, and then deletes every row of the organization only', async () => {
      const doomed = await populated('Doomed Org');
      const kept = await populated('Kept Org');
      const keptBefore = await countOrganizationRows(world.db, kept.owner.organization.id);
      expect(keptBefore).toMatchObject({ organizations: 1, deliveries: 1, plan_templates: 1, users: 2 });
      const timer = await pendingTimer(doomed.assignmentId);
      const mailBefore = world.smtp.accepted().length;

      const refusals = [
        [doomed.owner, kept.slug, 'BAD_USER_INPUT'],
        [kept.owner, doomed.slug, 'BAD_USER_INPUT'],
        [doomed.coach, doomed.slug, 'FORBIDDEN'],
      ] as const;
      for (const [session, slug, code] of refusals) {
        expect(errorCode(await world.api.gql(DELETE_ORGANIZATION, { slug }, session.accessToken))).toBe(code);
      }
      expect((await countOrganizationRows(world.db, doomed.owner.organization.id)).organizations).toBe(1);

      const deleted = await world.api.gql(DELETE_ORGANIZATION, { slug: doomed.slug }, doomed.owner.accessToken);
      expect(deleted.errors).toBeUndefined();
      expect(Date.parse(deleted.data!.deleteOrganization)).not.toBeNaN();

      // Refused from that moment: requests with a live access token, refresh, sign-in.
      const request = await world.api.gql('{ candidates(first: 5) { totalCount } }', {}, doomed.coach.accessToken);
      expect(request.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      const refresh = await world.api.gql(REFRESH_MUTATION, { token: doomed.owner.refreshToken });
      expect(errorCode(refresh)).toBe('UNAUTHENTICATED');
      const login = await world.api.gql(LOGIN_MUTATION, {
        input: { email: doomed.owner.user.email, password: PASSWORD },
      });
      expect(login.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });

      await waitFor(
        async () => (await countOrganizationRows(world.db, doomed.owner.organization.id)).organizations === 0,
        'the organization to be gone',
      );
      const left = await countOrganizationRows(world.db, doomed.owner.organization.id);
      expect(Object.entries(left).filter(([, rows]) => rows > 0)).toEqual([]);
      const users = await world.db.query('SELECT count(*)::int AS n FROM users WHERE email = ANY($1)', [
        [doomed.owner.user.email, doomed.coach.user.email],
      ]);
      expect(users.rows[0].n).toBe(0);
      // The kept organization's reminders go on meanwhile (a timer set is a history row); nothing of it is deleted.
      const keptAfter = await countOrganizationRows(world.db, kept.owner.organization.id);
      expect({ ...keptAfter, reminder_changes: keptBefore.reminder_changes }).toEqual(keptBefore);
      expect(keptAfter.reminder_changes).toBeGreaterThanOrEqual(keptBefore.reminder_changes);

      await logged(new RegExp(`Deleted organization ${doomed.owner.organization.id}: deliveries 1, .*organizations 1`));
      await waitForJobs(world.reminderJobs, [timerOf(timer)], 'the old timer to run');
      expect(world.smtp.accepted().length).toBe(mailBefore);
      const afterwards = await world.api.gql('{ me { user { id } } }', {}, doomed.owner.accessToken);
      expect(errorCode(afterwards)).toBe('UNAUTHENTICATED');
    });

    it('resumes a deletion that stopped half-way, and a finished one is a no-op', async () => {
      const halfDone = await populated('Half Deleted Org');
      const organizationId = halfDone.owner.organization.id;
      // A tenant table the deletion does not name (as a later feature would add) goes too, before its parents.
      await world.db.query(`CREATE TABLE IF NOT EXISTS later_candidate_notes (
        organization_id uuid NOT NULL, id uuid NOT NULL, candidate_id uuid NOT NULL, PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, candidate_id) REFERENCES candidates (organization_id, id))`);
      await world.db.query(
        `INSERT INTO later_candidate_notes SELECT organization_id, gen_random_uuid(), id FROM candidates WHERE organization_id = $1`,
        [organizationId],
      );
      await world.db.query('UPDATE organizations SET deleting_at = now() WHERE id = $1', [organizationId]);
      const page = await world.api.gql('query($t: String!) { candidatePlan(token: $t) { company } }', {
        t: linkToken(halfDone.link),
      });
      expect(errorCode(page)).toBe('NOT_FOUND');
      // A crash after a few batches: some tables are emptied, the rest still full.
      for (let batch = 0; batch < 3; batch += 1) {
        await world.db.query('SELECT * FROM organization_delete_batch($1, 1)', [organizationId]);
      }
      const partial = await countOrganizationRows(world.db, organizationId);
      expect(partial).toMatchObject({ organizations: 1, later_candidate_notes: 0 });
      expect(partial.deliveries).toBeLessThan(2);

      await maintenance.add(
        'delete-organization',
        { organizationId },
        { jobId: deleteOrganizationJobId(organizationId) },
      );
      await waitFor(
        async () => (await maintenance.getJobState(deleteOrganizationJobId(organizationId))) === 'completed',
        'the deletion job',
      );
      const left = await countOrganizationRows(world.db, organizationId);
      expect(Object.entries(left).filter(([, rows]) => rows > 0)).toEqual([]);

      const again = await maintenance.add(
        'delete-organization',
        { organizationId },
        { jobId: `again-${organizationId}` },
      );
      await waitFor(async () => (await maintenance.getJobState(again.id!)) === 'completed', 'the repeated job');
    });
  });
});
