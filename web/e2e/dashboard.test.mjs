// The role dashboard and the dead ends of issue 9 (items 13 and 18) against the demo server: what each
// role is given to do links to the right page; a service's detail links to its audits, actions and
// benchmark rounds; an audit body's empty services list says why; a missing record links back to its
// list; the supervision page opens on a year with records.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, snapshot, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath, switchLanguage } from './pages/shell.mjs';
import { cardItems, dashboardCards, openDashboard, serviceActivity } from './pages/dashboard.mjs';

test('a provider manager is given the forms to fill of the open home-care round, linked to each form', async () => {
  const api = await apiLogin('poskytovatel.manazer', DEMO_PASSWORD);
  const dash = await api.get('/api/dashboard');
  const homeCare = dash.open_rounds.find((r) => r.group_name === 'Pečovatelská služba');
  assert.ok(homeCare, 'the demo has an open home-care round');
  await withBrowser('dashboard-provider', async (page) => {
    await logIn(page, 'poskytovatel.manazer', DEMO_PASSWORD);
    await openDashboard(page);
    const cards = await dashboardCards(page);
    assert.equal(cards[0], 'formsToFill', `cards: ${cards}`);
    assert.ok(cards.includes('groupsWaiting') && cards.includes('actionsOverdue'));
    assert.ok(!cards.includes('overview') && !cards.includes('formsToReview'));
    const forms = await cardItems(page, 'formsToFill', 'dash-form-');
    assert.equal(forms.length, dash.forms_to_fill.items.length);
    assert.ok(forms.some((f) => f.startsWith(`dash-form-${homeCare.round_id}-`)));
    // Groups without an open round say what comes next.
    const waiting = await cardItems(page, 'groupsWaiting', 'dash-waiting-');
    assert.ok(waiting.some((id) => id.endsWith('-next')));
    await snapshot(page, 'dashboard-provider');
    await switchLanguage(page, 'en');
    await snapshot(page, 'dashboard-provider-en');
    await switchLanguage(page, 'cs');
    await page.getByTestId(forms[0]).locator('a').first().click();
    await page.getByTestId('form-page').waitFor();
    assert.match(page.url(), new RegExp(`/benchmarking/rounds/${homeCare.round_id}/services/\\d+$`));
  });
});

test('a member without an open round is told on the benchmarking page what comes next and whom to ask', async () => {
  const api = await apiLogin('domov.manazer', DEMO_PASSWORD);
  const { groups_waiting: waiting } = await api.get('/api/dashboard');
  assert.ok(
    waiting.some((g) => g.group_name === 'Pobytové služby pro seniory'),
    'the home for older people waits for its next round',
  );
  await withBrowser('benchmark-waiting', async (page) => {
    await logIn(page, 'domov.manazer', DEMO_PASSWORD);
    await openPath(page, '/benchmarking');
    await page.getByTestId('bm-my-rounds').waitFor();
    await page.getByTestId(`dash-waiting-${waiting[0].group_id}-next`).waitFor();
    await snapshot(page, 'benchmark-waiting');
  });
});

test('the region officer gets the overview with links and the submitted forms to review', async () => {
  await withBrowser('dashboard-region', async (page) => {
    await logIn(page, 'kraj.referent', DEMO_PASSWORD);
    await openDashboard(page);
    const cards = await dashboardCards(page);
    assert.equal(cards[0], 'overview');
    assert.ok(cards.includes('formsToReview') && !cards.includes('formsToFill'), `cards: ${cards}`);
    assert.ok((await cardItems(page, 'formsToReview', 'dash-form-')).length > 0);
    // the groups it runs without an open round, each with what to do (open the next round), not "wait for the coordinator"
    const waiting = await cardItems(page, 'groupsWaiting', 'dash-waiting-');
    assert.ok(waiting.filter((id) => id.endsWith('-next')).length >= 2, `waiting: ${waiting}`);
    await snapshot(page, 'dashboard-region');
    await page.getByTestId('dash-overview-actionsOverdue').click();
    await page.getByTestId('actions-filter-overdue').waitFor();
    assert.match(page.url(), /\/quality\/actions\?overdue=1$/);
  });
});

