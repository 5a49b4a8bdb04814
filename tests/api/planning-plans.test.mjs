// The planning chain above the clients (issue 11), on SQLite and PostgreSQL: a strategic plan, an
// operational plan with objectives and service goals linked both ways (or "not linked" with a reason), the
// tree with outcome cells (suppressed below 5 clients unless the viewer is staff of the service), indicators
// of every source, evaluations that record values with clients_n as their evidence, evidence links and files,
// closing a year (422 naming the goals without a result) and deriving the next plan (carry over, revise, drop
// with reasons; history readable both ways), evaluations due, the impact report (JSON with the evidence of
// each number, printable Czech and English, Excel), the evaluator who reads but never writes, and other
// providers who get 404. Client records are written with SQL here (the clients' API is another suite).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, assertUnchanged, setupTenants } from './lib/harness.mjs';

let server;
let world;
const ids = {};

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  const r = await world.admin.post('/api/users', {
    login: 'p1_evaluator', display_name: 'Externí hodnotitelka', email: 'hodnotitelka@example.cz', password: PASSWORD,
    language: 'cs', memberships: [{ organisation_id: world.orgs.p1, role: 'evaluator' }],
  });
  assert.equal(r.status, 201, r.text);
  world.users.p1_evaluator = { id: r.body.id };
  // Log everyone in now: a login writes, and the refusals below assert that nothing changed.
  for (const login of ['p1_manager', 'p1_worker', 'p1_evaluator', 'p2_admin', 'region_officer']) await world.as(login);
});
after(async () => {
  await server?.stop();
});

async function refused(send, status, field) {
  const before = server.db.snapshot();
  const r = await send();
  assert.equal(r.status, status, r.text);
  if (field !== undefined) assert.equal(r.body.error.field, field, r.text);
  assertUnchanged(before, server.db.snapshot());
  return r;
}

