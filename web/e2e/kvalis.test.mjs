// End-to-end tests of the Kvalis web front end against a running server (KVALIS_URL).
// Run: npm run e2e   (node --test; Debian chromium through playwright-core)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ADMIN_LOGIN, ADMIN_PASSWORD, BASE_URL, DEMO_PASSWORD, snapshot, withBrowser } from './pages/browser.mjs';
import { gotoLogin, logIn, loginError, submitLogin } from './pages/login.mjs';
import { currentUserName, logOut, openPath, pageTitle, switchLanguage, uiLanguage } from './pages/shell.mjs';
import {
  filterByKind,
  openService,
  openServiceList,
  serviceDetail,
  serviceRows,
  totalCount,
  waitForRows,
} from './pages/services.mjs';

test('log in as the administrator', async () => {
  await withBrowser('login', async (page) => {
    await logIn(page, ADMIN_LOGIN, ADMIN_PASSWORD);
    assert.ok((await currentUserName(page)).length > 0, 'the header shows the user name');
    await page.getByTestId('dashboard-page').waitFor();
    assert.equal(await uiLanguage(page), 'cs');
    await snapshot(page, 'dashboard');
  });
});

test('a wrong password shows a clear message', async () => {
  await withBrowser('wrong-password', async (page) => {
    await gotoLogin(page);
    await submitLogin(page, ADMIN_LOGIN, `${ADMIN_PASSWORD}-wrong`);
    const err = await loginError(page);
    assert.equal(err.code, 'invalid_credentials');
    assert.ok(err.text.length > 10, `message shown: ${err.text}`);
    assert.equal(await page.getByTestId('side-nav').count(), 0, 'still on the login page');
    await snapshot(page, 'wrong-password');
  });
});

test('filter the service list by kind, and the URL reproduces the view', async () => {
  await withBrowser('filter-services', async (page) => {
    await logIn(page, ADMIN_LOGIN, ADMIN_PASSWORD);
    await openServiceList(page);
    const before = await serviceRows(page);
    assert.ok(before.length > 0, 'the list has services');
    const unfilteredTotal = await totalCount(page);
    const kind = before[0].kindCode;

    await filterByKind(page, kind);
    const after = await serviceRows(page);
    assert.ok(after.length > 0);
    for (const r of after) assert.equal(r.kindCode, kind, `row ${r.id} is of kind ${kind}`);
    const filteredTotal = await totalCount(page);
    assert.ok(filteredTotal <= unfilteredTotal);
    await snapshot(page, 'services-filtered');

    // a link reproduces the view
    const url = page.url();
    await page.goto(url);
    await waitForRows(page);
    assert.equal(await totalCount(page), filteredTotal);
    for (const r of await serviceRows(page)) assert.equal(r.kindCode, kind);
  });
});

test('open a service detail', async () => {
  await withBrowser('service-detail', async (page) => {
    await logIn(page, ADMIN_LOGIN, ADMIN_PASSWORD);
    await openServiceList(page);
    const [first] = await serviceRows(page);
    const listedId = (await page.getByTestId(`service-registry-id-${first.id}`).innerText()).trim();
    await openService(page, first.id);
    const d = await serviceDetail(page);
    assert.equal(d.registryId, listedId);
    assert.equal(d.kindCode, first.kindCode);
    assert.match(new URL(page.url()).pathname, new RegExp(`/services/${first.id}$`));
    await page.getByTestId('service-forms').waitFor();
    await page.getByTestId('service-facilities').waitFor();
    await snapshot(page, 'service-detail');

    // a deep link works after a reload
    await page.reload();
    await page.getByTestId('service-detail').waitFor();
    assert.equal((await serviceDetail(page)).registryId, listedId);
  });
});

test('switch to English and back to Czech', async () => {
  await withBrowser('language', async (page) => {
    await logIn(page, ADMIN_LOGIN, ADMIN_PASSWORD);
    await page.getByTestId('dashboard-page').waitFor();
    const czechTitle = await pageTitle(page);

    await switchLanguage(page, 'en');
    const englishTitle = await pageTitle(page);
    assert.notEqual(englishTitle, czechTitle, 'the title is translated');
    await snapshot(page, 'dashboard-en');

    // the choice survives a reload (stored in the browser and on the server)
    await page.reload();
    await page.getByTestId('dashboard-page').waitFor();
    assert.equal(await uiLanguage(page), 'en');
    assert.equal(await pageTitle(page), englishTitle);

    await switchLanguage(page, 'cs');
    assert.equal(await pageTitle(page), czechTitle);
  });
});

test('log out, and protected pages send to the login page and back', async () => {
  await withBrowser('logout', async (page) => {
    await logIn(page, ADMIN_LOGIN, ADMIN_PASSWORD);
    await logOut(page);
    assert.equal(new URL(page.url()).pathname, '/login');

    await openPath(page, '/services?status=all');
    await page.getByTestId('login-page').waitFor();
    await submitLogin(page, ADMIN_LOGIN, ADMIN_PASSWORD);
    await page.getByTestId('services-page').waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, '/services');
    assert.equal(url.searchParams.get('status'), 'all');
    assert.ok(BASE_URL.length > 0);
  });
});

// A read-only user of the demo region (or the one given) sees no administration.
const READONLY_LOGIN = process.env.KVALIS_READONLY_LOGIN ?? 'poskytovatel.cteni';
const READONLY_PASSWORD = process.env.KVALIS_READONLY_PASSWORD ?? DEMO_PASSWORD;

test('a read-only user sees no administration', async () => {
  await withBrowser('readonly', async (page) => {
    await logIn(page, READONLY_LOGIN, READONLY_PASSWORD);
    assert.equal(await page.getByTestId('nav-users').count(), 0);
    assert.equal(await page.getByTestId('nav-auditLog').count(), 0);
    await openPath(page, '/admin/users');
    await page.getByTestId('forbidden').waitFor();
  });
});
