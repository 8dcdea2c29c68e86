import { assignPlan, createCandidate, Session, signUp } from '../support/fixtures';
import { decodedBody, findPart, headerValue } from '../support/reminders/mime';
import {
  interviewInput,
  linkToken,
  makeDue,
  minutesFromNow,
  reminderById,
  reminderOf,
  ReminderWorld,
  startReminderWorld,
  timerOf,
  waitForStatus,
} from '../support/reminders/harness';
import { waitForJobs } from '../support/wait-for';

const FIVE_DAYS = 5 * 24 * 60;

describe('reminder decisions at send time', () => {
  let world: ReminderWorld;
  let owner: Session;

  beforeAll(async () => {
    world = await startReminderWorld('decisions');
    await world.startWorker();
    owner = await signUp(world.api, 'Decisions Coaching');
  });
  afterAll(() => world?.close());

  /** An interview five days out: only the assignment email is due; everything else waits for makeDue. */
  async function assignedPlan(candidateInput: Record<string, string> = {}) {
    const candidate = await createCandidate(world.api, owner, candidateInput);
    const { assignment, link } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(FIVE_DAYS)),
    });
    return { candidate, assignment, token: linkToken(link) };
  }

  const mailsWithId = (messageId: string) => world.smtp.accepted().filter((mail) => mail.messageId === messageId);
  const mailWithId = (messageId: string, what: string) =>
    world.smtp.waitForMail((mail) => mail.messageId === messageId, what);
  const gql = (query: string, variables: Record<string, unknown>) => world.api.gql(query, variables, owner.accessToken);

  /** Moves the row a moment ahead and waits until the scan has given it a timer. */
  async function armSoon(reminderId: string) {
    const moved = await makeDue(world.db, reminderId, 1500);
    await waitForStatus(world, reminderId, 'QUEUED');
    return moved;
  }

  it('skips a reminder whose items the candidate has done', async () => {
    const { assignment, token } = await assignedPlan();
    const research = await reminderOf(world.db, assignment.id, 'research-company');
    for (const itemKey of ['explore-company-channels', 'learn-the-culture', 'talk-to-insiders']) {
      const done = await world.api.gql(
        'mutation($token: String!, $itemKey: String!) { setPlanItemDone(token: $token, itemKey: $itemKey, done: true) { candidateName } }',
        { token, itemKey },
      );
      expect(done.errors).toBeUndefined();
    }
    await makeDue(world.db, research.id);
    const row = await waitForStatus(world, research.id, 'SKIPPED');
    expect(row).toMatchObject({ reason: 'already done', message_id: null, claimed_until: null });
    // The claim minted a private link for the email; the email never went, so the link works nowhere.
    const links = await world.db.query('SELECT revoked_at FROM assignment_links WHERE reminder_id = $1', [research.id]);
    expect(links.rows).toHaveLength(1);
    expect(links.rows[0].revoked_at).not.toBeNull();
  });

  it('stops candidate mail once unsubscribed, and still sends the coach the not-started alert', async () => {
    const { assignment } = await assignedPlan({ name: 'Uma Unsubscribed' });
    // The candidate clicks "unsubscribe" in their mail client: RFC 8058 one-click on the assignment email.
    const welcome = await waitForStatus(world, (await reminderOf(world.db, assignment.id, 'assignment')).id, 'SENT');
    const listUnsubscribe = headerValue(
      (await mailWithId(welcome.message_id!, 'the assignment email')).mime,
      'list-unsubscribe',
    )!;
    const oneClick = await world.api
      .http()
      .post(new URL(listUnsubscribe.slice(1, -1)).pathname)
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(200);
    const research = await makeDue(world.db, (await reminderOf(world.db, assignment.id, 'research-company')).id);
    const alert = await makeDue(world.db, (await reminderOf(world.db, assignment.id, 'coach-not-started')).id);

    expect(await waitForStatus(world, research.id, 'SKIPPED')).toMatchObject({ reason: 'unsubscribed' });
    const sent = await waitForStatus(world, alert.id, 'SENT');
    const mail = await mailWithId(sent.message_id!, 'the coach alert');
    expect(mail.envelope.to).toEqual([owner.user.email]);
    expect(headerValue(mail.mime, 'subject')).toContain('Uma Unsubscribed has not started');
    expect(headerValue(mail.mime, 'list-unsubscribe')).toBeUndefined();
    const text = decodedBody(findPart(mail.mime, 'text/plain')!);
    expect(text).not.toContain('/a/');
    expect(text).toContain(`/app/assignments/${assignment.id}`);
  });

  it('sends nothing for a cancelled assignment, even with its timer already set', async () => {
    const { assignment } = await assignedPlan();
    const research = await armSoon((await reminderOf(world.db, assignment.id, 'research-company')).id);
    const cancelled = await gql(
      'mutation($id: ID!) { cancelAssignment(id: $id, reason: "position filled") { status } }',
      { id: assignment.id },
    );
    expect(cancelled.errors).toBeUndefined();

    await waitForJobs(world.reminderJobs, [timerOf(research)], 'the old timer to fire');
    const row = await waitForStatus(world, research.id, 'CANCELLED');
    expect(row.reason).toBe('assignment-cancelled');
    expect(mailsWithId(`<reminder-${research.id}@prep.example>`)).toEqual([]);
  });

  it("after a reschedule between enqueue and fire, sends only the new plan's reminder", async () => {
    const { assignment } = await assignedPlan();
    const research = await armSoon((await reminderOf(world.db, assignment.id, 'research-company')).id);
    const moved = await gql(
      'mutation($id: ID!, $startsAt: String!) { rescheduleInterview(id: $id, startsAt: $startsAt, timeZone: "Europe/Berlin") { id } }',
      {
        id: assignment.id,
        startsAt: minutesFromNow(10),
      },
    );
    expect(moved.errors).toBeUndefined();
    // The new time is ten minutes out: the new plan's pre-interview items go in one catch-up, due now,
    // which rides in the message telling the candidate of the move: one email, not two.
    await waitForJobs(world.reminderJobs, [timerOf(research)], 'the old timer to fire');
    expect(await waitForStatus(world, research.id, 'CANCELLED')).toMatchObject({ reason: 'rescheduled' });
    const catchUp = await reminderOf(world.db, assignment.id, 'catch-up');
    const notice = await reminderOf(world.db, assignment.id, 'interview-moved');
    expect(catchUp).toMatchObject({ plan_version: 2, status: 'SKIPPED', reason: `merged-into:${notice.id}` });
    const sent = await waitForStatus(world, notice.id, 'SENT');
    const mail = await mailWithId(sent.message_id!, 'the move notice');
    expect(decodedBody(findPart(mail.mime, 'text/calendar')!)).toContain('SEQUENCE:1');
    expect(decodedBody(findPart(mail.mime, 'text/plain')!)).toMatch(/^- Do now: .+: \S+#item-\S+$/m);
    expect(mailsWithId(`<reminder-${research.id}@prep.example>`)).toEqual([]);
    expect((await reminderById(world.db, research.id)).message_id).toBeNull();
  });

  it('re-checks each row at send time: one left pending for a cancelled or moved interview is cancelled, not sent', async () => {
    const revive = (reminderId: string) =>
      // As if the API's cancelling had not reached this row: pending again and due now.
      world.db.query(
        `UPDATE reminders SET status = 'SCHEDULED', reason = NULL, due_at = now(), version = version + 1 WHERE id = $1`,
        [reminderId],
      );
    const cancelledPlan = await assignedPlan();
    const cancelled = await gql('mutation($id: ID!) { cancelAssignment(id: $id) { status } }', {
      id: cancelledPlan.assignment.id,
    });
    expect(cancelled.errors).toBeUndefined();
    const movedPlan = await assignedPlan();
    const moved = await gql(
      'mutation($id: ID!, $startsAt: String!) { rescheduleInterview(id: $id, startsAt: $startsAt, timeZone: "Europe/Berlin") { id } }',
      {
        id: movedPlan.assignment.id,
        startsAt: minutesFromNow(FIVE_DAYS + 60),
      },
    );
    expect(moved.errors).toBeUndefined();
    const left = await reminderOf(world.db, cancelledPlan.assignment.id, 'research-company');
    const { rows } = await world.db.query(
      `SELECT id FROM reminders WHERE assignment_id = $1 AND plan_version = 1 AND kind = 'research-company'`,
      [movedPlan.assignment.id],
    );
    await revive(left.id);
    await revive(rows[0].id);

    expect(await waitForStatus(world, left.id, 'CANCELLED')).toMatchObject({
      reason: 'assignment-cancelled',
      attempts: 1,
    });
    expect(await waitForStatus(world, rows[0].id, 'CANCELLED')).toMatchObject({
      reason: 'rescheduled',
      attempts: 1,
    });
    for (const id of [left.id, rows[0].id]) expect(mailsWithId(`<reminder-${id}@prep.example>`)).toEqual([]);
  });

  it('fails for good when a stored address cannot be written, sending nothing, and the link minted for that email stops working', async () => {
    const { candidate, assignment } = await assignedPlan();
    const research = await reminderOf(world.db, assignment.id, 'research-company');
    // Data written around the API's validation, as an import or a bad migration could.
    await world.db.query('UPDATE candidates SET email = $2 WHERE id = $1', [candidate.id, 'ada at example.com']);
    await makeDue(world.db, research.id);

    const row = await waitForStatus(world, research.id, 'FAILED');
    expect(row).toMatchObject({ reason: 'refused', attempts: 1, claimed_until: null, message_id: null });
    expect(row.last_error).toMatch(/invalid recipient address/);
    expect(mailsWithId(`<reminder-${research.id}@prep.example>`)).toEqual([]);
    const links = await world.db.query('SELECT revoked_at FROM assignment_links WHERE reminder_id = $1', [research.id]);
    expect(links.rows).toHaveLength(1);
    expect(links.rows[0].revoked_at).not.toBeNull();
  });
});
