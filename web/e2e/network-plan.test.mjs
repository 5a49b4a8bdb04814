// Browser test of the regional network year by year and the medium-term plan (issue 13), against a running demo
// server: the region records a capacity change in this year's network and sees the network change (the entry, its
// decision, the totals, the decisions list), a provider sees only its own services; the region drafts a medium-term
// plan and sends it for comments, a municipality comments on a measure (a read-only municipal user cannot), the
// region answers and the municipality reads the answer; the region approves this year's action plan, evaluates each
// item (done / not done with what is left and the evidence) and carries what was not done into next year's plan.
// The year and the plan are also checked at phone width (390 px). Indicators from sources: the region adds an
// indicator taken from a benchmarking working group to a measure and sees its actual value (the group's median of
// the round of the year) beside the target; the demo plan shows its benchmarking and planning indicators by name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';
import { choose, horizontalOverflow, waitForStatus } from './pages/network.mjs';

const REGION = process.env.KVALIS_REGION_LOGIN ?? 'kraj.admin';
const PROVIDER = process.env.KVALIS_PROVIDER_LOGIN ?? 'poskytovatel.manazer';
// The municipality's worker comments; mu.trutnov (read only) reads the plan without commenting.
const MUNICIPALITY = process.env.KVALIS_MUNICIPALITY_LOGIN ?? 'ospod.nachod';
const MUNICIPALITY_READER = process.env.KVALIS_MUNICIPALITY_READER_LOGIN ?? 'mu.trutnov';
const PHONE = { width: 390, height: 844 };

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

test('the region records a decision and sees the network change; a provider sees its own services', async () => {
  const region = await apiLogin(REGION, DEMO_PASSWORD);
  const years = (await region.get('/api/network/years')).items;
  const draft = years.find((y) => y.status === 'draft' && y.can_manage);
  assert.ok(draft, `a draft network year the region manages: ${JSON.stringify(years.map((y) => [y.year, y.status]))}`);
  const before = await region.get(`/api/network/years/${draft.id}`);
  const entry = [...before.entries].sort((a, b) => a.service_name.localeCompare(b.service_name, 'cs'))[0];
  assert.ok(entry, 'the year has services');
  const capacity = entry.capacity + 7;
  const reason = `Rozšíření kapacity podle potřeby v území (e2e ${Date.now()})`;

  await withBrowser('network-plan-decision', async (page) => {
    await logIn(page, REGION, DEMO_PASSWORD);
    await openPath(page, '/network/years');
    await page.getByTestId('nwp-years-page').waitFor();
    await page.locator(`tr[data-year="${draft.year}"] [data-testid="nwp-year-link"]`).click();
    await waitForStatus(page, 'nwp-year-page', 'draft');
    const row = page.locator(`tr[data-service-id="${entry.service_id}"]`);
    await row.getByTestId('nwp-entry-change').click();
    await page.getByTestId('nwp-decision-form').waitFor();
    await page.getByTestId('nwp-decision-capacity').fill(String(capacity));
    await page.getByTestId('nwp-decision-reason').fill(reason);
    await page.getByTestId('nwp-decision-by').fill('Rada Královéhradeckého kraje, usnesení RK/99/2026');
    await page.getByTestId('nwp-decision-save').click();
    // the network of the year changed: the entry's capacity and its decision this year
    await row.locator(`[data-testid="capacity"][data-capacity="${capacity}"]`).waitFor();
    await row.locator('[data-testid="decision-kind"][data-status="change"]').first().waitFor();
    // the decisions of the year list it with the reason
    await page.getByRole('tab', { name: /Rozhodnutí v roce/ }).click();
    const decision = page.locator(`[data-testid="nwp-decisions"] tr[data-service-id="${entry.service_id}"]`, {
      hasText: reason,
    });
    await decision.waitFor();
    assert.equal(await decision.getAttribute('data-kind'), 'change');
    // the service's history shows the decision in this year
    await page.getByRole('tab', { name: /Služby v síti/ }).click();
    await row.getByTestId('nwp-entry-history').click();
    await page.getByTestId('nwp-history-page').waitFor();
    await page.locator(`tr[data-year="${draft.year}"]`, { hasText: reason }).waitFor();

    await page.setViewportSize(PHONE);
    await openPath(page, `/network/years/${draft.id}`);
    await waitForStatus(page, 'nwp-year-page', 'draft');
    assert.equal(await horizontalOverflow(page), 0, 'the year fits a phone without scrolling sideways');
  });

  const after = await region.get(`/api/network/years/${draft.id}`);
  assert.equal(after.entries.find((e) => e.service_id === entry.service_id)?.capacity, capacity);
  assert.ok(
    after.decisions.some((d) => d.service_id === entry.service_id && d.reason === reason && d.kind === 'change'),
  );
  const unit = entry.capacity_unit;
  const total = (d) => d.capacity_by_unit.find((c) => c.unit === unit)?.capacity ?? 0;
  assert.equal(total(after), total(before) + 7, 'the year total of the unit grew by the change');

  // a provider sees only its own organisation's services
  const provider = await apiLogin(PROVIDER, DEMO_PASSWORD);
  const own = new Set(provider.user.memberships.map((m) => m.organisation_id));
  const seen = (await provider.get('/api/network/years')).items;
  assert.ok(seen.length > 0, 'the provider sees network years');
  const year = await provider.get(`/api/network/years/${seen[0].id}`);
  assert.ok(year.entries.length > 0 && year.entries.every((e) => own.has(e.provider_id)));
  await withBrowser('network-plan-provider', async (page) => {
    await logIn(page, PROVIDER, DEMO_PASSWORD);
    await openPath(page, `/network/years/${seen[0].id}`);
    await page.getByTestId('nwp-year-page').waitFor();
    await page.getByTestId('nwp-entry').first().waitFor();
    assert.equal(await page.getByTestId('nwp-entry').count(), year.entries.length);
    assert.equal(await page.getByTestId('nwp-decision-create').count(), 0, 'a provider records no decision');
  });
});

