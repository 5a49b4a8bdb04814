// The regional network year by year (issue 13 item 1), on SQLite and PostgreSQL: the region starts a year,
// includes services with their capacity, records entrustment acts, approves the year; the next year copies it
// and its decisions change a capacity, remove a service and include another; a service's history year by
// year; the comparison with the registry (a registered service left out, an entry whose registration ended,
// a capacity above the registered one) and with need coverage (the latest locked coverage round); the Excel
// workbook of a year. Access: only the region manages; a provider sees only its own services' entries, acts
// and history; a municipality sees approved years; bad input is 4xx naming the field and changes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, assertUnchanged, setupTenants, unzipText } from './lib/harness.mjs';

let server;
let world;
const ids = {};

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  for (const login of ['region_officer', 'p1_admin', 'p1_manager', 'p2_admin', 'muni_worker', 'audit_auditor']) await world.as(login);
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

const decide = (c, yearId, body) =>
  c.post(`/api/network/years/${yearId}/decisions`, { decided_on: '2024-01-15', reason: 'Potřeba v území podle SPRSS', decided_by_text: 'Rada kraje, usnesení RK/1/2024', ...body });

describe('the network of a year', () => {
  test('the region starts a year and includes services; errors name the field', async () => {
    const region = await world.as('region_officer');
    const r = await region.post('/api/network/years', { year: 2024 });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.year, 2024);
    assert.equal(r.body.status, 'draft');
    assert.equal(r.body.region_name, 'Královéhradecký kraj');
    assert.deepEqual(r.body.entries, []);
    assert.equal(r.body.can_manage, true);
    ids.y2024 = r.body.id;

    const s1 = await decide(region, ids.y2024, { service_id: world.services.s1, kind: 'include', capacity_after: 70, capacity_unit: 'luzka' });
    assert.equal(s1.status, 201, s1.text);
    assert.equal(s1.body.kind, 'include');
    assert.equal(s1.body.kind_name, 'zařazení do sítě');
    assert.equal(s1.body.capacity_after, 70);
    assert.equal(s1.body.capacity_before, null);
    // capacity and unit default to the registered ones
    const s2 = await decide(region, ids.y2024, { service_id: world.services.s2, kind: 'include' });
    assert.equal(s2.status, 201, s2.text);
    assert.equal(s2.body.capacity_after, 120);
    assert.equal(s2.body.capacity_unit, 'klient');
    assert.equal((await decide(region, ids.y2024, { service_id: world.services.s5, kind: 'include', capacity_after: 40 })).status, 201);

    await refused(() => decide(region, ids.y2024, { service_id: world.services.s1, kind: 'include', capacity_after: 10 }), 400, 'service_id');
    await refused(() => decide(region, ids.y2024, { service_id: world.services.s3, kind: 'change', capacity_after: 10 }), 400, 'service_id');
    await refused(() => decide(region, ids.y2024, { service_id: world.services.s3, kind: 'remove' }), 400, 'service_id');
    await refused(() => decide(region, ids.y2024, { service_id: world.services.s6, kind: 'include', capacity_after: 10 }), 400, 'service_id');
    await refused(() => decide(region, ids.y2024, { service_id: world.services.s4, kind: 'include', capacity_after: 10 }), 400, 'service_id');
    await refused(() => decide(region, ids.y2024, { service_id: world.services.s3, kind: 'include', capacity_after: -5 }), 400, 'capacity_after');
    await refused(() => decide(region, ids.y2024, { service_id: world.services.s3, kind: 'include', capacity_after: 5, capacity_unit: 'kusy' }), 400, 'capacity_unit');
    await refused(() => decide(region, ids.y2024, { service_id: world.services.s3, kind: 'zařadit' }), 400, 'kind');
    await refused(() => decide(region, ids.y2024, { service_id: world.services.s3, kind: 'include', reason: '' }), 400, 'reason');
    await refused(() => decide(region, ids.y2024, { service_id: world.services.s3, kind: 'include', decided_on: '2024-02-30' }), 400, 'decided_on');
    await refused(() => region.post('/api/network/years', { year: 'příští' }), 400, 'year');
    await refused(() => region.post('/api/network/years', { year: 1999 }), 400, 'year');
    await refused(() => region.post('/api/network/years', { year: 2024 }), 409, 'year');
    await refused(() => region.get('/api/network/years?region=99'), 400, 'region');

    const y = await region.get(`/api/network/years/${ids.y2024}`);
    assert.equal(y.status, 200);
    assert.deepEqual(y.body.entries.map((e) => [e.service_name, e.capacity, e.capacity_unit]), [
      ['Domov pro seniory Světlá', 70, 'luzka'],
      ['Osobní asistence Krkonoše', 40, 'klient'],
      ['Pečovatelská služba Náchodsko', 120, 'klient'],
    ]);
    const ps = y.body.entries.find((e) => e.service_id === world.services.s2);
    assert.equal(ps.kind_name, 'Pečovatelská služba');
    assert.equal(ps.provider_name, 'Charita Hradec Králové');
    assert.equal(ps.capacity_unit_name, 'klienti');
    assert.deepEqual(ps.territories.map((t) => t.code), ['5209', '5210']);
    assert.ok(ps.territories.every((t) => t.name && t.name !== t.code));
    assert.equal(ps.decisions_this_year.length, 1);
    assert.deepEqual(y.body.capacity_by_unit.map((c) => [c.unit, c.capacity]), [['klient', 160], ['luzka', 70]]);
  });

  test('only the region manages; a provider, a municipality and another region cannot', async () => {
    const manager = await world.as('p1_manager');
    await refused(() => manager.post('/api/network/years', { year: 2030 }), 403);
    await refused(() => decide(manager, ids.y2024, { service_id: world.services.s3, kind: 'include', capacity_after: 5 }), 403);
    const p1admin = await world.as('p1_admin');
    await refused(() => p1admin.post(`/api/network/years/${ids.y2024}/approve`, { approved_on: '2024-01-31' }), 403);
    const muni = await world.as('muni_worker');
    await refused(() => muni.get(`/api/network/years/${ids.y2024}`), 404); // a draft
    assert.deepEqual((await muni.get('/api/network/years')).body.items, []);
    const auditor = await world.as('audit_auditor');
    await refused(() => auditor.get(`/api/network/years/${ids.y2024}`), 404);
  });

  test('entrustment acts: the region records them, each provider sees its own', async () => {
    const region = await world.as('region_officer');
    const act = {
      service_id: world.services.s1, act_number: 'KHK/2024/001', issued_on: '2023-12-15', valid_from: '2024-01-01', valid_to: '2026-12-31',
      capacity: 70, capacity_unit: 'luzka', forms: ['pob'], territories: ['5205'], scope: 'Domov pro seniory, pobytová forma, 70 lůžek',
    };
    const r = await region.post('/api/network/entrustments', act);
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.status, 'valid');
    assert.equal(r.body.service_name, 'Domov pro seniory Světlá');
    assert.deepEqual(r.body.territories.map((t) => t.code), ['5205']);
    assert.notEqual(r.body.territories[0].name, '5205');
    assert.notEqual(r.body.forms[0].name, 'pob');
    ids.act1 = r.body.id;
    const a5 = await region.post('/api/network/entrustments', { ...act, service_id: world.services.s5, act_number: 'KHK/2024/002', forms: ['ter'], territories: ['5214'], capacity: 40, capacity_unit: 'klient' });
    assert.equal(a5.status, 201, a5.text);

    await refused(() => region.post('/api/network/entrustments', { ...act, valid_to: '2023-12-31' }), 400, 'valid_to');
    await refused(() => region.post('/api/network/entrustments', { ...act, act_number: '' }), 400, 'act_number');
    await refused(() => region.post('/api/network/entrustments', { ...act, territories: ['9999'] }), 400, 'territories');
    await refused(() => region.post('/api/network/entrustments', { ...act, service_id: undefined }), 400, 'service_id');
    const manager = await world.as('p1_manager');
    await refused(() => manager.post('/api/network/entrustments', act), 403);
    await refused(() => manager.put(`/api/network/entrustments/${ids.act1}`, act), 403);

    assert.deepEqual((await region.get('/api/network/entrustments')).body.items.map((a) => a.act_number), ['KHK/2024/001', 'KHK/2024/002']);
    assert.deepEqual((await manager.get('/api/network/entrustments')).body.items.map((a) => a.act_number), ['KHK/2024/001']);
    const p2 = await world.as('p2_admin');
    assert.deepEqual((await p2.get('/api/network/entrustments')).body.items.map((a) => a.act_number), ['KHK/2024/002']);
    assert.deepEqual((await p2.get(`/api/network/entrustments?service=${world.services.s1}`)).body.items, []);

    const y = await region.get(`/api/network/years/${ids.y2024}`);
    assert.equal(y.body.entries.find((e) => e.service_id === world.services.s1).entrustment.act_number, 'KHK/2024/001');
    assert.equal(y.body.entries.find((e) => e.service_id === world.services.s2).entrustment, null);
  });

  test('approval; the next year copies it and its decisions change it', async () => {
    const region = await world.as('region_officer');
    const a = await region.post(`/api/network/years/${ids.y2024}/approve`, { approved_on: '2024-01-31', approved_by_text: 'Zastupitelstvo kraje, usnesení ZK/1/2024' });
    assert.equal(a.status, 200, a.text);
    assert.equal(a.body.status, 'approved');
    assert.equal(a.body.can_manage, false);
    await refused(() => decide(region, ids.y2024, { service_id: world.services.s3, kind: 'include', capacity_after: 5 }), 409, 'status');
    await refused(() => region.post(`/api/network/years/${ids.y2024}/approve`, { approved_on: '2024-01-31' }), 409, 'status');

    const next = await region.post('/api/network/years', { year: 2025 });
    assert.equal(next.status, 201, next.text);
    assert.equal(next.body.previous_year, 2024);
    assert.equal(next.body.entries.length, 3);
    ids.y2025 = next.body.id;
    const change = await decide(region, ids.y2025, { service_id: world.services.s1, kind: 'change', capacity_after: 80, decided_on: '2025-02-10' });
    assert.equal(change.status, 201, change.text);
    assert.equal(change.body.capacity_before, 70);
    assert.equal(change.body.capacity_unit, 'luzka');
    await refused(() => decide(region, ids.y2025, { service_id: world.services.s1, kind: 'change', capacity_after: 80 }), 400, 'capacity_after');
    assert.equal((await decide(region, ids.y2025, { service_id: world.services.s5, kind: 'remove', decided_on: '2025-03-01', reason: 'Poskytovatel službu v území ukončuje' })).status, 201);
    assert.equal((await decide(region, ids.y2025, { service_id: world.services.s3, kind: 'include', capacity_after: 25, decided_on: '2025-03-01' })).status, 201);
    assert.equal((await decide(region, ids.y2025, { service_id: world.services.s2, kind: 'change', capacity_after: 150, decided_on: '2025-03-01' })).status, 201);
    // a change of the territories the entry covers
    const moved = await decide(region, ids.y2025, { service_id: world.services.s2, kind: 'change', territories_after: ['5209', '5210', '5211'], decided_on: '2025-03-02' });
    assert.equal(moved.status, 201, moved.text);
    assert.equal(moved.body.capacity_after, 150);
    assert.deepEqual(moved.body.territories_before.map((t) => t.name), ['Náchod', 'Nová Paka']);
    assert.deepEqual(moved.body.territories_after.map((t) => t.code), ['5209', '5210', '5211']);
    await refused(() => decide(region, ids.y2025, { service_id: world.services.s2, kind: 'change', territories_after: ['5211', '5209', '5210'] }), 400, 'capacity_after');
    await refused(() => decide(region, ids.y2025, { service_id: world.services.s2, kind: 'change', territories_after: [] }), 400, 'territories_after');
    await refused(() => decide(region, ids.y2025, { service_id: world.services.s2, kind: 'change', territories_after: ['0000'] }), 400, 'territories_after');

    const y = await region.get(`/api/network/years/${ids.y2025}`);
    assert.deepEqual(y.body.entries.map((e) => [e.service_id, e.capacity]), [
      [world.services.s3, 25], [world.services.s1, 80], [world.services.s2, 150],
    ]);
    assert.deepEqual(y.body.decisions.map((d) => d.kind), ['change', 'remove', 'include', 'change', 'change']);
    assert.deepEqual(y.body.entries.find((e) => e.service_id === world.services.s2).territories.map((t) => t.code), ['5209', '5210', '5211']);
    const list = await region.get('/api/network/years');
    assert.deepEqual(list.body.items.map((i) => [i.year, i.status, i.services]), [[2025, 'draft', 3], [2024, 'approved', 3]]);
    // the earlier year is unchanged
    const old = await region.get(`/api/network/years/${ids.y2024}`);
    assert.equal(old.body.entries.find((e) => e.service_id === world.services.s1).capacity, 70);
  });

  test('a provider sees only its own entries and decisions; a municipality approved years', async () => {
    const manager = await world.as('p1_manager');
    const list = await manager.get('/api/network/years');
    assert.deepEqual(list.body.items.map((i) => [i.year, i.services, i.can_manage]), [[2025, 3, false], [2024, 2, false]]);
    const y = await manager.get(`/api/network/years/${ids.y2025}`);
    assert.ok(y.body.entries.every((e) => e.provider_name === 'Charita Hradec Králové'));
    assert.ok(y.body.decisions.every((d) => d.service_id !== world.services.s5));
    const p2 = await world.as('p2_admin');
    const y2 = await p2.get(`/api/network/years/${ids.y2025}`);
    assert.deepEqual(y2.body.entries, []);
    assert.deepEqual(y2.body.decisions.map((d) => [d.service_name, d.kind]), [['Osobní asistence Krkonoše', 'remove']]);
    const muni = await world.as('muni_worker');
    const m = await muni.get('/api/network/years');
    assert.deepEqual(m.body.items.map((i) => [i.year, i.services]), [[2024, 3]]);
    assert.equal((await muni.get(`/api/network/years/${ids.y2024}`)).body.entries.length, 3);
  });

  test('a service\'s history year by year with decisions and acts', async () => {
    const manager = await world.as('p1_manager');
    const h = await manager.get(`/api/network/services/${world.services.s1}/history`);
    assert.equal(h.status, 200, h.text);
    assert.equal(h.body.service_name, 'Domov pro seniory Světlá');
    assert.deepEqual(h.body.years.map((y) => [y.year, y.in_network, y.capacity, y.decisions.map((d) => d.kind), y.entrustment?.act_number]), [
      [2024, true, 70, ['include'], 'KHK/2024/001'],
      [2025, true, 80, ['change'], 'KHK/2024/001'],
    ]);
    const s5 = await (await world.as('p2_admin')).get(`/api/network/services/${world.services.s5}/history`);
    assert.deepEqual(s5.body.years.map((y) => [y.year, y.in_network]), [[2024, true], [2025, false]]);
    await refused(async () => (await world.as('p2_admin')).get(`/api/network/services/${world.services.s1}/history`), 404);
    const muni = await world.as('muni_worker');
    assert.deepEqual((await muni.get(`/api/network/services/${world.services.s1}/history`)).body.years.map((y) => y.year), [2024]);

    // revoking the act leaves the years without one
    const region = await world.as('region_officer');
    const revoked = await region.put(`/api/network/entrustments/${ids.act1}`, {
      act_number: 'KHK/2024/001', issued_on: '2023-12-15', valid_from: '2024-01-01', valid_to: '2026-12-31', status: 'revoked', note: 'Zrušeno na žádost poskytovatele',
    });
    assert.equal(revoked.status, 200, revoked.text);
    assert.equal(revoked.body.status, 'revoked');
    const after = await manager.get(`/api/network/services/${world.services.s1}/history`);
    assert.ok(after.body.years.every((y) => y.entrustment === null));
    await refused(() => region.put(`/api/network/entrustments/${ids.act1}`, { act_number: 'X', issued_on: '2023-12-15', valid_from: '2024-01-01', valid_to: '2026-12-31', status: 'zrušeno' }), 400, 'status');
  });
});

