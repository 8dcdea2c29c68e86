/**
 * The coach app's team screens and a coach's day in Chromium, with a worker and an SMTP server: an
 * owner signs up, invites a coach from Team, the coach joins from the link in the email, adds a
 * candidate and assigns the plan; the candidate writes a note and ticks items from the assignment
 * email's link; the coach sees the note, comments, reschedules (the next email moves the calendar
 * event), records the outcome and closes the plan. The owner changes roles, revokes an invitation,
 * removes the coach with the hand-over of their candidate, reads Activity, edits Settings and the
 * profile. Another organization sees none of it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { loadConfigWithOverrides } from '@prep/config';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { ApiHarness, startApi } from '../support/api-harness';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  expectNoAxeViolations,
  freePort,
  noHorizontalScroll,
  overflowAtPhoneWidth,
  tabTo,
  WEB_APP_DIR,
} from '../support/browser';
import {
  createCandidate,
  isolatedRedisPrefix,
  LOGIN_MUTATION,
  PASSWORD,
  Session,
  signUp,
  uniqueEmail,
} from '../support/fixtures';
import { createIsolatedDatabase, IsolatedDatabase } from '../support/isolated-database';
import { deleteKeys } from '../support/redis-keys';
import { decodedBody, findPart } from '../support/reminders/mime';
import { ReceivedMail, SmtpSink, startSmtpSink } from '../support/reminders/smtp-sink';
import { parseItip } from '../support/itip';

/** A zone (one the browser's picker lists) where it is daytime now, so quiet hours never hold an email back. */
function daytimeZone(now = new Date()): string {
  const zones = ['Pacific/Honolulu', 'America/Los_Angeles', 'America/New_York', 'UTC', 'Europe/Berlin'];
  const more = ['Asia/Dubai', 'Asia/Kolkata', 'Asia/Shanghai', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland'];
  const hourIn = (timeZone: string) =>
    Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(now));
  return [...zones, ...more].reduce((best, zone) =>
    Math.abs(hourIn(zone) - 13) < Math.abs(hourIn(best) - 13) ? zone : best,
  );
}

const CANDIDATE_NOTE = 'They post a release note every Friday: ask how releases are planned.';
const COACH_COMMENT = 'Good find. Ask who decides what goes into a release.';

const textOf = (mail: ReceivedMail) => decodedBody(findPart(mail.mime, 'text/plain')!);
const calendarOf = (mail: ReceivedMail) => parseItip(decodedBody(findPart(mail.mime, 'text/calendar')!));

const describeWithBuild = existsSync(resolve(WEB_APP_DIR, 'index.html')) ? describe : describe.skip;

