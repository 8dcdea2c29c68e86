import { once } from 'node:events';
import { AddressInfo, createServer } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignPlan, createCandidate, Session, signUp } from '../support/fixtures';
import { decodedBody, decodeWords, findPart, headerValue, headerValues, parseMime } from '../support/reminders/mime';
import { ReceivedMail } from '../support/reminders/smtp-sink';
import {
  interviewInput,
  MAIL_FROM,
  makeDue,
  minutesFromNow,
  reminderOf,
  ReminderWorld,
  startReminderWorld,
  waitForStatus,
} from '../support/reminders/harness';

describe('reminder delivery', () => {
  let world: ReminderWorld;
  let owner: Session;

  beforeAll(async () => {
    world = await startReminderWorld('delivery');
    await world.startWorker();
    owner = await signUp(world.api, 'Northwind Careers');
    await world.db.query(`UPDATE organizations SET email_sender_name = 'Northwind Coaching Team' WHERE id = $1`, [
      owner.organization.id,
    ]);
  });
  afterAll(() => world?.close());

  const mailWithId = (messageId: string) =>
    world.smtp.waitForMail((mail) => mail.messageId === messageId, `mail ${messageId}`);

  it('sends a late booking one email, the assignment email with the catch-up in it, branded, with the headers mail clients need', async () => {
    const candidate = await createCandidate(world.api, owner, { name: 'Cara Candidate', timeZone: 'America/New_York' });
    // Ten minutes out: every pre-interview reminder is missed, so their items ride in the assignment email due now.
    const startsAt = minutesFromNow(10);
    const { assignment } = await assignPlan(world.api, owner, candidate.id, { interview: interviewInput(startsAt) });
    const catchUp = await reminderOf(world.db, assignment.id, 'catch-up');
    expect(catchUp).toMatchObject({ status: 'SKIPPED', message_id: null });
    expect(catchUp.reason).toBe(`merged-into:${(await reminderOf(world.db, assignment.id, 'assignment')).id}`);

    for (const kind of ['assignment']) {
      const row = await waitForStatus(world, (await reminderOf(world.db, assignment.id, kind)).id, 'SENT');
      expect(row).toMatchObject({ message_id: `<reminder-${row.id}@prep.example>`, claimed_until: null, attempts: 1 });
      const mail = await mailWithId(row.message_id!);
      expect(mail.envelope.to).toEqual([candidate.email]);
      expect(headerValue(mail.mime, 'from')).toBe(`Northwind Coaching Team <${MAIL_FROM}>`);
      expect(headerValue(mail.mime, 'reply-to')).toBe(`Olivia Owner <${owner.user.email}>`);
      expect(headerValue(mail.mime, 'list-unsubscribe')).toMatch(new RegExp(`^<${world.api.config.appUrl}/u/[^>]+>$`));
      expect(headerValue(mail.mime, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      const calendar = decodedBody(findPart(mail.mime, 'text/calendar')!).split('\r\n');
      expect(calendar).toEqual(
        expect.arrayContaining([
          'METHOD:REQUEST',
          `UID:assignment-${assignment.id}@prep.example`,
          'SEQUENCE:0',
          `DTSTART:${startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`,
          'SUMMARY:Interview: Data Analyst at Globex',
        ]),
      );
    }
  });

  it('links each item still to do to the candidate page, and keeps the message as sent without its secrets', async () => {
    const candidate = await createCandidate(world.api, owner, { name: 'Dana Candidate' });
    const { assignment } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(10)),
    });
    const welcome = await waitForStatus(world, (await reminderOf(world.db, assignment.id, 'assignment')).id, 'SENT');
    const mail = await mailWithId(welcome.message_id!);
    // Sent within the same minute as nothing else: one message, not the assignment email and a catch-up.
    expect(world.smtp.accepted().filter((received) => received.envelope.to.includes(candidate.email))).toHaveLength(1);

    const text = decodedBody(findPart(mail.mime, 'text/plain')!);
    const itemLinks = [...text.matchAll(/^- (.+): (\S+#item-\S+)$/gm)].map((match) => ({
      title: match[1],
      link: match[2],
    }));
    expect(itemLinks.map((item) => item.title)).toContain('Research the salary range for this role');
    expect(itemLinks.length).toBeGreaterThan(10);
    const planLink = /Open your prep plan: (\S+)/.exec(text)![1];
    for (const link of [planLink, itemLinks[0].link, itemLinks[itemLinks.length - 1].link]) {
      expect(link.startsWith(`${world.api.config.appUrl}/a/`)).toBe(true);
      const page = await world.api.http().get(new URL(link).pathname);
      expect(page.status).toBe(200);
    }

    const token = new URL(planLink).pathname.split('/a/')[1];
    const { rows } = await world.db.query('SELECT * FROM deliveries WHERE reminder_id = $1', [welcome.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      message_id: welcome.message_id,
      to_address: candidate.email,
      subject: decodeWords(headerValue(mail.mime, 'subject')!),
    });
    expect(rows[0].headers).toMatchObject({
      messageId: welcome.message_id,
      listUnsubscribePost: 'List-Unsubscribe=One-Click',
      replyTo: { address: owner.user.email },
    });
    expect(rows[0].text_body).toContain('Research the salary range for this role');
    expect(JSON.stringify(rows[0])).not.toContain(token);
    const links = await world.db.query(
      `SELECT purpose, reminder_id FROM assignment_links WHERE assignment_id = $1 AND purpose = 'EMAIL'`,
      [assignment.id],
    );
    expect(links.rows).toEqual(expect.arrayContaining([{ purpose: 'EMAIL', reminder_id: welcome.id }]));
  });

  it('lets no name, company or sender name add a header or a recipient', async () => {
    const injection = 'Bcc: attacker@evil.example';
    const candidate = await createCandidate(world.api, owner, { name: 'Eve' });
    const { assignment } = await assignPlan(world.api, owner, candidate.id, {
      interview: interviewInput(minutesFromNow(5 * 24 * 60)),
    });
    // The API refuses line breaks in names; stored data might still hold them, so put them in raw.
    await world.db.query('UPDATE candidates SET name = $2 WHERE id = $1', [candidate.id, `Eve\r\n${injection}`]);
    await world.db.query('UPDATE assignments SET company = $2 WHERE id = $1', [
      assignment.id,
      `Globex\r\n${injection}`,
    ]);
    await world.db.query('UPDATE organizations SET email_sender_name = $2 WHERE id = $1', [
      owner.organization.id,
      `Northwind\r\n${injection}`,
    ]);
    try {
      const row = await makeDue(world.db, (await reminderOf(world.db, assignment.id, 'research-company')).id);
      const mail = await mailWithId((await waitForStatus(world, row.id, 'SENT')).message_id!);

      expect(mail.envelope.to).toEqual([candidate.email]);
      expect(headerValues(mail.mime, 'bcc')).toEqual([]);
      const headerBlock = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'));
      expect(headerBlock).not.toMatch(/^bcc:/im);
      expect(decodeWords(headerValue(mail.mime, 'subject')!)).toBe(
        `Get to know Globex ${injection} before your interview`,
      );
      expect(decodeWords(headerValue(mail.mime, 'to')!)).toMatch(
        new RegExp(`^"?Eve ${injection}"? <${candidate.email.replace(/[.+]/g, '\\$&')}>$`),
      );
      expect(decodeWords(headerValue(mail.mime, 'from')!)).toMatch(
        new RegExp(`^"?Northwind ${injection}"? <${MAIL_FROM}>$`),
      );
    } finally {
      await world.db.query(`UPDATE organizations SET email_sender_name = 'Northwind Coaching Team' WHERE id = $1`, [
        owner.organization.id,
      ]);
    }
  });

  it('without SMTP writes each message to the drop directory as an .eml file a mail client can open', async () => {
    await world.stopWorkers();
    const dropDir = await mkdtemp(join(tmpdir(), 'prep-mail-'));
    try {
      await world.startWorker({ SMTP_URL: '', MAIL_DROP_DIR: dropDir });
      const candidate = await createCandidate(world.api, owner);
      const { assignment } = await assignPlan(world.api, owner, candidate.id, {
        interview: interviewInput(minutesFromNow(5 * 24 * 60)),
      });
      const sent = await waitForStatus(world, (await reminderOf(world.db, assignment.id, 'assignment')).id, 'SENT');

      const files = await readdir(dropDir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const saved = parseMime(await readFile(join(dropDir, files[0]), 'utf8'));
      expect(headerValue(saved, 'message-id')).toBe(sent.message_id);
      expect(headerValue(saved, 'to')).toContain(candidate.email);
      expect(world.smtp.accepted().some((mail: ReceivedMail) => mail.messageId === sent.message_id)).toBe(false);
    } finally {
      await rm(dropDir, { recursive: true, force: true });
    }
  });

  it('counts on /metrics what it sent, by kind, and how late', async () => {
    await world.stopWorkers();
    const port = await freePort();
    await world.startWorker({ WORKER_METRICS_PORT: String(port) });
    const { assignment } = await assignPlan(world.api, owner, (await createCandidate(world.api, owner)).id, {
      interview: interviewInput(minutesFromNow(5 * 24 * 60)),
    });
    await waitForStatus(world, (await reminderOf(world.db, assignment.id, 'assignment')).id, 'SENT');
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^reminder_messages_total\{kind="assignment",outcome="sent"\} 1$/m);
    expect(metrics).toMatch(/^reminder_send_attempts_total\{kind="assignment"\} 1$/m);
    expect(metrics).toMatch(/^reminder_lateness_seconds_count\{kind="assignment"\} 1$/m);
  });
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