test('the region brings a capacity mismatch from the registry comparison into the network', async () => {
  const region = await apiLogin(REGION, DEMO_PASSWORD);
  const draft = (await region.get('/api/network/years')).items.find((y) => y.status === 'draft' && y.can_manage);
  assert.ok(draft, 'a draft network year the region manages');
  const diff = await region.get(`/api/network/years/${draft.id}/registry-diff`);
  const mismatch = diff.capacity_mismatch.find((m) => m.network_unit === m.registered_unit);
  assert.ok(mismatch, `a capacity mismatch in the same unit: ${JSON.stringify(diff.capacity_mismatch.slice(0, 2))}`);

  await withBrowser('network-plan-registry', async (page) => {
    await logIn(page, REGION, DEMO_PASSWORD);
    await openPath(page, `/network/years/${draft.id}`);
    await waitForStatus(page, 'nwp-year-page', 'draft');
    await page.getByRole('tab', { name: /Porovnání s registrem/ }).click();
    const row = page.locator('[data-testid="nwp-registry-mismatch"] tr', { hasText: mismatch.service_name }).first();
    await row.getByTestId('nwp-registry-align').click();
    await page.getByTestId('nwp-decision-form').waitFor();
    // the change starts from the registered capacity
    const value = await page.getByTestId('nwp-decision-capacity').inputValue();
    assert.equal(Number(value.replace(',', '.')), mismatch.registered_capacity);
    await page.getByTestId('nwp-decision-reason').fill('Kapacita podle registru poskytovatelů (e2e)');
    await page.getByTestId('nwp-decision-save').click();
    await page.getByTestId('nwp-decision-form').waitFor({ state: 'detached' });
    await page
      .locator('[data-testid="nwp-registry-mismatch"] tr', { hasText: mismatch.service_name })
      .waitFor({ state: 'detached' });
  });
  const after = await region.get(`/api/network/years/${draft.id}`);
  assert.equal(after.entries.find((e) => e.service_id === mismatch.service_id)?.capacity, mismatch.registered_capacity);
});

