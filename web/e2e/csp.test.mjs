// The Content-Security-Policy (issue 9, item 10a) lets the built application and the printable reports
// work: pages with charts, tables and forms render with no CSP violation, and the policy is the strict one.
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
    // A printable report (inline SVG charts and its own <style>).
    const audits = await page.evaluate(async () => (await (await fetch('/api/quality/audits')).json()).items ?? []);
    if (audits.length) {
      const report = await page.goto(`${BASE_URL}/api/quality/audits/${audits[0].id}/report`);
      assert.equal(report.status(), 200);
      assert.ok(report.headers()['content-security-policy'], 'the report has a Content-Security-Policy');
      await page.waitForLoadState('load');
    }
    assert.deepEqual(violations, []);
  });
});
