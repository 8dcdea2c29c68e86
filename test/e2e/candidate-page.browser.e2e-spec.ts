import { mkdirSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { resolve } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { ApiHarness, startApi } from '../support/api-harness';
import { assignPlan, createCandidate, isolatedRedisPrefix, signUp } from '../support/fixtures';

// page.evaluate callbacks run in the page; the project compiles without the DOM library.
declare const document: any;
declare const getComputedStyle: (element: unknown) => { outlineStyle: string };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const SCREENSHOT = resolve(__dirname, '../../tmp/candidate-page.png');

/** A port nobody listens on, so APP_URL can name the address the browser really uses. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

describe('the candidate page in a phone browser without JavaScript', () => {
  let api: ApiHarness;
  let browser: Browser;
  let link: string;

  beforeAll(async () => {
    const port = await freePort();
    api = await startApi({ APP_URL: `http://127.0.0.1:${port}`, REDIS_PREFIX: isolatedRedisPrefix('page-browser') });
    await api.app.listen({ port, host: '127.0.0.1' });
    const owner = await signUp(api, 'Browser Coaching');
    const candidate = await createCandidate(api, owner, { name: 'Grace Hopper' });
    ({ link } = await assignPlan(api, owner, candidate.id));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function openPhonePage(): Promise<Page> {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(link);
    return page;
  }

  async function submitWith(page: Page, itemKey: string, buttonName: RegExp): Promise<void> {
    await Promise.all([
      page.waitForURL(new RegExp(`#item-${itemKey}$`)),
      page.locator(`#item-${itemKey}`).getByRole('button', { name: buttonName }).click(),
    ]);
  }

  it('ticks an item and keeps its notes across a reload', async () => {
    const page = await openPhonePage();
    expect(await page.locator('h1').textContent()).toContain('Hi Grace Hopper');

    await submitWith(page, 'explore-company-channels', /^Mark done/);
    await page.locator('#item-explore-company-channels-notes').fill('Mission: make data useful.\nCEO: Bill Lumbergh');
    await submitWith(page, 'explore-company-channels', /^Save/);
    await page.locator('#item-learn-the-culture-notes').fill('Typed, then ticked without saving');
    await submitWith(page, 'learn-the-culture', /^Mark done/);

    await page.reload();
    const first = page.locator('#item-explore-company-channels');
    expect(await first.locator('.badge-done').count()).toBe(1);
    expect(await first.locator('textarea').inputValue()).toBe('Mission: make data useful.\nCEO: Bill Lumbergh');
    expect(await page.locator('#item-learn-the-culture textarea').inputValue()).toBe(
      'Typed, then ticked without saving',
    );
    expect(await page.locator('#overall-progress').getAttribute('value')).toBe('2');
    await page.context().close();
  });

  it('fits a 390-px screen, with big enough touch targets and a visible focus ring', async () => {
    const page = await openPhonePage();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const smallTargets = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, textarea, .toc a')]
        .filter((element: any) => element.offsetWidth < 24 || element.offsetHeight < 24)
        .map((element: any) => String(element.outerHTML).slice(0, 80)),
    );
    expect(smallTargets).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle)).toBe('solid');
    mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.context().close();
  });
});