test('a municipality comments on the plan and the region answers', async () => {
  const stamp = Date.now();
  const title = `Střednědobý plán – návrh k připomínkám (e2e ${stamp})`;
  const commentText = `Do opatření doplňte obce Broumovska (e2e ${stamp}).`;
  const answer = 'Broumovsko doplníme v příštím roce, letos na novou kapacitu nejsou prostředky.';
  let planId = 0;

  await withBrowser('network-plan-draft', async (page) => {
    await logIn(page, REGION, DEMO_PASSWORD);
    await openPath(page, '/network/plans');
    await page.getByTestId('nwp-plans-page').waitFor();
    await page.getByTestId('nwp-plan-create').click();
    await page.getByTestId('nwp-plan-title').fill(title);
    await page.getByTestId('nwp-plan-create-submit').click();
    await waitForStatus(page, 'nwp-plan-page', 'draft');
    planId = Number(await page.getByTestId('nwp-plan-page').getAttribute('data-plan-id'));
    // priority → goal → measure
    for (const [button, text] of [
      ['nwp-node-add-priority', 'Dostupnost služeb v území'],
      ['nwp-node-add-goal', 'Terénní služby v každém ORP'],
      ['nwp-node-add-measure', 'Rozšířit pečovatelskou službu na Broumovsko'],
    ]) {
      await page.getByTestId(button).last().click();
      await page.getByTestId('nwp-node-title').fill(text);
      if (button === 'nwp-node-add-measure') {
        await choose(page, 'nwp-node-kinds', 'pečovatelská služba');
        await page.getByTestId('nwp-node-title').click(); // closes the list of kinds
      }
      await page.getByTestId('nwp-node-save').click();
      await page.locator('[data-testid="nwp-node-name"]', { hasText: text }).waitFor();
    }
    const measure = page.locator('[data-testid="nwp-node"][data-level="measure"]');
    await measure.locator('[data-testid="nwp-node-kind"]', { hasText: 'pečovatelská služba' }).waitFor();
    await page.getByTestId('nwp-plan-send').click();
    await page.getByTestId('nwp-plan-until').waitFor();
    await submitModal(page, 'nwp-plan-send-submit');
    await waitForStatus(page, 'nwp-plan-page', 'comments');

    await page.setViewportSize(PHONE);
    await openPath(page, `/network/plans/${planId}`);
    await waitForStatus(page, 'nwp-plan-page', 'comments');
    await page.getByTestId('nwp-tree').waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the plan fits a phone without scrolling sideways');
  });

  // the municipality comments on the measure
  await withBrowser('network-plan-comment', async (page) => {
    await logIn(page, MUNICIPALITY, DEMO_PASSWORD);
    await openPath(page, `/network/plans/${planId}`);
    await waitForStatus(page, 'nwp-plan-page', 'comments');
    await page
      .locator('[data-testid="nwp-node"][data-level="measure"]')
      .getByTestId('nwp-node-comment')
      .first()
      .click();
    await page.getByTestId('nwp-comment-form').waitFor();
    await page.getByTestId('nwp-comment-text').fill(commentText);
    await page.getByTestId('nwp-comment-send').click();
    const mine = page.locator('[data-testid="nwp-comment"]', { hasText: commentText });
    await mine.waitFor();
    assert.equal(await mine.getAttribute('data-status'), 'open');
    assert.match(await mine.innerText(), /Rozšířit pečovatelskou službu na Broumovsko/);
  });

  // a read-only municipal user reads the plan but does not comment
  await withBrowser('network-plan-reader', async (page) => {
    await logIn(page, MUNICIPALITY_READER, DEMO_PASSWORD);
    await openPath(page, `/network/plans/${planId}?view=comments`);
    await waitForStatus(page, 'nwp-plan-page', 'comments');
    await page.getByTestId('nwp-comments').waitFor();
    assert.equal(await page.getByTestId('nwp-comment-form').count(), 0);
  });

  // the region answers: partly accepted needs a reason
  await withBrowser('network-plan-answer', async (page) => {
    await logIn(page, REGION, DEMO_PASSWORD);
    await openPath(page, `/network/plans/${planId}?view=comments`);
    const item = page.locator('[data-testid="nwp-comment"]', { hasText: commentText });
    await item.waitFor();
    await item.locator('[data-testid="nwp-answer-status"] label', { hasText: 'Akceptována částečně' }).click();
    await item.getByTestId('nwp-answer-send').click();
    await item.getByText('uveďte odůvodnění').waitFor();
    await item.getByTestId('nwp-answer-text').fill(answer);
    await item.getByTestId('nwp-answer-send').click();
    await page.locator('[data-testid="nwp-comment"][data-status="partly"]', { hasText: commentText }).waitFor();
  });

  // the municipality reads the answer
  const municipality = await apiLogin(MUNICIPALITY, DEMO_PASSWORD);
  const comments = (await municipality.get(`/api/network/plans/${planId}/comments`)).items;
  const mine = comments.find((c) => c.text === commentText);
  assert.equal(mine?.status, 'partly');
  assert.equal(mine?.answer, answer);
  await withBrowser('network-plan-answer-read', async (page) => {
    await logIn(page, MUNICIPALITY, DEMO_PASSWORD);
    await openPath(page, `/network/plans/${planId}?view=comments`);
    await page
      .locator('[data-testid="nwp-comment"][data-status="partly"]', { hasText: commentText })
      .getByTestId('nwp-comment-answer')
      .filter({ hasText: answer })
      .waitFor();
  });
});

