// The minimal form of a service (issue 12 item 5), on SQLite and PostgreSQL: the region drafts the minimal form
// of pečovatelská služba (kind 4) from a locked coverage round (each need with the share of the kind's services
// meeting it directly), chooses the needs, sets it; each service is checked (required, met, missing, share),
// the checks export to Excel; a service's gaps become corrective actions in the quality module (idempotent)
// which the provider then sees there. Access: the region manages, its other staff read, a provider sees the
// checks of its own services only, a municipality nothing. The coverage data is written through SQL (the schema
// 0009_network.sql is the contract).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, assertUnchanged, setupTenants, unzipText } from './lib/harness.mjs';

let server;
let world;
const ids = {};

const q = (s) => `'${String(s).replace(/'/g, "''")}'`;

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  const db = server.db;
  const region = world.orgs.region;
  // Two more services of kind 4 in the region: one of p1, one of p2 (s2 of p1 is the first).
  db.run(
    `INSERT INTO services (provider_id, name, kind_code, region_code, forms, status, created_at, updated_at) VALUES ` +
      `(${world.orgs.p1}, 'Pečovatelská služba Jaroměř', '4', '86', ';ter;', 'active', 1, 1), ` +
      `(${world.orgs.p2}, 'Pečovatelská služba Krkonoše', '4', '86', ';ter;', 'active', 1, 1)`,
  );
  ids.s2 = world.services.s2;
  ids.jaromer = Number(db.scalar("SELECT id FROM services WHERE name = 'Pečovatelská služba Jaroměř'"));
  ids.krkonose = Number(db.scalar("SELECT id FROM services WHERE name = 'Pečovatelská služba Krkonoše'"));
  const needs = [['housing', 'Bydlení', 'Housing'], ['food', 'Strava', 'Food'], ['hygiene', 'Osobní hygiena', 'Personal hygiene']];
  needs.forEach(([code, cs, en], i) =>
    db.run(`INSERT INTO nw_need_areas (region_org_id, code, name_cs, name_en, position, created_at) VALUES (${region}, ${q(code)}, ${q(cs)}, ${q(en)}, ${i + 1}, 1)`));
  for (const [code] of needs) ids[code] = Number(db.scalar(`SELECT id FROM nw_need_areas WHERE code = ${q(code)}`));
  db.run(`INSERT INTO nw_cards (region_org_id, kind_code, created_at) VALUES (${region}, '4', 1)`);
  const card = Number(db.scalar("SELECT id FROM nw_cards WHERE kind_code = '4'"));
  db.run(`INSERT INTO nw_card_versions (card_id, version_no, status, title, published_at, created_at, updated_at) VALUES (${card}, 1, 'published', 'Pečovatelská služba', 1, 1, 1)`);
  const version = Number(db.scalar(`SELECT id FROM nw_card_versions WHERE card_id = ${card}`));
  needs.forEach(([code], i) => db.run(`INSERT INTO nw_card_needs (version_id, need_area_id, position) VALUES (${version}, ${ids[code]}, ${i + 1})`));
  for (const [title, status, from] of [['Pokrytí 2025', 'locked', '2025'], ['Pokrytí 2026', 'open', '2026']])
    db.run(`INSERT INTO nw_coverage_rounds (region_org_id, title, period_from, period_to, kinds, deadline, status, created_at, updated_at) VALUES (${region}, ${q(title)}, '${from}-01-01', '${from}-12-31', ';4;', '${from}-12-31', ${q(status)}, 1, 1)`);
  ids.locked = Number(db.scalar("SELECT id FROM nw_coverage_rounds WHERE status = 'locked'"));
  ids.open = Number(db.scalar("SELECT id FROM nw_coverage_rounds WHERE status = 'open'"));
  const answer = (service, status, modes) => {
    db.run(`INSERT INTO nw_coverage_submissions (round_id, service_id, card_version_id, status, updated_at) VALUES (${ids.locked}, ${service}, ${version}, ${q(status)}, 1)`);
    const sub = Number(db.scalar(`SELECT id FROM nw_coverage_submissions WHERE round_id = ${ids.locked} AND service_id = ${service}`));
    for (const [need, mode] of Object.entries(modes))
      db.run(`INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode) VALUES (${sub}, ${ids[need]}, ${q(mode)})`);
  };
  answer(ids.s2, 'submitted', { housing: 'direct', food: 'direct', hygiene: 'referred' });
  answer(ids.jaromer, 'submitted', { housing: 'direct', food: 'mediated', hygiene: 'direct' });
  answer(ids.krkonose, 'submitted', { housing: 'none', food: 'none', hygiene: 'direct' });
  // Log in before the checks that compare database snapshots.
  for (const login of ['region_officer', 'region_admin', 'p1_manager', 'p1_worker', 'p2_admin', 'p2_worker', 'muni_worker']) await world.as(login);
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

