// Headless Debian Chromium through playwright-core (no browser download), one fresh profile per test.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.KVALIS_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const ADMIN_LOGIN = process.env.KVALIS_ADMIN_LOGIN ?? 'admin';
export const ADMIN_PASSWORD = process.env.KVALIS_ADMIN_PASSWORD ?? 'admin-demo-2026';
/** The password `kvalis demo` gives its users other than the administrator. */
export const DEMO_PASSWORD = process.env.KVALIS_DEMO_PASSWORD ?? 'kvalis-demo-2026';
/** The browser's time zone: the users are in Czechia, and the server keeps Czech calendar days. */
export const TIME_ZONE = 'Europe/Prague';

/** Today as YYYY-MM-DD in Prague, the day the browser and the server both see (not this machine's, often UTC). */
export function todayInPrague(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export const CHROMIUM = process.env.KVALIS_CHROMIUM ?? '/usr/bin/chromium';
const RESULTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results');

export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Opens a browser with a fresh --user-data-dir (Playwright passes it as launchPersistentContext's dir).
 * `reducedMotion`: what the browser says the system asks for ('reduce' unless told otherwise).
 */
export async function openBrowser({ reducedMotion = 'reduce' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'kvalis-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: BROWSER_ARGS,
    locale: 'cs-CZ',
    timezoneId: TIME_ZONE,
    viewport: { width: 1366, height: 860 },
    // the application then turns antd's motion off (src/app/theme.ts): a click lands on a dialog or pop-over at rest
    reducedMotion,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs a test body in a fresh browser; on failure saves test-results/<name>.png and rethrows. */
// What a failed test shows besides its screenshot (a CI log has no pictures): the API answers of 400 and above
// it met, and the messages, alerts and field errors on the page when it failed.
const SHOWN_ERRORS = '.ant-message-notice, .ant-notification-notice, .ant-alert, .ant-form-item-explain-error';

function recordApiErrors(page) {
  const seen = [];
  page.on('response', async (r) => {
    if (r.status() < 400 || !r.url().includes('/api/')) return;
    const body = await r.text().catch(() => '');
    seen.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname} ${body.slice(0, 300)}`);
    if (seen.length > 12) seen.shift();
  });
  return seen;
}

async function describeFailure(page, apiErrors) {
  const shown = await page
    .locator(SHOWN_ERRORS)
    .evaluateAll((els) => els.map((el) => el.textContent?.trim()).filter(Boolean))
    .catch(() => []);
  for (const line of apiErrors) console.error(`api error: ${line}`);
  for (const text of shown) console.error(`on the page: ${text}`);
  console.error(`page: ${page.url()}`);
}

export async function withBrowser(name, fn, options = {}) {
  const b = await openBrowser(options);
  const apiErrors = recordApiErrors(b.page);
  try {
    await fn(b.page);
  } catch (e) {
    mkdirSync(RESULTS, { recursive: true });
    const file = join(RESULTS, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`);
    await b.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`screenshot: ${file}`);
    await describeFailure(b.page, apiErrors);
    throw e;
  } finally {
    await b.close();
  }
}

/** Saves a screenshot on request (for looking at pages while developing). */
export async function snapshot(page, name) {
  if (!process.env.KVALIS_E2E_SNAPSHOTS) return;
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `snap-${name}.png`), fullPage: true });
}
