// The planning module end to end against the demo (issue 11), in Czech: a key worker goes from a strategic goal
// of the demo provider down through the tree (objective → service goal → the service's clients) to a client's
// personal goal, records a review rating it on the GAS levels, and goes back up the chain to the impact report.
// The manager's closing wizard names the goals still missing a result; a manager builds a chain of plans and goals
// in the browser and runs the plan cycle (close, derive); a client is taken on and erased on request; the external
// evaluator reads the plans but never reaches a client record.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { DEMO_PASSWORD, snapshot, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { navigateTo, openPath, pageTitle } from './pages/shell.mjs';

const MANAGER = process.env.KVALIS_PLANNING_MANAGER ?? 'iq.manazer';
const WORKER = process.env.KVALIS_PLANNING_WORKER ?? 'iq.pracovnik1';
const EVALUATOR = process.env.KVALIS_PLANNING_EVALUATOR ?? 'hodnotitel';
const restore = [];

after(async () => {
  for (const undo of restore.reverse()) await undo();
});

const LEVELS = {
  minus2: 'Neví, kam se obrátit, když přijde výpověď',
  minus1: 'Ví o poradně, ale sama nezavolá',
  zero: 'Sama zavolá do poradny a domluví schůzku',
  plus1: 'Sama vyjedná splátkový kalendář s pronajímatelem',
  plus2: 'Poradí s tím i sousedům',
};

/**
 * The chain the test walks: in the demo provider's open operational plan, a service goal linked to an objective
 * linked to a strategic goal, of a service the worker is staff of, with a client of the worker whose personal goal
 * links to it (when the demo has none, the manager grants the service and the worker takes on a new client).
 */
async function chain() {
  const manager = await apiLogin(MANAGER, DEMO_PASSWORD);
  const worker = await apiLogin(WORKER, DEMO_PASSWORD);
  const org = (await manager.get('/api/planning/organisations')).items.find((o) => o.can_manage);
  assert.ok(org, `${MANAGER} manages the plans of an organisation`);
  const plans = (await manager.get(`/api/planning/operational-plans?organisation_id=${org.id}`)).items;
  // the latest open plan with a service goal linked up to a strategic goal (the demo's; other tests add plans)
  let open = null;
  let byId = null;
  let linked = [];
  for (const p of plans.filter((x) => x.state === 'open' && x.strategic_plan_id).sort((x, y) => y.year - x.year)) {
    const d = await manager.get(`/api/planning/operational-plans/${p.id}`);
    const ids = new Map(d.goals.map((g) => [g.id, g]));
    const l = d.goals.filter(
      (g) =>
        g.level === 'service' && g.state !== 'dropped' && g.parent_goal_id && ids.get(g.parent_goal_id)?.parent_goal_id,
    );
    if (l.length) {
      [open, byId, linked] = [p, ids, l];
      break;
    }
  }
  assert.ok(open, 'the demo has an open operational plan');
  const strategic = (await manager.get(`/api/planning/strategic-plans?organisation_id=${org.id}`)).items.find(
    (p) => p.id === open.strategic_plan_id,
  );
  assert.ok(linked.length, 'a service goal linked up to a strategic goal');
  const services = (await manager.get(`/api/planning/services?organisation_id=${org.id}`)).items;

  // prefer a service goal of a service the worker is staff of, with a client of theirs whose goal links to it
  let found = null;
  for (const service of linked) {
    const svc = services.find((x) => x.id === service.service_id);
    if (!svc.staff.some((m) => m.user_id === worker.user.id)) continue;
    const mine = (await worker.get(`/api/planning/clients?service_id=${svc.id}&key_worker=me&state=active`)).items;
    for (const c of mine) {
      const d = await worker.get(`/api/planning/clients/${c.id}`);
      const goal = d.goals.find((g) => g.state === 'active' && g.service_goal?.id === service.id);
      if (goal) {
        found = { service, svc, client: d.client, goal };
        break;
      }
    }
    if (found) break;
  }
  if (!found) {
    // the demo has none: the manager grants the worker the service, the worker takes on a new client
    const service = linked[0];
    const svc = services.find((x) => x.id === service.service_id);
    if (!svc.staff.some((m) => m.user_id === worker.user.id)) {
      const before = svc.staff.map((m) => ({ user_id: m.user_id, kind: m.kind }));
      await manager.put(`/api/planning/services/${svc.id}/staff`, {
        staff: [...before, { user_id: worker.user.id, kind: 'staff' }],
      });
      restore.push(() => manager.put(`/api/planning/services/${svc.id}/staff`, { staff: before }));
    }
    const created = await worker.post('/api/planning/clients', {
      service_id: svc.id,
      contract_from: `${open.year}-01-15`,
      key_worker_user_id: worker.user.id,
    });
    const d = await worker.post(`/api/planning/clients/${created.client.id}/goals`, {
      service_goal_id: service.id,
      wording: 'Chci mít jistotu, že nás z bytu nevystěhují',
      steps: 'Schůzka s pronajímatelem, přehled dluhů',
      responsibilities: 'Klientka zavolá pronajímateli, pracovník ji doprovodí',
      levels: LEVELS,
      weight: 2,
      set_on: `${open.year}-01-20`,
      next_review_on: `${open.year}-04-20`,
    });
    found = { service, svc, client: d.client, goal: d.goals[0] };
  }
  const { service, svc, client, goal } = found;
  const objective = byId.get(service.parent_goal_id);
  const strategicGoal = (await manager.get(`/api/planning/goals/${objective.parent_goal_id}`)).goal;
  return { worker, org, strategic, strategicGoal, objective, service, svc, client, goal };
}

