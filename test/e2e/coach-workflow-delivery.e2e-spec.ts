import { assignPlan, createCandidate, Session, signUp, uniqueEmail } from '../support/fixtures';
import { decodedBody, decodeWords, findPart, headerValue } from '../support/reminders/mime';
import {
  interviewInput,
  makeDue,
  reminderOf,
  ReminderWorld,
  startReminderWorld,
  waitForStatus,
} from '../support/reminders/harness';
import { waitFor } from '../support/wait-for';

// A shared 2-core machine running many spec files can hold a send up for seconds.
const SEND_TIMEOUT_MS = 40_000;
jest.setTimeout(90_000);

/** An interview five days ahead at 15:00 UTC: its research reminder (T-72h) is 16:00 in Berlin and 07:00 in Los Angeles. */
function afternoonInterview(): string {
  const day = new Date(Date.now() + 5 * 24 * 3600 * 1000);
  day.setUTCHours(15, 0, 0, 0);
  return day.toISOString();
}

describe('what the coach changes reaches the next reminder', () => {
  let world: ReminderWorld;
  let owner: Session;

  beforeAll(async () => {
    world = await startReminderWorld('coach-workflow');
    await world.startWorker();
    owner = await signUp(world.api, 'Coach Workflow Delivery');
  });
  afterAll(() => world?.close());

  const ok = async (query: string, variables: Record<string, unknown>) => {
    const response = await world.api.gql(query, variables, owner.accessToken);
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  /** Makes the assignment's reminder of this kind due now and returns the mail it sent. */
  const sendNow = async (assignmentId: string, kind: string) => {
    const due = await makeDue(world.db, (await reminderOf(world.db, assignmentId, kind)).id);
    const sent = await waitForStatus(world, due.id, 'SENT', SEND_TIMEOUT_MS);
    const mail = await waitFor(
      async () => world.smtp.accepted().find((candidate) => candidate.messageId === sent.message_id),
      `the ${kind} email`,
    );
    return {
      mail,
      text: decodedBody(findPart(mail.mime, 'text/plain')!),
      html: decodedBody(findPart(mail.mime, 'text/html')!),
      calendar: decodedBody(findPart(mail.mime, 'text/calendar')!).split('\r\n'),
    };
  };

  it("quotes the coach's comment on an item the reminder covers, and no other", async () => {
    const candidate = await createCandidate(world.api, owner);
    const { assignment } = await assignPlan(world.api, owner, candidate.id);
    await ok(
      `mutation($a: ID!) { addItemComment(assignmentId: $a, itemKey: "learn-the-culture", body: "Ask Priya about <remote> days") { id } }`,
      { a: assignment.id },
    );
    await ok(
      `mutation($a: ID!) { addItemComment(assignmentId: $a, itemKey: "final-check", body: "Charge your laptop") { id } }`,
      {
        a: assignment.id,
      },
    );

    const { text, html } = await sendNow(assignment.id, 'research-company');
    expect(text).toContain(
      'Your coach commented on "Find out what working there is like": Ask Priya about <remote> days',
    );
    expect(html).toContain(
      'Your coach commented on <strong>Find out what working there is like</strong>: Ask Priya about &lt;remote&gt; days',
    );
    expect(text).not.toContain('Charge your laptop');

    const review = await sendNow(assignment.id, 'review-role');
    expect(review.text).not.toContain('Your coach commented');
  });

  it("never quotes one organization's comment in another's email, both due at once", async () => {
    const other = await signUp(world.api, 'Other Delivery Org');
    const ours = await assignPlan(world.api, owner, (await createCandidate(world.api, owner)).id);
    const theirs = await assignPlan(world.api, other, (await createCandidate(world.api, other)).id);
    await ok(
      `mutation($a: ID!) { addItemComment(assignmentId: $a, itemKey: "learn-the-culture", body: "Only for our candidate") { id } }`,
      { a: ours.assignment.id },
    );
    const [mine, foreign] = await Promise.all([
      sendNow(ours.assignment.id, 'research-company'),
      sendNow(theirs.assignment.id, 'research-company'),
    ]);
    expect(mine.text).toContain('Only for our candidate');
    expect(foreign.text).not.toContain('Only for our candidate');
    expect(foreign.text).not.toContain('Your coach commented');
  });

  it('sends the next reminder to the new address, at its time in the new zone, with the time shown in it', async () => {
    const candidate = await createCandidate(world.api, owner, { timeZone: 'Europe/Berlin' });
    const { assignment } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(afternoonInterview(), { timeZone: 'Europe/Berlin' }),
    });
    const before = await reminderOf(world.db, assignment.id, 'research-company');
    const email = uniqueEmail('moved');
    await ok(
      `mutation($id: ID!, $email: String!) { updateCandidate(id: $id, input: { email: $email, timeZone: "America/Los_Angeles" }) { id } }`,
      {
        id: candidate.id,
        email,
      },
    );
    const moved = await reminderOf(world.db, assignment.id, 'research-company');
    expect(moved.id).toBe(before.id);
    expect(moved.reason).toBe('candidate-updated');
    // 07:00 in Los Angeles is in the default quiet hours (21:00-08:00): the planner moves it out of them.
    expect(moved.due_at.getTime()).not.toBe(before.due_at.getTime());
    expect(moved.version).toBeGreaterThan(before.version);

    const { mail, text } = await sendNow(assignment.id, 'research-company');
    expect(mail.envelope.to).toEqual([email]);
    expect(text).toContain('(America/Los_Angeles)');
  });

  it('carries the edited interview into the next email and its calendar event', async () => {
    const candidate = await createCandidate(world.api, owner);
    const { assignment } = await assignPlan(world.api, owner, candidate.id);
    await ok(
      `mutation($id: ID!) { updateAssignment(id: $id, input: { company: "Initech", format: IN_PERSON, location: "1 Main St, Austin", dropItemKeys: ["learn-the-culture"] }) { id } }`,
      { id: assignment.id },
    );
    const { text, mail, calendar } = await sendNow(assignment.id, 'research-company');
    expect(decodeWords(headerValue(mail.mime, 'subject')!)).toContain('Initech');
    expect(text).toContain('Initech');
    expect(text).not.toContain('Find out what working there is like');
    expect(calendar).toEqual(
      expect.arrayContaining([
        'SEQUENCE:1',
        'LOCATION:1 Main St\\, Austin',
        'SUMMARY:Interview: Data Analyst at Initech',
      ]),
    );
  });
});
