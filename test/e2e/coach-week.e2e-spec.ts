/**
 * One coach's week, told in order against the real API, worker, Postgres, Redis and an SMTP
 * server: a late booking, an edit, a comment, a resend, a revoke, a new link and a reschedule, a
 * second plan cancelled, an outcome, an archive. Every email either party gets is counted, and at
 * the end the API explains every reminder row of the week.
 */
import { errorCode } from '../support/api-harness';
import { assignPlan, createCandidate, Session, signUp } from '../support/fixtures';
import { parseItip } from '../support/itip';
import { decodedBody, decodeWords, findPart, headerValue } from '../support/reminders/mime';
import { ReceivedMail } from '../support/reminders/smtp-sink';
import {
  interviewInput,
  linkToken,
  makeDue,
  minutesFromNow,
  ReminderRow,
  reminderOf,
  remindersOf,
  ReminderWorld,
  startReminderWorld,
  timerOf,
  waitForStatus,
} from '../support/reminders/harness';
import { waitFor, waitForJobs } from '../support/wait-for';

const HOUR = 60;
const REMINDERS = 'reminders { id kind recipient status reason dueAt sentAt attemptCount itemKeys }';
const PENDING = new Set(['SCHEDULED', 'QUEUED']);

/**
 * A zone where it is about noon now, so every reminder of the story (all whole hours from now)
 * falls in the candidate's day, never in the default quiet hours (21:00-08:00), whenever it runs.
 * Etc/GMT names count the other way round: Etc/GMT-2 is UTC+02:00.
 */
