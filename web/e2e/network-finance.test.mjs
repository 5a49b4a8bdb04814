// Development plans and the financing outlook end to end against a running demo server (issue 13, "Tests"): a
// provider drafts a development plan of one of its services in the network (a capacity intention with its costs
// and the need it answers) and submits it; the region opens it, evaluates every criterion with the evidence panel
// of the service open beside (indicator trend against peers, last audit, needs, network entry), decides to support
// it, and sees the effect: the network year gets the capacity change and the financing outlook of that year grows,
// its development row by the plan's supported cost (also on the SPRSS plan's financial demand card).
// The provider sees only its own plans and subsidy lines; the plan page with the evidence panel fits a phone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';

const REGION = process.env.KVALIS_REGION_LOGIN ?? 'kraj.admin';
const PROVIDER = process.env.KVALIS_PROVIDER_LOGIN ?? 'poskytovatel.manazer';
const PHONE = { width: 390, height: 844 };
const ADDED = 5;

/** Picks an option of an antd select by typing part of its text. */
async function choose(page, testId, text) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option:visible', { hasText: text }).first().click();
}

/** Clicks a modal's button until the modal closes (a click during the opening animation can be lost). */
async function submitModal(page, testId) {
  const button = page.getByTestId(testId);
  for (let i = 0; i < 3; i++) {
    await button.click();
    try {
      await button.waitFor({ state: 'detached', timeout: 5_000 });
      return;
    } catch {
      // still open: try again
    }
  }
  await button.waitFor({ state: 'detached' });
}

async function planStatus(page, status) {
  await page.locator(`[data-testid="dev-plan-page"][data-status="${status}"]`).waitFor();
}

/** The value (whole Kč) of one cell of the outlook's tables, by its test id. */
async function cellValue(page, testId) {
  const cell = page.getByTestId(testId);
  await cell.waitFor();
  return Number(await cell.getAttribute('data-value'));
}

async function outlookOptimal(page, year) {
  const cell = page.getByTestId(`outlook-total_optimal-${year}`);
  await cell.waitFor();
  return Number(await cell.getAttribute('data-value'));
}

