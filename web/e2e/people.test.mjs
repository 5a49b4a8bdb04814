// The people module end to end against a running demo server (issue 14, "Tests"): the region plans a run of a
// training module in one step and opens a session for registration, a provider's manager registers two of its
// workers who are short of their yearly requirement, the region (the organiser) records attendance, the provider
// downloads a certificate (a PDF) and the workers' shortfall on the staff page drops by the module's hours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, DEMO_PASSWORD, snapshot, todayInPrague, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';

const REGION = { login: process.env.KVALIS_REGION_LOGIN ?? 'kraj.referent', password: DEMO_PASSWORD };
const PROVIDER = { login: process.env.KVALIS_PROVIDER_LOGIN ?? 'poskytovatel.manazer', password: DEMO_PASSWORD };
const MODULE_HOURS = 8;

async function shortfallOnStaffPage(page, workerId) {
  const row = page.locator(`[data-testid="staff-row"][data-worker-id="${workerId}"]`);
  await row.waitFor();
  return Number(await row.getAttribute('data-shortfall'));
}

test('a training run is published, two workers registered, attendance recorded, a certificate downloaded and the shortfall drops', async () => {
  const region = await apiLogin(REGION.login, REGION.password);
  const regionOrg = region.user.memberships.find((m) => m.organisation_type === 'region');
  assert.ok(regionOrg, 'the region login is a member of a region');
  const title = `Komunikace s klientem v krizi (e2e ${Date.now()})`;
  const created = await region.post('/api/people/modules', {
    organiser_org_id: regionOrg.organisation_id,
    code: 'E2E',
    title,
    topic: 'Krizová intervence',
    hours: MODULE_HOURS,
    accreditation_number: 'A2025/0999-SP/PC',
    accreditation_body: 'MPSV',
    accredited_until: '2029-12-31',
  });
  const moduleId = created.module.id;

  const provider = await apiLogin(PROVIDER.login, PROVIDER.password);
  const { items: orgs } = await provider.get('/api/people/organisations');
  const own = orgs.find((o) => o.can_manage && o.type === 'provider');
  assert.ok(own, 'the provider manager manages a provider');
  const { items: workers } = await provider.get(`/api/people/workers?organisation_id=${own.id}`);
  const short = workers.filter((w) => w.requirement.shortfall_hours >= MODULE_HOURS && !w.employment_end).slice(0, 2);
  assert.equal(short.length, 2, 'the demo provider has two workers short of at least a module');

  // 1. the region plans the run (2 places × 1 run, today) in one step, then opens the first session
  await withBrowser('people-run-plan', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, `/people/training/${moduleId}`);
    await page.getByTestId('people-module-page').waitFor();
    assert.match(await page.getByTestId('module-accreditation').innerText(), /A2025\/0999-SP\/PC/);
    await page.getByTestId('run-plan-open').click();
    const form = page.getByTestId('run-plan');
    await form.waitFor();
    await form.locator('#places').click();
    await page.keyboard.type('Náchod;Trutnov;');
    await form.locator('#runs_per_place').fill('1');
    await page.getByTestId('run-plan-state').click();
    await page.locator('.ant-select-item-option', { hasText: 'zatím připravované' }).click();
    const preview = page.getByTestId('run-plan-preview');
    assert.equal(await preview.getAttribute('data-total'), '2');
    assert.match(await preview.innerText(), /2 míst × 1 běhů = 2 termínů/);
    await page.getByTestId('run-plan-save').click();
    await page.locator('[data-testid="session-row"]').nth(1).waitFor();
    await snapshot(page, 'people-module');
  });
  const { items: sessions } = await region.get(`/api/people/sessions?module_id=${moduleId}`);
  assert.deepEqual(sessions.map((s) => s.state).sort(), ['planned', 'planned']);
  // the first place's session is on the first date, the next one interval days later
  const session = sessions.find((s) => s.place === 'Náchod');
  assert.equal(session?.held_on, todayInPrague());

  await withBrowser('people-open-session', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, `/people/sessions/${session.id}`);
    await page.getByTestId('session-open').click();
    await page.locator('[data-testid="people-session-page"][data-state="open"]').waitFor();
    assert.match(await page.getByTestId('session-state').innerText(), /Otevřený pro přihlášky/);
  });

  // 2. the provider's manager reads the shortfall, then registers its two workers
  const before = {};
  await withBrowser('people-register', async (page) => {
    await logIn(page, PROVIDER.login, PROVIDER.password);
    await openPath(page, `/people?org=${own.id}`);
    for (const w of short) before[w.id] = await shortfallOnStaffPage(page, w.id);
    for (const w of short) assert.equal(before[w.id], w.requirement.shortfall_hours);
    await openPath(page, `/people/sessions/${session.id}`);
    await page.getByTestId('session-register').click();
    const select = page.getByTestId('register-workers');
    await select.click();
    for (const w of short) {
      await page.locator('.ant-select-item-option', { hasText: w.name }).first().click();
    }
    // close the list (a click on the dialog's title) before saving
    await page.locator('.ant-modal-title').click();
    await page.getByTestId('register-save').click();
    const rows = page.locator('[data-testid="registration-row"][data-state="registered"]');
    await rows.nth(1).waitFor();
    assert.equal(await rows.count(), 2);
    const text = await page.getByTestId('registrations-table').innerText();
    for (const w of short) assert.ok(text.includes(w.name), `${w.name} is registered`);
    assert.match(await page.getByTestId('session-counts').innerText(), /Přihlášeno: 2 \/ 15/);
    await snapshot(page, 'people-registered');
  });

  // 3. the organiser records attendance (both attended, the module's hours)
  await withBrowser('people-attendance', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, `/people/sessions/${session.id}`);
    const card = page.getByTestId('attendance-card');
    await card.waitFor();
    // the organiser sees the names it needs for attendance and certificates
    for (const w of short) assert.ok((await card.innerText()).includes(w.name));
    assert.equal(await card.locator('[data-testid="attendance-row"]').count(), 2);
    await page.getByTestId('attendance-save').click();
    await page.locator('[data-testid="registration-row"][data-state="attended"]').nth(1).waitFor();
    await page.locator('[data-testid="people-session-page"][data-state="held"]').waitFor();
  });

  // 4. the provider downloads a certificate and sees the shortfall drop
  await withBrowser('people-certificate', async (page) => {
    await logIn(page, PROVIDER.login, PROVIDER.password);
    await openPath(page, `/people/sessions/${session.id}`);
    const link = page.getByTestId('certificate-pdf').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    assert.match(href, /^\/api\/people\/registrations\/\d+\/certificate\.pdf$/);
    const res = await page.request.get(`${BASE_URL}${href}`);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], /application\/pdf/);
    const body = await res.body();
    assert.equal(body.subarray(0, 5).toString('latin1'), '%PDF-');

    await openPath(page, `/people?org=${own.id}`);
    for (const w of short) {
      const after = await shortfallOnStaffPage(page, w.id);
      assert.equal(after, Math.max(0, before[w.id] - MODULE_HOURS), `${w.name}: ${before[w.id]} h → ${after} h`);
    }
    // the worker's page lists the attended session with its certificate
    await openPath(page, `/people/workers/${short[0].id}`);
    await page.getByTestId('worker-certificate').first().waitFor();
    await snapshot(page, 'people-worker');
  });
});
