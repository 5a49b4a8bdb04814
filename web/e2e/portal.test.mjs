// The public portal (issue 12 item 6) in the browser, without login: every page type in Czech and English, at
// desktop and phone width, has no accessibility violation of WCAG 2.0/2.1 A and AA (axe-core injected into the
// page), works without JavaScript, and its first page is under 100 KB over the wire.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { BASE_URL, BROWSER_ARGS, CHROMIUM } from './pages/browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEWPORTS = { desktop: { width: 1366, height: 860 }, phone: { width: 390, height: 844 } };

// A browser whose pages may take the injected axe script (the portal's CSP allows no inline script),
// optionally with JavaScript off for the pages themselves.
async function browser({ javaScript = true, viewport = VIEWPORTS.desktop } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'kvalis-portal-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: BROWSER_ARGS,
    locale: 'cs-CZ',
    viewport,
    bypassCSP: true,
    javaScriptEnabled: javaScript,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, TAGS);
}

// The page types of the demo region's portal in both languages; a card page when the demo has a published
// card (the cards part of the module writes them), else the portal's "not found" page stands in for it.
async function portalPages(page) {
  await page.goto(`${BASE_URL}/portal/86/`);
  const cardHref = await page
    .locator('main a[href^="/portal/86/karty/"]')
    .first()
    .getAttribute('href')
    .catch(() => null);
  const card = cardHref ? cardHref.split('/').pop() : null;
  const cs = [
    '/portal/',
    '/portal/86/',
    '/portal/86/sluzby',
    '/portal/86/pokryti',
    '/portal/86/ukazatele',
    '/portal/86/data',
  ];
  const en = [
    '/portal/en/',
    '/portal/en/86/',
    '/portal/en/86/services',
    '/portal/en/86/coverage',
    '/portal/en/86/indicators',
    '/portal/en/86/data',
  ];
  if (card) {
    cs.push(`/portal/86/karty/${card}`);
    en.push(`/portal/en/86/cards/${card}`);
  } else {
    cs.push('/portal/86/karty/neni');
    en.push('/portal/en/86/cards/none');
  }
  return [...cs, ...en];
}

test('every portal page type passes axe-core (WCAG 2.1 A and AA) in Czech and English, desktop and phone', async () => {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    const b = await browser({ viewport });
    try {
      const pages = await portalPages(b.page);
      for (const path of pages) {
        const res = await b.page.goto(`${BASE_URL}${path}`);
        assert.ok(res.status() === 200 || path.endsWith('/neni') || path.endsWith('/none'), `${path}: ${res.status()}`);
        const lang = await b.page.getAttribute('html', 'lang');
        assert.equal(lang, path.startsWith('/portal/en/') ? 'en' : 'cs', path);
        const violations = await axeViolations(b.page);
        assert.deepEqual(violations, [], `${width} ${path}: ${JSON.stringify(violations, null, 1)}`);
      }
    } finally {
      await b.close();
    }
  }
});

test('the portal works without JavaScript: navigation, the map and the language switch', async () => {
  const b = await browser({ javaScript: false });
  try {
    const { page } = b;
    await page.goto(`${BASE_URL}/portal/`);
    await page.getByRole('link', { name: 'Katalog služeb' }).first().click();
    await page.waitForURL(/\/portal\/86\/sluzby$/);
    assert.ok((await page.locator('main table').count()) > 0, 'the services table');
    await page.getByRole('link', { name: 'Pokrytí potřeb' }).first().click();
    await page.waitForURL(/\/portal\/86\/pokryti$/);
    await page.getByRole('heading', { level: 1, name: 'Pokrytí potřeb podle území' }).waitFor();
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/portal\/en\/86\/coverage$/);
    await page.getByRole('heading', { level: 1, name: 'Need coverage by territory' }).waitFor();
    await page.getByRole('link', { name: 'Open data' }).first().click();
    const csv = await page.locator('a[href$="/services.csv"]').getAttribute('href');
    const res = await fetch(`${BASE_URL}${csv}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /text\/csv/);
    // The skip link leads to the main content.
    await page.goto(`${BASE_URL}/portal/86/`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#main');
  } finally {
    await b.close();
  }
});

test('the first page of the portal is under 100 KB over the wire and needs no other request', async () => {
  const b = await browser();
  try {
    const requests = [];
    b.page.on('request', (r) => requests.push(r.url()));
    const res = await b.page.goto(`${BASE_URL}/portal/`);
    const body = await res.body();
    assert.ok(body.length < 100 * 1024, `${body.length} bytes`);
    assert.deepEqual(
      requests.filter((u) => !u.endsWith('/favicon.ico')),
      [`${BASE_URL}/portal/`],
    );
  } finally {
    await b.close();
  }
});
