import { findTextInDatabase } from '../support/database-scan';
import { addActiveMember, assignPlan, createCandidate, Session, signUp } from '../support/fixtures';
import {
  interviewInput,
  linkToken,
  minutesFromNow,
  ReminderWorld,
  startReminderWorld,
} from '../support/reminders/harness';
import { waitFor } from '../support/wait-for';

const TRACE = `query($id: ID!) { assignment(id: $id) { reminders {
  id kind status attemptCount
  attempts { attempt outcome reply messageId possibleDuplicate startedAt finishedAt }
  changes { fromStatus toStatus fromDueAt toDueAt reason actorMemberId at }
  message { subject recipient messageId sentAt text }
} } }`;

interface TracedReminder {
  id: string;
  kind: string;
  status: string;
  attemptCount: number;
  attempts: Array<{
    attempt: number;
    outcome: string | null;
    reply: string | null;
    messageId: string | null;
    possibleDuplicate: boolean;
  }>;
  changes: Array<{
    fromStatus: string | null;
    toStatus: string;
    fromDueAt: string | null;
    toDueAt: string;
    reason: string | null;
    actorMemberId: string | null;
  }>;
  message: { subject: string; recipient: string; messageId: string; sentAt: string; text: string } | null;
}

describe('the delivery trace (e2e)', () => {
  let world: ReminderWorld;
  let owner: Session;

  beforeAll(async () => {
    world = await startReminderWorld('trace');
    owner = await signUp(world.api, 'Trace Coaching');
    await world.startWorker();
  });
  afterAll(() => world?.close());

  const traceOf = async (session: Session, assignmentId: string) => {
    const response = await world.api.gql<{ assignment: { reminders: TracedReminder[] } }>(
      TRACE,
      { id: assignmentId },
      session.accessToken,
    );
    return response;
  };

  it('shows each attempt with the server’s reply, each change with its reason, and the message as sent with its secrets blanked', async () => {
    const candidate = await createCandidate(world.api, owner);
    const { assignment, link } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(5 * 24 * 60)),
    });
    const sent = await waitFor(async () => {
      const { data } = await traceOf(owner, assignment.id);
      return data?.assignment.reminders.find(
        (reminder) => reminder.kind === 'assignment' && reminder.status === 'SENT',
      );
    }, 'the assignment email to be sent');

    expect(sent.attemptCount).toBe(1);
    expect(sent.attempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        outcome: 'sent',
        possibleDuplicate: false,
        messageId: sent.message?.messageId,
      }),
    ]);
    expect(sent.attempts[0].reply).toMatch(/^250/);
    expect(sent.changes.map((change) => [change.fromStatus, change.toStatus])).toEqual(
      expect.arrayContaining([
        [null, 'SCHEDULED'],
        ['QUEUED', 'SENT'],
      ]),
    );
    expect(sent.changes.at(-1)).toMatchObject({
      toStatus: 'SENT',
      reason: 'accepted by the mail server',
      actorMemberId: null,
    });

    const delivered = world.smtp.accepted().find((mail) => mail.messageId === sent.message?.messageId);
    expect(delivered).toBeDefined();
    expect(sent.message).toMatchObject({ recipient: candidate.email });
    expect(sent.message!.subject.length).toBeGreaterThan(0);
    // The stored text says where the links went without carrying what opens them.
    expect(sent.message!.text).toMatch(/\/a\/\S+/);
    const mailedToken = /\/a\/([A-Za-z0-9_-]{20,})/.exec(delivered!.raw.replace(/=\r?\n/g, ''))?.[1];
    expect(mailedToken).toBeDefined();
    expect(sent.message!.text).not.toContain(mailedToken!);
    expect(sent.message!.text).not.toContain(linkToken(link));
  });

  it('records a move with why and who: new quiet hours move the pending reminders, naming the member', async () => {
    const candidate = await createCandidate(world.api, owner);
    const { assignment } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(5 * 24 * 60)),
    });
    const changed = await world.api.gql(
      'mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { name } }',
      { input: { quietHours: { start: '06:00', end: '23:30' } } },
      owner.accessToken,
    );
    expect(changed.errors).toBeUndefined();
    const ownerMemberId = await memberIdOf(world, owner);

    const { data } = await traceOf(owner, assignment.id);
    const moves = data!.assignment.reminders.flatMap((reminder) =>
      reminder.changes.filter((change) => change.reason === 'quiet hours changed'),
    );
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) {
      expect(move.actorMemberId).toBe(ownerMemberId);
      expect(move.fromDueAt).not.toBe(move.toDueAt);
    }
    await world.api.gql(
      'mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { name } }',
      { input: { quietHours: { start: '21:00', end: '08:00' } } },
      owner.accessToken,
    );
  });

  it("forgets the servers' replies that name an erased candidate", async () => {
    const candidate = await createCandidate(world.api, owner);
    world.smtp.answerWith((mail) =>
      mail.envelope.to.includes(candidate.email)
        ? { accept: false, code: 550, message: `5.1.1 <${candidate.email}>: Recipient address rejected` }
        : { accept: true },
    );
    try {
      await assignPlan(world.api, owner, candidate.id, { interview: interviewInput(minutesFromNow(5 * 24 * 60)) });
      await waitFor(
        async () =>
          (await findTextInDatabase(world.db, candidate.email)).some((hit) => hit.table === 'reminder_attempts'),
        'the refusal naming the address to be on the attempt',
      );
    } finally {
      world.smtp.answerWith(() => ({ accept: true }));
    }
    const erased = await world.api.gql(
      'mutation($id: ID!) { eraseCandidate(id: $id) { assignments } }',
      { id: candidate.id },
      owner.accessToken,
    );
    expect(erased.errors).toBeUndefined();
    expect((await findTextInDatabase(world.db, candidate.email)).map((hit) => hit.table)).not.toContain(
      'reminder_attempts',
    );
  });

  it('keeps the trace to the organization and, for a COACH, to their own assignments', async () => {
    const candidate = await createCandidate(world.api, owner);
    const { assignment } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(5 * 24 * 60)),
    });
    const other = await signUp(world.api, 'Other Trace Org');
    const coach = await addActiveMember(world.api, owner, 'COACH');
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const session of [other, coach]) {
      const denied = await traceOf(session, assignment.id);
      const absent = await traceOf(session, missing);
      expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(denied.errors![0].message).toBe(absent.errors![0].message);
      expect(denied.data?.assignment).toBeUndefined();
    }
    // The owner's own view answers, with the trace rows of this organization only.
    const { data } = await traceOf(owner, assignment.id);
    expect(data!.assignment.reminders.every((reminder) => reminder.changes.length > 0)).toBe(true);
  });
});

/** Members are a tenant table: read under the organization's setting, as the app would. */
async function memberIdOf(world: ReminderWorld, session: Session): Promise<string> {
  const client = await world.db.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.organization_id', $1, true)", [session.organization.id]);
    // The session's user id is the member's user; their membership row carries the member id.
    const { rows } = await client.query('SELECT id FROM members WHERE user_id = $1 OR id = $1', [session.user.id]);
    await client.query('COMMIT');
    return rows[0].id;
  } finally {
    client.release();
  }
}