describe('comparisons and export', () => {
  test('with the registry: left out, without registration, capacity above the registered one', async () => {
    // the registration of a service in the 2025 network ends
    server.db.run(`UPDATE services SET status = 'ended', ended_on = '2025-06-30' WHERE id = ${world.services.s3};`);
    const region = await world.as('region_officer');
    const r = await region.get(`/api/network/years/${ids.y2025}/registry-diff`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.not_in_network.map((s) => s.service_name), ['Osobní asistence Krkonoše']);
    assert.deepEqual(r.body.not_registered.map((s) => [s.service_name, s.registry_status, s.ended_on]), [['Azylový dům Žofie', 'ended', '2025-06-30']]);
    assert.equal(r.body.not_registered[0].registry_status_name, 'registrace ukončena');
    assert.deepEqual(r.body.capacity_mismatch.map((m) => [m.service_name, m.reason, m.network_capacity, m.registered_capacity]), [
      ['Pečovatelská služba Náchodsko', 'capacity_below', 150, 120],
    ]);
    const y2024 = await region.get(`/api/network/years/${ids.y2024}/registry-diff`);
    assert.deepEqual(y2024.body.not_in_network.map((s) => s.service_name), []); // s3 has ended since
    await refused(async () => (await world.as('p1_manager')).get(`/api/network/years/${ids.y2025}/registry-diff`), 403);
    await refused(async () => (await world.as('muni_worker')).get(`/api/network/years/${ids.y2024}/registry-diff`), 403);
  });

  test('with need coverage: gaps of the latest locked round', async () => {
    const region = await world.as('region_officer');
    const none = await region.get(`/api/network/years/${ids.y2024}/coverage-diff`);
    assert.equal(none.status, 200, none.text);
    assert.equal(none.body.round, null);
    assert.deepEqual(none.body.gaps, []);
    assert.ok(none.body.territories.some((t) => t.code === '5209' && t.name === 'Náchod'));

    const org = world.orgs.region;
    const now = 1767225600;
    const sub = (service) => `(SELECT id FROM nw_coverage_submissions WHERE service_id = ${service})`;
    const need = (code) => `(SELECT id FROM nw_need_areas WHERE code = '${code}')`;
    server.db.run([
      'BEGIN;',
      `INSERT INTO nw_need_areas (region_org_id, code, name_cs, position, created_at) VALUES (${org}, 'strava', 'Strava a nákup', 1, ${now}), (${org}, 'hygiena', 'Osobní hygiena', 2, ${now});`,
      `INSERT INTO nw_cards (region_org_id, kind_code, form_code, created_at) VALUES (${org}, '4', '', ${now});`,
      `INSERT INTO nw_card_versions (card_id, version_no, status, title, created_at, updated_at) VALUES ((SELECT id FROM nw_cards WHERE kind_code = '4'), 1, 'published', 'Pečovatelská služba', ${now}, ${now});`,
      `INSERT INTO nw_coverage_rounds (region_org_id, title, period_from, period_to, kinds, deadline, status, created_at, updated_at) VALUES (${org}, 'Pokrytí potřeb 2024', '2024-01-01', '2024-12-31', ';4;', '2025-01-31', 'locked', ${now}, ${now});`,
      ...[world.services.s1, world.services.s2, world.services.s3].map((s) =>
        `INSERT INTO nw_coverage_submissions (round_id, service_id, card_version_id, status, updated_at) VALUES ((SELECT id FROM nw_coverage_rounds), ${s}, (SELECT id FROM nw_card_versions), 'submitted', ${now});`),
      `INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode) VALUES (${sub(world.services.s2)}, ${need('strava')}, 'direct'), (${sub(world.services.s2)}, ${need('hygiena')}, 'mediated'), ` +
        `(${sub(world.services.s1)}, ${need('strava')}, 'mediated'), (${sub(world.services.s3)}, ${need('hygiena')}, 'direct');`,
      `UPDATE data_versions SET version = version + 1 WHERE scope = 'network';`,
      'COMMIT;',
    ].join('\n'));
    const r = await region.get(`/api/network/years/${ids.y2024}/coverage-diff`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.round.title, 'Pokrytí potřeb 2024');
    assert.deepEqual(r.body.needs.map((n) => n.name), ['Osobní hygiena', 'Strava a nákup']);
    const gap = (t, n) => r.body.gaps.find((g) => g.territory_code === t && g.need_name === n);
    assert.equal(gap('5209', 'Strava a nákup'), undefined); // met directly by the home care service
    assert.equal(gap('5210', 'Strava a nákup'), undefined);
    assert.deepEqual(gap('5205', 'Strava a nákup'), { territory_code: '5205', territory_name: 'Hradec Králové', need_area_id: gap('5205', 'Strava a nákup').need_area_id, need_name: 'Strava a nákup', network_services: 1, outside_network: 0 });
    // hygiene in Náchod: the network's home care service only mediates it; the shelter outside the 2024 network meets it
    assert.equal(gap('5209', 'Osobní hygiena').network_services, 1);
    assert.equal(gap('5209', 'Osobní hygiena').outside_network, 1);
    const territories = r.body.territories.length;
    assert.equal(r.body.gaps.length, territories * 2 - 2);
    // a municipality reads the comparison of an approved year; a provider does not
    assert.equal((await (await world.as('muni_worker')).get(`/api/network/years/${ids.y2024}/coverage-diff`)).status, 200);
    await refused(async () => (await world.as('p1_manager')).get(`/api/network/years/${ids.y2024}/coverage-diff`), 403);
  });

  test('the Excel workbook of a year', async () => {
    const region = await world.as('region_officer');
    const res = await fetch(`${region.baseUrl}/api/network/years/${ids.y2025}/export.xlsx`, { headers: { Cookie: region.cookie } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /spreadsheetml/);
    const files = unzipText(new Uint8Array(await res.arrayBuffer()));
    const workbook = files['xl/workbook.xml'];
    for (const sheet of ['Síť 2025', 'Rozhodnutí', 'Pověření', 'Porovnání s registrem']) assert.ok(workbook.includes(sheet), sheet);
    const strings = Object.entries(files).filter(([n]) => n.includes('sharedStrings') || n.includes('sheet')).map(([, t]) => t).join('');
    for (const text of ['Domov pro seniory Světlá', 'Kapacita v síti', 'vyřazení ze sítě', 'nesoulad kapacity', 'Celkem (lůžka)', 'KHK/2024/002', 'Trutnov', 'terénní'])
      assert.ok(strings.includes(text), text);
    // capacities are numbers; whole ones in the general format, never "0.####" (Excel would show "35," for 35)
    const styles = files['xl/styles.xml'];
    const decimalFmt = /<numFmt numFmtId="(\d+)" formatCode="0\.####"/.exec(styles)?.[1];
    const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]);
    const numberCells = [...files['xl/worksheets/sheet1.xml'].matchAll(/<c r="E\d+"( s="(\d+)")?><v>([^<]*)<\/v>/g)];
    assert.ok(numberCells.length > 0, 'capacity cells written as numbers');
    for (const [, , style, value] of numberCells)
      if (Number.isInteger(Number(value))) assert.notEqual(xfs[Number(style ?? 0)], decimalFmt, `E cell ${value}`);
    // a provider's workbook holds its own services only and no registry comparison
    const manager = await world.as('p1_manager');
    const p = await fetch(`${manager.baseUrl}/api/network/years/${ids.y2025}/export.xlsx`, { headers: { Cookie: manager.cookie } });
    assert.equal(p.status, 200);
    const pf = unzipText(new Uint8Array(await p.arrayBuffer()));
    assert.ok(!pf['xl/workbook.xml'].includes('Porovnání s registrem'));
    const ps = Object.entries(pf).filter(([n]) => n.includes('sharedStrings') || n.includes('sheet')).map(([, t]) => t).join('');
    assert.ok(!ps.includes('Osobní asistence Krkonoše'));
    const other = await fetch(`${region.baseUrl}/api/network/years/999999/export.xlsx`, { headers: { Cookie: region.cookie } });
    assert.equal(other.status, 404);
  });
});
