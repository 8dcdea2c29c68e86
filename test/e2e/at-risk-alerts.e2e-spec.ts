import { Queue } from 'bullmq';
import { loadConfigWithOverrides } from '@prep/config';
import { queueConnection, sendAtRiskAlertsJobId } from '@prep/jobs';
import { assignPlan, createCandidate, Session, signUp } from '../support/fixtures';
import { decodedBody, findPart, headerValue } from '../support/reminders/mime';
import { interviewInput, minutesFromNow, ReminderWorld, startReminderWorld } from '../support/reminders/harness';
import { waitFor } from '../support/wait-for';

describe('at-risk alerts to the coach', () => {
  let world: ReminderWorld;
  let maintenance: Queue;

  beforeAll(async () => {
    world = await startReminderWorld('at-risk');
    await world.startWorker();
    maintenance = new Queue('maintenance', queueConnection(loadConfigWithOverrides(world.env).redis, 'producer'));
  });
  afterAll(async () => {
    await maintenance?.close();
    await world?.close();
  });

  const mailTo = (address: string) => world.smtp.accepted().filter((mail) => mail.envelope.to.includes(address));

  /** An assignment whose interview has passed without being marked held: at risk by the domain's definition. */
  async function passedNotHeld(session: Session, name: string) {
    const candidate = await createCandidate(world.api, session, { name });
    const { assignment } = await assignPlan(world.api, session, candidate.id, {
      interview: interviewInput(minutesFromNow(5 * 24 * 60)),
    });
    // Cancel its reminders first: only the alert is under test here.
    await world.db.query(`UPDATE reminders SET status = 'CANCELLED' WHERE assignment_id = $1`, [assignment.id]);
    await world.db.query(`UPDATE assignments SET starts_at = now() - interval '2 hours' WHERE id = $1`, [
      assignment.id,
    ]);
    return assignment.id as string;
  }

  /** Runs one organization's alert run under a job id of its own (a later slot, as far as BullMQ knows). */
  async function runAlerts(organizationId: string, slotOffset: number) {
    const jobId = sendAtRiskAlertsJobId(organizationId, new Date(Date.now() + slotOffset * 15 * 60_000));
    await maintenance.add('send-at-risk-alerts', { organizationId }, { jobId });
    await waitFor(async () => (await maintenance.getJobState(jobId)) === 'completed', `alert run ${jobId}`);
  }

  it('sends each coach one digest of their at-risk assignments, linking each to its screen, once a day', async () => {
    const owner = await signUp(world.api, 'Risky Org');
    const first = await passedNotHeld(owner, 'Ann Atrisk');
    const second = await passedNotHeld(owner, 'Ben Atrisk');
    // Five days out and nothing done: not at risk yet, so not in the digest.
    const fine = await assignPlan(world.api, owner, (await createCandidate(world.api, owner, { name: 'Fin Fine' })).id);
    const stranger = await signUp(world.api, 'Other Org');
    const strangers = await passedNotHeld(stranger, 'Oto Other');

    await runAlerts(owner.organization.id, 0);
    const [digest] = await waitFor(async () => {
      const mails = mailTo(owner.user.email).filter((mail) => /at risk/.test(headerValue(mail.mime, 'subject') ?? ''));
      return mails.length > 0 ? mails : undefined;
    }, 'the digest');
    const text = decodedBody(findPart(digest.mime, 'text/plain')!);
    const links = [...text.matchAll(/^- (.+): (\S+)$/gm)].map((match) => ({ title: match[1], link: match[2] }));
    expect(links.map((entry) => entry.link).sort()).toEqual(
      [first, second].map((id) => `${world.api.config.appUrl}/app/assignments/${id}`).sort(),
    );
    expect(links.map((entry) => entry.title).join()).toContain('Ann Atrisk');
    expect(text).not.toContain(fine.assignment.id);
    expect(text).not.toContain(strangers);

    const { rows } = await world.db.query(
      'SELECT assignment_id, alerted_on, sent_at, message_id FROM at_risk_alerts WHERE organization_id = $1',
      [owner.organization.id],
    );
    expect(rows.map((row) => row.assignment_id).sort()).toEqual([first, second].sort());
    expect(rows.every((row) => row.sent_at !== null && row.message_id === digest.messageId)).toBe(true);

    // Another run the same day (a restart, the next slot): the rows say both were alerted today.
    const before = mailTo(owner.user.email).length;
    await runAlerts(owner.organization.id, 1);
    expect(mailTo(owner.user.email)).toHaveLength(before);
    const again = await world.db.query('SELECT count(*)::int AS n FROM at_risk_alerts WHERE organization_id = $1', [
      owner.organization.id,
    ]);
    expect(again.rows[0].n).toBe(2);
  });

  it('is scheduled every 15 minutes, and the scheduled run finds each organization with open assignments', async () => {
    expect(await maintenance.getJobScheduler('plan-at-risk-alerts')).toMatchObject({ every: 15 * 60_000 });
    const owner = await signUp(world.api, 'Scheduled Org');
    const id = await passedNotHeld(owner, 'Sam Scheduled');
    await maintenance.add('plan-at-risk-alerts', {}, { jobId: `plan-at-risk-alerts.test.${Date.now()}` });
    const digest = await waitFor(async () => mailTo(owner.user.email)[0], 'the scheduled digest');
    expect(decodedBody(findPart(digest.mime, 'text/plain')!)).toContain(`/app/assignments/${id}`);
  });
});
