// The network's financing (issue 13 item 4), on SQLite and PostgreSQL: the region's financing model per kind and
// form, a service's budget planned and actual (costs by category, revenues by source), subsidy lines with the
// optimal amount beside the requested and the granted one and the difference explained, the 3-year outlook by
// source, cost category and kind with a what-if scenario, the network of a year taking over from the registered
// capacity, and the Excel export.
// Access: a provider sees and edits only its own services' budgets and requested amounts; the region sees its
// region and sets granted amounts; a municipality sees no financing; another provider gets 404.
//
// Services (tests/api/lib/harness.mjs): s1 Domov pro seniory Světlá (kind 13, pob, 80 beds, p1), s2 Pečovatelská
// služba Náchodsko (kind 4, amb+ter, 120 clients, p1), s3 Azylový dům (kind 20, p1: the model has no row), s4
// ended (p1), s5 Osobní asistence Krkonoše (kind 3, 40 clients, p2), s6 in region 19 (p3).
// Model 2026 of region 86, costs growing 4 % a year:
//   13/pob bed-day 365 a bed, 1800 Kč, own 1200, other public 50, share 0.9 → s1: 29,200 bed-days,
//     optimal 600 × 29,200 × 0.9 − 50 × 29,200 = 14,308,000
//   4 hour 100 a client, 450 Kč, own 90 → s2: 12,000 hours, optimal 360 × 12,000 = 4,320,000
//   3 hour 200 a client, 400 Kč, own 60 → s5: 8,000 hours, optimal 340 × 8,000 = 2,720,000
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, assertUnchanged, setupTenants, unzipText } from './lib/harness.mjs';

let server;
let world;
const ids = {};

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  // A member of the region's staff who reads in English.
  const r = await world.admin.post('/api/users', {
    login: 'region_en', display_name: 'Regional analyst', email: 'analyst@example.cz', password: PASSWORD, language: 'en',
    memberships: [{ organisation_id: world.orgs.region, role: 'readonly' }],
  });
  assert.equal(r.status, 201, r.text);
  world.users.region_en = { id: r.body.id };
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

const near = (actual, expected, what) => assert.ok(Math.abs(actual - expected) < 0.01, `${what}: ${actual} ≠ ${expected}`);
const nearAll = (actual, expected, what) => {
  assert.equal(actual.length, expected.length, what);
  expected.forEach((e, i) => near(actual[i], e, `${what}[${i}]`));
};

const MODEL = {
  year: 2026,
  name: 'Model financování 2026',
  cost_growth: 0.04,
  rows: [
    { kind_code: '13', form_code: 'pob', unit: 'bed_day', units_per_capacity: 365, reference_cost: 1800, own_revenue: 1200, other_public: 50, subsidy_share: 0.9 },
    { kind_code: '4', unit: 'hour', units_per_capacity: 100, reference_cost: 450, own_revenue: 90 },
    { kind_code: '3', unit: 'hour', units_per_capacity: 200, reference_cost: 400, own_revenue: 60, note: 'Osobní asistence' },
  ],
};

