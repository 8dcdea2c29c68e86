import { assignPlan, createCandidate, Session, signUp } from '../support/fixtures';
import { decodedBody, findPart } from '../support/reminders/mime';
import {
  interviewInput,
  makeDue,
  makeDueTogether,
  minutesFromNow,
  reminderById,
  reminderOf,
  ReminderWorld,
  startReminderWorld,
  waitForStatus,
} from '../support/reminders/harness';
import { waitFor } from '../support/wait-for';

const FIVE_DAYS = 5 * 24 * 60;
/** The send-time spacing, short here so a spaced reminder goes within the test: 30 minutes scaled down. */
const SPACING_MS = 5_000;
/**
 * How long a busy machine may take to claim a row once due: rows that must be claimed (or skipped) before
 * another moment comes are given this much time, within one spacing.
 */
const CLAIM_MARGIN_MS = 4_000;

describe('automatic messages to one recipient are spaced at send time (e2e)', () => {
  let world: ReminderWorld;
  let owner: Session;

  beforeAll(async () => {
    world = await startReminderWorld('spacing');
    // Two workers, so close rows of one recipient can be claimed at the same moment.
    for (let n = 0; n < 2; n++) await world.startWorker({ REMINDER_MESSAGE_SPACING_MS: String(SPACING_MS) });
    owner = await signUp(world.api, 'Spacing Coaching');
  });
  afterAll(() => world?.close());

  async function assignTo(candidateId: string) {
    const { assignment } = await assignPlan(world.api, owner, candidateId, {
      interview: interviewInput(minutesFromNow(FIVE_DAYS)),
    });
    const welcome = await waitForStatus(world, (await reminderOf(world.db, assignment.id, 'assignment')).id, 'SENT');
    return { assignment, welcome };
  }

  /** An assignment whose welcome email went long enough ago not to hold anything back. */
  async function quietAssignment(candidateId: string) {
    const { assignment, welcome } = await assignTo(candidateId);
    await world.db.query(`UPDATE reminders SET sent_at = now() - interval '1 hour' WHERE id = $1`, [welcome.id]);
    return assignment;
  }

  const mailsTo = (address: string) => world.smtp.accepted().filter((mail) => mail.envelope.to.includes(address));
  const changesOf = async (reminderId: string) =>
    (
      await world.db.query<{ to_status: string; from_due_at: Date; to_due_at: Date; reason: string }>(
        'SELECT to_status, from_due_at, to_due_at, reason FROM reminder_changes WHERE reminder_id = $1 ORDER BY changed_at',
        [reminderId],
      )
    ).rows;

  it('sends rows re-timed close together as one email that carries both, the other row recording the merge', async () => {
    const candidate = await createCandidate(world.api, owner, { email: 'merge@spacing.example' });
    const assignment = await quietAssignment(candidate.id);
    const research = await reminderOf(world.db, assignment.id, 'research-company');
    const review = await reminderOf(world.db, assignment.id, 'review-role');
    // As after a re-timing that did not re-plan (new quiet hours, say): the two are now within one
    // spacing, far enough apart that the first is claimed (and carries the second) before the second
    // falls due even on a busy machine. One statement re-times both: a worker that claimed the first
    // before the second was re-timed would send it alone, and then space the second instead of merging it.
    await makeDueTogether(world.db, { [research.id]: 0, [review.id]: CLAIM_MARGIN_MS });

    const [carrier, merged] = await waitFor(async () => {
      const rows = await Promise.all([research, review].map((row) => reminderById(world.db, row.id)));
      const sent = rows.find((row) => row.status === 'SENT');
      const other = rows.find((row) => row.status === 'SKIPPED');
      return sent && other ? [sent, other] : undefined;
    }, 'one of the two to carry the other');
    expect(merged.reason).toBe(`merged-into:${carrier.id}`);
    expect((await changesOf(merged.id)).at(-1)).toMatchObject({
      to_status: 'SKIPPED',
      reason: `merged-into:${carrier.id}`,
    });
    const { rows } = await world.db.query<{ item_keys: string[] }>('SELECT item_keys FROM reminders WHERE id = $1', [
      carrier.id,
    ]);
    const mergedKeys = (merged.id === research.id ? research : review).item_keys;
    expect(mergedKeys.length).toBeGreaterThan(0);
    expect(rows[0].item_keys).toEqual(expect.arrayContaining(mergedKeys));
    const mails = mailsTo('merge@spacing.example').filter((mail) => mail.messageId.includes(carrier.id));
    expect(mails).toHaveLength(1);
    const text = decodedBody(findPart(mails[0].mime, 'text/plain')!);
    for (const key of mergedKeys) expect(text).toContain(`#item-${key}`);
    // Nothing else reached the candidate since the welcome email.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(mailsTo('merge@spacing.example')).toHaveLength(2);
  });

  it('holds a reminder due soon after a message to the same candidate until one spacing after it', async () => {
    const candidate = await createCandidate(world.api, owner, { email: 'later@spacing.example' });
    const { assignment, welcome } = await assignTo(candidate.id);
    const research = await reminderOf(world.db, assignment.id, 'research-company');
    // The welcome email counts as gone just now, however long waiting for it took: the reminder below
    // is then claimed well within one spacing of it, even on a busy machine.
    const { rows } = await world.db.query<{ sent_at: Date }>(
      'UPDATE reminders SET sent_at = now() WHERE id = $1 RETURNING sent_at',
      [welcome.id],
    );
    const welcomeSentAt = rows[0].sent_at.getTime();
    // Due a third of the spacing after the welcome email: as a reminder 10 minutes after one sent.
    await makeDue(world.db, research.id, SPACING_MS / 3);

    const sent = await waitForStatus(world, research.id, 'SENT', 3 * SPACING_MS);
    expect(sent.sent_at!.getTime()).toBeGreaterThanOrEqual(welcomeSentAt + SPACING_MS);
    const spaced = (await changesOf(research.id)).filter((change) => change.reason === 'spacing');
    expect(spaced).toHaveLength(1);
    expect(spaced[0].to_due_at.getTime()).toBe(welcomeSentAt + SPACING_MS);
    // It is not an attempt: the reminder was claimed once, when it went.
    expect(sent.attempts).toBe(1);
    expect(mailsTo('later@spacing.example')).toHaveLength(2);
  });

  it('skips a reminder for before the interview when spacing would take it past the start, saying why', async () => {
    const candidate = await createCandidate(world.api, owner, { email: 'soon@spacing.example' });
    const { assignment, welcome } = await assignTo(candidate.id);
    const finalCheck = await reminderOf(world.db, assignment.id, 'final-check');
    // The welcome email has just gone and the interview starts before one spacing has passed (but after
    // the row is claimed).
    await world.db.query(`UPDATE reminders SET sent_at = now() WHERE id = $1`, [welcome.id]);
    await world.db.query(
      `UPDATE assignments SET starts_at = now() + make_interval(secs => $2::float8 / 1000) WHERE id = $1`,
      [assignment.id, CLAIM_MARGIN_MS],
    );
    await makeDue(world.db, finalCheck.id);

    const skipped = await waitForStatus(world, finalCheck.id, 'SKIPPED');
    expect(skipped).toMatchObject({ reason: 'too-close', attempts: 0, message_id: null });
    expect((await changesOf(finalCheck.id)).at(-1)).toMatchObject({ to_status: 'SKIPPED', reason: 'too-close' });
    expect(mailsTo('soon@spacing.example')).toHaveLength(1);
  });

  it("sends at once a reminder the coach sends now, even right after the candidate's last email", async () => {
    const candidate = await createCandidate(world.api, owner, { email: 'asked@spacing.example' });
    const { assignment, welcome } = await assignTo(candidate.id);
    const research = await reminderOf(world.db, assignment.id, 'research-company');
    const now = await world.api.gql(
      'mutation($id: ID!) { sendReminderNow(id: $id) { status } }',
      { id: research.id },
      owner.accessToken,
    );
    expect(now.errors).toBeUndefined();

    const sent = await waitForStatus(world, research.id, 'SENT');
    expect(sent.sent_at!.getTime() - welcome.sent_at!.getTime()).toBeLessThan(SPACING_MS);
    expect((await changesOf(research.id)).map((change) => change.reason)).not.toContain('spacing');
  });

  it('sends once when two workers claim close reminders of two assignments of one candidate at the same moment', async () => {
    const candidate = await createCandidate(world.api, owner, { email: 'race@spacing.example' });
    const first = await quietAssignment(candidate.id);
    const second = await quietAssignment(candidate.id);
    // Sends stay in flight for a while, so the second claim comes while the first is being sent.
    world.smtp.setAcceptDelayMs(1_000);
    try {
      const rows = await Promise.all(
        [first, second].map(async (assignment) => reminderOf(world.db, assignment.id, 'research-company')),
      );
      await world.db.query('UPDATE reminders SET due_at = now(), version = version + 1 WHERE id = ANY($1)', [
        rows.map((row) => row.id),
      ]);

      const [one, other] = await Promise.all(rows.map((row) => waitForStatus(world, row.id, 'SENT', 3 * SPACING_MS)));
      const [earlier, later] = one.sent_at! < other.sent_at! ? [one, other] : [other, one];
      expect(later.sent_at!.getTime() - earlier.sent_at!.getTime()).toBeGreaterThanOrEqual(SPACING_MS);
      expect((await changesOf(later.id)).map((change) => change.reason)).toContain('spacing');
      expect((await changesOf(earlier.id)).map((change) => change.reason)).not.toContain('spacing');
      const research = mailsTo('race@spacing.example').filter((mail) =>
        rows.some((row) => mail.messageId.includes(row.id)),
      );
      expect(research.map((mail) => mail.messageId).sort()).toEqual([earlier.message_id, later.message_id].sort());
    } finally {
      world.smtp.setAcceptDelayMs(0);
    }
  });
});