function zoneAtNoon(now = new Date()): string {
  const offset = Math.round(12 - now.getUTCHours() - now.getUTCMinutes() / 60);
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

interface ApiReminder {
  id: string;
  kind: string;
  recipient: string;
  status: string;
  reason: string | null;
  dueAt: string;
  sentAt: string | null;
  attemptCount: number;
  itemKeys: string[];
}

describe("a coach's week, walked through the API and the worker", () => {
  let world: ReminderWorld;
  let coach: Session;
  let candidate: { id: string; email: string };
  /** The week's plan: booked late, edited, rescheduled, closed with an outcome. */
  let week: string;
  /** A second plan for the same candidate, cancelled. */
  let other: string;
  /** Every email that should arrive, by Message-ID, with whom it is for. */
  const expected = new Map<string, { to: string; what: string }>();
  let firstUid = '';
  let lastSequence = -1;

  beforeAll(async () => {
    world = await startReminderWorld('coach-week');
    await world.startWorker();
    coach = await signUp(world.api, 'Week Coaching');
    candidate = await createCandidate(world.api, coach, { name: 'Wes Week', timeZone: zoneAtNoon() });
  });
  afterAll(() => world?.close());

  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await world.api.gql(query, variables, coach.accessToken);
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const mailTo = (address: string) => world.smtp.accepted().filter((mail) => mail.envelope.to.includes(address));
  const textOf = (mail: ReceivedMail) => decodedBody(findPart(mail.mime, 'text/plain')!);
  const subjectOf = (mail: ReceivedMail) => decodeWords(headerValue(mail.mime, 'subject')!);
  const calendarOf = (mail: ReceivedMail) => parseItip(decodedBody(findPart(mail.mime, 'text/calendar')!));
  const planLinkIn = (mail: ReceivedMail) => /(\S+\/a\/[A-Za-z0-9_-]+)/.exec(textOf(mail))![1];
  const pageStatus = async (link: string) => (await world.api.http().get(`/a/${linkToken(link)}`)).status;
  const openPlan = (link: string, fields = 'company') =>
    world.api.gql(`query($t: String!) { candidatePlan(token: $t) { ${fields} } }`, { t: linkToken(link) });

  /** The mail a SENT row produced, recorded as one that should arrive. */
  const delivered = async (row: ReminderRow, to: string): Promise<ReceivedMail> => {
    const mail = await world.smtp.waitForMail(
      (received) => received.messageId === row.message_id,
      `the ${row.kind} email`,
    );
    expect(mail.envelope.to).toEqual([to]);
    expected.set(mail.messageId, {
      to,
      what: `${row.kind} of ${row.assignment_id === week ? 'the week' : 'the second plan'}`,
    });
    return mail;
  };
  const settled = async (assignmentId: string, kind: string, status: string) =>
    waitForStatus(world, (await reminderOf(world.db, assignmentId, kind)).id, status);
  /** Time passes until this reminder is due: it goes now. */
  const sendNow = async (assignmentId: string, kind: string, to = candidate.email) => {
    const due = await makeDue(world.db, (await reminderOf(world.db, assignmentId, kind)).id);
    return delivered(await waitForStatus(world, due.id, 'SENT'), to);
  };
  /** A reminder a minute from being due, with the timer the worker's scan armed for it. */
  const armedTimer = async (assignmentId: string, kind: string) => {
    const row = await makeDue(world.db, (await reminderOf(world.db, assignmentId, kind)).id, 60_000);
    await waitFor(
      async () => (await world.reminderJobs.queue.getJobState(timerOf(row))) === 'delayed',
      `the timer of ${kind}`,
      { wakeOn: [world.reminderJobs.jobsFinishing] },
    );
    return row;
  };
  /** The minute passes: the timer armed before the coach's change fires. */
  const fire = async (row: ReminderRow) => {
    await (await world.reminderJobs.queue.getJob(timerOf(row)))!.promote();
    await waitForJobs(world.reminderJobs, [timerOf(row)]);
    return reminderOf(world.db, row.assignment_id, row.kind);
  };
  const noNewMail = (before: number) => expect(world.smtp.accepted()).toHaveLength(before);

  it('Monday, a late booking: one email with the plan and the catch-up, the missed reminders recorded', async () => {
    const booked = await assignPlan(world.api, coach, candidate.id, {
      interview: interviewInput(minutesFromNow(26 * HOUR), { company: 'Glbex' }),
    });
    week = booked.assignment.id;
    const welcome = await settled(week, 'assignment', 'SENT');
    const mail = await delivered(welcome, candidate.email);
    expect(subjectOf(mail)).toContain('Your prep plan for the Data Analyst interview at Glbex');
    // The research and role reminders (T-72h, T-48h) are past: their items are in this email.
    expect(textOf(mail)).toContain("That doesn't leave time for the usual step-by-step reminders");
    expect(textOf(mail)).toContain("Read the company's website and social channels");
    expect(textOf(mail)).toContain('List what the job description asks for');
    const event = calendarOf(mail);
    firstUid = event.one('UID').value;
    lastSequence = Number(event.one('SEQUENCE').value);

    const rows = await remindersOf(world.db, week);
    const byKind = (kind: string) => rows.find((row) => row.kind === kind)!;
    expect(byKind('catch-up')).toMatchObject({ status: 'SKIPPED', reason: `merged-into:${welcome.id}` });
    expect(byKind('research-company')).toMatchObject({ status: 'SKIPPED', reason: 'missed-late-booking' });
    expect(byKind('review-role')).toMatchObject({ status: 'SKIPPED', reason: 'missed-late-booking' });
    expect(mailTo(candidate.email)).toHaveLength(1);
    expect(await pageStatus(booked.link)).toBe(200);
  });

  it('the coach fixes the company typo: the next email names the new company, the event SEQUENCE moves', async () => {
    await ok(`mutation($id: ID!) { updateAssignment(id: $id, input: { company: "Globex" }) { id } }`, { id: week });
    const practice = await sendNow(week, 'practice');
    expect(subjectOf(practice)).toBe('Rehearse your answers for Globex');
    expect(textOf(practice)).not.toContain('Glbex');
    const event = calendarOf(practice);
    expect(event.one('UID').value).toBe(firstUid);
    expect(event.one('SUMMARY').value).toBe('Interview: Data Analyst at Globex');
    expect(Number(event.one('SEQUENCE').value)).toBeGreaterThan(lastSequence);
    lastSequence = Number(event.one('SEQUENCE').value);
  });

  it('the coach comments on an item: the candidate sees it on their plan and in the next reminder covering it', async () => {
    await ok(
      `mutation($a: ID!) { addItemComment(assignmentId: $a, itemKey: "final-check", body: "Test your camera first") { id } }`,
      { a: week },
    );
    const plan = await openPlan(
      planLinkIn(mailTo(candidate.email).at(-1)!),
      'sections { items { key coachComments { body } } }',
    );
    const item = plan
      .data!.candidatePlan.sections.flatMap((section: any) => section.items)
      .find((entry: any) => entry.key === 'final-check');
    expect(item.coachComments).toEqual([{ body: 'Test your camera first' }]);
    const finalCheck = await sendNow(week, 'final-check');
    expect(textOf(finalCheck)).toContain(
      'Your coach commented on "Do a last check before you go in": Test your camera first',
    );
  });

  it('the candidate lost the email: a resend brings the plan again now, with a fresh working link', async () => {
    const earlierLinks = mailTo(candidate.email).map(planLinkIn);
    const before = earlierLinks.length;
    const resent = await ok(`mutation($id: ID!) { resendAssignmentEmail(id: $id) { link { revoked } } }`, { id: week });
    expect(resent.resendAssignmentEmail.link.revoked).toBe(false);
    const mail = await delivered(await settled(week, 'assignment-resend', 'SENT'), candidate.email);
    expect(subjectOf(mail)).toBe('Your prep plan for the Data Analyst interview at Globex');
    const link = planLinkIn(mail);
    expect(earlierLinks).not.toContain(link);
    expect(await pageStatus(link)).toBe(200);
    expect((await openPlan(link)).data?.candidatePlan.company).toBe('Globex');
    expect(mailTo(candidate.email)).toHaveLength(before + 1);
  });

  it('the link was forwarded, so the coach revokes it: it stops working and a due reminder is skipped, not sent', async () => {
    const links = mailTo(candidate.email).map(planLinkIn);
    const revoked = await ok(`mutation($id: ID!) { revokeAssignmentLink(id: $id) { link { revoked } } }`, { id: week });
    expect(revoked.revokeAssignmentLink.link.revoked).toBe(true);
    for (const link of links) {
      expect(await pageStatus(link)).not.toBe(200);
      expect(errorCode(await openPlan(link))).toBe('NOT_FOUND');
    }
    const before = world.smtp.accepted().length;
    const reflect = await makeDue(world.db, (await reminderOf(world.db, week, 'reflect')).id);
    expect(await waitForStatus(world, reflect.id, 'SKIPPED')).toMatchObject({ reason: 'link-revoked' });
    noNewMail(before);
    const view = await ok(`query($id: ID!) { assignment(id: $id) { link { revoked } } }`, { id: week });
    expect(view.assignment.link.revoked).toBe(true);
  });

  it('a new link, then the interview moves: one "moved" email updating the same calendar event', async () => {
    const rotated = await ok(
      `mutation($id: ID!) { rotateAssignmentLink(id: $id) { link assignment { link { revoked } } } }`,
      {
        id: week,
      },
    );
    expect(rotated.rotateAssignmentLink.assignment.link.revoked).toBe(false);
    expect(await pageStatus(rotated.rotateAssignmentLink.link)).toBe(200);
    const before = mailTo(candidate.email).length;

    await ok(
      `mutation($id: ID!, $at: String!, $zone: String!) { rescheduleInterview(id: $id, startsAt: $at, timeZone: $zone) { id } }`,
      { id: week, at: minutesFromNow(50 * HOUR), zone: 'Europe/Berlin' },
    );
    const moved = await settled(week, 'interview-moved', 'SENT');
    const mail = await delivered(moved, candidate.email);
    expect(subjectOf(mail)).toContain('Your Globex interview has moved');
    expect(headerValue(findPart(mail.mime, 'text/calendar')!, 'content-type')).toContain('method=REQUEST');
    const event = calendarOf(mail);
    expect(event.method).toBe('REQUEST');
    expect(event.one('UID').value).toBe(firstUid);
    expect(Number(event.one('SEQUENCE').value)).toBeGreaterThan(lastSequence);
    lastSequence = Number(event.one('SEQUENCE').value);
    // T-72h of the new time is past too: its items ride in the move notice, not in an email of their own.
    expect(textOf(mail)).toContain("Do now: Read the company's website and social channels");
    expect(await reminderOf(world.db, week, 'catch-up')).toMatchObject({
      status: 'SKIPPED',
      reason: `merged-into:${moved.id}`,
    });
    expect(mailTo(candidate.email)).toHaveLength(before + 1);
  });

  it('two days before the new time the coach hears the candidate has not started', async () => {
    const alert = await sendNow(week, 'coach-not-started', coach.user.email);
    expect(subjectOf(alert)).toBe('Wes Week has not started preparing for Globex');
  });

  it('a second plan is cancelled: one cancellation email, and nothing for it afterwards', async () => {
    const second = await assignPlan(world.api, coach, candidate.id, {
      interview: interviewInput(minutesFromNow(5 * 24 * HOUR), { company: 'Initech' }),
    });
    other = second.assignment.id;
    const welcome = await delivered(await settled(other, 'assignment', 'SENT'), candidate.email);
    const research = await armedTimer(other, 'research-company');

    await ok(`mutation($id: ID!) { cancelAssignment(id: $id, reason: "Role filled") { status } }`, { id: other });
    const notice = await delivered(await settled(other, 'interview-cancelled', 'SENT'), candidate.email);
    expect(subjectOf(notice)).toContain('Your Initech interview on');
    const event = calendarOf(notice);
    expect(event.method).toBe('CANCEL');
    expect(event.one('STATUS').value).toBe('CANCELLED');
    expect(event.one('UID').value).toBe(calendarOf(welcome).one('UID').value);
    expect(event.one('UID').value).not.toBe(firstUid);

    const before = world.smtp.accepted().length;
    expect(await fire(research)).toMatchObject({ status: 'CANCELLED', reason: 'assignment-cancelled' });
    noNewMail(before);
  });

  it('after the interview the coach records an offer: the follow-up nudges are cancelled and never arrive', async () => {
    const nudge = await armedTimer(week, 'follow-up-nudge');
    // The API cannot move an interview into the past: the owner role stands in for the clock.
    await world.db.query(`UPDATE assignments SET starts_at = now() - interval '3 hours' WHERE id = $1`, [week]);
    const recorded = await ok(
      `mutation($id: ID!) { recordInterviewOutcome(assignmentId: $id, outcome: OFFER, note: "Starts in March") { status outcome } }`,
      { id: week },
    );
    expect(recorded.recordInterviewOutcome).toEqual({ status: 'INTERVIEWED', outcome: 'OFFER' });
    for (const kind of ['follow-up-email', 'follow-up-nudge', 'decision-check-in'])
      expect(await reminderOf(world.db, week, kind)).toMatchObject({ status: 'CANCELLED', reason: 'outcome-recorded' });

    const before = world.smtp.accepted().length;
    expect(await fire(nudge)).toMatchObject({ status: 'CANCELLED', reason: 'outcome-recorded' });
    noNewMail(before);
  });

  it('the candidate is archived: what was pending is cancelled, every link revoked, no more email', async () => {
    const reflect = await armedTimer(week, 'reflect');
    const link = (await ok(`mutation($id: ID!) { rotateAssignmentLink(id: $id) { link } }`, { id: week }))
      .rotateAssignmentLink.link;
    await ok(`mutation($id: ID!) { archiveCandidate(id: $id) { archivedAt } }`, { id: candidate.id });

    const pending = await world.db.query(
      `SELECT count(*)::int AS n FROM reminders WHERE assignment_id = ANY($1) AND status IN ('SCHEDULED', 'QUEUED')`,
      [[week, other]],
    );
    expect(pending.rows[0].n).toBe(0);
    const live = await world.db.query(
      'SELECT count(*)::int AS n FROM assignment_links WHERE assignment_id = ANY($1) AND revoked_at IS NULL',
      [[week, other]],
    );
    expect(live.rows[0].n).toBe(0);
    expect(await pageStatus(link)).not.toBe(200);

    const before = world.smtp.accepted().length;
    expect(await fire(reflect)).toMatchObject({ status: 'CANCELLED', reason: 'candidate-archived' });
    noNewMail(before);
  });

  it('at the end of the week every email arrived once, none that should not, and the API explains every row', async () => {
    const accepted = world.smtp.accepted();
    // Named, so that a failure says which email came that should not have (or which did not come).
    const seen = accepted.map(
      (mail) => expected.get(mail.messageId)?.what ?? `unexpected "${subjectOf(mail)}" to ${mail.envelope.to.join()}`,
    );
    expect(seen.sort()).toEqual([...expected.values()].map((mail) => mail.what).sort());
    expect(new Set(accepted.map((mail) => mail.messageId)).size).toBe(accepted.length);
    const countFor = (address: string) => accepted.filter((mail) => mail.envelope.to.includes(address)).length;
    // Plan, practice, final check, resend, move; the second plan's email and its cancellation.
    expect(countFor(candidate.email)).toBe(7);
    expect(countFor(coach.user.email)).toBe(1);
    expect(accepted.every((mail) => [candidate.email, coach.user.email].includes(mail.envelope.to[0]))).toBe(true);

    const explained = async (id: string): Promise<ApiReminder[]> =>
      (await ok(`query($id: ID!) { assignment(id: $id) { ${REMINDERS} } }`, { id })).assignment.reminders;
    const rows = [...(await explained(week)), ...(await explained(other))];
    expect(rows.length).toBe((await remindersOf(world.db, week)).length + (await remindersOf(world.db, other)).length);
    for (const row of rows) expect(explanation(row)).toBe('explained');
    expect(rows.filter((row) => row.status === 'SENT')).toHaveLength(expected.size);

    expect(summary(await explained(week))).toEqual(
      [
        // Monday's late booking (schedule version 1)
        'assignment SENT',
        'catch-up SKIPPED merged-into:',
        'research-company SKIPPED missed-late-booking',
        'review-role SKIPPED missed-late-booking',
        'coach-not-started SKIPPED missed-late-booking',
        ...['practice', 'final-check', 'reflect', 'follow-up-email', 'follow-up-nudge', 'decision-check-in'].map(
          (kind) => `${kind} CANCELLED assignment-updated`,
        ),
        // After the edit (version 2)
        'practice SENT',
        'final-check SENT',
        'assignment-resend SENT',
        'reflect SKIPPED link-revoked',
        ...['follow-up-email', 'follow-up-nudge', 'decision-check-in'].map((kind) => `${kind} CANCELLED rescheduled`),
        // After the move (version 3)
        'interview-moved SENT',
        'catch-up SKIPPED merged-into:',
        'research-company SKIPPED missed-late-booking',
        'coach-not-started SENT',
        ...['review-role', 'practice', 'final-check', 'reflect'].map((kind) => `${kind} CANCELLED candidate-archived`),
        ...['follow-up-email', 'follow-up-nudge', 'decision-check-in'].map(
          (kind) => `${kind} CANCELLED outcome-recorded`,
        ),
      ].sort(),
    );

    expect(summary(await explained(other))).toEqual(
      [
        'assignment SENT',
        'interview-cancelled SENT',
        ...[
          'research-company',
          'review-role',
          'coach-not-started',
          'practice',
          'final-check',
          'reflect',
          'follow-up-email',
          'follow-up-nudge',
          'decision-check-in',
        ].map((kind) => `${kind} CANCELLED assignment-cancelled`),
      ].sort(),
    );
    // The late booking's email carried the missed items: the row says so.
    const welcome = (await explained(week)).find((row) => row.kind === 'assignment')!;
    expect(welcome.itemKeys).toEqual(expect.arrayContaining(['explore-company-channels', 'map-job-requirements']));

    const stranger = await signUp(world.api, 'Another Agency');
    for (const id of [week, '00000000-0000-4000-8000-000000000000']) {
      const answer = await world.api.gql(
        `query($id: ID!) { assignment(id: $id) { ${REMINDERS} } }`,
        { id },
        stranger.accessToken,
      );
      expect(errorCode(answer)).toBe('NOT_FOUND');
    }
  });
});

/** What the API says about a row: sent, ended with a reason, or still waiting for its time. */
function explanation(row: ApiReminder): string {
  if (row.status === 'SENT')
    return row.sentAt && row.attemptCount >= 1 ? 'explained' : `${row.kind}: SENT without sentAt`;
  if (row.status === 'SKIPPED' || row.status === 'CANCELLED')
    return row.reason?.trim() ? 'explained' : `${row.kind}: ${row.status} without a reason`;
  if (PENDING.has(row.status))
    return Date.parse(row.dueAt) > Date.now() ? 'explained' : `${row.kind}: ${row.status} but due already`;
  return `${row.kind}: ${row.status} (${row.reason ?? 'no reason'})`;
}

/** Kind, status and reason of each row, a merge's carrier id left out, sorted. */
function summary(rows: ApiReminder[]): string[] {
  return rows
    .map(
      (row) =>
        `${row.kind} ${row.status}${row.reason ? ` ${row.reason.replace(/^merged-into:.*/, 'merged-into:')}` : ''}`,
    )
    .sort();
}