describe('minimal form of a service', () => {
  test('the region drafts the form from a locked round with the share meeting each need directly', async () => {
    const region = await world.as('region_officer');
    await refused(() => region.post('/api/network/minimal-forms', { kind_code: '4', basis_round_id: ids.open }), 400, 'basis_round_id');
    await refused(() => region.post('/api/network/minimal-forms', { kind_code: '3', basis_round_id: ids.locked }), 400, 'basis_round_id');
    await refused(() => region.post('/api/network/minimal-forms', { kind_code: 'x', basis_round_id: ids.locked }), 400, 'kind_code');
    await refused(() => region.post('/api/network/minimal-forms', { kind_code: '4' }), 400, 'basis_round_id');
    const typed = await region.post('/api/network/minimal-forms', { kind_code: '4', basis_round_id: 'jedna' });
    assert.ok(typed.status >= 400 && typed.status < 500, typed.text);
    await refused(async () => (await world.as('p1_manager')).post('/api/network/minimal-forms', { kind_code: '4', basis_round_id: ids.locked }), 403);
    await refused(async () => (await world.as('p1_worker')).post('/api/network/minimal-forms', { kind_code: '4', basis_round_id: ids.locked }), 403);

    const r = await region.post('/api/network/minimal-forms', { kind_code: '4', basis_round_id: ids.locked });
    assert.equal(r.status, 201, r.text);
    ids.form = r.body.id;
    assert.equal(r.body.status, 'draft');
    assert.equal(r.body.kind_name, 'Pečovatelská služba');
    assert.equal(r.body.basis_round_title, 'Pokrytí 2025');
    assert.equal(r.body.can_manage, true);
    assert.deepEqual(r.body.needs.map((n) => [n.name, n.services_direct, n.services_answered, Number(n.share_direct.toFixed(4)), n.required]),
      [['Bydlení', 2, 3, 0.6667, false], ['Strava', 1, 3, 0.3333, false], ['Osobní hygiena', 2, 3, 0.6667, false]]);
    assert.deepEqual([r.body.needs[2].name_cs, r.body.needs[2].name_en], ['Osobní hygiena', 'Personal hygiene']);
    await refused(() => region.post('/api/network/minimal-forms', { kind_code: '4', basis_round_id: ids.locked }), 409, 'kind_code');
  });

  test('the region chooses the needs and sets the form; a set form no longer changes', async () => {
    const region = await world.as('region_officer');
    await refused(() => region.post(`/api/network/minimal-forms/${ids.form}/set`), 400, 'needs');
    await refused(() => region.put(`/api/network/minimal-forms/${ids.form}`, { required: [ids.housing, 987654] }), 400, 'required[1]');
    await refused(() => region.put(`/api/network/minimal-forms/${ids.form}`, { valid_from: '2026-13-01' }), 400, 'valid_from');
    await refused(async () => (await world.as('p1_manager')).put(`/api/network/minimal-forms/${ids.form}`, { required: [ids.housing] }), 404);
    const r = await region.put(`/api/network/minimal-forms/${ids.form}`, { required: [ids.hygiene, ids.housing], valid_from: '2026-01-01', note: 'Dohodnuto na setkání poskytovatelů.' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.needs.filter((n) => n.required).map((n) => n.name), ['Bydlení', 'Osobní hygiena']);
    assert.equal(r.body.needs_required, 2);
    const set = await region.post(`/api/network/minimal-forms/${ids.form}/set`);
    assert.equal(set.status, 200, set.text);
    assert.equal(set.body.status, 'set');
    assert.equal(set.body.valid_from, '2026-01-01');
    assert.equal(set.body.services_checked, 3);
    assert.equal(set.body.services_meeting, 1);
    await refused(() => region.put(`/api/network/minimal-forms/${ids.form}`, { note: 'x' }), 409, 'status');
    await refused(() => region.post(`/api/network/minimal-forms/${ids.form}/set`), 409, 'status');
    const list = await region.get('/api/network/minimal-forms');
    assert.equal(list.status, 200);
    assert.equal(list.body.region_code, '86');
    assert.deepEqual(list.body.items.map((f) => [f.kind_name, f.status, f.needs_required, f.services_checked, f.services_meeting]),
      [['Pečovatelská služba', 'set', 2, 3, 1]]);
  });

  test('each service is checked; a provider sees its own services only, a municipality nothing', async () => {
    const reader = await world.as('region_admin');
    const r = await reader.get(`/api/network/minimal-forms/${ids.form}/checks`);
    assert.equal(r.status, 200, r.text);
    const by = Object.fromEntries(r.body.items.map((c) => [c.service_id, c]));
    assert.equal(r.body.items.length, 3);
    assert.deepEqual([by[ids.s2].required, by[ids.s2].met, by[ids.s2].share_met, by[ids.s2].missing.map((m) => m.name)], [2, 1, 0.5, ['Osobní hygiena']]);
    assert.deepEqual([by[ids.jaromer].met, by[ids.jaromer].meets, by[ids.jaromer].missing], [2, true, []]);
    assert.deepEqual([by[ids.krkonose].met, by[ids.krkonose].share_met, by[ids.krkonose].missing.map((m) => m.name)], [1, 0.5, ['Bydlení']]);
    assert.equal(by[ids.s2].provider_name, 'Charita Hradec Králové');
    assert.equal(by[ids.s2].service_name, 'Pečovatelská služba Náchodsko');

    const p1 = await (await world.as('p1_worker')).get(`/api/network/minimal-forms/${ids.form}/checks`);
    assert.deepEqual(p1.body.items.map((c) => c.service_id).sort((a, b) => a - b), [ids.s2, ids.jaromer].sort((a, b) => a - b));
    const p2 = await (await world.as('p2_worker')).get(`/api/network/minimal-forms/${ids.form}/checks`);
    assert.deepEqual(p2.body.items.map((c) => c.service_id), [ids.krkonose]);
    assert.equal((await (await world.as('p2_worker')).get('/api/network/minimal-forms')).body.items.length, 1);
    const own = await (await world.as('p1_manager')).get(`/api/network/services/${ids.s2}/minimal-check`);
    assert.equal(own.status, 200, own.text);
    assert.equal(own.body.share_met, 0.5);
    assert.equal((await (await world.as('p2_admin')).get(`/api/network/services/${ids.s2}/minimal-check`)).status, 404);
    assert.equal((await reader.get(`/api/network/services/${world.services.s1}/minimal-check`)).status, 404); // no form of kind 13
    const muni = await world.as('muni_worker');
    assert.equal((await muni.get(`/api/network/minimal-forms/${ids.form}/checks`)).status, 404);
    assert.equal((await muni.get('/api/network/minimal-forms?region=86')).status, 403);
    assert.equal((await reader.get('/api/network/minimal-forms?region=99')).status, 404);
    assert.equal((await reader.get('/api/network/minimal-forms/987654')).status, 404);
    assert.equal((await reader.get('/api/network/minimal-forms/abc')).status, 404);

    const res = await fetch(`${reader.baseUrl}/api/network/minimal-forms/${ids.form}/checks.xlsx`, { headers: { Cookie: reader.cookie } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /spreadsheetml/);
    const files = unzipText(new Uint8Array(await res.arrayBuffer()));
    const text = Object.entries(files).filter(([n]) => n.includes('sharedStrings') || n.includes('sheet1')).map(([, t]) => t).join('');
    assert.ok(text.includes('Pečovatelská služba Krkonoše') && text.includes('Chybějící potřeby') && text.includes('Osobní hygiena'));
    const p2x = await fetch(`${reader.baseUrl}/api/network/minimal-forms/${ids.form}/checks.xlsx`, { headers: { Cookie: (await world.as('muni_worker')).cookie } });
    assert.equal(p2x.status, 404);
  });

  test("a service's gaps become corrective actions in the quality module, once", async () => {
    const region = await world.as('region_officer');
    const path = `/api/network/minimal-forms/${ids.form}/actions`;
    await refused(async () => (await world.as('p1_manager')).post(path, { service_id: ids.s2, due_date: '2026-06-30', owner: 'vedoucí' }), 403);
    await refused(() => region.post(path, { service_id: ids.s2, due_date: '30. 6. 2026', owner: 'vedoucí' }), 400, 'due_date');
    await refused(() => region.post(path, { service_id: ids.s2, due_date: '2026-06-30', owner: '' }), 400, 'owner');
    await refused(() => region.post(path, { service_id: ids.s2, need_area_ids: [ids.housing], due_date: '2026-06-30', owner: 'vedoucí' }), 400, 'need_area_ids[0]');
    await refused(() => region.post(path, { service_id: ids.jaromer, due_date: '2026-06-30', owner: 'vedoucí' }), 409, 'service_id');
    await refused(() => region.post(path, { service_id: world.services.s1, due_date: '2026-06-30', owner: 'vedoucí' }), 400, 'service_id');

    const r = await region.post(path, { service_id: ids.s2, due_date: '2026-06-30', owner: 'vedoucí pečovatelské služby' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.items.length, 1);
    assert.deepEqual([r.body.items[0].need_name, r.body.items[0].created], ['Osobní hygiena', true]);
    const action = r.body.items[0].action_id;
    const again = await region.post(path, { service_id: ids.s2, due_date: '2026-07-31', owner: 'jiný' });
    assert.equal(again.status, 201, again.text);
    assert.deepEqual([again.body.items[0].action_id, again.body.items[0].created], [action, false]);
    assert.equal(server.db.scalar('SELECT COUNT(*) FROM nw_gap_actions'), 1);

    const audit = await region.get(`/api/quality/audits/${r.body.audit_id}`);
    assert.equal(audit.status, 200, audit.text);
    assert.equal(audit.body.summary.type, 'process');
    assert.equal(audit.body.summary.title, 'Kontrola minimální podoby služby');
    assert.equal(audit.body.summary.service_id, ids.s2);
    const checks = await region.get(`/api/network/minimal-forms/${ids.form}/checks`);
    assert.equal(checks.body.items.find((c) => c.service_id === ids.s2).missing[0].action_id, action);

    // The provider sees and moves the action in the quality module like any other.
    const p1 = await world.as('p1_manager');
    const list = await p1.get('/api/quality/actions');
    assert.equal(list.status, 200, list.text);
    const mine = list.body.items.find((a) => a.id === action);
    assert.ok(mine, 'the provider sees the action');
    assert.equal(mine.due_date, '2026-06-30');
    assert.equal(mine.severity, 'medium');
    assert.ok(mine.finding_text.includes('Osobní hygiena'));
    const moved = await p1.post(`/api/quality/actions/${action}/transition`, { to: 'in_progress' });
    assert.equal(moved.status, 200, moved.text);
    assert.equal((await (await world.as('p2_admin')).get('/api/quality/actions')).body.items.some((a) => a.id === action), false);
  });
});