test('from a strategic goal down the tree to a client’s goal review and back up to the impact report', async () => {
  const c = await chain();
  await withBrowser('planning-chain', async (page) => {
    await logIn(page, WORKER, DEMO_PASSWORD);
    await navigateTo(page, 'planning');
    await page.getByTestId('planning-strategy-page').waitFor();
    assert.equal(await pageTitle(page), 'Strategické plány');
    await page.getByTestId('strategic-plan-link').filter({ hasText: c.strategic.title }).click();
    await page.getByTestId('strategic-plan-page').waitFor();

    // down the tree: the strategic goal, its objective, the service goal
    const tree = page.getByTestId('goal-tree');
    await tree.waitFor();
    assert.match(await page.getByTestId('tree-stats').innerText(), /Cílů: \d+ · strategických \d+/);
    const serviceNode = tree.locator(`[data-testid="tree-node"][data-goal-id="${c.service.id}"]`);
    assert.match(await serviceNode.innerText(), /Cíl služby/);
    assert.match(await serviceNode.innerText(), /osobní cíle klientů: \d+/);
    await tree.locator(`a[href="/planning/goals/${c.strategicGoal.id}"]`).click();
    await page.locator(`[data-testid="goal-page"][data-goal-id="${c.strategicGoal.id}"]`).waitFor();
    assert.match(await pageTitle(page), new RegExp(c.strategicGoal.title));
    await page.getByTestId('goal-children').locator(`a[href="/planning/goals/${c.objective.id}"]`).click();
    await page.locator(`[data-testid="goal-page"][data-goal-id="${c.objective.id}"]`).waitFor();
    assert.match(await page.getByTestId('goal-parent-link').innerText(), new RegExp(c.strategicGoal.title));
    await page.getByTestId('goal-children').locator(`a[href="/planning/goals/${c.service.id}"]`).click();
    await page.locator(`[data-testid="goal-page"][data-goal-id="${c.service.id}"]`).waitFor();
    assert.match(await page.getByTestId('goal-personal-goals').innerText(), /Osobní cíle klientů: [1-9]\d*/);
    await snapshot(page, 'planning-service-goal');

    // the service's clients (the worker is its staff), the client, a review of the goal
    await page.getByTestId('goal-clients-link').click();
    await page.getByTestId('planning-clients-page').waitFor();
    await page.getByTestId('clients-search').fill(c.client.code);
    await page.getByTestId('clients-search').press('Enter');
    await page.getByTestId('client-link').filter({ hasText: c.client.code }).first().click();
    await page.locator(`[data-testid="client-page"][data-client-id="${c.client.id}"]`).waitFor();
    const goalCard = page.locator(`[data-testid="client-goal"][data-goal-id="${c.goal.id}"]`);
    assert.match(await goalCard.innerText(), new RegExp(c.goal.wording));
    assert.match(await goalCard.getByTestId('client-goal-levels').innerText(), /Očekávaný výsledek/);
    const reviewsBefore = await page.getByTestId('client-review').count();

    await page.getByTestId('review-add').click();
    const form = page.locator(`[data-testid="review-goal"][data-goal-id="${c.goal.id}"]`);
    await form.waitFor();
    // every allowed level with its words, the client's own description beside the described ones
    const levels = await form.getByTestId('review-level').allInnerTexts();
    assert.equal(levels.length, 7);
    assert.match(levels[1], /^\+1 Lepší, než se čekalo/);
    assert.match(levels[3], /^−0,5 O něco méně, než se čekalo/);
    assert.match(levels[1], new RegExp(c.goal.levels.plus1));
    // rate every goal the review asks about: this one +1, any others as expected
    for (const other of await page.getByTestId('review-goal').all()) {
      const id = await other.getAttribute('data-goal-id');
      await other.locator(`[data-testid="review-level"][data-level="${id === String(c.goal.id) ? 1 : 0}"]`).click();
    }
    await page.getByTestId('review-what-changed').fill('Rodina splácí dluh na nájmu podle kalendáře.');
    await page.getByTestId('review-client-view').fill('Už se nebojím, že přijdeme o byt.');
    await page.getByTestId('review-save').click();
    await page.getByTestId('review-save').waitFor({ state: 'detached' });
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="client-review"]').length === n + 1,
      reviewsBefore,
    );
    assert.match(await goalCard.getByTestId('client-goal-latest').innerText(), /^\+1 Lepší, než se čekalo/);
    assert.match(await page.getByTestId('client-reviews').innerText(), /Už se nebojím, že přijdeme o byt\./);
    assert.match(await page.getByTestId('client-reviews').innerText(), /T-skór \d/);
    await snapshot(page, 'planning-client-review');

    // back up: the service goal, its objective, the strategic goal, the plan and its impact report
    await goalCard.getByTestId('client-goal-service-goal-link').click();
    await page.locator(`[data-testid="goal-page"][data-goal-id="${c.service.id}"]`).waitFor();
    await page.getByTestId('goal-parent-link').click();
    await page.locator(`[data-testid="goal-page"][data-goal-id="${c.objective.id}"]`).waitFor();
    await page.getByTestId('goal-parent-link').click();
    await page.locator(`[data-testid="goal-page"][data-goal-id="${c.strategicGoal.id}"]`).waitFor();
    await page.getByRole('link', { name: `Plán: ${c.strategic.title}` }).click();
    await page.getByTestId('strategic-plan-impact-link').click();
    await page.getByTestId('impact-plan-title').waitFor();
    assert.equal(await pageTitle(page), 'Zpráva o dopadu');
    assert.match(await page.getByTestId('impact-plan-title').innerText(), new RegExp(c.strategic.title));
    assert.match(
      await page.getByTestId('impact-totals').innerText(),
      /Klientů: \d+ · cílů ve zprávě: \d+ · hodnocení: \d+/,
    );
    // an indicator nobody evaluated in the period says so, not an empty cell
    for (const cell of await page.getByTestId('impact-not-evaluated').all())
      assert.equal((await cell.innerText()).trim(), 'zatím nehodnoceno');
    const goalCardInReport = page.getByTestId('impact-strategic-goal').filter({ hasText: c.strategicGoal.title });
    assert.match(await goalCardInReport.innerText(), /Výsledky klientů/);
    assert.ok(await page.getByTestId('impact-html').getAttribute('href'));
    assert.match(await page.getByTestId('impact-xlsx').getAttribute('href'), /\/api\/planning\/impact\/export\.xlsx\?/);
    await snapshot(page, 'planning-impact');
  });

  // the review is stored with the level chosen
  const after = await c.worker.get(`/api/planning/clients/${c.client.id}`);
  const latest = after.goals.find((g) => g.id === c.goal.id).latest;
  assert.equal(latest.level, 1);
});

