import { createUnsubscribeToken } from '@prep/mail';
import { ApiHarness, errorCode, startApi } from '../support/api-harness';
import { addActiveMember, assignPlan, createCandidate, inDays, Session, signUp } from '../support/fixtures';
import { openOwnerDatabase } from '../support/owner-database';

const REMINDERS = 'reminders { id kind recipient dueAt status reason itemKeys }';

describe('reminder rows planned by the API', () => {
  let api: ApiHarness;
  let owner: Session;
  const db = openOwnerDatabase();

  beforeAll(async () => {
    api = await startApi();
    owner = await signUp(api, 'Reminder Planning Org');
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const remindersOf = async (assignmentId: string, session = owner) =>
    (
      await api.gql(
        `query($id: ID!) { assignment(id: $id) { ${REMINDERS} } }`,
        { id: assignmentId },
        session.accessToken,
      )
    ).data!.assignment.reminders as any[];

  it('plans the default schedule in the same transaction as the assignment', async () => {
    const { assignment } = await assignPlan(
      api,
      owner,
      (await createCandidate(api, owner, { timeZone: 'Europe/Berlin' })).id,
    );
    const reminders = await remindersOf(assignment.id);
    expect(reminders.map((r) => r.kind).sort()).toEqual(
      [
        'assignment',
        'coach-not-started',
        'decision-check-in',
        'final-check',
        'follow-up-email',
        'follow-up-nudge',
        'practice',
        'reflect',
        'research-company',
        'review-role',
      ].sort(),
    );
    expect(reminders.every((r) => r.status === 'SCHEDULED')).toBe(true);
    const startsAt = new Date(assignment.interview.startsAt).getTime();
    const finalCheck = reminders.find((r) => r.kind === 'final-check');
    expect(new Date(finalCheck.dueAt).getTime()).toBeLessThan(startsAt);
    expect(reminders.find((r) => r.kind === 'coach-not-started').recipient).toBe('coach');
  });

  it('turns a late booking into one email: the assignment email carries the catch-up, the missed reminders skipped', async () => {
    const { assignment } = await assignPlan(api, owner, (await createCandidate(api, owner)).id, {
      interview: {
        company: 'Initech',
        role: 'Engineer',
        startsAt: new Date(Date.now() + 30 * 3600_000).toISOString(),
        timeZone: 'UTC',
      },
    });
    const reminders = await remindersOf(assignment.id);
    const missed = reminders.filter((r) => r.status === 'SKIPPED').map((r) => r.kind);
    expect(missed).toEqual(expect.arrayContaining(['research-company', 'review-role']));
    const catchUp = reminders.filter((r) => r.kind === 'catch-up');
    const [welcome] = reminders.filter((r) => r.kind === 'assignment');
    expect(catchUp).toHaveLength(1);
    expect(catchUp[0]).toMatchObject({ status: 'SKIPPED', reason: `merged-into:${welcome.id}` });
    expect(welcome.status).toBe('SCHEDULED');
    expect(welcome.itemKeys).toEqual(expect.arrayContaining(['explore-company-channels', 'map-job-requirements']));
    expect(welcome.itemKeys).toEqual(expect.arrayContaining(catchUp[0].itemKeys));
  });

  it('reschedule cancels the pending rows as rescheduled and plans a new set without a second assignment email', async () => {
    const { assignment } = await assignPlan(api, owner, (await createCandidate(api, owner)).id);
    await api.gql(
      'mutation($id: ID!, $s: String!) { rescheduleInterview(id: $id, startsAt: $s, timeZone: "Asia/Tokyo") { id } }',
      { id: assignment.id, s: inDays(10) },
      owner.accessToken,
    );
    const reminders = await remindersOf(assignment.id);
    const cancelled = reminders.filter((r) => r.status === 'CANCELLED');
    expect(cancelled.length).toBe(10);
    expect(cancelled.every((r) => r.reason === 'rescheduled')).toBe(true);
    expect(reminders.filter((r) => r.kind === 'assignment')).toHaveLength(1);
    expect(reminders.filter((r) => r.status === 'SCHEDULED').map((r) => r.kind)).not.toContain('assignment');
  });

  it('cancel cancels every pending reminder and plans the cancellation notice due now; history stays', async () => {
    const { assignment } = await assignPlan(api, owner, (await createCandidate(api, owner)).id);
    await api.gql('mutation($id: ID!) { cancelAssignment(id: $id) { id } }', { id: assignment.id }, owner.accessToken);
    const reminders = await remindersOf(assignment.id);
    const [notice, ...planned] = [
      ...reminders.filter((r) => r.kind === 'interview-cancelled'),
      ...reminders.filter((r) => r.kind !== 'interview-cancelled'),
    ];
    expect(planned).toHaveLength(10);
    expect(planned.every((r) => r.status === 'CANCELLED' && r.reason === 'assignment-cancelled')).toBe(true);
    expect(notice).toMatchObject({ status: 'SCHEDULED', recipient: 'candidate', itemKeys: [] });
    expect(Math.abs(Date.parse(notice.dueAt) - Date.now())).toBeLessThan(60_000);
  });

  it('moves the decision check-in to the date the candidate recorded', async () => {
    const { assignment, link } = await assignPlan(
      api,
      owner,
      (await createCandidate(api, owner, { timeZone: 'Europe/Berlin' })).id,
    );
    const before = (await remindersOf(assignment.id)).find((r) => r.kind === 'decision-check-in');
    const date = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await api.gql('mutation($t: String!, $d: String!) { recordDecisionDate(token: $t, date: $d) { status } }', {
      t: link.split('/a/')[1],
      d: date,
    });
    const after = (await remindersOf(assignment.id)).find((r) => r.kind === 'decision-check-in');
    expect(after.id).toBe(before.id);
    expect(after.dueAt.slice(0, 10)).toBe(date);
    const berlinTime = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(after.dueAt));
    expect(berlinTime).toBe('10:00');
  });

  it('lets a coach send a reminder now or skip it, and answers NOT_FOUND across organizations and coaches', async () => {
    const coach = await addActiveMember(api, owner, 'COACH');
    const { assignment } = await assignPlan(api, owner, (await createCandidate(api, owner)).id);
    const [first, second] = (await remindersOf(assignment.id)).filter(
      (r) => r.kind === 'practice' || r.kind === 'final-check',
    );
    const other = await signUp(api, 'Other Reminder Org');
    for (const session of [other, coach]) {
      for (const mutation of ['sendReminderNow', 'skipReminder']) {
        const denied = await api.gql(
          `mutation($id: ID!) { ${mutation}(id: $id) { id } }`,
          { id: first.id },
          session.accessToken,
        );
        expect(errorCode(denied)).toBe('NOT_FOUND');
      }
    }
    const skipped = await api.gql(
      'mutation($id: ID!) { skipReminder(id: $id) { status reason } }',
      { id: first.id },
      owner.accessToken,
    );
    expect(skipped.data!.skipReminder).toEqual({ status: 'SKIPPED', reason: 'skipped by coach' });
    expect(
      errorCode(
        await api.gql('mutation($id: ID!) { skipReminder(id: $id) { status } }', { id: first.id }, owner.accessToken),
      ),
    ).toBe('CONFLICT');
    const now = await api.gql(
      'mutation($id: ID!) { sendReminderNow(id: $id) { status dueAt } }',
      { id: second.id },
      owner.accessToken,
    );
    expect(now.data!.sendReminderNow.status).toBe('SCHEDULED');
    expect(Math.abs(new Date(now.data!.sendReminderNow.dueAt).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('reports delivery health per organization: outcomes by kind and lateness of sent messages', async () => {
    const org = await signUp(api, 'Health Org');
    const { assignment } = await assignPlan(api, org, (await createCandidate(api, org)).id);
    // Stand in for the worker: mark two reminders sent, 2 s and 10 s after they were due.
    await db.query(
      `UPDATE reminders SET status = 'SENT', sent_at = due_at + interval '2 seconds' WHERE assignment_id = $1 AND kind = 'assignment'`,
      [assignment.id],
    );
    await db.query(
      `UPDATE reminders SET status = 'SENT', sent_at = due_at + interval '10 seconds' WHERE assignment_id = $1 AND kind = 'research-company'`,
      [assignment.id],
    );
    await db.query(`UPDATE reminders SET status = 'FAILED' WHERE assignment_id = $1 AND kind = 'practice'`, [
      assignment.id,
    ]);
    const query = `query($from: String!, $to: String!) { deliveryHealth(from: $from, to: $to) {
      byKind { kind sent skipped failed pending } lateness { p50Seconds maxSeconds } } }`;
    const range = { from: inDays(-1), to: inDays(30) };
    const health = (await api.gql(query, range, org.accessToken)).data!.deliveryHealth;
    const byKind = Object.fromEntries(health.byKind.map((row: any) => [row.kind, row]));
    expect(byKind.assignment).toMatchObject({ sent: 1, failed: 0, pending: 0 });
    expect(byKind.practice).toMatchObject({ sent: 0, failed: 1 });
    expect(health.lateness).toEqual({ p50Seconds: 6, maxSeconds: 10 });
    const other = (await api.gql(query, range, owner.accessToken)).data!.deliveryHealth;
    expect(other.byKind.find((row: any) => row.kind === 'practice')?.failed ?? 0).toBe(0);
    const coach = await addActiveMember(api, org, 'COACH');
    expect(errorCode(await api.gql(query, range, coach.accessToken))).toBe('FORBIDDEN');
  });

  it('exposes Prometheus metrics', async () => {
    const metrics = await api.http().get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/^http_requests_total\{method="POST",status="2xx"\} \d+/m);
    expect(metrics.text).toContain('process_cpu_seconds_total');
  });

  describe('unsubscribe link', () => {
    it('shows the choice on GET, unsubscribes on a one-click POST, and resubscribes from the page', async () => {
      const candidate = await createCandidate(api, owner);
      const token = createUnsubscribeToken(api.config.mail.unsubscribeSecret, {
        organizationId: owner.organization.id,
        candidateId: candidate.id,
      });
      const unsubscribed = async () =>
        (await db.query('SELECT unsubscribed_at FROM candidates WHERE id = $1', [candidate.id])).rows[0]
          .unsubscribed_at;

      const page = await api.http().get(`/u/${token}`);
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.text).toContain('Stop reminder emails');
      expect(await unsubscribed()).toBeNull();

      const oneClick = await api.http().post(`/u/${token}`).type('form').send('List-Unsubscribe=One-Click');
      expect(oneClick.status).toBe(200);
      expect(await unsubscribed()).not.toBeNull();
      expect(
        (await api.gql(`query { candidate(id: "${candidate.id}") { unsubscribed } }`, {}, owner.accessToken)).data!
          .candidate.unsubscribed,
      ).toBe(true);

      await api.http().post(`/u/${token}/resubscribe`).type('form').send('');
      expect(await unsubscribed()).toBeNull();
      expect(api.logs()).not.toContain(token);
    });

    it('refuses a forged or malformed token with a 404 page and changes nothing', async () => {
      const candidate = await createCandidate(api, owner);
      const forged = createUnsubscribeToken('x'.repeat(40), {
        organizationId: owner.organization.id,
        candidateId: candidate.id,
      });
      expect((await api.http().post(`/u/${forged}`).send()).status).toBe(404);
      expect((await api.http().get('/u/not-a-token')).status).toBe(404);
      expect(
        errorCode(
          await api.gql(`mutation { setEmailSubscription(token: "${forged}", subscribed: false) { subscribed } }`),
        ),
      ).toBe('NOT_FOUND');
      expect(
        (await db.query('SELECT unsubscribed_at FROM candidates WHERE id = $1', [candidate.id])).rows[0]
          .unsubscribed_at,
      ).toBeNull();
    });
  });
});