describe('the financing model', () => {
  test('the region creates it; checks name the field; providers read it, municipalities not', async () => {
    const region = await world.as('region_officer');
    const bad = (patch) => ({ ...MODEL, ...patch });
    await refused(() => region.post('/api/network/fin/models', bad({ rows: [{ ...MODEL.rows[0] }, { ...MODEL.rows[1], subsidy_share: 1.5 }] })), 400, 'rows[1].subsidy_share');
    await refused(() => region.post('/api/network/fin/models', bad({ rows: [{ ...MODEL.rows[0], unit: 'day' }] })), 400, 'rows[0].unit');
    await refused(() => region.post('/api/network/fin/models', bad({ rows: [{ ...MODEL.rows[0], kind_code: '999' }] })), 400, 'rows[0].kind_code');
    await refused(() => region.post('/api/network/fin/models', bad({ rows: [MODEL.rows[1], MODEL.rows[1]] })), 400, 'rows[1].form_code');
    await refused(() => region.post('/api/network/fin/models', bad({ cost_growth: 2 })), 400, 'cost_growth');
    await refused(() => region.post('/api/network/fin/models', bad({ year: 1990 })), 400, 'year');
    await refused(() => region.post('/api/network/fin/models', bad({ name: '' })), 400, 'name');
    const provider = await world.as('p1_manager');
    await refused(() => provider.post('/api/network/fin/models', MODEL), 403);

    const r = await region.post('/api/network/fin/models', MODEL);
    assert.equal(r.status, 201, r.text);
    ids.model = r.body.model.id;
    assert.equal(r.body.model.region_name, 'Královéhradecký kraj');
    assert.equal(r.body.can_manage, true);
    assert.equal(r.body.rows.length, 3);
    const dsRow = r.body.rows.find((x) => x.kind_code === '13');
    assert.equal(dsRow.form_name, 'Pobytová');
    assert.equal(dsRow.unit_name, 'lůžkoden');
    assert.equal(dsRow.compensation_per_unit, 600);
    assert.ok(dsRow.kind_name.length > 0 && dsRow.kind_name !== '13');
    await refused(() => region.post('/api/network/fin/models', MODEL), 409, 'year');

    const read = await provider.get(`/api/network/fin/models/${ids.model}`);
    assert.equal(read.status, 200, read.text);
    assert.equal(read.body.can_manage, false);
    await refused(() => provider.put(`/api/network/fin/models/${ids.model}`, { name: 'X' }), 403);
    const list = await provider.get('/api/network/fin/models');
    assert.deepEqual(list.body.items.map((m) => m.year), [2026]);
    const muni = await world.as('muni_worker');
    assert.equal((await muni.get('/api/network/fin/models')).status, 403);
    assert.equal((await muni.get('/api/network/fin/lines?year=2026')).status, 403);

    const renamed = await region.put(`/api/network/fin/models/${ids.model}`, { name: 'Model financování 2026 (schválený)', status: 'approved', cost_growth: 0.04 });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.body.model.status, 'approved');
    assert.equal(renamed.body.rows.length, 3, 'rows absent: the rows stay');
  });
});

describe('budgets', () => {
  test('the provider edits its own budget, the region reads it, another provider does not see it', async () => {
    const provider = await world.as('p1_manager');
    const url = `/api/network/fin/services/${world.services.s1}/budget?year=2026`;
    const body = {
      costs: [{ category: 'personnel', amount: 40000000 }, { category: 'operating', amount: 12000000 }],
      revenues: [
        { source: 'client_payments', amount: 27000000 }, { source: 'health_insurance', amount: 8000000 },
        { source: 'state_subsidy', amount: 14000000 }, { source: 'municipalities', amount: 1000000 }, { source: 'region', amount: 500000 },
      ],
    };
    await refused(() => provider.put(url, { ...body, costs: [{ category: 'client_payments', amount: 5 }] }), 400, 'costs[0].category');
    await refused(() => provider.put(url, { ...body, revenues: [{ source: 'client_payments', amount: -1 }] }), 400, 'revenues[0].amount');
    await refused(() => provider.put(url, { ...body, costs: [{ category: 'personnel', amount: 1 }, { category: 'personnel', amount: 2 }] }), 400, 'costs[1].category');
    await refused(() => provider.put(`/api/network/fin/services/${world.services.s1}/budget?year=20x6`, body), 400, 'year');
    const r = await provider.put(url, body);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.total_cost, 52000000);
    assert.equal(r.body.total_revenue, 50500000);
    assert.equal(r.body.balance, -1500000);
    assert.equal(r.body.can_edit, true);
    assert.equal(r.body.revenues.find((x) => x.source === 'health_insurance').name, 'zdravotní pojišťovny');
    assert.equal(r.body.costs.find((x) => x.category === 'investment').amount, 0);

    const region = await world.as('region_officer');
    const read = await region.get(url);
    assert.equal(read.status, 200);
    assert.equal(read.body.total_cost, 52000000);
    const other = await world.as('p2_admin');
    await refused(() => other.get(url), 404);
    await refused(() => other.put(url, body), 404);
    const readonly = await world.as('p1_readonly');
    await refused(() => readonly.put(url, body), 403);
    // The actual figures beside the plan: a budget of their own, the plan unchanged.
    const actual = await provider.put(`${url}&kind=actual`, { costs: [{ category: 'personnel', amount: 41500000 }], revenues: [{ source: 'client_payments', amount: 26800000 }] });
    assert.equal(actual.status, 200, actual.text);
    assert.equal(actual.body.kind, 'actual');
    assert.equal(actual.body.total_cost, 41500000);
    assert.equal((await region.get(url)).body.total_cost, 52000000);
    assert.equal((await region.get(`${url}&kind=actual`)).body.total_revenue, 26800000);
    await refused(() => provider.put(`${url}&kind=forecast`, body), 400, 'kind');
    const en = await world.as('region_en');
    assert.equal((await en.get(url)).body.can_edit, false);
    await refused(() => en.put(url, body), 403);
    assert.equal((await en.get(url)).body.revenues.find((x) => x.source === 'health_insurance').name, 'health insurance');
  });
});

