/** Helpers of the coach app's browser specs: Debian's Chromium, axe-core, keyboard walks. */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AddressInfo, createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

// page.evaluate callbacks run in the page; the project compiles without the DOM library.
declare const document: any;
declare const window: any;

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const WEB_APP_DIR = resolve(__dirname, '../../dist/apps/web');
const SCREENSHOTS = resolve(__dirname, '../../tmp/coach-app');

// axe-core as @axe-core/playwright loads it. Its builder evaluates axe's half megabyte in the page on every
// check (and again in a new blank page to finish the run), which took longer than many of the checks; here
// axe is evaluated once per document (the app changes screens without loading a new one) and axe.run()
// is called as the builder's legacy mode calls it. The app has no frames for a frame-by-frame run to reach.
const AXE_SOURCE: string = createRequire(require.resolve('@axe-core/playwright'))('axe-core').source;

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

interface AxeViolation {
  id: string;
  nodes: Array<{ target: unknown }>;
}

async function axeViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  // A closed native select's options are not on screen; axe still checks the select itself. Only
  // violations are read: axe then skips the details of every passing node, most of its time on a long screen.
  const context = { ...(within ? { include: [within] } : {}), exclude: ['select > option'] };
  return page.evaluate(
    ({ context, options }) => window.axe.run(context, options).then((results: any) => results.violations),
    { context, options: { resultTypes: ['violations'] } },
  );
}

/**
 * 0 axe-core violations, listed by rule and element when there are some; the screen is kept in tmp/.
 * `within` checks (and keeps) only that part of a long page, what a step changed: a quicker check.
 */
export async function expectNoAxeViolations(page: Page, screen: string, within?: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${screen.replace(/[^a-z0-9]+/gi, '-')}.png`);
  await (within ? page.locator(within).first().screenshot({ path }) : page.screenshot({ path }));
  const violations = await axeViolations(page, within);
  const found = violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
  );
  expect([screen, found]).toEqual([screen, []]);
}

/**
 * Presses Tab (or Shift+Tab, going back) until the focused control has this accessible label;
 * proves it is reachable by keyboard.
 */
export async function tabTo(
  page: Page,
  label: RegExp,
  maxPresses = 40,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press(key);
    const focused: string = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return '';
      const byLabel = element.labels?.[0]?.textContent ?? '';
      return `${element.getAttribute('aria-label') ?? ''} ${byLabel} ${element.textContent ?? ''}`.trim();
    });
    if (label.test(focused)) return;
  }
  throw new Error(`No control labelled ${label} reached with Tab`);
}

export async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.scrollingElement.scrollWidth <= window.innerWidth);
}

export const PHONE_WIDTH = 390;

/**
 * At 390 px wide, the elements that stick out past the screen's right edge (none when the page
 * needs no horizontal scrolling); the viewport is put back as it was.
 */
export async function overflowAtPhoneWidth(page: Page): Promise<string[]> {
  const before = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setViewportSize({ width: PHONE_WIDTH, height: before.height });
  const sticking: string[] = await page.evaluate(() => {
    if (document.scrollingElement.scrollWidth <= window.innerWidth) return [];
    const describe = (element: any) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
    return [...document.body.querySelectorAll('*')]
      .filter((element: any) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 10)
      .map((element: any) => `${describe(element)} (${Math.round(element.getBoundingClientRect().right)} px)`)
      .concat(['the page scrolls sideways']);
  });
  await page.setViewportSize(before);
  return sticking;
}