describeWithBuild('the coach app’s team screens in Chromium, with invitation email', () => {
  const suffix = randomBytes(3).toString('hex');
  const ownerEmail = uniqueEmail('web-owner');
  const coachEmail = uniqueEmail('web-coach');
  const candidateEmail = uniqueEmail('web-candidate');
  const organizationName = `Hopper Coaching ${suffix}`;
  let database: IsolatedDatabase;
  let smtp: SmtpSink;
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let browser: Browser;
  let appUrl: string;
  let redisUrl: string;
  let prefix: string;
  let otherOwner: Session;
  let ownerContext: BrowserContext;
  let owner: Page;
  let ownTemplatePath = '';
  let assignmentPath = '';
  const candidateName = `Ada First ${suffix}`;

  beforeAll(async () => {
    const port = await freePort();
    appUrl = `http://127.0.0.1:${port}`;
    [database, smtp] = await Promise.all([createIsolatedDatabase('coach-app-team'), startSmtpSink()]);
    const env = {
      APP_URL: appUrl,
      DATABASE_URL: database.appUrl,
      DATABASE_OWNER_URL: database.ownerUrl,
      REDIS_PREFIX: isolatedRedisPrefix('coach-app-team'),
      SMTP_URL: smtp.url,
      MAIL_FROM: 'team@prep.example',
      WORKER_METRICS_PORT: '0',
      REMINDER_SCAN_INTERVAL_SECONDS: '1',
    };
    const workerConfig = loadConfigWithOverrides({ ...env, LOG_LEVEL: 'silent' });
    redisUrl = workerConfig.redis.url;
    prefix = env.REDIS_PREFIX;
    api = await startApi({ ...env, WEB_APP_DIR, AUTH_RATE_LIMIT_POINTS: '100' });
    await api.app.listen({ port, host: '127.0.0.1' });
    [worker, otherOwner, browser] = await Promise.all([
      createWorkerApp(workerConfig),
      signUp(api, `Other Agency ${suffix}`),
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
    ]);
    await createCandidate(api, otherOwner, { name: 'Bartholomew Other' });
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
    await smtp?.close();
    if (redisUrl) await deleteKeys(redisUrl, `${prefix}:`);
    await database?.drop();
  });

  const newContext = (width = 1280): Promise<BrowserContext> =>
    browser.newContext({
      viewport: { width, height: 900 },
      locale: 'en-US',
      timezoneId: 'Europe/Berlin',
      // axe-core is injected as a script; the app's CSP is tested in the other browser spec.
      bypassCSP: true,
    });

  const invitationLinkTo = async (email: string): Promise<string> => {
    const mail = await smtp.waitForMail((received) => received.envelope.to.includes(email), `invitation to ${email}`);
    const text = decodedBody(findPart(mail.mime, 'text/plain')!);
    const link = /(http\S+\/app\/accept-invitation\?token=inv_[A-Za-z0-9_-]{43})/.exec(text);
    if (!link) throw new Error(`No app link in the invitation email:\n${text}`);
    return link[1];
  };

  it('an owner signs up and invites a coach from Team; the coach joins from the email, assigns a plan, sees what the candidate wrote, comments, reschedules and records the outcome', async () => {
    ownerContext = await newContext();
    owner = await ownerContext.newPage();
    await owner.goto(`${appUrl}/app/sign-up`);
    await owner.getByLabel('Organization name').fill(organizationName);
    await owner.getByLabel('Your name').fill('Grace Hopper');
    await owner.getByLabel('Email').fill(ownerEmail);
    await owner.getByLabel('Password').fill(PASSWORD);
    await owner.getByRole('button', { name: 'Create organization' }).click();
    await owner.getByRole('heading', { name: 'Today' }).waitFor();

    await owner.getByRole('link', { name: 'Team' }).click();
    await owner.getByRole('heading', { name: 'Invite a member' }).waitFor();
    // The invitation form, by keyboard only.
    await tabTo(owner, /^Name/);
    await owner.keyboard.type('Casey Coach');
    await owner.keyboard.press('Tab');
    await owner.keyboard.type(coachEmail);
    await owner.keyboard.press('Enter');
    await owner.getByText(`Invitation sent to ${coachEmail}.`).waitFor();
    await owner.getByRole('button', { name: 'Revoke invitation of Casey Coach' }).waitFor();
    await expectNoAxeViolations(owner, 'team');

    const link = await invitationLinkTo(coachEmail);
    expect(link.startsWith(`${appUrl}/app/accept-invitation?token=`)).toBe(true);
    const coachContext = await newContext();
    const coach = await coachContext.newPage();
    await coach.goto(link);
    await coach.getByLabel('Choose a password').fill(PASSWORD);
    await coach.getByRole('button', { name: 'Join' }).click();
    await coach.getByRole('heading', { name: 'Today' }).waitFor();
    await coach.getByText('Casey Coach (COACH)').waitFor();
    // A coach has no Team or Activity in the menu, and the screens say why.
    expect(await coach.getByRole('link', { name: 'Team' }).count()).toBe(0);
    await coach.goto(`${appUrl}/app/activity`);
    await coach.getByText('Only an owner or admin sees the organization’s activity.').waitFor();

    // The coach adds their first candidate and assigns the plan; the private link is shown once.
    await coach.getByRole('link', { name: 'Candidates' }).click();
    await coach.getByRole('button', { name: 'Add a candidate' }).click();
    const newCandidate = coach.getByRole('region', { name: 'New candidate' });
    await newCandidate.getByLabel('Name').fill(candidateName);
    await newCandidate.getByLabel('Email').fill(candidateEmail);
    await newCandidate.getByLabel('Time zone').selectOption(daytimeZone());
    await coach.getByRole('button', { name: 'Add candidate' }).click();
    await coach.getByRole('link', { name: 'Assign a plan' }).click();
    await coach.getByLabel('Company', { exact: true }).fill('Initech');
    await coach.getByLabel('Role', { exact: true }).fill('Staff Engineer');
    await coach
      .getByLabel('Date', { exact: true })
      .fill(new Date(Date.now() + 5 * 24 * 3600_000).toISOString().slice(0, 10));
    await coach.getByRole('button', { name: 'Assign plan' }).click();
    await coach.getByRole('heading', { name: 'Plan assigned' }).waitFor();
    await coach.getByRole('button', { name: 'Email it now' }).waitFor();
    await expectNoAxeViolations(coach, 'private link with email it now');
    await coach.getByRole('link', { name: 'Open the assignment' }).click();
    await coach.getByRole('heading', { name: `${candidateName}: Staff Engineer at Initech` }).waitFor();
    assignmentPath = new URL(coach.url()).pathname;

    // The candidate opens the link from the assignment email, writes a note on one item and ticks two.
    const mail = await smtp.waitForMail(
      (received) => received.envelope.to.includes(candidateEmail),
      'the assignment email to the candidate',
    );
    const firstEvent = calendarOf(mail);
    const planLink = /(http\S+\/a\/[A-Za-z0-9_-]+)/.exec(textOf(mail))![1];
    const candidatePage = await coachContext.newPage();
    await candidatePage.goto(planLink);
    const channels = candidatePage.locator('#item-explore-company-channels');
    await channels.getByRole('textbox').fill(CANDIDATE_NOTE);
    await Promise.all([
      candidatePage.waitForURL(/#item-explore-company-channels$/),
      channels.getByRole('button', { name: /^Mark done/ }).click(),
    ]);
    await candidatePage
      .getByRole('button', { name: /^Mark done/ })
      .first()
      .click();
    await candidatePage
      .getByRole('button', { name: /^Mark not done/ })
      .nth(1)
      .waitFor();

    // The coach sees the note and the ticks (a new visit reads the assignment again), and comments.
    await coach.getByRole('link', { name: 'Today' }).click();
    await coach.goto(`${appUrl}${assignmentPath}`);
    const ticked = coach.locator('li', { hasText: 'Read the company' }).first();
    await ticked.locator('.candidate-notes', { hasText: CANDIDATE_NOTE }).waitFor();
    expect(await ticked.textContent()).toContain('(done)');
    await coach
      .getByLabel(/^2 of \d+ done$/)
      .first()
      .waitFor();
    await ticked.locator('summary').click();
    await ticked.getByLabel(/^Comment on /).fill(COACH_COMMENT);
    await ticked.getByRole('button', { name: 'Add the comment' }).click();
    await ticked
      .getByRole('list', { name: /^Comments on / })
      .getByText(COACH_COMMENT)
      .waitFor();
    // The assignment email's history: its changes, its one attempt and the message as sent.
    await coach.locator('summary', { hasText: 'History of assignment:' }).click();
    await coach.locator('.message-as-sent pre').first().waitFor();
    await expectNoAxeViolations(coach, 'assignment with notes, comments and a reminder history');
    expect(await coach.content()).not.toContain('Bartholomew Other');
    expect(await overflowAtPhoneWidth(coach)).toEqual([]);
    await candidatePage.reload();
    await candidatePage.getByText(COACH_COMMENT).waitFor();
    await candidatePage.close();

    // The coach moves the interview: the candidate's next email moves the calendar event.
    await coach.getByLabel('Time', { exact: true }).fill('10:30');
    await coach.getByRole('button', { name: 'Move the interview' }).click();
    // The interview (in Berlin, as the coach) now shows the new time, and pending reminders follow it.
    await coach
      .getByText(/10:30 AM/)
      .first()
      .waitFor();
    await coach.getByText('rescheduled').first().waitFor();
    const moved = await smtp.waitForMail(
      (received) => received.envelope.to.includes(candidateEmail) && received.messageId !== mail.messageId,
      'the candidate’s email after the move',
    );
    const movedEvent = calendarOf(moved);
    expect(movedEvent.method).toBe('REQUEST');
    expect(movedEvent.one('UID').value).toBe(firstEvent.one('UID').value);
    expect(Number(movedEvent.one('SEQUENCE').value)).toBeGreaterThan(Number(firstEvent.one('SEQUENCE').value));

    // The interview has taken place (the clock is moved, not waited for): the coach records the outcome.
    await database.owner.query(`UPDATE assignments SET starts_at = now() - interval '1 hour' WHERE id = $1`, [
      assignmentPath.split('/').pop(),
    ]);
    await coach.reload();
    await coach.getByLabel('How did it go?').selectOption('OFFER');
    await coach.getByLabel('Note (optional)').fill('Starts in March');
    await coach.getByRole('button', { name: 'Record the outcome' }).click();
    await coach.getByText('Recorded: Offer (Starts in March)').waitFor();
    await coach.getByText('Interviewed', { exact: true }).waitFor();
    await expectNoAxeViolations(coach, 'assignment with its outcome');
    // Closing ends what was still pending (the clock moved, so the worker never sent the reminders before the interview).
    await coach.getByRole('button', { name: 'Close the plan' }).click();
    await coach.getByText('Closed', { exact: true }).waitFor();
    await coachContext.close();

    // The owner's list now shows the coach as a member who joined, without a reload.
    await owner.getByRole('link', { name: 'Today' }).click();
    await owner.getByRole('link', { name: 'Team' }).click();
    await owner.getByRole('button', { name: 'Remove Casey Coach' }).waitFor();
  }, 120_000);

  it('the owner changes a role, revokes an invitation and removes the coach, handing over their candidate', async () => {
    await owner.getByLabel('Role of Casey Coach').selectOption('ADMIN');
    await owner.getByText('Casey Coach is now admin.').waitFor();
    await owner.getByLabel('Role of Casey Coach').selectOption('COACH');
    await owner.getByText('Casey Coach is now coach.').waitFor();

    await owner.getByLabel('Name', { exact: true }).fill('Ned Never');
    await owner.getByLabel('Email', { exact: true }).fill(uniqueEmail('never'));
    await owner.getByRole('button', { name: 'Send invitation' }).click();
    await owner.getByRole('button', { name: 'Revoke invitation of Ned Never' }).click();
    await owner.getByRole('heading', { name: 'Removed' }).waitFor();

    const coachSession = await api.gql<{ login: Session }>(LOGIN_MUTATION, {
      input: { email: coachEmail, password: PASSWORD },
    });
    await createCandidate(api, coachSession.data!.login, { name: `Dana Handed ${suffix}` });
    await owner.getByRole('button', { name: 'Remove Casey Coach' }).click();
    await owner.getByLabel('Hand their candidates over to').selectOption({ label: 'Grace Hopper' });
    await expectNoAxeViolations(owner, 'team remove a member');
    await owner.getByRole('button', { name: 'Confirm removal of Casey Coach' }).click();
    await owner.getByText('Casey Coach was removed; 2 candidates and 1 assignments moved to Grace Hopper.').waitFor();

    await owner.getByRole('link', { name: 'Candidates' }).click();
    await owner.getByRole('link', { name: `Dana Handed ${suffix}` }).waitFor();
    expect(await owner.getByText('Coach: Grace Hopper').count()).toBeGreaterThan(0);
  }, 60_000);

  it('Activity lists what happened, filtered by record, with delivery health', async () => {
    await owner.getByRole('link', { name: 'Activity' }).click();
    await owner.getByRole('heading', { name: 'Delivery health (last 7 days)' }).waitFor();
    await owner.getByRole('cell', { name: 'member.removed' }).waitFor();
    // The whole log holds candidate events; the filtered one, once its answer is in, holds none.
    await owner.getByRole('cell', { name: 'candidate.created' }).first().waitFor();
    await owner.getByLabel('Record').selectOption('member');
    await owner.getByRole('cell', { name: 'candidate.created' }).first().waitFor({ state: 'detached' });
    await owner.getByRole('cell', { name: 'member.invited' }).first().waitFor();
    expect(await owner.getByRole('cell', { name: 'candidate.created' }).count()).toBe(0);
    await expectNoAxeViolations(owner, 'activity');
  }, 30_000);

  it('Settings keep a retention period, and the profile changes the name and refuses a wrong password', async () => {
    await owner.getByRole('link', { name: 'Settings' }).click();
    await owner.getByLabel(/Erase candidates automatically/).fill('365');
    await owner.getByRole('button', { name: 'Save settings' }).click();
    await owner.getByText('Saved.').waitFor();
    await expectNoAxeViolations(owner, 'settings');

    await owner.getByRole('link', { name: /Grace Hopper/ }).click();
    await owner.getByRole('heading', { name: 'Your profile' }).waitFor();
    await owner.getByLabel(/Your name as the team/).fill('Grace B. Hopper');
    await owner.getByRole('button', { name: 'Save name' }).click();
    await owner.getByText('Grace B. Hopper (OWNER)').waitFor();
    await owner.getByLabel('Current password').fill('not my password at all');
    await owner.getByLabel(/New password/).fill('another long passphrase');
    await owner.getByRole('button', { name: 'Change password' }).click();
    const alert = owner.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/\([A-Z_]+\)/);
    await expectNoAxeViolations(owner, 'profile with an error');
  }, 30_000);

  it('Templates: fork a built-in plan, edit the draft and its reminders with the API’s validation, publish, read its versions and archive it', async () => {
    await owner.getByRole('link', { name: 'Templates' }).click();
    await owner.getByRole('heading', { name: 'Templates' }).waitFor();
    await owner.locator('.card-row a').first().click();
    await owner.getByRole('button', { name: 'Fork into a new draft' }).click();
    await owner.getByRole('button', { name: 'Edit the draft' }).click();
    await owner.getByRole('heading', { name: 'Edit the draft' }).waitFor();
    await expectNoAxeViolations(owner, 'template editor');
    expect(await overflowAtPhoneWidth(owner)).toEqual([]);

    // An empty section is not a valid plan: the API says so and the draft stays as it was.
    await owner.getByRole('button', { name: 'Add a section' }).click();
    await owner.getByRole('button', { name: 'Save the draft' }).click();
    const alert = owner.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/sections\[\d+\]\.items: .* \(BAD_USER_INPUT\)/);
    await owner.getByRole('button', { name: 'Remove section New section' }).click();

    // A reminder the API refuses (the schedule's last kind, sent to the candidate): its problem shows
    // beside its field, which takes the focus; choosing the right recipient fixes it.
    await owner.locator('summary', { hasText: 'coach not started' }).click();
    await owner.getByRole('button', { name: /^Remove reminder \d+ \(coach not started\)$/ }).click();
    await owner.getByRole('button', { name: 'Add a reminder' }).click();
    await owner.getByRole('button', { name: 'Save the draft' }).click();
    const problem = owner.locator('.field-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe('A coach-not-started reminder goes to the coach (BAD_USER_INPUT)');
    const recipient = owner.locator('select[aria-invalid="true"]');
    expect(await recipient.evaluate((element: any) => element === element.ownerDocument.activeElement)).toBe(true);
    expect(await recipient.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
    await expectNoAxeViolations(owner, 'template editor with a problem', 'details.rule[open]');
    expect(await overflowAtPhoneWidth(owner)).toEqual([]);
    await recipient.selectOption('coach');

    await owner.getByLabel('Title', { exact: true }).fill(`Hopper plan ${suffix}`);
    await owner
      .getByRole('button', { name: /^Add an item to / })
      .first()
      .click();
    await owner.getByLabel('Item title').last().fill('Read the company’s last annual report');
    await owner.getByRole('button', { name: 'Save the draft' }).click();
    await owner.getByRole('heading', { name: `Hopper plan ${suffix}` }).waitFor();
    await owner.getByText('Read the company’s last annual report').waitFor();
    await owner.getByRole('button', { name: 'Publish as version 1' }).click();

    // The publish answer lists the new version; opening it shows what assignments will be given.
    await owner.getByRole('button', { name: 'Show version 1' }).click();
    await owner.getByRole('heading', { name: `Version 1: Hopper plan ${suffix}` }).waitFor();
    expect(await owner.locator('.card-row', { hasText: 'Version 1' }).textContent()).toContain('by Grace B. Hopper');
    await owner.getByRole('button', { name: 'Archive' }).click();
    await owner.getByText('Version 1, archived').waitFor();
    ownTemplatePath = new URL(owner.url()).pathname;
    // With version 1 open below its row.
    await expectNoAxeViolations(owner, 'template');
    expect(await overflowAtPhoneWidth(owner)).toEqual([]);
    await ownerContext.close();
  }, 90_000);

  it('forgot password emails a link; the app’s reset screen sets the new password once', async () => {
    const resetting = await signUp(api, `Reset Org ${suffix}`);
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/app/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await expectNoAxeViolations(page, 'forgot password');
    await page.getByLabel('Email').fill(resetting.user.email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByText(`If ${resetting.user.email} belongs to a member`).waitFor();

    const mail = await smtp.waitForMail(
      (received) =>
        received.envelope.to.includes(resetting.user.email) && received.messageId.startsWith('<password-reset-'),
      'password reset email',
    );
    const link = /(http\S+\/app\/reset-password\?token=pwr_[A-Za-z0-9_-]{43})/.exec(
      decodedBody(findPart(mail.mime, 'text/plain')!),
    )![1];
    expect(link.startsWith(appUrl)).toBe(true);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await expectNoAxeViolations(page, 'reset password');
    await page.getByLabel('New password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('heading', { name: 'Your password is changed' }).waitFor();

    // The link works once.
    await page.goto(link);
    await page.getByLabel('New password').fill('yet another passphrase');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('(NOT_FOUND)');

    await page.goto(`${appUrl}/app/sign-in`);
    await page.getByLabel('Email').fill(resetting.user.email);
    await page.getByLabel('Password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await context.close();
  }, 45_000);

  it('another organization’s owner sees none of the first one’s team or activity, at 390 px', async () => {
    const context = await newContext(390);
    const page = await context.newPage();
    await page.goto(`${appUrl}/app/team`);
    await page.getByLabel('Email').fill(otherOwner.user.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Invite a member' }).waitFor();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page.getByRole('link', { name: 'Activity' }).click();
    await page.getByRole('cell', { name: 'candidate.created' }).first().waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    const shown = await page.content();
    expect(ownTemplatePath).toMatch(/^\/app\/templates\/.+/);
    await page.goto(`${appUrl}${ownTemplatePath}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('NOT_FOUND');
    expect(await page.content()).not.toContain(`Hopper plan ${suffix}`);
    await page.goto(`${appUrl}${assignmentPath}`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('NOT_FOUND');
    expect(await page.content()).not.toContain(CANDIDATE_NOTE);
    for (const name of [
      'Casey Coach',
      'Grace',
      'Ned Never',
      `Dana Handed ${suffix}`,
      candidateName,
      organizationName,
    ]) {
      expect(shown.includes(name) ? name : null).toBeNull();
    }
    await context.close();
  });
});