test('an action plan is evaluated and what was not done is carried into the next year', async () => {
  const region = await apiLogin(REGION, DEMO_PASSWORD);
  const plans = (await region.get('/api/network/plans')).items;
  let target;
  for (const p of plans) {
    for (const a of (await region.get(`/api/network/plans/${p.id}/action-plans`)).items)
      if (a.status === 'draft' && a.items >= 2 && a.year + 1 <= p.year_to && !target) target = { plan: p, ap: a };
  }
  assert.ok(target, 'a draft action plan with items whose next year is in the plan');
  const detail = await region.get(`/api/network/action-plans/${target.ap.id}`);
  const items = detail.items;
  let nextId = 0;

  await withBrowser('network-plan-action', async (page) => {
    await logIn(page, REGION, DEMO_PASSWORD);
    await openPath(page, `/network/plans/${target.plan.id}?view=action`);
    await page.locator(`tr[data-year="${target.ap.year}"] [data-testid="nwp-ap-link"]`).click();
    await waitForStatus(page, 'nwp-action-plan-page', 'draft');
    assert.equal(await page.getByTestId('nwp-ap-item').count(), items.length);
    await page.getByTestId('nwp-ap-approve').click();
    await page.getByTestId('nwp-approve-date').waitFor();
    await submitModal(page, 'nwp-approve-submit');
    await waitForStatus(page, 'nwp-action-plan-page', 'approved');

    await page.getByTestId('nwp-ap-evaluate').click();
    await page.getByTestId('nwp-evaluation').waitFor();
    await page.getByTestId('nwp-eval-save').click();
    await page.getByText('Zvolte výsledek.').first().waitFor();
    for (const [i, it] of items.entries()) {
      const box = page.locator(`[data-testid="nwp-eval-item"][data-item-id="${it.id}"]`);
      if (i === 0) {
        await box.locator('[data-testid="nwp-eval-result"] label', { hasText: 'Splněno' }).first().click();
        await box.getByTestId('nwp-eval-evidence').fill('Usnesení rady kraje a zápis z jednání (e2e)');
      } else {
        await box.locator('[data-testid="nwp-eval-result"] label', { hasText: 'Nesplněno' }).click();
        await box.getByTestId('nwp-eval-text').fill('Přesouvá se do dalšího roku (e2e).');
      }
    }
    await page.getByTestId('nwp-eval-summary').fill('Splněna jedna položka, ostatní se přesouvají.');
    await page.getByTestId('nwp-eval-save').click();
    await waitForStatus(page, 'nwp-action-plan-page', 'evaluated');
    await page
      .getByTestId('nwp-ap-summary')
      .filter({ hasText: `Splněno 1, částečně 0, nesplněno ${items.length - 1}` })
      .waitFor();

    await page.getByTestId('nwp-ap-carry').click();
    await page.locator(`[data-testid="nwp-action-plan-page"][data-year="${target.ap.year + 1}"]`).waitFor();
    await waitForStatus(page, 'nwp-action-plan-page', 'draft');
    await page.locator('[data-testid="nwp-ap-item"][data-carried="yes"]').first().waitFor();
    nextId = Number(new URL(page.url()).pathname.split('/').pop());

    // back on the evaluated plan, nothing is left to carry: no button, a link to the next year's plan instead
    await page.goBack();
    await waitForStatus(page, 'nwp-action-plan-page', 'evaluated');
    await page.getByTestId('nwp-ap-carried-all').waitFor();
    assert.equal(await page.getByTestId('nwp-ap-carry').count(), 0, 'no carry button once everything is carried');
  });

  const next = await region.get(`/api/network/action-plans/${nextId}`);
  assert.equal(next.action_plan.year, target.ap.year + 1);
  const carried = next.items.filter((i) => i.carried_from?.year === target.ap.year);
  assert.equal(carried.length, items.length - 1, 'every item not done is carried, the done one is not');
  assert.ok(carried.every((i) => i.carried_from.result === 'not'));
  assert.ok(!carried.some((i) => i.what === items[0].what && i.carried_from.item_id === items[0].id));
});

