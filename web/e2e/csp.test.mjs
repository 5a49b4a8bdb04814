// The Content-Security-Policy (issue 9, item 10a; issue 15, item 7) lets the built application, every kind
// of printable report and the public portal work: pages with charts, maps, tables and forms render with no
// CSP violation, and the policy is the strict one (scripts only from the application's own files).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ADMIN_LOGIN, ADMIN_PASSWORD, BASE_URL, withBrowser } from './pages/browser.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';

const PAGES = [
  '/',
  '/services',
  '/organisations',
  '/benchmarking',
  '/benchmarking/good-practices',
  '/quality',
  '/quality/audits',
  '/quality/actions',
  '/quality/standards',
  '/quality/care/supervision',
  '/quality/care/transformation',
  '/admin/users',
  '/network',
  '/network/needs',
  '/network/coverage',
  '/network/coverage/map',
  '/network/years',
  '/network/finance',
  '/planning',
  '/planning/impact',
  '/planning/ladders',
  '/people',
  '/people/training',
  '/people/projects',
];

// Printable reports of each kind: the first object the administrator may read (list route, id → report).
const REPORTS = [
  ['/api/quality/audits', (id) => `/api/quality/audits/${id}/report`],
  ['/api/benchmark/groups', (id) => `/api/benchmark/groups/${id}/report`],
  ['/api/people/projects', (id) => `/api/people/projects/${id}/monitoring.html`],
];

test('the application and its reports run under the Content-Security-Policy without a violation', async () => {
  await withBrowser('csp', async (page) => {
    const violations = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (execute|load|apply|evaluate)/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const first = await page.goto(`${BASE_URL}/login`);
    const csp = first.headers()['content-security-policy'];
    assert.ok(csp, 'the page has a Content-Security-Policy');
    assert.match(csp, /script-src 'self'(;|$)/);
    await logIn(page, ADMIN_LOGIN, ADMIN_PASSWORD);
    for (const path of PAGES) {
      await openPath(page, path);
      await page.getByTestId('side-nav').waitFor();
      await page.waitForLoadState('networkidle');
    }
    // Printable reports (inline SVG charts and their own <style>).
    for (const [list, report] of REPORTS) {
      const items = await page.evaluate(async (url) => (await (await fetch(url)).json()).items ?? [], list);
      assert.ok(items.length, `the demo has ${list}`);
      const r = await page.goto(`${BASE_URL}${report(items[0].id)}`);
      assert.equal(r.status(), 200, report(items[0].id));
      assert.match(r.headers()['content-security-policy'] ?? '', /script-src 'self'(;|$)/, report(items[0].id));
      await page.waitForLoadState('load');
    }
    const card = await page.evaluate(async () => {
      const cards = (await (await fetch('/api/network/cards')).json()).items ?? [];
      return cards.find((c) => c.published)?.published?.version_id;
    });
    assert.ok(card, 'the demo has a published service card');
    const print = await page.goto(`${BASE_URL}/api/network/card-versions/${card}/print`);
    assert.equal(print.status(), 200);
    await page.waitForLoadState('load');
    assert.deepEqual(violations, []);
  });
});

test('the public portal runs under the Content-Security-Policy without a violation', async () => {
  await withBrowser('csp-portal', async (page) => {
    const violations = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (execute|load|apply|evaluate)/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const first = await page.goto(`${BASE_URL}/portal`);
    assert.equal(first.status(), 200);
    assert.match(first.headers()['content-security-policy'] ?? '', /script-src 'self'(;|$)/);
    // Every page the portal links to (the region's cards, services, coverage map, indicators, open data, English).
    const links = await page.evaluate(() => [
      ...new Set([...document.querySelectorAll('a[href^="/portal"]')].map((a) => a.getAttribute('href'))),
    ]);
    assert.ok(links.length >= 4, `portal links: ${links.join(', ')}`);
    for (const href of links.slice(0, 12)) {
      const r = await page.goto(`${BASE_URL}${href}`);
      assert.equal(r.status(), 200, href);
      await page.waitForLoadState('load');
    }
    assert.deepEqual(violations, []);
  });
});