test('closing a period names every goal still missing a result', async () => {
  const manager = await apiLogin(MANAGER, DEMO_PASSWORD);
  const org = (await manager.get('/api/planning/organisations')).items.find((o) => o.can_manage);
  // the open plan with the most goals (the demo's; other tests add small plans)
  const open = (await manager.get(`/api/planning/operational-plans?organisation_id=${org.id}`)).items
    .filter((p) => p.state === 'open')
    .sort((a, b) => b.goals - a.goals)[0];
  const detail = await manager.get(`/api/planning/operational-plans/${open.id}`);
  const goals = detail.goals.filter((g) => g.state !== 'dropped');
  await withBrowser('planning-close-wizard', async (page) => {
    await logIn(page, MANAGER, DEMO_PASSWORD);
    await openPath(page, `/planning/operational/${open.id}`);
    await page.getByTestId('plan-close').click();
    // the first goal gets a result and a conclusion, the rest are skipped to the summary
    await page.getByTestId('close-result').getByText('Splněn', { exact: true }).click();
    await page.getByTestId('close-conclusion').fill('Cíl byl splněn podle plánu.');
    await page.getByTestId('close-participants-add').click();
    await page.getByTestId('close-participants-name').fill('OSPOD Náchod');
    await page.locator('.ant-steps-item').last().click();
    const missing = await page.getByTestId('close-missing').innerText();
    assert.match(missing, /^Chybí výsledek nebo závěr u cílů: /);
    for (const g of goals.slice(1)) assert.ok(missing.includes(g.title), `${g.title} is named`);
    assert.ok(!missing.includes(`${goals[0].code} ${goals[0].title},`), 'the evaluated goal is not named');
    assert.equal(await page.getByTestId('close-submit').isDisabled(), true);
  });
  const still = await manager.get(`/api/planning/operational-plans/${open.id}`);
  assert.equal(still.plan.state, 'open', 'nothing was closed');
});