test("a service's detail links to its audits, actions and benchmark rounds", async () => {
  const api = await apiLogin('poskytovatel.manazer', DEMO_PASSWORD);
  const { items: audits } = await api.get('/api/quality/audits?page_size=200');
  const audited = audits.find((a) => a.service_id && a.open_actions > 0);
  assert.ok(audited, 'the demo has an audited service with open actions');
  const { items: services } = await api.get('/api/services?q=Pe%C4%8Dovatelsk%C3%A1%20slu%C5%BEba%20Hronov');
  const homeCare = services.find((s) => s.kind_code === '4');
  assert.ok(homeCare);
  await withBrowser('service-links', async (page) => {
    await logIn(page, 'poskytovatel.manazer', DEMO_PASSWORD);
    await openPath(page, `/services/${audited.service_id}`);
    const a = await serviceActivity(page);
    assert.ok(a.audits >= 1, 'the audits of the service are listed');
    await snapshot(page, 'service-links');
    await page.getByTestId('service-actions-all').click();
    await page.getByTestId('actions-filter-service').waitFor();
    assert.match(page.url(), new RegExp(`service_id=${audited.service_id}`));

    await openPath(page, `/services/${homeCare.id}`);
    const b = await serviceActivity(page);
    assert.ok(b.rounds >= 2, 'the home-care service has results of the closed rounds');
    await page.locator('[data-testid^="service-round-"] a').first().click();
    await page.getByTestId('comparison-page').waitFor();
  });
});

test('an audit body is told it has no access to the registry, not that the filter matches nothing', async () => {
  await withBrowser('services-no-access', async (page) => {
    await logIn(page, 'auditor', DEMO_PASSWORD);
    await openPath(page, '/services');
    await page.getByTestId('services-empty-noAccess').waitFor();
    assert.equal(await page.getByTestId('services-empty-noMatch').count(), 0);
    await snapshot(page, 'services-no-access');
  });
});

test('a missing record says so and links back to its list', async () => {
  await withBrowser('not-found', async (page) => {
    await logIn(page, 'kraj.referent', DEMO_PASSWORD);
    await openPath(page, '/quality/audits/999999');
    await page.getByTestId('not-found-alert').waitFor();
    await page.getByTestId('not-found-back').click();
    await page.getByTestId('audits-page').waitFor();
    assert.match(page.url(), /\/quality\/audits$/);
  });
});

test('the supervision page opens on the latest year with records, without an error', async () => {
  await withBrowser('supervision-year', async (page) => {
    await logIn(page, 'auditor', DEMO_PASSWORD);
    await openPath(page, '/quality/care/supervision');
    await page.getByTestId('care-hours').waitFor();
    assert.equal(await page.getByTestId('error-alert').count(), 0);
    assert.ok((await page.locator('[data-testid="care-supervision-list"] tbody tr.ant-table-row').count()) > 0);
    await snapshot(page, 'supervision-year');
  });
});

test("on a phone the dashboard's card titles wrap instead of being cut", async () => {
  await withBrowser('dashboard-phone-titles', async (page) => {
    await logIn(page, 'domov.manazer', DEMO_PASSWORD);
    await page.setViewportSize({ width: 390, height: 844 });
    await openPath(page, '/');
    const titles = page.locator('[data-testid$="-title"][data-testid^="dash-"]');
    await titles.first().waitFor();
    const cut = await titles.evaluateAll((els) =>
      els
        .filter((e) => {
          const head = e.closest('.ant-card-head-title');
          return head && head.scrollWidth > head.clientWidth + 1;
        })
        .map((e) => e.textContent),
    );
    assert.deepEqual(cut, [], `titles cut at 390 px: ${cut}`);
  });
});
