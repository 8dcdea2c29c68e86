import { assignPlan, createCandidate, Session, signUp } from '../support/fixtures';
import { errorCode } from '../support/api-harness';
import { icsUtc, parseItip } from '../support/itip';
import { decodedBody, findPart, headerValue } from '../support/reminders/mime';
import { ReceivedMail } from '../support/reminders/smtp-sink';
import {
  interviewInput,
  linkToken,
  MAIL_FROM,
  makeDue,
  minutesFromNow,
  reminderOf,
  ReminderWorld,
  startReminderWorld,
  waitForStatus,
} from '../support/reminders/harness';
import { waitFor } from '../support/wait-for';

const ASSIGNMENT_VIEW = 'id status link { revoked }';

describe('messages the coach sends by changing an assignment', () => {
  let world: ReminderWorld;
  let owner: Session;

  beforeAll(async () => {
    world = await startReminderWorld('messages');
    await world.startWorker();
    owner = await signUp(world.api, 'Northwind Careers');
  });
  afterAll(() => world?.close());

  const gql = (query: string, variables: Record<string, unknown>, session = owner) =>
    world.api.gql(query, variables, session.accessToken);

  const mailWithId = (messageId: string) =>
    waitFor(async () => world.smtp.accepted().find((mail) => mail.messageId === messageId), `mail ${messageId}`);

  /** The newest row of a kind, once it has left its pending state. */
  const settled = async (assignmentId: string, kind: string, status: string) =>
    waitForStatus(world, (await reminderOf(world.db, assignmentId, kind)).id, status);

  const calendarOf = (mail: ReceivedMail) => parseItip(decodedBody(findPart(mail.mime, 'text/calendar')!));

  async function assigned(name: string, startsAt = minutesFromNow(5 * 24 * 60)) {
    const candidate = await createCandidate(world.api, owner, { name, timeZone: 'Europe/Berlin' });
    const { assignment, link } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(startsAt),
    });
    const welcome = await settled(assignment.id, 'assignment', 'SENT');
    return { candidate, assignment, link, welcome: await mailWithId(welcome.message_id!) };
  }

  it('tells the candidate at once when the interview moves: same UID, higher SEQUENCE, METHOD:REQUEST', async () => {
    const { candidate, assignment, welcome } = await assigned('Mo Moved');
    const first = calendarOf(welcome);
    expect(first.method).toBe('REQUEST');
    expect(first.one('SEQUENCE').value).toBe('0');

    const movedTo = minutesFromNow(6 * 24 * 60);
    const response = await gql(
      'mutation($id: ID!, $at: String!) { rescheduleInterview(id: $id, startsAt: $at, timeZone: "Europe/Berlin") { id } }',
      { id: assignment.id, at: movedTo },
    );
    expect(response.errors).toBeUndefined();
    const row = await settled(assignment.id, 'interview-moved', 'SENT');
    expect(row).toMatchObject({ plan_version: 2, recipient: 'candidate', attempts: 1 });
    const mail = await mailWithId(row.message_id!);
    expect(mail.envelope.to).toEqual([candidate.email]);
    expect(headerValue(mail.mime, 'subject')).toContain('Your Globex interview has moved');
    expect(headerValue(findPart(mail.mime, 'text/calendar')!, 'content-type')).toContain('method=REQUEST');

    const event = calendarOf(mail);
    expect(event.method).toBe('REQUEST');
    expect(event.one('UID').value).toBe(first.one('UID').value);
    expect(event.one('SEQUENCE').value).toBe('1');
    expect(event.one('DTSTART').value).toBe(icsUtc(movedTo));
    // The default duration is an hour; the organizer is the organization's sender, the attendee the candidate.
    expect(event.one('DTEND').value).toBe(icsUtc(new Date(Date.parse(movedTo) + 60 * 60_000)));
    expect(event.one('ORGANIZER')).toMatchObject({ params: { CN: 'Northwind Careers' }, value: `mailto:${MAIL_FROM}` });
    expect(event.one('ATTENDEE')).toMatchObject({ params: { CN: 'Mo Moved' }, value: `mailto:${candidate.email}` });
  });

  it('tells the candidate at once when the interview is cancelled: METHOD:CANCEL, STATUS:CANCELLED, no plan link', async () => {
    const { assignment, welcome } = await assigned('Cal Cancelled');
    const response = await gql('mutation($id: ID!) { cancelAssignment(id: $id, reason: "Role filled") { status } }', {
      id: assignment.id,
    });
    expect(response.data?.cancelAssignment.status).toBe('CANCELLED');
    const row = await settled(assignment.id, 'interview-cancelled', 'SENT');
    const mail = await mailWithId(row.message_id!);
    expect(headerValue(mail.mime, 'subject')).toContain('is cancelled');
    expect(decodedBody(findPart(mail.mime, 'text/plain')!)).not.toContain('/a/');

    const event = calendarOf(mail);
    expect(event.method).toBe('CANCEL');
    expect(event.one('STATUS').value).toBe('CANCELLED');
    expect(event.one('UID').value).toBe(calendarOf(welcome).one('UID').value);
    expect(Number(event.one('SEQUENCE').value)).toBeGreaterThan(Number(calendarOf(welcome).one('SEQUENCE').value));
    // The rest of the plan's reminders end with the assignment.
    expect(await reminderOf(world.db, assignment.id, 'research-company')).toMatchObject({
      status: 'CANCELLED',
      reason: 'assignment-cancelled',
    });
  });

  it('obeys the unsubscribe: the move and the cancellation are rows skipped as unsubscribed', async () => {
    const { candidate, assignment } = await assigned('Una Unsubscribed');
    await world.db.query('UPDATE candidates SET unsubscribed_at = now() WHERE id = $1', [candidate.id]);
    const before = world.smtp.accepted().length;
    await gql(
      'mutation($id: ID!, $at: String!) { rescheduleInterview(id: $id, startsAt: $at, timeZone: "Europe/Berlin") { id } }',
      { id: assignment.id, at: minutesFromNow(7 * 24 * 60) },
    );
    expect(await settled(assignment.id, 'interview-moved', 'SKIPPED')).toMatchObject({ reason: 'unsubscribed' });
    await gql('mutation($id: ID!) { cancelAssignment(id: $id) { id } }', { id: assignment.id });
    expect(await settled(assignment.id, 'interview-cancelled', 'SKIPPED')).toMatchObject({ reason: 'unsubscribed' });
    expect(world.smtp.accepted().length).toBe(before);
  });

  it('after a revoke no email carries a live link: reminders are skipped as link-revoked and the link stays revoked', async () => {
    const { assignment, link } = await assigned('Rae Revoked');
    const revoked = await gql(`mutation($id: ID!) { revokeAssignmentLink(id: $id) { ${ASSIGNMENT_VIEW} } }`, {
      id: assignment.id,
    });
    expect(revoked.data?.revokeAssignmentLink.link.revoked).toBe(true);
    const research = await makeDue(world.db, (await reminderOf(world.db, assignment.id, 'research-company')).id);
    expect(await waitForStatus(world, research.id, 'SKIPPED')).toMatchObject({ reason: 'link-revoked' });
    const live = await world.db.query(
      'SELECT count(*)::int AS n FROM assignment_links WHERE assignment_id = $1 AND revoked_at IS NULL',
      [assignment.id],
    );
    expect(live.rows[0].n).toBe(0);
    const view = await gql(`query($id: ID!) { assignment(id: $id) { ${ASSIGNMENT_VIEW} } }`, { id: assignment.id });
    expect(view.data?.assignment.link.revoked).toBe(true);
    expect((await world.api.http().get(`/a/${linkToken(link)}`)).status).not.toBe(200);
  });

  it('resends the plan email with a fresh working link, also after a revoke, and audits it', async () => {
    const { assignment, welcome } = await assigned('Res Ender');
    await gql('mutation($id: ID!) { revokeAssignmentLink(id: $id) { id } }', { id: assignment.id });
    const resent = await gql(`mutation($id: ID!) { resendAssignmentEmail(id: $id) { ${ASSIGNMENT_VIEW} } }`, {
      id: assignment.id,
    });
    expect(resent.errors).toBeUndefined();
    expect(resent.data?.resendAssignmentEmail.link.revoked).toBe(false);
    const again = await settled(assignment.id, 'assignment-resend', 'SENT');
    const mail = await mailWithId(again.message_id!);
    const planLink = (mail: ReceivedMail) =>
      /Open your prep plan: (\S+)/.exec(decodedBody(findPart(mail.mime, 'text/plain')!))![1];
    expect(planLink(mail)).not.toBe(planLink(welcome));
    expect((await world.api.http().get(new URL(planLink(mail)).pathname)).status).toBe(200);
    expect((await world.api.http().get(new URL(planLink(welcome)).pathname)).status).not.toBe(200);
    const audit = await world.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE subject_id = $1 AND action = 'assignment.email_resent'`,
      [assignment.id],
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('limits resends to 3 an hour per assignment: the 4th is RATE_LIMITED and sends nothing', async () => {
    const { assignment } = await assigned('Lim Ited');
    const resend = () => gql('mutation($id: ID!) { resendAssignmentEmail(id: $id) { id } }', { id: assignment.id });
    for (let i = 0; i < 3; i++) expect((await resend()).errors).toBeUndefined();
    const fourth = await resend();
    expect(errorCode(fourth)).toBe('RATE_LIMITED');
    const rows = await world.db.query(
      `SELECT count(*)::int AS n FROM reminders WHERE assignment_id = $1 AND kind = 'assignment-resend'`,
      [assignment.id],
    );
    expect(rows.rows[0].n).toBe(3);
  });

  it('limits plan emails to 3 an hour per recipient too, across their assignments', async () => {
    const { candidate, assignment } = await assigned('Two Plans');
    const { assignment: second } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(9 * 24 * 60)),
    });
    const resend = (id: string) => gql('mutation($id: ID!) { resendAssignmentEmail(id: $id) { id } }', { id });
    expect((await resend(assignment.id)).errors).toBeUndefined();
    expect((await resend(assignment.id)).errors).toBeUndefined();
    expect((await resend(second.id)).errors).toBeUndefined();
    // The second assignment has had one resend only; the candidate has had three.
    expect(errorCode(await resend(second.id))).toBe('RATE_LIMITED');
  });

  it('rotating a link can email the new one in the same step', async () => {
    const { assignment } = await assigned('Ro Tated');
    const rotated = await gql('mutation($id: ID!) { rotateAssignmentLink(id: $id, emailCandidate: true) { link } }', {
      id: assignment.id,
    });
    expect(rotated.errors).toBeUndefined();
    const row = await waitFor(async () => {
      const { rows } = await world.db.query(
        `SELECT * FROM reminders WHERE assignment_id = $1 AND kind = 'assignment-resend' AND status = 'SENT'`,
        [assignment.id],
      );
      return rows[0];
    }, 'the plan email after the rotation');
    const mail = await mailWithId(row.message_id);
    expect(headerValue(mail.mime, 'subject')).toContain('Your prep plan');
  });

  it("answers NOT_FOUND for another organization's assignment, as for a missing one", async () => {
    const { assignment } = await assigned('Ot Her');
    const stranger = await signUp(world.api, 'Elsewhere Ltd');
    for (const mutation of [
      'mutation($id: ID!) { resendAssignmentEmail(id: $id) { id } }',
      'mutation($id: ID!) { rotateAssignmentLink(id: $id, emailCandidate: true) { link } }',
    ]) {
      expect(errorCode(await gql(mutation, { id: assignment.id }, stranger))).toBe('NOT_FOUND');
      expect(errorCode(await gql(mutation, { id: '00000000-0000-4000-8000-000000000000' }, stranger))).toBe(
        'NOT_FOUND',
      );
    }
  });
});
