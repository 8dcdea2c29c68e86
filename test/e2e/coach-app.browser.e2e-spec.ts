import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { ApiHarness, startApi } from '../support/api-harness';
import { createIsolatedDatabase, IsolatedDatabase } from '../support/isolated-database';
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
import { assignPlan, createCandidate, isolatedRedisPrefix, PASSWORD, Session, signUp } from '../support/fixtures';

// page.evaluate callbacks run in the page; the project compiles without the DOM library.
declare const window: any;

// The coach works from Berlin; the candidate and the interview are in New York.
const COACH_ZONE = 'Europe/Berlin';
const CANDIDATE_ZONE = 'America/New_York';

const describeWithBuild = existsSync(resolve(WEB_APP_DIR, 'index.html')) ? describe : describe.skip;

describeWithBuild('the coach app in Chromium', () => {
  let database: IsolatedDatabase;
  let api: ApiHarness;
  let browser: Browser;
  let appUrl: string;
  let owner: Session;
  let otherOwner: Session;
  const candidateName = `Ada Lovelace ${randomBytes(3).toString('hex')}`;
  let assignmentPath = '';

  beforeAll(async () => {
    const port = await freePort();
    appUrl = `http://127.0.0.1:${port}`;
    // A database of its own: other files add templates and plans to the shared one, and the
    // screens here list everything the organization can see.
    database = await createIsolatedDatabase('coach-app');
    api = await startApi({
      DATABASE_URL: database.appUrl,
      DATABASE_OWNER_URL: database.ownerUrl,
      APP_URL: appUrl,
      WEB_APP_DIR,
      AUTH_RATE_LIMIT_POINTS: '100',
      REDIS_PREFIX: isolatedRedisPrefix('coach-app'),
    });
    await api.app.listen({ port, host: '127.0.0.1' });
    [owner, otherOwner] = await Promise.all([signUp(api, 'Lovelace Coaching'), signUp(api, 'Other Agency')]);
    await createCandidate(api, otherOwner, { name: 'Bartholomew Other' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await database?.drop();
  });

  const newContext = (options: { width?: number; bypassCSP?: boolean } = {}): Promise<BrowserContext> =>
    browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      locale: 'en-US',
      timezoneId: COACH_ZONE,
      // axe-core is injected as a script; the app's CSP (tested on its own below) would refuse it.
      bypassCSP: options.bypassCSP ?? true,
    });

  async function signInWithKeyboard(page: Page, email: string): Promise<void> {
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await tabTo(page, /^Email/);
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
  }

  it('keeps the first screen within 200 KB of gzipped JavaScript', () => {
    const indexHtml = readFileSync(resolve(WEB_APP_DIR, 'index.html'), 'utf8');
    const scripts = [...indexHtml.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(resolve(WEB_APP_DIR, file))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(200 * 1024);
  });

  it('the accessibility check fails on a screen with violations, on each check of one document', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.setContent('<html lang="en"><title>Probe</title><main><h1>Probe</h1></main></html>');
    await expectNoAxeViolations(page, 'probe without violations');
    // axe stays loaded in the document from the first check: a later one still sees what changed.
    await page.locator('main').evaluate((main: any) => main.insertAdjacentHTML('beforeend', '<img src="x.png">'));
    await expect(expectNoAxeViolations(page, 'probe with an image without text')).rejects.toThrow(/image-alt/);
    await expect(expectNoAxeViolations(page, 'probe within main', 'main')).rejects.toThrow(/image-alt/);
    await context.close();
  });

  it('runs under its own CSP: the sign-in screen renders and nothing is refused', async () => {
    const context = await newContext({ bypassCSP: false });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${appUrl}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(page.url()).toBe(`${appUrl}/app/sign-in?next=%2F`);
    expect(refused).toEqual([]);
    await context.close();
  });

  it('a coach signs in with the keyboard, adds a candidate, assigns a plan and acts on it, without a page reload', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/app`);
    await signInWithKeyboard(page, owner.user.email);

    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.getByText('No interviews in the next 7 days.').waitFor();
    await expectNoAxeViolations(page, 'today');
    await page.evaluate(() => (window.sameDocument = true));

    await page.getByRole('link', { name: 'Candidates' }).click();
    await page.getByText('No candidates yet').waitFor();
    await page.getByRole('button', { name: 'Add a candidate' }).click();
    const newCandidate = page.getByRole('region', { name: 'New candidate' });
    await newCandidate.getByLabel('Name').fill(candidateName);
    await newCandidate.getByLabel('Email').fill(`ada.${randomBytes(3).toString('hex')}@example.com`);
    await newCandidate.getByLabel('Time zone').selectOption(CANDIDATE_ZONE);
    await expectNoAxeViolations(page, 'candidates (empty, with the new candidate form)');
    await page.getByRole('button', { name: 'Add candidate' }).click();

    await page.getByRole('heading', { name: candidateName }).waitFor();
    await page.getByText('No plan assigned yet.').waitFor();
    await expectNoAxeViolations(page, 'candidate');
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit candidate' });
    await edit.getByLabel('Email').fill('ada.lovelace@example.com');
    expect(await edit.getByLabel('Coach').inputValue()).toBe(owner.user.id);
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('ada.lovelace@example.com').waitFor();

    // Assign a plan with the keyboard only.
    await tabTo(page, /^Assign a plan$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Assign a plan to ${candidateName}` }).waitFor();
    await expectNoAxeViolations(page, 'assign a plan');
    expect(await page.getByLabel('Time zone of the interview').inputValue()).toBe(CANDIDATE_ZONE);
    await tabTo(page, /^Company/);
    await page.keyboard.type('Initech');
    await tabTo(page, /^Role/);
    await page.keyboard.type('Staff Engineer');
    await tabTo(page, /^Date/);
    const interviewDay = new Date(Date.now() + 5 * 24 * 3600 * 1000);
    const mmddyyyy = [interviewDay.getUTCMonth() + 1, interviewDay.getUTCDate()]
      .map((part) => String(part).padStart(2, '0'))
      .join('');
    await page.keyboard.type(`${mmddyyyy}${interviewDay.getUTCFullYear()}`);
    await tabTo(page, /^A note for/, 150);
    await page.keyboard.type('Bring the portfolio.');
    await tabTo(page, /^Assign plan$/);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Plan assigned' }).waitFor();
    const link = await page.getByLabel('Private link').inputValue();
    expect(link).toMatch(new RegExp(`^${appUrl}/a/[A-Za-z0-9_-]{20,}$`));
    await expectNoAxeViolations(page, 'private link');
    await tabTo(page, /^Open the assignment$/);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: `${candidateName}: Staff Engineer at Initech` }).waitFor();
    assignmentPath = new URL(page.url()).pathname;
    expect(assignmentPath).toMatch(/^\/app\/assignments\/[0-9a-f-]{36}$/);
    // The interview at 10:00 in New York is 16:00 in Berlin; both are shown.
    await page
      .getByText(/4:00\s?PM \(interview: .* 10:00\s?AM America\/New_York\)/)
      .first()
      .waitFor();
    await page.getByRole('table').waitFor();
    await expectNoAxeViolations(page, 'assignment');

    // By keyboard only: comment on the first item, reword the comment, open a reminder's history.
    await tabTo(page, /^Add a comment on /, 80);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Comment on /, 3);
    await page.keyboard.type('Start with their engineering blog.');
    await tabTo(page, /^Add the comment$/, 3);
    await page.keyboard.press('Enter');
    const comments = page.getByRole('list', { name: /^Comments on / }).first();
    await comments.getByText('Start with their engineering blog.').waitFor();
    // The list is above the form: back up to the new comment's Edit.
    await tabTo(page, /^Edit your comment on /, 5, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Start with their engineering blog, then the changelog.');
    // The comment's own controls (the rest of the page was checked just above).
    await expectNoAxeViolations(page, 'assignment, editing a comment by keyboard', '.item-group');
    await tabTo(page, /^Save the comment$/, 3);
    await page.keyboard.press('Enter');
    const edited = comments.getByRole('listitem').filter({ hasText: '(edited)' });
    await edited.waitFor();
    expect(await edited.textContent()).toContain(': Start with their engineering blog, then the changelog.');
    await tabTo(page, /^History of /, 120);
    await page.keyboard.press('Enter');
    await page.locator('.reminder-history details[open]').first().waitFor();

    // Act on it: skip the first pending reminder, issue a new link, move the interview by an hour.
    const firstSkip = page.getByRole('button', { name: /^Skip: / }).first();
    const skippedLabel = await firstSkip.getAttribute('aria-label');
    await firstSkip.click();
    await page.getByRole('row').filter({ hasText: 'skipped' }).first().waitFor();
    expect(await page.getByRole('button', { name: skippedLabel! }).count()).toBe(0);

    await page.getByRole('button', { name: 'Issue a new link' }).click();
    const rotated = await page.getByLabel('New private link (shown only now)').inputValue();
    expect(rotated).toMatch(/\/a\//);
    expect(rotated).not.toBe(link);

    await page.getByRole('textbox', { name: 'Time' }).last().fill('11:00');
    await page.getByRole('button', { name: 'Move the interview' }).click();
    await page
      .getByText(/5:00\s?PM \(interview: .* 11:00\s?AM America\/New_York\)/)
      .first()
      .waitFor();

    expect(await page.evaluate(() => window.sameDocument)).toBe(true);

    // Today now lists the interview.
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('link', { name: candidateName }).first().waitFor();

    await page.getByRole('link', { name: 'Assignments', exact: true }).click();
    await page.getByRole('link', { name: candidateName }).first().waitFor();
    // The box follows the address, which React Router updates in a transition: on a busy machine it
    // turns checked a moment after the click, so wait for the result rather than check()'s instant test.
    await page.getByLabel('At risk only').click();
    await page.getByText('No assignment matches.').waitFor();
    await expectNoAxeViolations(page, 'assignments');

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByLabel('Name', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'settings');

    await page.getByRole('link', { name: 'Templates' }).click();
    await page.getByRole('heading', { name: 'Templates' }).waitFor();
    await page.getByRole('link', { name: 'Second interview prep' }).click();
    await page.getByRole('heading', { name: 'Reminder schedule' }).waitFor();
    await expectNoAxeViolations(page, 'template');
    expect(await page.evaluate(() => window.sameDocument)).toBe(true);

    // A reload keeps the session (the cookie refreshes it), then signing out ends it.
    await page.goto(`${appUrl}${assignmentPath}`);
    await page.getByRole('heading', { name: `${candidateName}: Staff Engineer at Initech` }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const cookies = await context.cookies(`${appUrl}/graphql`);
    expect(cookies.filter((cookie) => cookie.name === 'prep_refresh')).toEqual([]);
    await page.goto(`${appUrl}${assignmentPath}`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await context.close();
    // The whole day's flow with ten axe runs: about 25 s on a busy 2-core machine, far more when it is overloaded.
  }, 150_000);

  it('a link to an assignment opens it through sign-in and back, and fits a 390 px screen', async () => {
    expect(assignmentPath).not.toBe('');
    const context = await newContext({ width: 390 });
    const page = await context.newPage();
    await page.goto(`${appUrl}${assignmentPath}`);
    await signInWithKeyboard(page, owner.user.email);
    await page.getByRole('heading', { name: `${candidateName}: Staff Engineer at Initech` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(assignmentPath);
    expect(await noHorizontalScroll(page)).toBe(true);
    // With the comment being edited and a reminder's history open.
    await page.getByRole('button', { name: /^Edit your comment on / }).click();
    await page.getByLabel(/^Your comment on /).waitFor();
    await page.locator('.reminder-history summary').first().click();
    await page.locator('.reminder-history details[open] ol').first().waitFor();
    expect(await overflowAtPhoneWidth(page)).toEqual([]);
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.getByRole('link', { name: candidateName }).first().waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await context.close();
  });

  it('the signed-out screens pass axe, and a sign-in error shows the API’s message and code', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/app/sign-up`);
    await page.getByRole('heading', { name: 'Create your organization' }).waitFor();
    await expectNoAxeViolations(page, 'sign up');
    await page.goto(`${appUrl}/app/accept-invitation?token=abc`);
    await page.getByRole('heading', { name: 'Join your team' }).waitFor();
    await expectNoAxeViolations(page, 'accept invitation');
    await page.goto(`${appUrl}/app/sign-in`);
    await page.getByLabel('Email').fill(owner.user.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Invalid email or password (UNAUTHENTICATED)');
    await expectNoAxeViolations(page, 'sign in with an error');
    await context.close();
  });

  it('Today lists the ten soonest interviews and leads by keyboard to all of them, in its own organization', async () => {
    const busy = await signUp(api, 'Busy Agency');
    const names = Array.from({ length: 12 }, (_, index) => `Busy Candidate ${String(index + 1).padStart(2, '0')}`);
    for (const [index, name] of names.entries()) {
      const candidate = await createCandidate(api, busy, { name });
      const startsAt = new Date(Date.now() + (24 + index) * 3600_000).toISOString();
      const interview = { company: 'Globex', role: 'Analyst', startsAt, timeZone: 'Europe/Berlin', format: 'VIDEO' };
      await assignPlan(api, busy, candidate.id, { interview });
    }
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/app`);
    await signInWithKeyboard(page, busy.user.email);
    const upcoming = page.getByRole('region', { name: 'Interviews in the next 7 days' });
    await upcoming.getByRole('link', { name: names[0] }).waitFor();
    expect(await upcoming.getByRole('listitem').count()).toBe(10);
    expect(await upcoming.getByRole('link', { name: names[10] }).count()).toBe(0);
    await expectNoAxeViolations(page, 'today with more than it lists');

    await tabTo(page, /^See all interviews in the next 7 days$/, 80);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Assignments' }).waitFor();
    expect(await page.getByLabel('Interview in the next 7 days').isChecked()).toBe(true);
    await page.getByRole('link', { name: names[11] }).waitFor();
    for (const name of names) expect(await page.getByRole('link', { name }).count()).toBe(1);
    expect(await page.content()).not.toContain(candidateName);
    await context.close();
  });

  it('another organization never sees the first one’s candidate on any screen', async () => {
    expect(assignmentPath).not.toBe('');
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/app`);
    await signInWithKeyboard(page, otherOwner.user.email);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.getByText('No interviews in the next 7 days.').waitFor();
    expect(await page.content()).not.toContain(candidateName);

    await page.getByRole('link', { name: 'Candidates' }).click();
    await page.getByRole('link', { name: 'Bartholomew Other' }).waitFor();
    expect(await page.content()).not.toContain(candidateName);
    await page.getByLabel('Search by name or email').fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No candidate matches').waitFor();

    await page.goto(`${appUrl}${assignmentPath}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('NOT_FOUND');
    expect(await page.content()).not.toContain(candidateName);
    await expectNoAxeViolations(page, 'assignment not found');
    await context.close();
  });
});
