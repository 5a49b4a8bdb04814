// The care pages of the quality module end to end against a running demo server (issue 10 section 5):
// the region's officer edits a place of the demo transformation plan in place, manages the region's
// inclusion indicators on their own page (new, edit, retire, use again) reached from the plan, and picks
// on the supervision page a provider of the region that has no records yet, found by typing its name.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { DEMO_PASSWORD, snapshot, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';

const REGION = { login: process.env.KVALIS_REGION_LOGIN ?? 'kraj.referent', password: DEMO_PASSWORD };
const restore = [];

after(async () => {
  for (const undo of restore.reverse()) await undo();
});

test('a place of a transformation plan is edited in place, its check recomputed', async () => {
  const api = await apiLogin(REGION.login, REGION.password);
  const { items } = await api.get('/api/quality/care/transformation/plans');
  const plan = await api.get(`/api/quality/care/transformation/plans/${items[0].id}`);
  const place = plan.places.find((p) => !p.ordinary_housing) ?? plan.places[0];
  const original = {
    name: place.name,
    address: place.address,
    service_id: place.service_id ?? null,
    ordinary_housing: place.ordinary_housing,
    capacity: place.capacity,
    household_sizes: place.household_sizes,
    equipment_complete: place.equipment_complete,
    equipment_note: place.equipment_note,
    support_separated: place.support_separated,
    note: place.note,
  };
  restore.push(() => api.put(`/api/quality/care/transformation/places/${place.id}`, original));

  await withBrowser('care-place-edit', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, `/quality/care/transformation/${plan.summary.id}`);
    await page.getByTestId(`care-place-edit-${place.id}`).click();
    // the form opens with the saved values
    assert.equal(await page.getByTestId('care-place-name').inputValue(), place.name);
    assert.equal(await page.getByTestId('care-place-households').inputValue(), place.household_sizes.join(';'));
    await page.getByTestId('care-place-name').fill(`${place.name} (upraveno)`);
    await page.getByTestId('care-place-capacity').fill('4');
    await page.getByTestId('care-place-households').fill('2;2');
    await page.getByTestId('care-place-save').click();
    const card = page.getByTestId(`care-place-${place.id}`);
    await card.getByText(`${place.name} (upraveno)`).waitFor();
    assert.match(await card.innerText(), /2 \+ 2/);
    await snapshot(page, 'care-place-edit');
  });
  const saved = await api.get(`/api/quality/care/transformation/plans/${plan.summary.id}`);
  const after = saved.places.find((p) => p.id === place.id);
  assert.equal(after.capacity, 4);
  assert.deepEqual(after.household_sizes, [2, 2]);
  assert.equal(after.address, place.address, 'the fields not shown as changed stay');
  assert.equal(after.service_id, place.service_id);
});

test("the region's inclusion indicators are managed on their own page, reached from the plans and a plan", async () => {
  const api = await apiLogin(REGION.login, REGION.password);
  const { items } = await api.get('/api/quality/care/transformation/plans');
  const code = `e2e_${Date.now()}`;
  await withBrowser('care-indicators', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    // the plans' list links to the page too (a region with no plan yet defines its indicators there)
    await openPath(page, '/quality/care/transformation');
    await page.getByTestId('care-indicators-link').click();
    await page.getByTestId('care-indicators-page').waitFor();
    await openPath(page, `/quality/care/transformation/${items[0].id}`);
    await page.getByTestId('care-indicators-manage').click();
    await page.getByTestId('care-indicators-page').waitFor();
    await page.getByTestId('care-indicator-list').locator('tbody tr[data-row-key]').first().waitFor();

    // a bad code is refused on the form, naming the rule
    await page.getByTestId('care-indicator-add').click();
    await page.getByTestId('care-indicator-code').fill('Špatný kód');
    await page.getByTestId('care-indicator-name').fill('Klienti s vlastním klíčem E2E');
    await page.getByTestId('care-indicator-save').click();
    await page.getByText(/Kód začíná písmenem/).waitFor();
    await page.getByTestId('care-indicator-code').fill(code);
    await page.getByTestId('care-indicator-unit').fill('%');
    await page.getByTestId('care-indicator-save').click();
    const row = page.getByTestId('care-indicator-list').locator('tbody tr', { hasText: code });
    await row.waitFor();
    const id = Number(await row.getAttribute('data-row-key'));
    assert.ok(id > 0);

    await page.getByTestId(`care-indicator-edit-${id}`).click();
    await page.getByTestId('care-indicator-name').fill('Klienti s klíčem od bytu E2E');
    await page.getByTestId('care-indicator-save').click();
    await row.getByText('Klienti s klíčem od bytu E2E').waitFor();

    await page.getByTestId(`care-indicator-retire-${id}`).click();
    await page.getByTestId(`care-indicator-retire-confirm-${id}`).click();
    await page.waitForFunction(
      (i) =>
        document.querySelector(`[data-testid="care-indicator-status-${i}"]`)?.getAttribute('data-state') === 'retired',
      id,
    );
    assert.equal((await page.getByTestId(`care-indicator-status-${id}`).innerText()).trim(), 'vyřazený');
    await snapshot(page, 'care-indicators');

    await page.getByTestId(`care-indicator-restore-${id}`).click();
    await page.waitForFunction(
      (i) =>
        document.querySelector(`[data-testid="care-indicator-status-${i}"]`)?.getAttribute('data-state') === 'active',
      id,
    );
    // leave the demo as it was: retired again
    await page.getByTestId(`care-indicator-retire-${id}`).click();
    await page.getByTestId(`care-indicator-retire-confirm-${id}`).click();
    await page.waitForFunction(
      (i) =>
        document.querySelector(`[data-testid="care-indicator-status-${i}"]`)?.getAttribute('data-state') === 'retired',
      id,
    );
  });
  const list = await api.get('/api/quality/care/inclusion-indicators');
  assert.deepEqual(
    list.items.filter((i) => i.code === code).map((i) => [i.name, i.archived]),
    [['Klienti s klíčem od bytu E2E', true]],
  );
});

test('the supervision page lets the region pick any provider of its region by name', async () => {
  const api = await apiLogin(REGION.login, REGION.password);
  const records = await api.get('/api/quality/care/supervisions');
  const withRecords = new Set(records.items.map((r) => r.provider_org_id));
  const { items: providers } = await api.get('/api/quality/care/providers');
  const other = providers.find((p) => !withRecords.has(p.id));
  assert.ok(other, 'a provider of the region without records');
  await withBrowser('care-supervision-provider', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, '/quality/care/supervision');
    await page.getByTestId('care-supervision-list').locator('tbody tr[data-row-key]').first().waitFor();
    await page.getByTestId('care-provider').click();
    await page.keyboard.type(other.name.slice(0, 12));
    // Enter picks the first match, not the provider shown before (which stays listed, last, while typing)
    await page.getByTestId(`care-provider-option-${other.id}`).waitFor();
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Enter');
    // the provider has no records: the page says so for the year, and a new record may be written for it
    await page.getByTestId('care-supervision-empty-year').waitFor();
    assert.equal(await page.getByTestId('care-supervision-list').locator('tbody tr[data-row-key]').count(), 0);
    assert.equal(await page.getByTestId('care-supervision-add').isEnabled(), true);
    assert.match(
      await page.getByTestId('care-provider').innerText(),
      new RegExp(other.name.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    await snapshot(page, 'care-supervision-provider');
  });
});