test('the external evaluator reads the plans but never a client record', async () => {
  const worker = await apiLogin(WORKER, DEMO_PASSWORD);
  const someClient = (await worker.get('/api/planning/clients?state=active')).items[0];
  await withBrowser('planning-evaluator', async (page) => {
    await logIn(page, EVALUATOR, DEMO_PASSWORD);
    await navigateTo(page, 'planning');
    await page.getByTestId('strategic-plan-link').first().waitFor();
    assert.equal(await page.getByTestId('strategic-plan-create').count(), 0, 'an evaluator changes nothing');
    assert.equal(await page.getByTestId('planning-tab-clients').count(), 0);
    if (someClient) {
      await openPath(page, `/planning/clients/${someClient.id}`);
      await page.getByTestId('forbidden').waitFor();
    }
  });
});

test('the region officer opens the strategy on an organisation that has a strategic plan', async () => {
  const region = await apiLogin(process.env.KVALIS_PLANNING_REGION ?? 'kraj.referent', DEMO_PASSWORD);
  const plans = (await region.get('/api/planning/strategic-plans')).items;
  if (!plans.length) return; // nothing to open on
  await withBrowser('planning-region', async (page) => {
    await logIn(page, process.env.KVALIS_PLANNING_REGION ?? 'kraj.referent', DEMO_PASSWORD);
    await navigateTo(page, 'planning');
    await page.getByTestId('strategic-plan-link').first().waitFor();
    assert.equal(await page.getByTestId('strategic-plan-create').count(), 0, 'a region changes nothing');
  });
});

