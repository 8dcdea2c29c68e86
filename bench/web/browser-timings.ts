import { chromium, Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];
const RUNS = 7;

export interface Timing {
  medianMs: number;
  maxMs: number;
  runs: number[];
}

function summarize(runs: number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted[sorted.length - 1], runs };
}

async function timeRuns(page: Page, navigate: () => Promise<void>): Promise<Timing> {
  await navigate(); // warm: the browser's cache holds the hashed assets, as for a coach at work
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await navigate();
    runs.push(Math.round(performance.now() - started));
  }
  return summarize(runs);
}

/**
 * From navigation to usable: the roster showing 50 rows (the app restores the session from its
 * cookie, then loads the first page), and the candidate's server-rendered page showing its plan.
 */
export async function measureInBrowser(
  baseUrl: string,
  login: { email: string; password: string },
  candidateLink: string,
): Promise<{ roster: Timing; candidatePage: Timing }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/app/sign-in`);
    await page.getByLabel('Email').fill(login.email);
    await page.getByLabel('Password').fill(login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    const roster = await timeRuns(page, async () => {
      await page.goto(`${baseUrl}/app/candidates`);
      await page.locator('.rows > li').nth(49).waitFor();
    });
    const candidatePage = await timeRuns(page, async () => {
      await page.goto(candidateLink);
      await page.locator('h1').waitFor();
    });
    return { roster, candidatePage };
  } finally {
    await browser.close();
  }
}