test('a provider submits a development plan, the region evaluates it with the evidence open and decides; the network and the outlook change', async () => {
  const region = await apiLogin(REGION, DEMO_PASSWORD);
  const provider = await apiLogin(PROVIDER, DEMO_PASSWORD);
  const own = new Set(provider.user.memberships.map((m) => m.organisation_id));

  // a draft network year of the region and a service of the provider in it with no plan over the three years
  const years = (await region.get('/api/network/years')).items;
  const draft = years.filter((y) => y.status === 'draft').sort((a, b) => a.year - b.year)[0];
  assert.ok(draft, `a draft network year: ${JSON.stringify(years.map((y) => [y.year, y.status]))}`);
  const Y = draft.year;
  const network = await region.get(`/api/network/years/${draft.id}`);
  const plans = (await provider.get('/api/network/dev-plans')).items;
  const overlaps = (p) => p.year_from <= Y + 2 && p.year_to >= Y;
  const entry = network.entries
    .filter((e) => own.has(e.provider_id) && !plans.some((p) => p.service_id === e.service_id && overlaps(p)))
    .sort((a, b) => a.service_name.localeCompare(b.service_name, 'cs'))[0];
  assert.ok(entry, `a service of ${PROVIDER} in the network of ${Y} without a development plan`);
  const criteria = (await region.get('/api/network/dev-criteria')).items.filter((c) => c.active);
  assert.ok(criteria.length >= 2, 'the region has criteria');
  const catalogues = await region.get('/api/catalogues');
  const unitName = catalogues.capacity_types.find((c) => c.code === entry.capacity_unit)?.name_cs;
  assert.ok(unitName, `the capacity unit ${entry.capacity_unit} has a name`);
  const title = `Rozšíření kapacity ${entry.service_name} (e2e ${Date.now()})`;
  // a measure of the region's medium-term plan the provider reads, for the intention to contribute to
  const sprssPlans = (await provider.get('/api/network/plans')).items;
  let measure = null;
  for (const p of sprssPlans) {
    const detail = await provider.get(`/api/network/plans/${p.id}`);
    measure = measure ?? detail.nodes.find((n) => n.level === 'measure') ?? null;
  }
  assert.ok(measure, 'the provider reads a measure of the SPRSS');
  const measureLabel = `${measure.code} ${measure.title}`;
  let planId = 0;

  // the provider drafts the plan, adds a capacity intention with its costs and submits it
  await withBrowser('network-finance-provider', async (page) => {
    await logIn(page, PROVIDER, DEMO_PASSWORD);
    await openPath(page, '/network/dev-plans');
    await page.getByTestId('dev-plans-page').waitFor();
    await page.getByTestId('network-tab-coverage:dev-plans').waitFor();
    await page.getByTestId('dev-plan-create').click();
    await choose(page, 'dev-plan-service', entry.service_name);
    await page.getByTestId('dev-plan-title').fill(title);
    await page.getByTestId('dev-plan-year-from').fill(String(Y));
    await page.getByTestId('dev-plan-year-to').fill(String(Y + 2));
    await page.getByTestId('dev-plan-summary').fill('Čekatelé v území převyšují kapacitu služby.');
    await submitModal(page, 'dev-plan-create-ok');
    await planStatus(page, 'draft');
    planId = Number(new URL(page.url()).pathname.split('/').pop());
    assert.ok(planId > 0, `the plan's page: ${page.url()}`);

    await page.getByTestId('intention-add').click();
    await page.getByTestId('intention-description').fill(`Navýšení kapacity o ${ADDED} od roku ${Y}`);
    await page.getByTestId('intention-capacity').fill(String(ADDED));
    await choose(page, 'intention-capacity-unit', unitName);
    await page.getByTestId('intention-answers').fill('Pořadník čekatelů v území (120 osob)');
    await choose(page, 'intention-plan-node', measure.title);
    await page.getByTestId(`intention-cost-personnel-${Y}`).fill('480000');
    await page.getByTestId(`intention-cost-operating-${Y + 1}`).fill('120000');
    await submitModal(page, 'intention-save');
    const row = page.getByTestId('intentions-table').locator('tbody tr', { hasText: 'Navýšení kapacity' });
    await row.waitFor();
    assert.match(await page.getByTestId('dev-plan-total').innerText(), /^600\s000\sKč$/);
    // the intention shows the SPRSS measure it contributes to
    assert.equal((await row.getByTestId('intention-plan-node-ref').innerText()).trim(), measureLabel);

    await page.getByTestId('dev-plan-submit').click();
    await page.getByTestId('dev-plan-submit-ok').click();
    await planStatus(page, 'submitted');
    assert.equal(await page.getByTestId('dev-plan-submit').count(), 0, 'a submitted plan is not submitted again');
  });

  // the provider sees only its own plans and subsidy lines
  const mine = (await provider.get('/api/network/dev-plans')).items;
  assert.ok(mine.some((p) => p.id === planId));
  assert.ok(
    mine.every((p) => own.has(p.provider_id)),
    'only its own plans',
  );
  const lines = (await provider.get(`/api/network/fin/lines?year=${Y}`)).items;
  assert.ok(lines.length > 0 && lines.every((l) => l.can_grant === false), 'lines of its own, never to grant');
  const allLines = (await region.get(`/api/network/fin/lines?year=${Y}`)).items;
  assert.ok(lines.length < allLines.length, 'fewer lines than the region sees');
  const ownServices = new Set();
  for (const org of own) {
    const page = await provider.get(`/api/services?provider_id=${org}&status=all&page_size=200`);
    for (const s of page.items) ownServices.add(s.id);
  }
  assert.ok(
    lines.every((l) => ownServices.has(l.service.id)),
    'every line is of its own services',
  );

  // the region evaluates with the evidence panel open, decides, and sees the network and the outlook change
  await withBrowser('network-finance-region', async (page) => {
    await logIn(page, REGION, DEMO_PASSWORD);
    await openPath(page, `/network/finance?year_from=${Y}&years=3`);
    await page.getByTestId('finance-outlook-page').waitFor();
    await page.getByTestId('outlook-chart').waitFor();
    const before = await outlookOptimal(page, Y);
    const devBefore = await cellValue(page, `outlook-development-${Y}`);

    await openPath(page, '/network/dev-plans?status=submitted');
    await page.getByTestId(`dev-plan-row-${planId}`).getByTestId('dev-plan-link').click();
    await planStatus(page, 'submitted');
    assert.equal((await page.getByTestId('intention-plan-node-ref').first().innerText()).trim(), measureLabel);
    await page.getByTestId('evidence-toggle').click();
    const evidence = page.getByTestId('evidence-panel');
    await evidence.waitFor();
    await evidence.getByTestId('evidence-network').waitFor();
    assert.match(await evidence.innerText(), new RegExp(entry.service_name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(await evidence.getByTestId('evidence-network').innerText(), /V síti|Služba není v síti/);
    await evidence.getByTestId('evidence-audit').waitFor();
    await evidence.getByTestId('evidence-coverage').waitFor();

    for (const c of criteria) {
      await page.getByTestId(`score-${c.id}`).fill(String(Math.max(1, c.scale_max - 1)));
      await page.getByTestId(`reason-${c.id}`).fill(`Podle podkladů: ${c.name} odpovídá záměru.`);
    }
    await page.getByTestId('dev-evaluation-save').click();
    await planStatus(page, 'evaluated');
    await page.getByTestId('evidence-panel').waitFor(); // the panel stays open beside the evaluation
    assert.match(await page.getByTestId('dev-evaluation-score').innerText(), /\d/);

    await page.getByTestId('dev-decision-support').click();
    await page.getByTestId('dev-decision-reason').fill('Záměr odpovídá potřebě v území a výsledkům služby.');
    await page.getByTestId('dev-decision-save').click();
    await planStatus(page, 'decided');
    await page.getByTestId('dev-decision-name').waitFor();
    assert.equal((await page.getByTestId('dev-decision-name').innerText()).trim(), 'Podpořit');
    const effect = page.getByTestId('effect-network');
    await effect.waitFor();
    const capacityAfter = entry.capacity + ADDED;
    assert.match(await effect.innerText(), new RegExp(`${Y}[\\s\\S]*${capacityAfter}`));

    // the financing outlook of the year grew with the supported capacity
    await openPath(page, `/network/finance?year_from=${Y}&years=3`);
    await page.getByTestId('outlook-chart').waitFor();
    await page.waitForFunction(
      ([year, base]) => {
        const el = document.querySelector(`[data-testid="outlook-total_optimal-${year}"]`);
        return el && Number(el.getAttribute('data-value')) > base;
      },
      [Y, before],
    );
    assert.ok((await outlookOptimal(page, Y)) > before, 'the optimal subsidy of the year grew');
    // the development row of the plan's first year carries the plan's supported cost (480 000 Kč personnel),
    // and the total demand is the optimal subsidy plus the development
    await page.waitForFunction(
      ([year, base]) => {
        const el = document.querySelector(`[data-testid="outlook-development-${year}"]`);
        return el && Number(el.getAttribute('data-value')) > base;
      },
      [Y, devBefore],
    );
    assert.equal((await cellValue(page, `outlook-development-${Y}`)) - devBefore, 480000);
    const optimalRow = await cellValue(page, `outlook-optimal-${Y}`);
    const devRow = await cellValue(page, `outlook-development-${Y}`);
    const totalRow = await cellValue(page, `outlook-total_demand-${Y}`);
    assert.ok(Math.abs(totalRow - (optimalRow + devRow)) <= 1, `total ${totalRow} = ${optimalRow} + ${devRow}`);
    const devPlans = page.getByTestId('outlook-dev-plans');
    await devPlans.locator('tbody tr', { hasText: title }).waitFor();
    assert.equal(
      await page.getByTestId('outlook-dev-plans-link').getAttribute('href'),
      '/network/dev-plans?status=decided',
    );

    // the SPRSS plan covering the year shows its financial demand with the development in it
    const sprss = (await region.get('/api/network/plans')).items.find((p) => p.year_from <= Y && p.year_to >= Y);
    if (sprss) {
      await openPath(page, `/network/plans/${sprss.id}?view=analysis`);
      await page.getByTestId('plan-demand-card').waitFor();
      assert.equal(await cellValue(page, `plan-demand-development-${Y}`), devRow);
      assert.equal(await cellValue(page, `plan-demand-total-${Y}`), totalRow);
    }

    // the plan with the evidence panel at phone width
    await page.setViewportSize(PHONE);
    await openPath(page, `/network/dev-plans/${planId}`);
    await planStatus(page, 'decided');
    await page.getByTestId('evidence-toggle').click();
    await page.getByTestId('evidence-panel').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'the plan fits a phone without scrolling sideways');
  });

  // the network year has the capacity change of the supported intention
  const after = await region.get(`/api/network/years/${draft.id}`);
  assert.equal(after.entries.find((e) => e.service_id === entry.service_id)?.capacity, entry.capacity + ADDED);
});