test('the region adds an indicator from benchmarking and sees its actual values beside the targets', async () => {
  const region = await apiLogin(REGION, DEMO_PASSWORD);
  const stamp = Date.now();
  const plan = await region.post('/api/network/plans', {
    title: `Střednědobý plán – ukazatele ze srovnávání (e2e ${stamp})`,
    year_from: 2025,
    year_to: 2027,
  });
  const node = await region.post(`/api/network/plans/${plan.plan.id}/nodes`, {
    level: 'priority',
    title: 'Dostupná pečovatelská služba',
  });

  await withBrowser('network-plan-benchmark-indicator', async (page) => {
    await logIn(page, REGION, DEMO_PASSWORD);
    await openPath(page, `/network/plans/${plan.plan.id}`);
    await waitForStatus(page, 'nwp-plan-page', 'draft');
    const priority = page.locator(`[data-testid="nwp-node"][data-node-id="${node.id}"]`);
    await priority.getByTestId('nwp-node-add-indicator').first().click();
    await page.getByTestId('nwp-indicator-name').waitFor();
    await page.locator('.ant-modal .ant-radio-button-wrapper', { hasText: 'Z benchmarkingu' }).click();
    await choose(page, 'nwp-indicator-bm-group', 'Pečovatelská služba');
    await choose(page, 'nwp-indicator-bm-indicator', 'Klienti na úvazek přímé péče');
    // the name and the unit default from the chosen indicator
    assert.equal(await page.getByTestId('nwp-indicator-name').inputValue(), 'Klienti na úvazek přímé péče');
    assert.equal(await page.getByTestId('nwp-indicator-unit').inputValue(), 'osoby');
    await page.getByTestId('nwp-indicator-target-2025').fill('9');
    await page.getByTestId('nwp-indicator-target-2026').fill('9,5');
    await submitModal(page, 'nwp-indicator-save');

    const indicator = priority.getByTestId('nwp-indicator').first();
    await indicator.getByTestId('nwp-indicator-source').waitFor();
    assert.equal(
      await indicator.getByTestId('nwp-indicator-source').innerText(),
      'Benchmarking: Pečovatelská služba – Klienti na úvazek přímé péče',
    );
    // the value of 2025 is the group's median of the round of 2025, as the server computed it
    const saved = (await region.get(`/api/network/plans/${plan.plan.id}`)).nodes[0].indicators[0];
    const median = saved.actuals.find((a) => a.year === 2025 && a.source === 'benchmark');
    assert.ok(median && median.value !== null, `a benchmark value of 2025: ${JSON.stringify(saved.actuals)}`);
    const cell = indicator.locator(
      '[data-testid="nwp-indicator-year"][data-year="2025"] [data-testid="nwp-indicator-source-value"]',
    );
    const text = await cell.innerText();
    assert.ok(
      text.startsWith(median.value.toLocaleString('cs-CZ', { maximumFractionDigits: 2 }).replace(/\s/g, ' ')),
      `the 2025 value ${median.value} shown: ${text}`,
    );
    assert.match(text, /Kolo 2025/);
    assert.match(text, /medián skupiny, \d+ služeb/);
    await indicator.getByTestId('nwp-indicator-chart').waitFor();
  });

  // the demo plan: its indicators from benchmarking and planning are named by their source, with values
  const plans = (await region.get('/api/network/plans')).items;
  let demo = null;
  for (const p of plans) {
    const d = await region.get(`/api/network/plans/${p.plan?.id ?? p.id}`);
    if (d.nodes.some((n) => n.indicators.some((i) => i.source === 'planning'))) demo = d;
  }
  assert.ok(demo, 'the demo plan has an indicator from planning');
  await withBrowser('network-plan-source-indicators', async (page) => {
    await logIn(page, REGION, DEMO_PASSWORD);
    await openPath(page, `/network/plans/${demo.plan.id}`);
    await page.getByTestId('nwp-tree').waitFor();
    const sources = await page.getByTestId('nwp-indicator-source').allInnerTexts();
    assert.ok(sources.includes('Plánování: Rodiny, které si udržely bydlení'), sources.join(' | '));
    assert.ok(
      sources.some((s) => s.startsWith('Benchmarking: Pečovatelská služba – ')),
      sources.join(' | '),
    );
  });
});