test('a manager builds a chain (plans, goals at each level, indicator, evaluation) and runs the plan cycle', async () => {
  const manager = await apiLogin(MANAGER, DEMO_PASSWORD);
  const org = (await manager.get('/api/planning/organisations')).items.find((o) => o.can_manage);
  const service = (await manager.get(`/api/planning/services?organisation_id=${org.id}`)).items[0];
  const title = `Strategie e2e ${Date.now()}`;
  await withBrowser('planning-manager-chain', async (page) => {
    await logIn(page, MANAGER, DEMO_PASSWORD);
    await navigateTo(page, 'planning');
    await page.getByTestId('strategic-plan-create').click();
    await page.getByTestId('strategic-plan-title').fill(title);
    await page.getByTestId('strategic-plan-problem').fill('Rodiny v lokalitách nemají kam se obrátit.');
    await page.getByTestId('strategic-plan-save').click();
    await page.getByTestId('strategic-plan-page').waitFor();
    assert.equal(await pageTitle(page), title);

    await page.getByTestId('strategic-goal-add').click();
    await page.getByTestId('goal-code').fill('E1');
    await page.getByTestId('goal-title').fill('Rodiny znají své možnosti');
    await page.getByTestId('goal-save').click();
    await page.getByTestId('strategic-goals-table').getByText('Rodiny znají své možnosti').waitFor();

    // an operational plan under it, from the list of operational plans
    await page.getByTestId('planning-tab-operational').click();
    await page.getByTestId('operational-plan-create').click();
    await page.getByTestId('operational-plan-title').fill(`${title} – provozní plán`);
    await page.locator('.ant-modal .ant-select').first().click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: title }).click();
    await page.getByTestId('operational-plan-save').click();
    await page.getByTestId('operational-plan-page').waitFor();

    // an objective without a link says why; saving without the reason is refused in the form
    await page.getByTestId('objective-add').click();
    await page.getByTestId('goal-code').fill('EO1');
    await page.getByTestId('goal-title').fill('Poradna v každé lokalitě');
    await page.getByTestId('goal-unlinked').click();
    await page.getByTestId('goal-unlinked-reason').fill('Požadavek obce pro tento rok');
    await page.getByTestId('goal-save').click();
    await page.getByTestId('objectives-table').getByText('Požadavek obce pro tento rok').waitFor();

    // a service goal linked to that objective
    await page.getByTestId('service-goal-add').click();
    await page.getByTestId('goal-code').fill('ES1');
    await page.getByTestId('goal-title').fill('Rodiny vědí o poradně');
    await page.getByTestId('goal-service').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: service.name })
      .click();
    await page.getByTestId('goal-parent').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'EO1' }).click();
    await page.getByTestId('goal-save').click();
    const row = page.getByTestId('service-goals-table').locator('tr').filter({ hasText: 'Rodiny vědí o poradně' });
    assert.match(await row.innerText(), /EO1 Poradna v každé lokalitě/);
    await row.getByTestId('goal-link').click();

    // an indicator entered by hand, an evaluation with a partner organisation, a piece of evidence
    await page.getByTestId('goal-page').waitFor();
    await page.getByTestId('indicator-add').click();
    await page.getByTestId('indicator-name').fill('Rodiny, které poradnu navštívily');
    await page.getByTestId('indicator-target').fill('30');
    await page.getByTestId('indicator-save').click();
    await page.getByTestId('goal-indicators').getByText('Rodiny, které poradnu navštívily').waitFor();
    assert.match(await page.getByTestId('goal-indicators').innerText(), /Zadává se ručně/);

    await page.getByTestId('evaluation-add').click();
    await page.getByTestId('evaluation-conclusion').fill('Poradna funguje ve dvou lokalitách.');
    await page.getByTestId('evaluation-participants-add').click();
    const participant = page.getByTestId('evaluation-participants-row').first();
    await participant.locator('.ant-select').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Partnerská organizace' })
      .click();
    await page.getByTestId('evaluation-participants-name').fill('Mgr. Jana Horáková');
    await participant.getByPlaceholder('Role').fill('sociální pracovnice');
    await participant.getByPlaceholder('Organizace').fill('OSPOD Náchod');
    await page
      .locator('input[data-testid="evaluation-manual-value"], [data-testid="evaluation-manual-value"] input')
      .fill('12');
    await page.getByTestId('evaluation-save').click();
    await page.getByTestId('evaluation-page').waitFor();
    assert.match(
      await page.getByTestId('participants-list').innerText(),
      /Mgr\. Jana Horáková, sociální pracovnice \(OSPOD Náchod\) — Partnerská organizace/,
    );
    assert.match(await page.getByTestId('evaluation-values-table').innerText(), /12/);
    await page.getByPlaceholder('Popis dokladu').fill('Zápis z hodnocení');
    await page.getByPlaceholder('Adresa (https://…)').fill('https://example.org/zapis');
    await page.getByTestId('evidence-add-link').click();
    await page.getByTestId('evidence-link').filter({ hasText: 'Zápis z hodnocení' }).waitFor();
    await snapshot(page, 'planning-manager-evaluation');

    // the plan cycle: close the period (every goal a result, a conclusion), derive the next year's plan
    await page.getByRole('link', { name: /Rodiny vědí o poradně/ }).click();
    await page.getByTestId('goal-page').waitFor();
    await page.getByRole('link', { name: /^Plán: / }).click();
    await page.getByTestId('operational-plan-page').waitFor();
    await page.getByTestId('plan-close').click();
    for (const [result, conclusion] of [
      ['Částečně splněn', 'Poradna jen ve dvou lokalitách ze tří.'],
      ['Splněn', 'Rodiny o poradně vědí.'],
    ]) {
      await page.getByTestId('close-result').getByText(result, { exact: true }).click();
      await page.getByTestId('close-conclusion').fill(conclusion);
      await page.getByTestId('close-next').click();
    }
    assert.equal(await page.getByTestId('close-missing').count(), 0);
    await page.getByTestId('close-submit').click();
    await page.getByTestId('plan-derive').waitFor();
    assert.equal(await page.getByTestId('operational-plan-state').innerText(), 'Uzavřený');
    await page.getByTestId('plan-derive').click();
    const reasons = page.getByTestId('derive-reason');
    await reasons.first().waitFor();
    await page.getByTestId('derive-submit').click();
    assert.match(await page.getByTestId('derive-missing').innerText(), /^Chybí rozhodnutí nebo důvod u cílů: EO1/);
    await reasons.nth(0).fill('Rozšíříme poradnu do třetí lokality.');
    await reasons.nth(1).fill('Cíl je splněn, dál jen udržujeme.');
    await page.getByTestId('derive-submit').click();
    await page.getByTestId('derived-plan-link').waitFor({ state: 'detached' });
    await page.getByTestId('operational-plan-state').filter({ hasText: 'Otevřený' }).waitFor();
  });

  const plan = (await manager.get(`/api/planning/strategic-plans?organisation_id=${org.id}`)).items.find(
    (p) => p.title === title,
  );
  const detail = await manager.get(`/api/planning/strategic-plans/${plan.id}`);
  assert.equal(detail.goals.length, 1);
  const first = detail.operational_plans.reduce((a, b) => (b.year < a.year ? b : a));
  const op = await manager.get(`/api/planning/operational-plans/${first.id}`);
  const objective = op.goals.find((g) => g.code === 'EO1');
  const serviceGoal = op.goals.find((g) => g.code === 'ES1');
  assert.equal(objective.parent_goal_id ?? null, null);
  assert.equal(objective.unlinked_reason, 'Požadavek obce pro tento rok');
  assert.equal(serviceGoal.parent_goal_id, objective.id);
  assert.equal(serviceGoal.service_id, service.id);
  const goal = await manager.get(`/api/planning/goals/${serviceGoal.id}`);
  assert.equal(goal.indicators[0].target, 30);
  assert.equal(goal.indicators[0].latest.value, 12);
  // closed with the results given, the next plan derived: the partly met goal carried over, the met one dropped
  // (kept in the new plan as dropped, so that its history stays readable)
  const closed = await manager.get(`/api/planning/operational-plans/${op.plan.id}`);
  assert.equal(closed.plan.state, 'closed');
  assert.deepEqual(
    closed.goals.map((g) => [g.code, g.state]),
    [
      ['EO1', 'partly_met'],
      ['ES1', 'met'],
    ],
  );
  const next = await manager.get(`/api/planning/operational-plans/${closed.derived_plan_id}`);
  assert.equal(next.plan.year, op.plan.year + 1);
  const carried = next.goals.find((g) => g.code === 'EO1');
  assert.equal(carried.carry, 'carry_over');
  assert.equal(carried.carry_reason, 'Rozšíříme poradnu do třetí lokality.');
  assert.equal(carried.origin_goal_id, objective.id);
  const dropped = next.goals.find((g) => g.code === 'ES1');
  assert.deepEqual(
    [dropped.carry, dropped.state, dropped.carry_reason],
    ['drop', 'dropped', 'Cíl je splněn, dál jen udržujeme.'],
  );
});

