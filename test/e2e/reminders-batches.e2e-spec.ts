import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReminderStatements } from '../../apps/worker/src/reminders/reminder-statements';
import type { ClaimForSend, TooSoonForRecipient } from '../../apps/worker/src/reminders/claimed-reminder';
import { assignPlan, createCandidate, Session, signUp } from '../support/fixtures';
import {
  interviewInput,
  minutesFromNow,
  reminderById,
  reminderOf,
  ReminderRow,
  ReminderWorld,
  startReminderWorld,
} from '../support/reminders/harness';
import { waitFor } from '../support/wait-for';

const FIVE_DAYS = 5 * 24 * 60;

/**
 * The sends of one event-loop turn share one claim statement and one SENT statement, across
 * organizations. Each row is still read and written as its own organization's tenant.
 */
describe('reminder sends sharing a statement', () => {
  let world: ReminderWorld;
  let worker: INestApplicationContext;
  let rows: ReminderStatements;
  let alpha: Session;
  let beta: Session;

  beforeAll(async () => {
    world = await startReminderWorld('batches');
    worker = await world.startWorker();
    rows = worker.get(ReminderStatements);
    alpha = await signUp(world.api, 'Alpha Coaching');
    beta = await signUp(world.api, 'Beta Coaching');
  });
  afterAll(() => world?.close());

  /** A reminder five days ahead: pending, with no timer, so only the test claims it. */
  async function pendingReminder(owner: Session, candidateName: string): Promise<ReminderRow> {
    const candidate = await createCandidate(world.api, owner, { name: candidateName });
    const { assignment } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(FIVE_DAYS)),
    });
    return reminderOf(world.db, assignment.id, 'research-company');
  }

  /** From now on, counts the worker's statements that call `fn`; first the assignment emails it sends by itself go out. */
  async function countStatements(): Promise<(fn: string) => number> {
    await waitFor(
      async () =>
        (await world.db.query("SELECT 1 FROM reminders WHERE status IN ('SCHEDULED', 'QUEUED') AND due_at <= now()"))
          .rowCount === 0,
      'the assignment emails',
      { wakeOn: [world.reminderJobs.jobsFinishing] },
    );
    const spy = jest.spyOn(worker.get(DataSource), 'query'); // records each call and runs the real one
    spy.mockClear();
    return (fn) => spy.mock.calls.filter(([sql]) => sql.includes(fn)).length;
  }

  const context = (claim: ClaimForSend | TooSoonForRecipient | null) => {
    if (!claim || !('context' in claim) || claim.context instanceof Error)
      throw new Error('expected a claim with its context');
    return claim.context;
  };

  it('claims rows of two organizations in one statement, each read as its own tenant; a claim under the wrong organization gets nothing', async () => {
    const ofAlpha = await pendingReminder(alpha, 'Ada Alpha');
    const ofBeta = await pendingReminder(beta, 'Ben Beta');
    const statementsCalling = await countStatements();

    // The foreign claim comes first: it must neither claim Beta's row nor be handed Beta's claim.
    const [foreign, alphaClaim, betaClaim] = await Promise.all([
      rows.claim(alpha.organization.id, ofBeta.id, ofBeta.version),
      rows.claim(alpha.organization.id, ofAlpha.id, ofAlpha.version),
      rows.claim(beta.organization.id, ofBeta.id, ofBeta.version),
    ]);

    expect(statementsCalling('reminder_claim_for_send')).toBe(1);
    expect(foreign).toBeNull();
    expect(alphaClaim?.reminder).toMatchObject({
      id: ofAlpha.id,
      organizationId: alpha.organization.id,
      version: ofAlpha.version + 1,
    });
    expect(context(alphaClaim)).toMatchObject({
      organization: { name: 'Alpha Coaching' },
      candidate: { name: 'Ada Alpha' },
    });
    expect(betaClaim?.reminder).toMatchObject({
      id: ofBeta.id,
      organizationId: beta.organization.id,
      version: ofBeta.version + 1,
    });
    expect(context(betaClaim)).toMatchObject({
      organization: { name: 'Beta Coaching' },
      candidate: { name: 'Ben Beta' },
    });
    expect(await reminderById(world.db, ofBeta.id)).toMatchObject({
      status: 'QUEUED',
      version: ofBeta.version + 1,
      attempts: 1,
    });

    // Both claims minted their candidate email's link in their own organization.
    const links = await world.db.query(
      'SELECT organization_id, reminder_id FROM assignment_links WHERE reminder_id = ANY($1) ORDER BY organization_id',
      [[ofAlpha.id, ofBeta.id]],
    );
    expect(links.rows).toEqual(
      expect.arrayContaining([
        { organization_id: alpha.organization.id, reminder_id: ofAlpha.id },
        { organization_id: beta.organization.id, reminder_id: ofBeta.id },
      ]),
    );
    expect(links.rows).toHaveLength(2);

    const delivery = (to: string) => ({
      toAddress: to,
      subject: 'Prep',
      textBody: 'text',
      htmlBody: '<p>html</p>',
      headers: {},
    });
    const recorded = await Promise.all([
      rows.recordSent(
        alphaClaim!.reminder,
        `<reminder-${ofAlpha.id}@prep.example>`,
        delivery('ada@example.com'),
        '250 accepted',
      ),
      rows.recordSent(
        betaClaim!.reminder,
        `<reminder-${ofBeta.id}@prep.example>`,
        delivery('ben@example.com'),
        '250 accepted',
      ),
    ]);

    expect(statementsCalling('reminder_record_sent')).toBe(1);
    expect(recorded).toEqual([true, true]);
    for (const [owner, reminder] of [
      [alpha, ofAlpha],
      [beta, ofBeta],
    ] as const) {
      expect(await reminderById(world.db, reminder.id)).toMatchObject({
        status: 'SENT',
        message_id: `<reminder-${reminder.id}@prep.example>`,
        claimed_until: null,
      });
      const saved = await world.db.query('SELECT organization_id FROM deliveries WHERE reminder_id = $1', [
        reminder.id,
      ]);
      expect(saved.rows).toEqual([{ organization_id: owner.organization.id }]);
    }
  });
});
