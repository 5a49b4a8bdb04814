// The medium-term plan of a region (SPRSS, issue 13 item 2), on SQLite and PostgreSQL: the region writes the
// analytical part and the tree priority → goal → measure → activity linked to kinds, target groups,
// territories and indicators with targets per year; sends it for comments; a municipality and a provider of
// the region comment (each sees its own), the region answers (a reason for partly and rejected) and approves;
// an action plan takes measures into a year, is approved and evaluated (done, partly, not, with evidence and
// actual indicator values), and the next year's action plan carries over what was not done. Access: only the
// region manages; drafts are the region's; others read plans sent for comments or approved; bad input is 4xx
// naming the field and changes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, assertUnchanged, setupTenants } from './lib/harness.mjs';
import { pragueDate } from './lib/dates.mjs';

let server;
let world;
const ids = {};

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  for (const login of ['region_officer', 'p1_admin', 'p1_manager', 'p1_readonly', 'p2_worker', 'muni_worker', 'audit_auditor']) await world.as(login);
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

const today = pragueDate();
const inDays = (n) => pragueDate(n);

describe('the plan and its tree', () => {
  test('the region starts a plan with its analytical part', async () => {
    const region = await world.as('region_officer');
    const r = await region.post('/api/network/plans', {
      title: 'Střednědobý plán rozvoje sociálních služeb Královéhradeckého kraje 2025–2027', year_from: 2025, year_to: 2027,
      vision: 'Dostupné služby v každém ORP', analysis_text: 'Analýza pokrytí potřeb a výsledků srovnávání',
      links: [{ kind: 'coverage_map', label: 'Mapa pokrytí potřeb 2024' }, { kind: 'audit_overview', label: 'Přehled auditů kvality' }],
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.plan.status, 'draft');
    assert.equal(r.body.plan.can_manage, true);
    assert.deepEqual(r.body.links.map((l) => [l.kind, l.label]), [['coverage_map', 'Mapa pokrytí potřeb 2024'], ['audit_overview', 'Přehled auditů kvality']]);
    assert.equal(r.body.coverage_round, null); // no locked coverage round in this region
    assert.deepEqual(r.body.benchmark_rounds, []); // no benchmark group in this region
    ids.plan = r.body.plan.id;

    await refused(() => region.post('/api/network/plans', { title: 'X', year_from: 2027, year_to: 2025 }), 400, 'year_to');
    await refused(() => region.post('/api/network/plans', { title: 'X', year_from: 2025, year_to: 2040 }), 400, 'year_to');
    await refused(() => region.post('/api/network/plans', { title: '', year_from: 2025, year_to: 2027 }), 400, 'title');
    await refused(() => region.post('/api/network/plans', { title: 'X', year_from: 2025, year_to: 2027, links: [{ kind: 'web', label: 'X' }] }), 400, 'links[0].kind');
    await refused(async () => (await world.as('p1_admin')).post('/api/network/plans', { title: 'X', year_from: 2025, year_to: 2027 }), 403);
  });

  test('the tree: levels in order, codes numbered, links named', async () => {
    const region = await world.as('region_officer');
    const add = (body) => region.post(`/api/network/plans/${ids.plan}/nodes`, body);
    const p1 = await add({ level: 'priority', title: 'Dostupnost služeb v území' });
    assert.equal(p1.status, 201, p1.text);
    assert.equal(p1.body.code, '1');
    assert.equal(p1.body.level_name, 'priorita');
    ids.p1 = p1.body.id;
    ids.p2 = (await add({ level: 'priority', title: 'Kvalita služeb' })).body.id;
    const g = await add({ level: 'goal', parent_id: ids.p1, title: 'Terénní péče ve všech ORP' });
    assert.equal(g.body.code, '1.1');
    ids.g1 = g.body.id;
    const m = await add({ level: 'measure', parent_id: ids.g1, title: 'Rozšířit pečovatelskou službu', kinds: ['4'], target_groups: ['24'], territories: ['5209', '5214'], responsible: 'odbor sociálních věcí' });
    assert.equal(m.status, 201, m.text);
    assert.equal(m.body.code, '1.1.1');
    assert.deepEqual(m.body.kinds, [{ code: '4', name: 'Pečovatelská služba' }]);
    assert.deepEqual(m.body.territories.map((t) => t.name), ['Náchod', 'Trutnov']);
    assert.ok(m.body.target_groups[0].name && m.body.target_groups[0].name !== '24');
    ids.m1 = m.body.id;
    ids.m2 = (await add({ level: 'measure', parent_id: ids.g1, title: 'Odlehčovací služby', code: 'A.2' })).body.id;
    const act = await add({ level: 'activity', parent_id: ids.m1, title: 'Nové středisko v Trutnově' });
    assert.equal(act.body.code, '1.1.1.1');
    ids.a1 = act.body.id;

    await refused(() => add({ level: 'goal', title: 'Bez rodiče' }), 400, 'parent_id');
    await refused(() => add({ level: 'measure', parent_id: ids.p1, title: 'Pod prioritou' }), 400, 'parent_id');
    await refused(() => add({ level: 'priority', parent_id: ids.p1, title: 'Vnořená priorita' }), 400, 'parent_id');
    await refused(() => add({ level: 'úkol', title: 'X' }), 400, 'level');
    await refused(() => add({ level: 'priority', title: 'X', kinds: ['999'] }), 400, 'kinds');
    await refused(() => add({ level: 'priority', title: 'X', code: '1/2' }), 400, 'code');
    await refused(() => add({ title: 'X' }), 400, 'level');

    const d = await region.get(`/api/network/plans/${ids.plan}`);
    assert.deepEqual(d.body.nodes.map((n) => [n.code, n.level]), [
      ['1', 'priority'], ['1.1', 'goal'], ['1.1.1', 'measure'], ['1.1.1.1', 'activity'], ['A.2', 'measure'], ['2', 'priority'],
    ]);
    const changed = await region.put(`/api/network/plan-nodes/${ids.p2}`, { title: 'Kvalita a udržitelnost služeb', description: 'Audity a rozvoj personálu' });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.title, 'Kvalita a udržitelnost služeb');
    const extra = await add({ level: 'goal', parent_id: ids.p2, title: 'Smazat' });
    assert.equal((await region.delete(`/api/network/plan-nodes/${extra.body.id}`)).status, 204);
  });

  test('indicators with targets per year', async () => {
    const region = await world.as('region_officer');
    const r = await region.post(`/api/network/plan-nodes/${ids.m1}/indicators`, {
      name: 'Počet klientů pečovatelské služby', unit: 'klienti', baseline: 120,
      years: [{ year: 2025, target: 140 }, { year: 2026, target: 160 }, { year: 2027, target: 180 }],
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.source, 'manual');
    assert.deepEqual(r.body.years.map((y) => [y.year, y.target, y.actual]), [[2025, 140, null], [2026, 160, null], [2027, 180, null]]);
    ids.ind = r.body.id;
    await refused(() => region.post(`/api/network/plan-nodes/${ids.m1}/indicators`, { name: 'X', years: [{ year: 2030, target: 1 }] }), 400, 'years[0].year');
    await refused(() => region.post(`/api/network/plan-nodes/${ids.m1}/indicators`, { name: 'X', years: [{ year: 2025 }, { year: 2025 }] }), 400, 'years[1].year');
    await refused(() => region.post(`/api/network/plan-nodes/${ids.m1}/indicators`, { name: 'X', source: 'benchmark' }), 400, 'bm_group_id');
    await refused(() => region.post(`/api/network/plan-nodes/${ids.m1}/indicators`, { name: 'X', source: 'benchmark', bm_group_id: 999999, bm_indicator_code: 'x' }), 400, 'bm_group_id');
    await refused(() => region.post(`/api/network/plan-nodes/${ids.m1}/indicators`, { name: 'X', source: 'planning', pl_indicator_id: 999999 }), 400, 'pl_indicator_id');
    await refused(() => region.post(`/api/network/plan-nodes/${ids.m1}/indicators`, { name: 'X', direction: 'up' }), 400, 'direction');
    const u = await region.put(`/api/network/plan-indicators/${ids.ind}`, {
      name: 'Počet klientů pečovatelské služby', unit: 'klienti', baseline: 120, years: [{ year: 2025, target: 150 }, { year: 2026, target: 170 }],
    });
    assert.equal(u.status, 200, u.text);
    assert.deepEqual(u.body.years.map((y) => y.target), [150, 170]);
    const d = await region.get(`/api/network/plans/${ids.plan}`);
    assert.equal(d.body.nodes.find((n) => n.id === ids.m1).indicators[0].name, 'Počet klientů pečovatelské služby');
  });

  test('drafts are the region\'s', async () => {
    for (const login of ['p1_manager', 'muni_worker']) {
      const c = await world.as(login);
      assert.deepEqual((await c.get('/api/network/plans')).body.items, [], login);
      await refused(() => c.get(`/api/network/plans/${ids.plan}`), 404);
    }
    await refused(async () => (await world.as('p1_admin')).put(`/api/network/plan-nodes/${ids.p1}`, { title: 'X' }), 404);
  });
});

describe('the comment period', () => {
  test('municipalities and providers comment; each sees its own; the region answers', async () => {
    const region = await world.as('region_officer');
    await refused(() => region.post(`/api/network/plans/${ids.plan}/send`, { comments_until: '2020-01-01' }), 400, 'comments_until');
    const sent = await region.post(`/api/network/plans/${ids.plan}/send`, { comments_until: inDays(30) });
    assert.equal(sent.status, 200, sent.text);
    assert.equal(sent.body.plan.status, 'comments');
    assert.equal(sent.body.can_comment, false);

    const muni = await world.as('muni_worker');
    const seen = await muni.get(`/api/network/plans/${ids.plan}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.body.can_comment, true);
    assert.equal(seen.body.plan.can_manage, false);
    const c1 = await muni.post(`/api/network/plans/${ids.plan}/comments`, { node_id: ids.m1, text: 'Chybí pokrytí obcí v Broumovském výběžku.' });
    assert.equal(c1.status, 201, c1.text);
    assert.equal(c1.body.node_code, '1.1.1');
    assert.equal(c1.body.author_org_name, 'Město Náchod');
    assert.equal(c1.body.status, 'open');
    ids.c1 = c1.body.id;
    const provider = await world.as('p2_worker');
    const c2 = await provider.post(`/api/network/plans/${ids.plan}/comments`, { text: 'Navrhujeme doplnit osobní asistenci do priority 1.' });
    assert.equal(c2.status, 201, c2.text);
    ids.c2 = c2.body.id;
    const c3 = await provider.post(`/api/network/plans/${ids.plan}/comments`, { text: 'Rozpočet opatření 1.1.1 je nízký.' });
    ids.c3 = c3.body.id;

    await refused(() => provider.post(`/api/network/plans/${ids.plan}/comments`, { text: '' }), 400, 'text');
    await refused(() => provider.post(`/api/network/plans/${ids.plan}/comments`, { text: 'X', node_id: 999999 }), 400, 'node_id');
    await refused(async () => (await world.as('p1_readonly')).post(`/api/network/plans/${ids.plan}/comments`, { text: 'X' }), 403);
    await refused(async () => (await world.as('audit_auditor')).post(`/api/network/plans/${ids.plan}/comments`, { text: 'X' }), 403);

    assert.deepEqual((await muni.get(`/api/network/plans/${ids.plan}/comments`)).body.items.map((c) => [c.id, c.mine]), [[ids.c1, true]]);
    assert.deepEqual((await provider.get(`/api/network/plans/${ids.plan}/comments`)).body.items.map((c) => c.id), [ids.c2, ids.c3]);
    assert.deepEqual((await region.get(`/api/network/plans/${ids.plan}/comments`)).body.items.map((c) => c.id), [ids.c1, ids.c2, ids.c3]);

    await refused(() => region.post(`/api/network/plan-comments/${ids.c2}/answer`, { status: 'rejected' }), 400, 'answer');
    await refused(() => region.post(`/api/network/plan-comments/${ids.c2}/answer`, { status: 'open', answer: 'X' }), 400, 'status');
    await refused(() => muni.post(`/api/network/plan-comments/${ids.c1}/answer`, { status: 'accepted' }), 403);
    const a1 = await region.post(`/api/network/plan-comments/${ids.c1}/answer`, { status: 'accepted', answer: 'Doplněno do opatření 1.1.1.' });
    assert.equal(a1.status, 200, a1.text);
    assert.equal(a1.body.status_name, 'akceptována');
    assert.equal((await region.post(`/api/network/plan-comments/${ids.c2}/answer`, { status: 'partly', answer: 'Osobní asistence bude v příštím plánu.' })).status, 200);
    assert.equal((await region.post(`/api/network/plan-comments/${ids.c3}/answer`, { status: 'rejected', answer: 'Rozpočet vychází z finančního výhledu.' })).status, 200);
    const mine = await muni.get(`/api/network/plans/${ids.plan}/comments`);
    assert.equal(mine.body.items[0].answer, 'Doplněno do opatření 1.1.1.');
    const list = await region.get('/api/network/plans');
    assert.deepEqual(list.body.items.map((p) => [p.comments_total, p.comments_open]), [[3, 0]]);
    // a municipality and a provider count what they see: their own organisation's comments
    const muniPlans = await muni.get('/api/network/plans');
    assert.deepEqual(muniPlans.body.items.map((p) => p.comments_total), [1]);
    assert.equal((await muni.get(`/api/network/plans/${ids.plan}`)).body.plan.comments_total, 1);
    const providerPlan = await (await world.as('p2_worker')).get(`/api/network/plans/${ids.plan}`);
    assert.equal(providerPlan.body.plan.comments_total, 2);
  });

  test('approval closes the plan', async () => {
    const region = await world.as('region_officer');
    const a = await region.post(`/api/network/plans/${ids.plan}/approve`, { approved_on: today, approved_by_text: 'Zastupitelstvo kraje, usnesení ZK/5/2024' });
    assert.equal(a.status, 200, a.text);
    assert.equal(a.body.plan.status, 'approved');
    assert.equal(a.body.plan.can_manage, false);
    await refused(() => region.post(`/api/network/plans/${ids.plan}/nodes`, { level: 'priority', title: 'X' }), 409, 'status');
    await refused(() => region.put(`/api/network/plan-nodes/${ids.p1}`, { title: 'X' }), 409, 'status');
    await refused(async () => (await world.as('p2_worker')).post(`/api/network/plans/${ids.plan}/comments`, { text: 'Pozdě' }), 409, 'status');
    const muni = await world.as('muni_worker');
    assert.equal((await muni.get('/api/network/plans')).body.items.length, 1);
  });
});

describe('action plans', () => {
  test('an action plan takes measures into a year and is approved', async () => {
    const region = await world.as('region_officer');
    const r = await region.post(`/api/network/plans/${ids.plan}/action-plans`, { year: 2025 });
    assert.equal(r.status, 201, r.text);
    ids.ap2025 = r.body.action_plan.id;
    await refused(() => region.post(`/api/network/plans/${ids.plan}/action-plans`, { year: 2025 }), 409, 'year');
    await refused(() => region.post(`/api/network/plans/${ids.plan}/action-plans`, { year: 2031 }), 400, 'year');
    await refused(() => region.post(`/api/network/action-plans/${ids.ap2025}/approve`, { approved_on: '2025-01-20' }), 400, 'items');
    await refused(() => region.put(`/api/network/action-plans/${ids.ap2025}`, { items: [{ node_id: ids.g1, what: 'Cíl není opatření' }] }), 400, 'items[0].node_id');
    await refused(() => region.put(`/api/network/action-plans/${ids.ap2025}`, { items: [{ node_id: ids.m1, what: '' }] }), 400, 'items[0].what');
    const items = await region.put(`/api/network/action-plans/${ids.ap2025}`, {
      items: [
        { node_id: ids.m1, what: 'Výběrové řízení na nové středisko', responsible: 'OSV', due: '2025-06-30', budget: 500000 },
        { node_id: ids.a1, what: 'Otevřít středisko v Trutnově', responsible: 'Charita', due: '2025-12-31', budget: 1200000 },
        { node_id: ids.m2, what: 'Analýza potřeby odlehčovacích služeb', due: '2025-09-30' },
      ],
    });
    assert.equal(items.status, 200, items.text);
    assert.deepEqual(items.body.items.map((i) => [i.node_code, i.what]), [
      ['1.1.1', 'Výběrové řízení na nové středisko'], ['1.1.1.1', 'Otevřít středisko v Trutnově'], ['A.2', 'Analýza potřeby odlehčovacích služeb'],
    ]);
    ids.items = items.body.items.map((i) => i.id);
    await refused(() => region.delete(`/api/network/plan-nodes/${ids.m2}`), 409, 'status'); // the approved plan's tree is fixed
    const a = await region.post(`/api/network/action-plans/${ids.ap2025}/approve`, { approved_on: '2025-01-20' });
    assert.equal(a.status, 200, a.text);
    assert.equal(a.body.action_plan.status, 'approved');
    await refused(() => region.put(`/api/network/action-plans/${ids.ap2025}`, { items: [] }), 409, 'status');
  });

  test('the evaluation: every item done, partly or not, with evidence; actual values', async () => {
    const region = await world.as('region_officer');
    const [i1, i2, i3] = ids.items;
    await refused(() => region.post(`/api/network/action-plans/${ids.ap2025}/evaluate`, { evaluated_on: '2026-01-31', items: [{ id: i1, result: 'done' }] }), 400, 'items');
    await refused(() => region.post(`/api/network/action-plans/${ids.ap2025}/evaluate`, {
      evaluated_on: '2026-01-31', items: [{ id: i1, result: 'done' }, { id: i2, result: 'partly' }, { id: i3, result: 'not', result_text: 'X' }],
    }), 400, 'items[1].result_text');
    await refused(() => region.post(`/api/network/action-plans/${ids.ap2025}/evaluate`, {
      evaluated_on: '2026-01-31', items: [{ id: i1, result: 'hotovo' }, { id: i2, result: 'done' }, { id: i3, result: 'done' }],
    }), 400, 'items[0].result');
    await refused(() => region.post(`/api/network/action-plans/${ids.ap2025}/evaluate`, {
      evaluated_on: '2026-01-31', items: [{ id: i1, result: 'done' }, { id: i2, result: 'done' }, { id: 999999, result: 'done' }],
    }), 400, 'items[2].id');
    const e = await region.post(`/api/network/action-plans/${ids.ap2025}/evaluate`, {
      evaluated_on: '2026-01-31', summary: 'Splněna většina úkolů',
      items: [
        { id: i1, result: 'done', evidence: 'Smlouva č. 12/2025' },
        { id: i2, result: 'partly', result_text: 'Stavba dokončena, provoz od března 2026', evidence: 'Kolaudace 12/2025' },
        { id: i3, result: 'not', result_text: 'Nebyla kapacita odboru' },
      ],
      indicators: [{ indicator_id: ids.ind, actual: 138 }],
    });
    assert.equal(e.status, 200, e.text);
    assert.equal(e.body.action_plan.status, 'evaluated');
    assert.deepEqual(e.body.items.map((i) => [i.result, i.result_name]), [['done', 'splněno'], ['partly', 'splněno částečně'], ['not', 'nesplněno']]);
    const plan = await region.get(`/api/network/plans/${ids.plan}`);
    const ind = plan.body.nodes.find((n) => n.id === ids.m1).indicators[0];
    assert.deepEqual(ind.years.map((y) => [y.year, y.target, y.actual]), [[2025, 150, 138], [2026, 170, null]]);
    await refused(() => region.post(`/api/network/action-plans/${ids.ap2025}/evaluate`, { evaluated_on: '2026-01-31', items: [] }), 409, 'status');
  });

  test('the next year carries over what was not done, once', async () => {
    const region = await world.as('region_officer');
    await refused(() => region.post(`/api/network/plans/${ids.plan}/action-plans/2027/from-previous`), 409, 'year');
    const r = await region.post(`/api/network/plans/${ids.plan}/action-plans/2026/from-previous`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.action_plan.year, 2026);
    assert.equal(r.body.action_plan.status, 'draft');
    assert.deepEqual(r.body.items.map((i) => [i.what, i.due, i.budget, i.carried_from.result, i.carried_from.year]), [
      ['Otevřít středisko v Trutnově', '2026-12-31', 1200000, 'partly', 2025],
      ['Analýza potřeby odlehčovacích služeb', '2026-09-30', null, 'not', 2025],
    ]);
    assert.equal(r.body.previous.year, 2025);
    ids.ap2026 = r.body.action_plan.id;
    const again = await region.post(`/api/network/plans/${ids.plan}/action-plans/2026/from-previous`);
    assert.equal(again.body.items.length, 2);
    // the region adds a new item beside the carried ones; carried items keep where they came from
    const kept = again.body.items.map((i) => ({ id: i.id, node_id: i.node_id, what: i.what, due: i.due, budget: i.budget ?? undefined }));
    const u = await region.put(`/api/network/action-plans/${ids.ap2026}`, { items: [...kept, { node_id: ids.m1, what: 'Nábor pečovatelek' }] });
    assert.equal(u.status, 200, u.text);
    assert.deepEqual(u.body.items.map((i) => i.carried_from?.item_id ?? null), [ids.items[1], ids.items[2], null]);
    const list = await region.get(`/api/network/plans/${ids.plan}/action-plans`);
    assert.deepEqual(list.body.items.map((a) => [a.year, a.status, a.items]), [[2025, 'evaluated', 3], [2026, 'draft', 3]]);
    // others read the approved plan's action plans and change nothing
    const muni = await world.as('muni_worker');
    const seen = await muni.get(`/api/network/action-plans/${ids.ap2025}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.body.can_manage, false);
    await refused(() => muni.post(`/api/network/plans/${ids.plan}/action-plans/2027/from-previous`), 403);
    await refused(async () => (await world.as('audit_auditor')).get(`/api/network/action-plans/${ids.ap2025}`), 404);
  });
});

// Indicators taken from benchmarking (issue 13 item 2): a working group of the region for home care with one
// service (Pečovatelská služba Náchodsko) and a locked round of 2025; an indicator of the plan chosen from the
// group's methodology gets the group's median of the round of each plan year beside the values typed at the
// evaluations. The group has a single service: the region sees the value, a municipality reading the plan sees
// it suppressed (fewer than 3 services), as the benchmark results suppress small groups.
describe('indicators from benchmarking', () => {
  test('a benchmark indicator reads the group median of the round of each year', async () => {
    const region = await world.as('region_officer');
    const g = await region.post('/api/benchmark/groups', { name: 'Pečovatelská služba kraje', kinds: ['4'] });
    assert.equal(g.status, 201, g.text);
    const group = g.body.id;
    const members = await region.put(`/api/benchmark/groups/${group}/members`, {
      members: [{ provider_org_id: world.orgs.p1, participation: 'full', joined_on: '2024-01-01' }],
    });
    assert.equal(members.status, 200, members.text);
    const m = await region.post(`/api/benchmark/groups/${group}/methodologies`, { name: 'Metodika pečovatelské služby' });
    assert.equal(m.status, 201, m.text);
    const put = await region.put(`/api/benchmark/methodologies/${m.body.id}`, {
      name: 'Metodika pečovatelské služby',
      items: [
        { code: 'clients_total', name_cs: 'Klienti za rok', unit: 'osoby', min_value: 0, max_value: 5000 },
        { code: 'fte_direct', name_cs: 'Úvazky přímé péče', unit: 'úvazky', min_value: 0, max_value: 500 },
      ],
      indicators: [
        { code: 'clients_per_fte', name_cs: 'Klienti na úvazek přímé péče', numerator: 'clients_total', denominator: 'fte_direct', unit: 'osoby', direction: 'higher', rba: 'how_much' },
      ],
      rules: [],
    });
    assert.equal(put.status, 200, put.text);
    assert.equal((await region.post(`/api/benchmark/methodologies/${m.body.id}/publish`)).status, 200);
    const round = await region.post(`/api/benchmark/groups/${group}/rounds`, { name: 'Kolo 2025', period_year: 2025, kind: 'full', methodology_id: m.body.id });
    assert.equal(round.status, 201, round.text);
    const p1 = await world.as('p1_admin');
    const form = `/api/benchmark/rounds/${round.body.id}/services/${world.services.s2}`;
    const saved = await p1.put(`${form}/form`, { values: { clients_total: 150, fte_direct: 12 } });
    assert.equal(saved.status, 200, saved.text);
    assert.equal((await p1.post(`${form}/submit`)).status, 200);
    assert.equal((await region.post(`/api/benchmark/rounds/${round.body.id}/lock`)).status, 200);

    const plan = await region.post('/api/network/plans', { title: 'SPRSS – ukazatele ze srovnávání', year_from: 2025, year_to: 2027 });
    assert.equal(plan.status, 201, plan.text);
    const node = await region.post(`/api/network/plans/${plan.body.plan.id}/nodes`, { level: 'priority', title: 'Dostupnost pečovatelské služby' });
    assert.equal(node.status, 201, node.text);
    const path = `/api/network/plan-nodes/${node.body.id}/indicators`;
    await refused(() => region.post(path, { name: 'X', source: 'benchmark', bm_group_id: group, bm_indicator_code: 'no_such' }), 400, 'bm_indicator_code');
    const r = await region.post(path, {
      source: 'benchmark', bm_group_id: group, bm_indicator_code: 'clients_per_fte', name: 'Klienti na úvazek přímé péče', unit: 'osoby',
      years: [{ year: 2025, target: 12 }, { year: 2026, target: 13, actual: 12.8 }],
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.source, 'benchmark');
    assert.equal(r.body.source_name, 'Pečovatelská služba kraje');
    assert.equal(r.body.source_indicator_name, 'Klienti na úvazek přímé péče');
    assert.deepEqual(r.body.actuals.map((a) => [a.year, a.source, a.value, a.suppressed, a.detail, a.n, a.preliminary]), [
      [2025, 'benchmark', 12.5, false, 'Kolo 2025', 1, false],
      [2026, 'manual', 12.8, false, '', null, false],
    ]);

    // editing keeps the source; the plan's page shows the same values
    const u = await region.put(`/api/network/plan-indicators/${r.body.id}`, {
      source: 'benchmark', bm_group_id: group, bm_indicator_code: 'clients_per_fte', name: 'Klienti na úvazek (medián skupiny)', unit: 'osoby',
      years: [{ year: 2025, target: 12 }],
    });
    assert.equal(u.status, 200, u.text);
    assert.equal(u.body.bm_group_id, group);
    const sent = await region.post(`/api/network/plans/${plan.body.plan.id}/send`, { comments_until: inDays(30) });
    assert.equal(sent.status, 200, sent.text);
    const seen = (await region.get(`/api/network/plans/${plan.body.plan.id}`)).body.nodes[0].indicators[0];
    assert.deepEqual(seen.actuals.map((a) => [a.year, a.source, a.value]), [[2025, 'benchmark', 12.5]]);

    // a municipality reads the plan: the group of one service is suppressed, no value of a single provider
    const muni = await world.as('muni_worker');
    const read = await muni.get(`/api/network/plans/${plan.body.plan.id}`);
    assert.equal(read.status, 200, read.text);
    assert.deepEqual(read.body.nodes[0].indicators[0].actuals.map((a) => [a.year, a.source, a.value, a.suppressed]), [
      [2025, 'benchmark', null, true],
    ]);
  });
});