// T = 50 + 10·Σwx / √((1−ρ)Σw² + ρ(Σw)²)
function gasT(items, rho = 0.3) {
  const sw = items.reduce((a, i) => a + i.w, 0);
  const sw2 = items.reduce((a, i) => a + i.w * i.w, 0);
  const swx = items.reduce((a, i) => a + i.w * i.x, 0);
  return 50 + (10 * swx) / Math.sqrt((1 - rho) * sw2 + rho * sw * sw);
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const close = (actual, expected, what) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

// Six clients of s2 with goals linked to the service goal G1 and three of s3 linked to G2.
const G1_CLIENTS = [
  { goals: [{ w: 1, x: 1 }, { w: 2, x: 1 }] },
  { goals: [{ w: 1, x: 0 }] },
  { goals: [{ w: 1, x: -1 }], earlier: -2 }, // an earlier rating in the period: the latest counts
  { goals: [{ w: 1, x: 2 }], before_period: -2 }, // a rating of 2024 does not count
  { goals: [{ w: 1, x: 0 }] },
  { goals: [{ w: 1, x: -2 }] },
];

function clientsSql(g1, g2) {
  const p1 = world.orgs.p1;
  const rows = [
    `INSERT INTO pl_ladders (id, organisation_id, name, created_at, updated_at) VALUES (9001, ${p1}, 'Cesta ke změně', 0, 0);`,
    `INSERT INTO pl_ladder_areas (id, ladder_id, position, name) VALUES (9101, 9001, 1, 'Bydlení'), (9102, 9001, 2, 'Finance');`,
  ];
  let goalId = 9300;
  let reviewId = 9500;
  G1_CLIENTS.forEach((c, i) => {
    const client = 9201 + i;
    rows.push(`INSERT INTO pl_clients (id, organisation_id, service_id, code, contract_from, created_at, updated_at) VALUES (${client}, ${p1}, ${world.services.s2}, 'K-${i + 1}', '2024-01-01', 0, 0);`);
    const review = ++reviewId;
    rows.push(`INSERT INTO pl_reviews (id, client_id, held_on, created_at) VALUES (${review}, ${client}, '2025-06-15', 0);`);
    c.goals.forEach((g) => {
      const goal = ++goalId;
      rows.push(`INSERT INTO pl_client_goals (id, client_id, service_goal_id, wording, weight, set_on, created_at, updated_at) VALUES (${goal}, ${client}, ${g1}, 'Osobní cíl', ${g.w}, '2024-12-01', 0, 0);`);
      rows.push(`INSERT INTO pl_goal_ratings (review_id, client_goal_id, level) VALUES (${review}, ${goal}, ${g.x});`);
      for (const [held, level] of [['2025-03-01', c.earlier], ['2024-11-01', c.before_period]]) {
        if (level === undefined) continue;
        const r = ++reviewId;
        rows.push(`INSERT INTO pl_reviews (id, client_id, held_on, created_at) VALUES (${r}, ${client}, '${held}', 0);`);
        rows.push(`INSERT INTO pl_goal_ratings (review_id, client_goal_id, level) VALUES (${r}, ${goal}, ${level});`);
      }
    });
  });
  // Ladder: client 1 moves 3,4 → 5,6 (mean +2), client 2 moves 2,2 → 3,2 (mean +0.5).
  const ladder = [[9201, [3, 4], [5, 6]], [9202, [2, 2], [3, 2]]];
  let a = 9700;
  for (const [client, first, last] of ladder) {
    for (const [on, values] of [['2025-02-01', first], ['2025-11-01', last]]) {
      const id = ++a;
      rows.push(`INSERT INTO pl_ladder_assessments (id, client_id, ladder_id, assessed_on, created_at) VALUES (${id}, ${client}, 9001, '${on}', 0);`);
      rows.push(`INSERT INTO pl_ladder_values (assessment_id, area_id, value) VALUES (${id}, 9101, ${values[0]}), (${id}, 9102, ${values[1]});`);
    }
  }
  for (let i = 0; i < 3; i++) {
    const client = 9211 + i;
    const goal = 9401 + i;
    const review = 9601 + i;
    rows.push(`INSERT INTO pl_clients (id, organisation_id, service_id, code, contract_from, created_at, updated_at) VALUES (${client}, ${p1}, ${world.services.s3}, 'A-${i + 1}', '2024-01-01', 0, 0);`);
    rows.push(`INSERT INTO pl_client_goals (id, client_id, service_goal_id, wording, weight, set_on, created_at, updated_at) VALUES (${goal}, ${client}, ${g2}, 'Osobní cíl', 1, '2024-12-01', 0, 0);`);
    rows.push(`INSERT INTO pl_reviews (id, client_id, held_on, created_at) VALUES (${review}, ${client}, '2025-05-10', 0);`);
    rows.push(`INSERT INTO pl_goal_ratings (review_id, client_goal_id, level) VALUES (${review}, ${goal}, 1);`);
  }
  return rows.join('\n');
}

const expectedT = mean(G1_CLIENTS.map((c) => gasT(c.goals)));

describe('the chain of plans, its evaluations and the impact it proves', () => {
  test('organisations: who reads whose plans, and the GAS ρ set by the manager only', async () => {
    const manager = await world.as('p1_manager');
    const list = await manager.get('/api/planning/organisations');
    assert.equal(list.status, 200, list.text);
    const own = list.body.items.find((o) => o.id === world.orgs.p1);
    assert.deepEqual([own.can_manage, own.gas_rho], [true, 0.3]);
    assert.ok(!list.body.items.some((o) => o.id === world.orgs.p2));
    const region = await (await world.as('region_officer')).get('/api/planning/organisations');
    assert.deepEqual(region.body.items.map((o) => [o.id, o.can_manage]).sort(),
      [[world.orgs.p1, false], [world.orgs.p2, false]].sort());
    const evaluator = await world.as('p1_evaluator');
    const ev = await evaluator.get('/api/planning/organisations');
    assert.deepEqual(ev.body.items.map((o) => [o.id, o.can_manage]), [[world.orgs.p1, false]]);

    const path = `/api/planning/organisations/${world.orgs.p1}/settings`;
    await refused(() => evaluator.put(path, { gas_rho: 0.2 }), 403);
    await refused(() => manager.put(path, { gas_rho: 1 }), 400, 'gas_rho');
    await refused(async () => (await world.as('p2_admin')).put(path, { gas_rho: 0.2 }), 404);
    const set = await manager.put(path, { gas_rho: 0.25 });
    assert.equal(set.status, 200, set.text);
    assert.equal(set.body.gas_rho, 0.25);
    assert.equal((await manager.put(path, { gas_rho: 0.3 })).body.gas_rho, 0.3);
  });

  test('a strategic plan, objectives and service goals linked both ways, or not linked with a reason', async () => {
    const manager = await world.as('p1_manager');
    const sp = await manager.post('/api/planning/strategic-plans', {
      organisation_id: world.orgs.p1, title: 'Strategický plán 2023–2027', year_from: 2023, year_to: 2027,
      problem: 'Rodiny ve vyloučených lokalitách ztrácejí bydlení.', vision: 'Jisté bydlení.', mission: 'Doprovázíme rodiny.',
    });
    assert.equal(sp.status, 201, sp.text);
    ids.plan = sp.body.plan.id;
    assert.equal(sp.body.plan.problem, 'Rodiny ve vyloučených lokalitách ztrácejí bydlení.');
    await refused(() => manager.post('/api/planning/strategic-plans', {
      organisation_id: world.orgs.p1, title: 'Obrácené roky', year_from: 2027, year_to: 2023 }), 400, 'year_to');
    await refused(async () => (await world.as('p1_evaluator')).post('/api/planning/strategic-plans', {
      organisation_id: world.orgs.p1, title: 'Hodnotitel nepíše', year_from: 2023, year_to: 2027 }), 403);
    await refused(async () => (await world.as('p2_admin')).post('/api/planning/strategic-plans', {
      organisation_id: world.orgs.p1, title: 'Cizí plán', year_from: 2023, year_to: 2027 }), 400, 'organisation_id');

    const goal = async (body) => {
      const r = await manager.post('/api/planning/goals', body);
      assert.equal(r.status, 201, r.text);
      return r.body;
    };
    ids.s1 = (await goal({ level: 'strategic', strategic_plan_id: ids.plan, code: 'S1', title: 'Rodiny mají jisté bydlení' })).id;
    const op = await manager.post('/api/planning/operational-plans', {
      organisation_id: world.orgs.p1, strategic_plan_id: ids.plan, year: 2025, title: 'Operační plán 2025' });
    assert.equal(op.status, 201, op.text);
    ids.op = op.body.plan.id;
    ids.o1 = (await goal({ level: 'objective', operational_plan_id: ids.op, parent_goal_id: ids.s1, code: 'O1', title: 'Méně rodin bez bydlení' })).id;
    await refused(() => manager.post('/api/planning/goals', {
      level: 'objective', operational_plan_id: ids.op, code: 'O2', title: 'Povodně' }), 400, 'unlinked_reason');
    await refused(() => manager.post('/api/planning/goals', {
      level: 'service', operational_plan_id: ids.op, parent_goal_id: ids.s1, service_id: world.services.s2, code: 'X', title: 'Špatná úroveň' }), 400);
    const o2 = await goal({ level: 'objective', operational_plan_id: ids.op, code: 'O2', title: 'Pomoc po povodni',
      unlinked_reason: 'Nová potřeba po povodni, strategie s ní nepočítala.' });
    ids.o2 = o2.id;
    assert.equal(o2.unlinked_reason, 'Nová potřeba po povodni, strategie s ní nepočítala.');
    const g1 = await goal({ level: 'service', operational_plan_id: ids.op, parent_goal_id: ids.o1, service_id: world.services.s2, code: 'G1', title: 'Rodiny v terénu vědí, kam se obrátit' });
    ids.g1 = g1.id;
    assert.deepEqual(g1.parent, { id: ids.o1, level: 'objective', code: 'O1', title: 'Méně rodin bez bydlení' });
    assert.equal(g1.service_id, world.services.s2);
    ids.g2 = (await goal({ level: 'service', operational_plan_id: ids.op, parent_goal_id: ids.o2, service_id: world.services.s3, code: 'G2', title: 'Kontakt s rodinami po povodni' })).id;
    await refused(() => manager.post('/api/planning/goals', {
      level: 'service', operational_plan_id: ids.op, parent_goal_id: ids.o1, service_id: 999999, code: 'G9', title: 'Cizí služba' }), 400, 'service_id');

    // Both ways: the strategic goal lists its objective, the objective its parent and its service goal.
    const s1 = await manager.get(`/api/planning/goals/${ids.s1}`);
    assert.equal(s1.status, 200, s1.text);
    assert.deepEqual(s1.body.children.map((c) => c.id), [ids.o1]);
    const o1 = await manager.get(`/api/planning/goals/${ids.o1}`);
    assert.equal(o1.body.parent.id, ids.s1);
    assert.deepEqual(o1.body.children.map((c) => c.code), ['G1']);
    assert.equal(o1.body.plan.kind, 'operational');
    assert.equal(o1.body.plan.year, 2025);
  });

  test('indicators of every source; a benchmark needs its code, a count what it counts', async () => {
    const manager = await world.as('p1_manager');
    const add = async (goal, body) => {
      const r = await manager.post(`/api/planning/goals/${goal}/indicators`, { rba: 'better_off', schedule_months: 6, ...body });
      assert.equal(r.status, 201, r.text);
      return r.body;
    };
    ids.gas = (await add(ids.g1, { name: 'Průměrné T-skóre', unit: 'T', source: 'gas_t', target: 55, baseline: 48 })).id;
    ids.share = (await add(ids.g1, { name: 'Podíl dosažených cílů', unit: '%', source: 'share_attained', target: 60 })).id;
    ids.ladder = (await add(ids.g1, { name: 'Změna na škále', source: 'ladder_change', target: 1 })).id;
    ids.clients = (await add(ids.g1, { name: 'Klienti', source: 'clients', rba: 'how_much', target: 5 })).id;
    ids.bench = (await add(ids.g1, { name: 'Srovnání', source: 'benchmark', benchmark_indicator_code: 'goal_met_share' })).id;
    ids.reviews = (await add(ids.g1, { name: 'Revize', source: 'count', count_of: 'reviews', rba: 'how_much', target: 10 })).id;
    ids.manual = (await add(ids.g1, { name: 'Spokojenost', unit: '%', source: 'manual', rba: 'how_well', target: 85, direction: 'higher' })).id;
    ids.g2gas = (await add(ids.g2, { name: 'T-skóre', source: 'gas_t', target: 50 })).id;
    await refused(() => manager.post(`/api/planning/goals/${ids.g1}/indicators`, { name: 'X', source: 'benchmark', rba: 'how_well' }), 400, 'benchmark_indicator_code');
    await refused(() => manager.post(`/api/planning/goals/${ids.g1}/indicators`, { name: 'X', source: 'count', count_of: 'nothing', rba: 'how_much' }), 400, 'count_of');
    await refused(() => manager.post(`/api/planning/goals/${ids.g1}/indicators`, { name: 'X', source: 'gas_t', rba: 'better' }), 400, 'rba');
    await refused(async () => (await world.as('p1_evaluator')).post(`/api/planning/goals/${ids.g1}/indicators`, { name: 'X', source: 'manual', rba: 'how_well' }), 403);
    const g1 = await manager.get(`/api/planning/goals/${ids.g1}`);
    assert.deepEqual(g1.body.indicators.map((i) => i.source),
      ['gas_t', 'share_attained', 'ladder_change', 'clients', 'benchmark', 'count', 'manual']);
    assert.deepEqual(g1.body.indicators.map((i) => i.rba).slice(0, 4), ['better_off', 'better_off', 'better_off', 'how_much']);
  });

  test('outcome cells: rolled up from the clients, suppressed below 5 unless the viewer is staff of the service', async () => {
    server.db.run(clientsSql(ids.g1, ids.g2));
    const manager = await world.as('p1_manager');
    const g1 = await manager.get(`/api/planning/goals/${ids.g1}`);
    const cell = g1.body.outcome;
    assert.equal(cell.suppressed, false);
    assert.deepEqual([cell.clients, cell.goals, cell.attained, cell.ladder_clients], [6, 7, 5, 2]);
    close(cell.share_attained, 5 / 7, 'share attained');
    close(cell.mean_t, expectedT, 'mean T');
    close(cell.mean_ladder_change, 1.25, 'ladder change');
    assert.deepEqual([g1.body.personal_goals.count, g1.body.personal_goals.linked_clients], [7, 6]);

    // G2 has 3 clients: blank for the manager (not staff), the evaluator and the region; the staff sees it.
    for (const login of ['p1_manager', 'p1_evaluator', 'region_officer']) {
      const r = await (await world.as(login)).get(`/api/planning/goals/${ids.g2}`);
      assert.equal(r.status, 200, r.text);
      assert.deepEqual(r.body.outcome, { clients: null, goals: null, attained: null, share_attained: null, mean_t: null,
        sd_t: null, mean_ladder_change: null, ladder_clients: null, suppressed: true }, login);
    }
    server.db.run(`INSERT INTO pl_service_staff (service_id, user_id, kind, created_at) VALUES (${world.services.s3}, ${world.users.p1_worker.id}, 'staff', 0);`);
    const staff = await (await world.as('p1_worker')).get(`/api/planning/goals/${ids.g2}`);
    assert.equal(staff.body.outcome.suppressed, false);
    assert.equal(staff.body.outcome.clients, 3);
    close(staff.body.outcome.mean_t, gasT([{ w: 1, x: 1 }]), 'G2 mean T');

    // The tree: S1 → O1 → G1 with its cell; O2 (not linked) with G2 suppressed for the manager.
    const tree = await manager.get(`/api/planning/strategic-plans/${ids.plan}/tree`);
    assert.equal(tree.status, 200, tree.text);
    assert.deepEqual(tree.body.period, { from: '2023-01-01', to: '2027-12-31' });
    const s1 = tree.body.nodes[0];
    assert.equal(s1.goal.code, 'S1');
    assert.equal(s1.children[0].goal.code, 'O1');
    const g1node = s1.children[0].children[0];
    assert.equal(g1node.goal.code, 'G1');
    assert.equal(g1node.outcome.clients, 6);
    assert.equal(g1node.personal_goals.count, 7);
    assert.equal(s1.outcome.clients, 6);
    assert.deepEqual(tree.body.unlinked.map((n) => [n.goal.code, n.goal.unlinked_reason]),
      [['O2', 'Nová potřeba po povodni, strategie s ní nepočítala.']]);
    assert.equal(tree.body.unlinked[0].children[0].goal.code, 'G2');
    assert.equal(tree.body.unlinked[0].children[0].outcome.suppressed, true);
  });

  test('an evaluation records computed values with clients_n, manual values by hand, and moves the schedule', async () => {
    const manager = await world.as('p1_manager');
    const draft = await manager.get(`/api/planning/goals/${ids.g1}/evaluation-draft?from=2025-01-01&to=2025-12-31`);
    assert.equal(draft.status, 200, draft.text);
    const byId = Object.fromEntries(draft.body.items.map((v) => [v.indicator_id, v]));
    close(byId[ids.gas].value, expectedT, 'draft T');
    assert.equal(byId[ids.gas].clients_n, 6);
    close(byId[ids.share].value, 500 / 7, 'draft share %');
    assert.equal(byId[ids.clients].value, 6);
    assert.equal(byId[ids.reviews].value, 7);  // 6 reviews of June and the earlier one of March; 2024 is outside
    assert.equal(byId[ids.bench].value, null);
    await refused(async () => (await world.as('p1_evaluator')).get(`/api/planning/goals/${ids.g1}/evaluation-draft`), 403);

    const body = {
      held_on: '2025-07-01', period_from: '2025-01-01', period_to: '2025-06-30', conclusion: 'Pololetí podle plánu.',
      participants: [
        { kind: 'worker', name: 'Bc. Marek Balog', role: 'klíčový pracovník' },
        { kind: 'partner', name: 'Mgr. Jana Horáková', role: 'sociální pracovnice', organisation: 'OSPOD Náchod' },
        { kind: 'client', name: 'Jan Novák', role: 'uživatel služby' },
      ],
      values: [{ indicator_id: ids.gas }, { indicator_id: ids.share }, { indicator_id: ids.manual, value: 82, note: 'dotazník' }],
    };
    await refused(() => manager.post(`/api/planning/goals/${ids.g1}/evaluations`, { ...body, values: [{ indicator_id: ids.manual }] }), 400, 'values[0].value');
    await refused(() => manager.post(`/api/planning/goals/${ids.g1}/evaluations`, { ...body, values: [{ indicator_id: ids.g2gas }] }), 400, 'values[0].indicator_id');
    await refused(() => manager.post(`/api/planning/goals/${ids.g1}/evaluations`, { ...body, result: 'met' }), 400, 'result');
    await refused(() => manager.post(`/api/planning/goals/${ids.g1}/evaluations`, { ...body, participants: [{ kind: 'alien', name: 'X' }] }), 400, 'participants[0].kind');
    await refused(async () => (await world.as('p1_evaluator')).post(`/api/planning/goals/${ids.g1}/evaluations`, body), 403);
    await refused(async () => (await world.as('p2_admin')).post(`/api/planning/goals/${ids.g1}/evaluations`, body), 404);
    const r = await manager.post(`/api/planning/goals/${ids.g1}/evaluations`, body);
    assert.equal(r.status, 201, r.text);
    ids.interim = r.body.evaluation.id;
    const values = Object.fromEntries(r.body.values.map((v) => [v.indicator_id, v]));
    close(values[ids.gas].value, expectedT, 'recorded T');
    assert.equal(values[ids.gas].clients_n, 6);
    assert.equal(values[ids.manual].value, 82);
    assert.equal(values[ids.manual].on_target, false);
    assert.deepEqual(r.body.participants.map((p) => [p.kind, p.organisation]), [['worker', ''], ['partner', 'OSPOD Náchod'], ['client', '']]);
    // A client who took part is named only to the service's staff: the evaluator sees that a client took part.
    const seen = await (await world.as('p1_evaluator')).get(`/api/planning/evaluations/${ids.interim}`);
    assert.equal(seen.status, 200, seen.text);
    assert.deepEqual(seen.body.participants.map((p) => [p.kind, p.name, p.role]),
      [['worker', 'Bc. Marek Balog', 'klíčový pracovník'], ['partner', 'Mgr. Jana Horáková', 'sociální pracovnice'], ['client', '', '']]);
    assert.ok(!seen.text.includes('Jan Novák'), 'the client is not named to the evaluator');
    const g1 = await manager.get(`/api/planning/goals/${ids.g1}`);
    const gas = g1.body.indicators.find((i) => i.id === ids.gas);
    assert.equal(gas.next_due_on, '2026-01-01');  // held on 2025-07-01 + 6 months
    assert.equal(gas.latest.evaluation_id, ids.interim);
    assert.equal(gas.latest.clients_n, 6);
    assert.equal(gas.on_target, expectedT >= 55);

    // Evidence: a link and a file; the evaluator reads them, cannot add.
    const link = await manager.post(`/api/planning/evaluations/${ids.interim}/evidence`, { kind: 'link', label: 'Zápis z hodnocení', url: 'https://example.cz/zapis' });
    assert.equal(link.status, 201, link.text);
    await refused(() => manager.post(`/api/planning/evaluations/${ids.interim}/evidence`, { kind: 'link', label: 'Špatně', url: 'javascript:alert(1)' }), 400, 'url');
    const file = await manager.request('POST', `/api/planning/evaluations/${ids.interim}/evidence/file?file_name=zapis.txt`, {
      body: 'Zápis z hodnotící schůzky', headers: { 'Content-Type': 'text/plain' } });
    assert.equal(file.status, 201, file.text);
    const evaluator = await world.as('p1_evaluator');
    const detail = await evaluator.get(`/api/planning/evaluations/${ids.interim}`);
    assert.equal(detail.status, 200, detail.text);
    assert.deepEqual(detail.body.evidence.map((e) => e.kind), ['link', 'file']);
    const download = await evaluator.get(`/api/planning/evidence/${file.body.id}/file`);
    assert.equal(download.status, 200);
    assert.equal(download.text, 'Zápis z hodnotící schůzky');
    await refused(() => evaluator.delete(`/api/planning/evidence/${link.body.id}`), 403);
    await refused(async () => (await world.as('p2_admin')).get(`/api/planning/evaluations/${ids.interim}`), 404);
  });

  test('evaluations due per service: overdue and due soon, not later ones', async () => {
    const manager = await world.as('p1_manager');
    const today = new Date().toISOString().slice(0, 10);
    const soon = new Date(Date.now() + 10 * 86400000).toISOString().slice(0, 10);
    const add = async (goal, name, next) => {
      const r = await manager.post(`/api/planning/goals/${goal}/indicators`, { name, source: 'manual', rba: 'how_much', next_due_on: next });
      assert.equal(r.status, 201, r.text);
      return r.body.id;
    };
    const overdue = await add(ids.g2, 'Po termínu', '2020-01-01');
    const dueSoon = await add(ids.g1, 'Brzy', soon);
    const later = await add(ids.g1, 'Později', '2099-01-01');
    const r = await (await world.as('p1_evaluator')).get(`/api/planning/due/evaluations?organisation_id=${world.orgs.p1}`);
    assert.equal(r.status, 200, r.text);
    const byId = Object.fromEntries(r.body.items.map((x) => [x.indicator_id, x]));
    assert.equal(byId[overdue].state, 'overdue');
    assert.equal(byId[overdue].service_id, world.services.s3);
    assert.equal(byId[overdue].goal.code, 'G2');
    assert.equal(byId[dueSoon].state, soon < today ? 'overdue' : 'due_soon');
    assert.equal(byId[later], undefined);
    await refused(async () => (await world.as('p2_admin')).get(`/api/planning/due/evaluations?organisation_id=${world.orgs.p1}`), 404);
    for (const id of [overdue, dueSoon, later]) assert.equal((await manager.delete(`/api/planning/indicators/${id}`)).status, 204);
  });

  test('closing the year: 422 naming the goals without a result, then every goal evaluated and the plan closed', async () => {
    const manager = await world.as('p1_manager');
    const path = `/api/planning/operational-plans/${ids.op}/close`;
    const missing = await refused(() => manager.post(path, { held_on: '2026-01-20', evaluations: [
      { goal_id: ids.o1, result: 'met' }, { goal_id: ids.g1, result: 'partly_met' }] }), 422, 'evaluations');
    assert.match(missing.body.error.message, /O2 Pomoc po povodni/);
    assert.match(missing.body.error.message, /G2 Kontakt s rodinami po povodni/);
    await refused(() => manager.post(path, { held_on: '2026-01-20', evaluations: [{ goal_id: ids.s1, result: 'met' }] }), 400, 'evaluations[0].goal_id');
    await refused(async () => (await world.as('p1_evaluator')).post(path, { held_on: '2026-01-20', evaluations: [] }), 403);
    const partner = { kind: 'partner', name: 'Mgr. Petra Dvořáková', role: 'zástupkyně ředitele', organisation: 'ZŠ Mánesova' };
    const r = await manager.post(path, { held_on: '2026-01-20', evaluations: [
      { goal_id: ids.o1, result: 'partly_met', conclusion: 'Částečně.', participants: [partner] },
      { goal_id: ids.o2, result: 'met' },
      { goal_id: ids.g1, result: 'met', conclusion: 'Splněno.' },
      { goal_id: ids.g2, result: 'not_met' }] });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.plan.state, 'closed');
    assert.deepEqual(Object.fromEntries(r.body.goals.map((g) => [g.code, g.state])), { O1: 'partly_met', O2: 'met', G1: 'met', G2: 'not_met' });
    const g1 = await manager.get(`/api/planning/goals/${ids.g1}`);
    const closing = g1.body.evaluations.find((e) => e.kind === 'closing');
    assert.deepEqual([closing.result, closing.period_from, closing.period_to], ['met', '2025-01-01', '2025-12-31']);
    ids.closing = closing.id;
    const detail = await manager.get(`/api/planning/evaluations/${closing.id}`);
    const gas = detail.body.values.find((v) => v.indicator_id === ids.gas);
    close(gas.value, expectedT, 'closing T');
    assert.equal(gas.clients_n, 6);
    assert.equal(detail.body.values.find((v) => v.indicator_id === ids.manual).value, 82);  // the year's latest by hand
    await refused(() => manager.put(`/api/planning/goals/${ids.g1}`, { level: 'service', parent_goal_id: ids.o1, service_id: world.services.s2, code: 'G1', title: 'Po uzavření' }), 409);
    await refused(() => manager.post(path, { held_on: '2026-01-21', evaluations: [] }), 409);
  });

  test('deriving the next plan: a decision with a reason for every goal; history readable both ways', async () => {
    const manager = await world.as('p1_manager');
    const path = `/api/planning/operational-plans/${ids.op}/derive`;
    const decisions = [
      { goal_id: ids.o1, carry: 'carry_over', reason: 'Cíl trvá.' },
      { goal_id: ids.o2, carry: 'drop', reason: 'Pomoc po povodni skončila.' },
      { goal_id: ids.g1, carry: 'revise', reason: 'Zpřesňujeme.', title: 'Rodiny v terénu si udrží bydlení' },
      { goal_id: ids.g2, carry: 'drop', reason: 'Skončilo s cílem O2.' },
    ];
    await refused(() => manager.post(path, { year: 2026, title: 'Operační plán 2026', decisions: decisions.slice(1) }), 400, 'decisions');
    await refused(() => manager.post(path, { year: 2026, title: 'Operační plán 2026', decisions: decisions.map((d) => ({ ...d, reason: ' ' })) }), 400);
    await refused(() => manager.post(path, { year: 2025, title: 'Stejný rok', decisions }), 400, 'year');
    await refused(async () => (await world.as('p1_evaluator')).post(path, { year: 2026, title: 'X', decisions }), 403);
    const r = await manager.post(path, { year: 2026, title: 'Operační plán 2026', decisions });
    assert.equal(r.status, 201, r.text);
    ids.op2026 = r.body.plan.id;
    assert.equal(r.body.plan.derived_from_id, ids.op);
    const byCode = Object.fromEntries(r.body.goals.map((g) => [g.code, g]));
    assert.deepEqual([byCode.O1.carry, byCode.O1.origin_goal_id, byCode.O1.parent_goal_id, byCode.O1.state], ['carry_over', ids.o1, ids.s1, 'active']);
    assert.deepEqual([byCode.O2.carry, byCode.O2.carry_reason, byCode.O2.state], ['drop', 'Pomoc po povodni skončila.', 'dropped']);
    assert.deepEqual([byCode.G1.carry, byCode.G1.title, byCode.G1.parent_goal_id], ['revise', 'Rodiny v terénu si udrží bydlení', byCode.O1.id]);
    const gas = byCode.G1.indicators.find((i) => i.source === 'gas_t');
    close(gas.baseline, expectedT, 'baseline = last value');
    assert.equal((await manager.get(`/api/planning/operational-plans/${ids.op}`)).body.derived_plan_id, ids.op2026);
    await refused(() => manager.post(path, { year: 2026, title: 'Znovu', decisions }), 409);

    const newer = await manager.get(`/api/planning/goals/${byCode.G1.id}`);
    assert.deepEqual(newer.body.history.map((h) => [h.id, h.state]), [[ids.g1, 'met']]);
    // The revised goal keeps its clients: the roll-up follows the origin chain (its personal goals link to G1).
    assert.equal(newer.body.personal_goals.count, 7);
    const older = await manager.get(`/api/planning/goals/${ids.g1}`);
    assert.deepEqual(older.body.history.map((h) => [h.id, h.carry, h.carry_reason]), [[byCode.G1.id, 'revise', 'Zpřesňujeme.']]);
  });

  test('the impact report: outcomes and indicators against targets with the evidence of each number', async () => {
    const manager = await world.as('p1_manager');
    const q = `organisation_id=${world.orgs.p1}&strategic_plan_id=${ids.plan}&from=2025-01-01&to=2025-12-31`;
    const r = await manager.get(`/api/planning/impact?${q}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.plan.problem, 'Rodiny ve vyloučených lokalitách ztrácejí bydlení.');
    assert.deepEqual(r.body.period, { from: '2025-01-01', to: '2025-12-31' });
    const s1 = r.body.strategic_goals[0];
    assert.equal(s1.goal.code, 'S1');
    const o1 = s1.objectives.find((o) => o.goal.code === 'O1');
    const g1 = o1.service_goals.find((g) => g.goal.code === 'G1');
    assert.equal(g1.outcome.clients, 6);
    assert.equal(o1.outcome.clients, 6);
    const gas = g1.indicators.find((i) => i.id === ids.gas);
    assert.deepEqual(gas.evidence.evaluation_ids, [ids.interim, ids.closing]);
    assert.equal(gas.evidence.held_on, '2026-01-20');
    assert.equal(gas.evidence.clients_n, 6);
    close(gas.value, expectedT, 'impact T');
    assert.equal(gas.target, 55);
    // S1, O1, G1 (O2 is not linked); the interim evaluation of G1 and the closing ones of O1 and G1
    assert.deepEqual([r.body.totals.clients, r.body.totals.goals, r.body.totals.evaluations], [6, 3, 3]);

    // The evaluator reads it; other providers do not know it.
    assert.equal((await (await world.as('p1_evaluator')).get(`/api/planning/impact?${q}`)).status, 200);
    await refused(async () => (await world.as('p2_admin')).get(`/api/planning/impact?${q}`), 404);
    await refused(() => manager.get(`/api/planning/impact?organisation_id=${world.orgs.p1}&from=2025-12-31&to=2025-01-01`), 400, 'to');

    const cs = await manager.get(`/api/planning/impact/report.html?${q}`);
    assert.equal(cs.status, 200);
    assert.match(cs.headers.get('content-type'), /text\/html/);
    assert.match(cs.text, /Zpráva o dopadu/);
    assert.match(cs.text, /Problém, který řešíme/);
    assert.match(cs.text, /hodnocení č\. /);
    // the levels and states as the web pages name them
    assert.match(cs.text, /Provozní cíl /);
    assert.doesNotMatch(cs.text, /Dílčí cíl|>aktivní</);
    const en = await manager.get(`/api/planning/impact/report.html?${q}&lang=en`);
    assert.match(en.text, /Impact report/);
    assert.match(en.text, /lang="en"/);
    const xlsx = await manager.request('GET', `/api/planning/impact/export.xlsx?${q}`);
    assert.equal(xlsx.status, 200);
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
  });

  test('the evaluator reads plans and evaluations but changes nothing; other providers get 404', async () => {
    const evaluator = await world.as('p1_evaluator');
    assert.equal((await evaluator.get(`/api/planning/strategic-plans/${ids.plan}`)).status, 200);
    assert.equal((await evaluator.get(`/api/planning/operational-plans/${ids.op}`)).body.can_manage, false);
    assert.equal((await evaluator.get(`/api/planning/strategic-plans/${ids.plan}/tree`)).status, 200);
    await refused(() => evaluator.put(`/api/planning/strategic-plans/${ids.plan}`, {
      organisation_id: world.orgs.p1, title: 'Přepsáno', year_from: 2023, year_to: 2027 }), 403);
    await refused(() => evaluator.post('/api/planning/operational-plans', { organisation_id: world.orgs.p1, year: 2027, title: 'X' }), 403);
    await refused(() => evaluator.delete(`/api/planning/goals/${ids.s1}`), 403);
    const other = await world.as('p2_admin');
    for (const p of [`/api/planning/strategic-plans/${ids.plan}`, `/api/planning/strategic-plans/${ids.plan}/tree`,
      `/api/planning/operational-plans/${ids.op}`, `/api/planning/goals/${ids.g1}`, `/api/planning/evaluations/${ids.closing}`])
      assert.equal((await other.get(p)).status, 404, p);
    assert.deepEqual((await other.get('/api/planning/strategic-plans')).body.items, []);
    await refused(() => (world.admin).delete(`/api/planning/goals/${ids.s1}`), 409);  // it has children
  });
});