describe('subsidy lines', () => {
  test('optimal beside requested and granted; the provider requests, the region grants', async () => {
    const provider = await world.as('p1_manager');
    const mine = await provider.get('/api/network/fin/lines?year=2026');
    assert.equal(mine.status, 200, mine.text);
    const byService = Object.fromEntries(mine.body.items.map((l) => [l.service.id, l]));
    assert.deepEqual(Object.keys(byService).map(Number).sort((a, b) => a - b), [world.services.s1, world.services.s2, world.services.s3].sort((a, b) => a - b));
    near(byService[world.services.s1].units, 29200, 's1 units');
    near(byService[world.services.s1].optimal, 14308000, 's1 optimal');
    near(byService[world.services.s2].optimal, 4320000, 's2 optimal');
    assert.equal(byService[world.services.s2].unit_name, 'hodina');
    assert.equal(byService[world.services.s3].optimal, 0, 'no model row for kind 20');
    assert.equal(byService[world.services.s1].difference_text, 'bez požadavku; dosud nepřiznáno');

    const line = (sid) => `/api/network/fin/lines/${sid}/2026`;
    await refused(() => provider.put(line(world.services.s1), { requested: 16000000, granted: 16000000 }), 403, 'granted');
    await refused(() => provider.put(line(world.services.s1), { difference_reason: 'x' }), 403, 'difference_reason');
    await refused(() => provider.put(line(world.services.s1), { requested: -5 }), 400, 'requested');
    await refused(() => provider.put(line(world.services.s5), { requested: 5 }), 404);
    const requested = await provider.put(line(world.services.s1), { requested: 16000000 });
    assert.equal(requested.status, 200, requested.text);
    assert.equal(requested.body.requested_percent, 112);
    assert.equal(requested.body.difference_text, 'požadavek o 12 % nad optimem; dosud nepřiznáno');
    assert.equal(requested.body.can_grant, false);
    near(requested.body.optimal, 14308000, 'optimal of the answer');

    const region = await world.as('region_officer');
    const granted = await region.put(line(world.services.s1), { granted: 12161800, difference_reason: 'Krácení podle dostupných prostředků kraje.' });
    assert.equal(granted.status, 200, granted.text);
    assert.equal(granted.body.granted_percent, 85);
    assert.equal(granted.body.difference_text, 'požadavek o 12 % nad optimem; přiznáno 85 % optima (76 % požadavku)');
    assert.equal(granted.body.requested, 16000000, 'the request stays');

    const all = await region.get('/api/network/fin/lines?year=2026');
    assert.deepEqual(all.body.items.map((l) => l.service.id).sort((a, b) => a - b),
      [world.services.s1, world.services.s2, world.services.s3, world.services.s5].sort((a, b) => a - b));
    near(all.body.total_optimal, 14308000 + 4320000 + 2720000, 'total optimal');
    assert.equal(all.body.total_granted, 12161800);
    const other = await world.as('p2_admin');
    const theirs = await other.get('/api/network/fin/lines?year=2026');
    assert.deepEqual(theirs.body.items.map((l) => l.service.id), [world.services.s5]);
    await refused(() => other.put(line(world.services.s1), { requested: 1 }), 404);
    // Clearing: an absent or null amount keeps the stored one; clear_requested / clear_granted take it back to
    // "not given" (the granted one only the region).
    const nulls = await provider.put(line(world.services.s2), { requested: 5000000 });
    assert.equal(nulls.body.requested, 5000000);
    assert.equal((await provider.put(line(world.services.s2), { requested: null })).body.requested, 5000000, 'null keeps');
    await refused(() => provider.put(line(world.services.s2), { clear_granted: true }), 403, 'clear_granted');
    await refused(() => provider.put(line(world.services.s2), { requested: 1, clear_requested: true }), 400, 'clear_requested');
    await refused(() => provider.put(line(world.services.s2), { clear_requested: 'ano' }), 400, 'clear_requested');
    const clearedRequest = await provider.put(line(world.services.s2), { clear_requested: true });
    assert.equal(clearedRequest.status, 200, clearedRequest.text);
    assert.equal(clearedRequest.body.requested ?? null, null);
    assert.equal(clearedRequest.body.difference_text, 'bez požadavku; dosud nepřiznáno');
    assert.deepEqual(server.db.query(`SELECT requested FROM nw_fin_lines WHERE service_id = ${world.services.s2} AND year = 2026`).map((l) => l.requested), [null]);
    assert.equal((await region.put(line(world.services.s2), { granted: 4000000 })).body.granted, 4000000);
    const clearedGrant = await region.put(line(world.services.s2), { clear_granted: true, difference_reason: '' });
    assert.equal(clearedGrant.status, 200, clearedGrant.text);
    assert.equal(clearedGrant.body.granted ?? null, null);
    const afterClear = await region.get('/api/network/fin/lines?year=2026');
    assert.equal(afterClear.body.total_granted, 12161800, 'only s1 is granted');

    const en = await world.as('region_en');
    const enLine = (await en.get('/api/network/fin/lines?year=2026')).body.items.find((l) => l.service.id === world.services.s1);
    assert.equal(enLine.difference_text, 'request 12 % above the optimum; granted 85 % of the optimum (76 % of the request)');
    assert.equal(enLine.difference_reason, 'Krácení podle dostupných prostředků kraje.');
  });
});