test('a client is taken on with a generated code and erased on request after typing the code', async () => {
  const manager = await apiLogin(MANAGER, DEMO_PASSWORD);
  const org = (await manager.get('/api/planning/organisations')).items.find((o) => o.can_manage);
  const service = (await manager.get(`/api/planning/services?organisation_id=${org.id}`)).items.find((s) => s.is_staff);
  assert.ok(service, `${MANAGER} is staff of a service`);
  let clientId = 0;
  await withBrowser('planning-erasure', async (page) => {
    await logIn(page, MANAGER, DEMO_PASSWORD);
    await openPath(page, `/planning/clients?service=${service.id}`);
    await page.getByTestId('client-create').click();
    const from = page.locator('input[data-testid="client-contract-from"], [data-testid="client-contract-from"] input');
    await from.click();
    await from.fill('15. 1. 2026');
    await from.press('Enter');
    await page.getByTestId('client-save').click();
    const clientPage = page.getByTestId('client-page');
    await clientPage.waitFor();
    clientId = Number(await clientPage.getAttribute('data-client-id'));
    const code = await pageTitle(page);
    assert.match(code, /^K-\d{4}$/, 'a pseudonymous code is made');

    await page.getByTestId('client-erase').click();
    await page.getByTestId('client-erase-code').fill('K-9999');
    assert.equal(await page.getByTestId('client-erase-confirm').isDisabled(), true);
    assert.match(await page.locator('.ant-modal').innerText(), /Kód nesouhlasí\./);
    await page.getByTestId('client-erase-code').fill(code);
    await page.getByTestId('client-erase-confirm').click();
    await page.getByText('Údaje klienta byly na žádost vymazány; zůstaly jen anonymní hodnoty výsledků.').waitFor();
    assert.equal(await page.getByTestId('review-add').count(), 0, 'nothing more is recorded for an erased client');
  });
  const erased = await manager.get(`/api/planning/clients/${clientId}`);
  assert.equal(erased.client.state, 'erased');
});