describe('the outlook and what-if', () => {
  test('3 years by source and kind, costs growing 4 % a year', async () => {
    const region = await world.as('region_officer');
    const r = await region.get('/api/network/fin/outlook?year_from=2026&years=3');
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.years, [2026, 2027, 2028]);
    nearAll(r.body.total_optimal, [21348000, 23584160, 25909766.4], 'total optimal');
    nearAll(r.body.base_total_optimal, r.body.total_optimal, 'base = result without a scenario');
    assert.equal(r.body.services_total, 3);
    assert.deepEqual(r.body.services.map((s) => s.service_id), [world.services.s1, world.services.s2, world.services.s5]);
    const source = (code) => r.body.by_source.find((s) => s.source === code);
    assert.equal(r.body.by_source.length, 8);
    nearAll(source('state_subsidy').values, r.body.total_optimal, 'state subsidy = optimal');
    // s1's own revenues (1200 × 29,200) split as its budget: 27/35 client payments, 8/35 health insurance;
    // s2 and s5 have no budget: all client payments. s1's other public money (50 × 29,200): 2/3 municipalities.
    near(source('client_payments').values[0], 35040000 * 27 / 35 + 1080000 + 480000, 'client payments 2026');
    near(source('health_insurance').values[0], 35040000 * 8 / 35, 'health insurance 2026');
    near(source('municipalities').values[0], 1460000 * 2 / 3, 'municipalities 2026');
    near(source('region').values[0], 1460000 / 3, 'region 2026');
    assert.equal(source('client_payments').name, 'úhrady klientů');
    // Costs by category: s1's as its budget (40 : 12 : 0), s2's and s5's without a cost budget unallocated.
    const cost = (code) => r.body.by_cost.find((c) => c.category === code);
    near(cost('personnel').values[0], 29200 * 1800 * 40 / 52, 'personnel 2026');
    near(cost('operating').values[0], 29200 * 1800 * 12 / 52, 'operating 2026');
    near(cost('investment').values[0], 0, 'investment 2026');
    near(cost('unallocated').values[0], 12000 * 450 + 8000 * 400, 'unallocated 2026');
    assert.equal(cost('personnel').name, 'osobní náklady');
    const kind13 = r.body.by_kind.find((k) => k.kind_code === '13');
    nearAll(kind13.optimal, [14308000, 16200160, 18168006.4], 'kind 13');
    assert.equal(kind13.services, 1);
    nearAll(r.body.total_cost, [29200 * 1800 + 12000 * 450 + 8000 * 400, 29200 * 1872 + 12000 * 468 + 8000 * 416, 29200 * 1946.88 + 12000 * 486.72 + 8000 * 432.64], 'total cost');

    const provider = await world.as('p1_manager');
    const theirs = await provider.get('/api/network/fin/outlook?year_from=2026&years=3');
    assert.deepEqual(theirs.body.services.map((s) => s.service_id), [world.services.s1, world.services.s2]);
    nearAll(theirs.body.total_optimal, [14308000 + 4320000, 16200160 + 4536000, 18168006.4 + 4760640], 'provider total');
    await refused(() => region.get('/api/network/fin/outlook?year_from=2026&years=11'), 400, 'years');
    await refused(() => region.get('/api/network/fin/outlook?year_from=dva'), 400, 'year_from');
  });

  test('a scenario: capacity from 2027 and a kind cost from 2028, the base beside it', async () => {
    const region = await world.as('region_officer');
    const provider = await world.as('p1_manager');
    await refused(() => provider.post('/api/network/fin/scenarios', { name: 'X', year_from: 2026 }), 403);
    await refused(() => region.post('/api/network/fin/scenarios', { name: '', year_from: 2026 }), 400, 'name');
    await refused(() => region.post('/api/network/fin/scenarios', { name: 'X', year_from: 2026, years: 0 }), 400, 'years');
    const sc = await region.post('/api/network/fin/scenarios', { name: 'Rozšíření DS Světlá', year_from: 2026, years: 3 });
    assert.equal(sc.status, 201, sc.text);
    ids.scenario = sc.body.id;
    const changes = `/api/network/fin/scenarios/${ids.scenario}/changes`;
    await refused(() => region.post(changes, { what: 'capacity', from_year: 2027, value: 100 }), 400, 'service_id');
    await refused(() => region.post(changes, { service_id: world.services.s1, kind_code: '13', what: 'capacity', from_year: 2027, value: 100 }), 400, 'kind_code');
    await refused(() => region.post(changes, { service_id: world.services.s1, what: 'beds', from_year: 2027, value: 100 }), 400, 'what');
    await refused(() => region.post(changes, { service_id: world.services.s6, what: 'capacity', from_year: 2027, value: 100 }), 400, 'service_id');
    await refused(() => region.post(changes, { kind_code: '999', what: 'capacity', from_year: 2027, value: 100 }), 400, 'kind_code');
    await refused(() => region.post(changes, { service_id: world.services.s1, what: 'capacity', from_year: 2027, value: -1 }), 400, 'value');
    const c1 = await region.post(changes, { service_id: world.services.s1, what: 'capacity', from_year: 2027, value: 100, note: 'Přístavba' });
    assert.equal(c1.status, 201, c1.text);
    const c2 = await region.post(changes, { kind_code: '4', what: 'reference_cost', from_year: 2028, value: 500 });
    assert.equal(c2.status, 201, c2.text);

    const r = await region.get(`/api/network/fin/outlook?year_from=2026&years=3&scenario=${ids.scenario}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.scenario.scenario.name, 'Rozšíření DS Světlá');
    assert.equal(r.body.scenario.changes.length, 2);
    // s1 2027: 100 beds → 36,500 bed-days, 672 × 36,500 × 0.9 − 50 × 36,500; 2028: 746.88 per bed-day;
    // s2 2028: 500 Kč an hour (prices of 2028) → 410 × 12,000.
    nearAll(r.body.total_optimal, [21348000, 20250200 + 4536000 + 2848000, 22710008 + 4920000 + 2981120], 'scenario');
    nearAll(r.body.base_total_optimal, [21348000, 23584160, 25909766.4], 'base');
    const s1 = r.body.services.find((s) => s.service_id === world.services.s1);
    nearAll(s1.units, [29200, 36500, 36500], 's1 units');
    nearAll(s1.base_optimal, [14308000, 16200160, 18168006.4], 's1 base');

    await refused(() => provider.get(`/api/network/fin/outlook?year_from=2026&scenario=${ids.scenario}`), 404);
    await refused(() => provider.delete(`/api/network/fin/scenario-changes/${c2.body.id}`), 404);
    const removed = await region.delete(`/api/network/fin/scenario-changes/${c2.body.id}`);
    assert.equal(removed.status, 204, removed.text);
    const after = await region.get(`/api/network/fin/outlook?year_from=2026&years=3&scenario=${ids.scenario}`);
    nearAll(after.body.total_optimal, [21348000, 27634200, 22710008 + 4760640 + 2981120], 'without the kind change');
    const list = await region.get('/api/network/fin/scenarios');
    assert.deepEqual(list.body.items.map((s) => [s.name, s.changes]), [['Rozšíření DS Světlá', 1]]);
    assert.equal((await provider.get('/api/network/fin/scenarios')).status, 403);
  });

  test('the network of a year replaces the registered capacity from that year on', async () => {
    const now = Math.floor(Date.now() / 1000);
    server.db.run(
      `INSERT INTO nw_network_years (region_org_id, year, status, created_at, updated_at) VALUES (${world.orgs.region}, 2027, 'approved', ${now}, ${now});\n` +
        `INSERT INTO nw_network_entries (network_year_id, service_id, capacity, capacity_unit) VALUES ((SELECT id FROM nw_network_years WHERE year = 2027), ${world.services.s1}, 90, 'luzka');\n` +
        `INSERT INTO nw_network_entries (network_year_id, service_id, capacity, capacity_unit) VALUES ((SELECT id FROM nw_network_years WHERE year = 2027), ${world.services.s2}, 100, 'klient');\n` +
        `UPDATE data_versions SET version = version + 1 WHERE scope = 'network';\n`,
    );
    const region = await world.as('region_officer');
    const r = await region.get('/api/network/fin/outlook?year_from=2026&years=3');
    const units = (sid) => r.body.services.find((s) => s.service_id === sid)?.units;
    nearAll(units(world.services.s1), [29200, 32850, 32850], 's1: 80 registered, 90 in the network from 2027');
    nearAll(units(world.services.s2), [12000, 10000, 10000], 's2');
    nearAll(units(world.services.s5), [8000, 0, 0], 's5 is not in the network of 2027');
    const lines = await region.get('/api/network/fin/lines?year=2027');
    assert.deepEqual(lines.body.items.map((l) => l.service.id).sort((a, b) => a - b), [world.services.s1, world.services.s2].sort((a, b) => a - b));
  });
});

describe('the Excel export', () => {
  test('summary, by kind, services with optimal, requested and granted, the model; Czech and English', async () => {
    const region = await world.as('region_officer');
    const r = await region.request('GET', '/api/network/fin/outlook.xlsx?year_from=2026&years=3');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /spreadsheetml/);
    const res = await fetch(`${server.baseUrl}/api/network/fin/outlook.xlsx?year_from=2026&years=3`, { headers: { Cookie: region.cookie } });
    const files = unzipText(Buffer.from(await res.arrayBuffer()));
    assert.match(files['xl/workbook.xml'], /name="Souhrn".*name="Podle druhu".*name="Služby".*name="Model".*name="Rozvojové záměry"/s);
    assert.match(files['xl/worksheets/sheet1.xml'], /Finanční náročnost celkem \(optimální dotace \+ rozvoj\)/);
    assert.match(files['xl/worksheets/sheet5.xml'], /žádný rozhodnutý rozvojový plán/);
    assert.match(files['xl/styles.xml'], /#,##0 &quot;Kč&quot;/);
    const services = files['xl/worksheets/sheet3.xml'];
    assert.match(services, /Domov pro seniory Světlá/);
    assert.match(services, /požadavek o 12 % nad optimem; přiznáno 85 % optima \(76 % požadavku\)/);
    assert.match(services, /<pane [^>]*state="frozen"/);
    assert.match(services, /SUM\(/);
    assert.match(files['xl/worksheets/sheet1.xml'], /dotace státu přes kraj/);
    assert.match(files['xl/worksheets/sheet1.xml'], /Náklady podle kategorie/);
    assert.match(files['xl/worksheets/sheet4.xml'], /lůžkoden/);
    const en = await fetch(`${server.baseUrl}/api/network/fin/outlook.xlsx?year_from=2026&lang=en`, { headers: { Cookie: region.cookie } });
    assert.match(unzipText(Buffer.from(await en.arrayBuffer()))['xl/workbook.xml'], /name="Summary"/);
    const provider = await world.as('p1_manager');
    const theirs = await fetch(`${server.baseUrl}/api/network/fin/outlook.xlsx?year_from=2026`, { headers: { Cookie: provider.cookie } });
    const sheet = unzipText(Buffer.from(await theirs.arrayBuffer()))['xl/worksheets/sheet3.xml'];
    assert.doesNotMatch(sheet, /Osobní asistence Krkonoše/);
  });
});
