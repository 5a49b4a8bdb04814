// The public portal (issue 12 item 6) on SQLite and PostgreSQL: the region publishes its portal and chooses
// indicators (network.manage); /api/public/… and /portal/… answer without login, in Czech and English, and show
// only what is published: the published card versions (with the earlier published ones listed), the active
// services of the region without persons, the coverage of a locked round only, and benchmark aggregates of a
// locked round with groups of fewer than 5 services suppressed. Cards, rounds and benchmark statistics are
// written as SQL fixtures (the schema of migration 0009 is the contract).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, setupTenants } from './lib/harness.mjs';

let server;
let world;

const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
const NOW = 1764547200; // 2025-12-01
const SECRET = 'NEZVEREJNENY-NAVRH';

function fixtureSql() {
  const region = world.orgs.region;
  const p1 = world.orgs.p1;
  const need = (code) => `(SELECT id FROM nw_need_areas WHERE region_org_id = ${region} AND code = ${q(code)})`;
  const card = `(SELECT id FROM nw_cards WHERE region_org_id = ${region} AND kind_code = '4')`;
  const version = (no) => `(SELECT id FROM nw_card_versions WHERE card_id = ${card} AND version_no = ${no})`;
  const l = ['BEGIN;'];
  [['bydleni', 'Bydlení', 'Housing', 1], ['strava', 'Strava', 'Food', 2], ['finance', 'Finance', 'Finances', 3]].forEach(
    ([code, cs, en, pos]) =>
      l.push(`INSERT INTO nw_need_areas (region_org_id, code, name_cs, name_en, position, created_at) VALUES (${region}, ${q(code)}, ${q(cs)}, ${q(en)}, ${pos}, ${NOW});`),
  );
  l.push(`INSERT INTO nw_activities (region_org_id, kind_code, paragraph, letter, text_cs, text_en, created_at) VALUES (${region}, '4', '§40', 'b', 'pomoc při zajištění stravy nebo zajištění stravy', 'help with providing meals', ${NOW});`);
  l.push(`INSERT INTO nw_cards (region_org_id, kind_code, form_code, created_at) VALUES (${region}, '4', '', ${NOW});`);
  // v1 published then superseded, v2 published (the current one), v3 a draft nobody outside may see.
  l.push(`INSERT INTO nw_card_versions (card_id, version_no, status, title, summary, published_at, change_note, created_at, updated_at) VALUES (${card}, 1, 'superseded', 'Pečovatelská služba v kraji', 'První verze.', 1735776000, 'První zveřejnění', ${NOW}, ${NOW});`);
  l.push(`INSERT INTO nw_card_versions (card_id, version_no, status, title, summary, user_expect, user_not_expect, published_at, change_note, created_at, updated_at) VALUES (${card}, 2, 'published', 'Pečovatelská služba – karta kraje', 'Pomáhá lidem zůstat doma.', 'Pomoc s jídlem a domácností.', 'Nepřetržitou péči 24 hodin denně.', 1751328000, 'Doplněna strava', ${NOW}, ${NOW});`);
  l.push(`INSERT INTO nw_card_versions (card_id, version_no, status, title, summary, created_at, updated_at) VALUES (${card}, 3, 'draft', ${q(SECRET)}, ${q(SECRET)}, ${NOW}, ${NOW});`);
  l.push(`INSERT INTO nw_card_needs (version_id, need_area_id, description, answer, position) VALUES (${version(2)}, ${need('strava')}, 'Člověk si sám neuvaří.', 'Dovoz obědů a pomoc s jídlem.', 1);`);
  l.push(`INSERT INTO nw_card_needs (version_id, need_area_id, description, answer, position) VALUES (${version(2)}, ${need('bydleni')}, 'Domácnost je nad síly.', 'Úklid a běžná údržba.', 2);`);
  l.push(`INSERT INTO nw_card_needs (version_id, need_area_id, description, answer, position) VALUES (${version(3)}, ${need('finance')}, ${q(SECRET)}, ${q(SECRET)}, 1);`);
  l.push(`INSERT INTO nw_card_need_activities (card_need_id, activity_id) VALUES ((SELECT id FROM nw_card_needs WHERE version_id = ${version(2)} AND need_area_id = ${need('strava')}), (SELECT id FROM nw_activities WHERE kind_code = '4' AND region_org_id = ${region}));`);
  // A second kind with a card only in comments: never on the portal.
  l.push(`INSERT INTO nw_cards (region_org_id, kind_code, form_code, created_at) VALUES (${region}, '3', '', ${NOW});`);
  l.push(`INSERT INTO nw_card_versions (card_id, version_no, status, title, created_at, updated_at) VALUES ((SELECT id FROM nw_cards WHERE region_org_id = ${region} AND kind_code = '3'), 1, 'comments', ${q(SECRET)}, ${NOW}, ${NOW});`);
  // Coverage: a locked round answered by s2 (ORP 5209 and 5210); an open round answered by s1 (ORP 5205).
  l.push(`INSERT INTO nw_coverage_rounds (region_org_id, title, period_from, period_to, kinds, deadline, status, locked_at, created_at, updated_at) VALUES (${region}, 'Pokrytí 2025', '2025-01-01', '2025-12-31', ';4;', '2026-01-31', 'locked', ${NOW}, ${NOW}, ${NOW});`);
  l.push(`INSERT INTO nw_coverage_rounds (region_org_id, title, period_from, period_to, kinds, deadline, status, created_at, updated_at) VALUES (${region}, ${q(SECRET)}, '2026-01-01', '2026-12-31', ';4;', '2027-01-31', 'open', ${NOW}, ${NOW});`);
  const round = (status) => `(SELECT id FROM nw_coverage_rounds WHERE region_org_id = ${region} AND status = ${q(status)})`;
  l.push(`INSERT INTO nw_coverage_submissions (round_id, service_id, card_version_id, status, submitted_at, updated_at) VALUES (${round('locked')}, ${world.services.s2}, ${version(2)}, 'submitted', ${NOW}, ${NOW});`);
  l.push(`INSERT INTO nw_coverage_submissions (round_id, service_id, card_version_id, status, submitted_at, updated_at) VALUES (${round('open')}, ${world.services.s1}, ${version(2)}, 'submitted', ${NOW}, ${NOW});`);
  const sub = (status, service) => `(SELECT id FROM nw_coverage_submissions WHERE round_id = ${round(status)} AND service_id = ${service})`;
  l.push(`INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode, clients) VALUES (${sub('locked', world.services.s2)}, ${need('strava')}, 'direct', 40);`);
  l.push(`INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode, mediated_text) VALUES (${sub('locked', world.services.s2)}, ${need('bydleni')}, 'mediated', 'Úklidová firma');`);
  l.push(`INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode) VALUES (${sub('open', world.services.s1)}, ${need('strava')}, 'direct');`);
  l.push(`INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode) VALUES (${sub('open', world.services.s1)}, ${need('bydleni')}, 'direct');`);
  // Benchmarking: a group of the region, a locked and an open round, statistics by peer group.
  l.push(`INSERT INTO bm_groups (region_org_id, name, kinds, created_at) VALUES (${region}, 'Pečovatelské služby', ';4;', ${NOW});`);
  const group = `(SELECT id FROM bm_groups WHERE region_org_id = ${region})`;
  l.push(`INSERT INTO bm_methodologies (group_id, version, name, status, created_at) VALUES (${group}, 1, 'Metodika 2025', 'published', ${NOW});`);
  const meth = `(SELECT id FROM bm_methodologies WHERE group_id = ${group})`;
  l.push(`INSERT INTO bm_indicators (methodology_id, code, name_cs, name_en, numerator, unit, direction, rba) VALUES (${meth}, 'hodiny_na_klienta', 'Hodiny péče na klienta', 'Care hours per client', 'hodiny', 'h', 'higher', 'how_much');`);
  l.push(`INSERT INTO bm_rounds (group_id, methodology_id, name, period_year, kind, status, locked_at, created_at) VALUES (${group}, ${meth}, 'Benchmarking 2025', 2025, 'full', 'locked', ${NOW}, ${NOW});`);
  l.push(`INSERT INTO bm_rounds (group_id, methodology_id, name, period_year, kind, status, created_at) VALUES (${group}, ${meth}, 'Benchmarking 2026', 2026, 'full', 'open', ${NOW});`);
  const bmRound = (status) => `(SELECT id FROM bm_rounds WHERE group_id = ${group} AND status = ${q(status)})`;
  const ind = `(SELECT id FROM bm_indicators WHERE methodology_id = ${meth})`;
  l.push(`INSERT INTO bm_stats (round_id, indicator_id, peer_key, n, min_value, q1, median, q3, max_value) VALUES (${bmRound('locked')}, ${ind}, 'kind=4;form=ter', 6, 10, 20, 25.5, 30, 40);`);
  l.push(`INSERT INTO bm_stats (round_id, indicator_id, peer_key, n, min_value, q1, median, q3, max_value) VALUES (${bmRound('locked')}, ${ind}, 'kind=4;form=amb', 3, 11, 12, 777.25, 14, 15);`);
  l.push(`UPDATE data_versions SET version = version + 1 WHERE scope = 'network';`);
  l.push('COMMIT;');
  void p1;
  return l.join('\n') + '\n';
}

const anon = () => server.client();
const roundId = (status) => Number(world.server.db.scalar(`SELECT id FROM nw_coverage_rounds WHERE status = '${status}'`));
const bmRoundId = (status) => Number(world.server.db.scalar(`SELECT id FROM bm_rounds WHERE status = '${status}'`));

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, { users: ['region_officer', 'p1_admin', 'region_admin'] });
  server.db.run(fixtureSql());
});
after(async () => {
  await server?.stop();
});

const SETTINGS = {
  published: true,
  title_cs: 'Sociální služby Královéhradeckého kraje',
  title_en: 'Social services of the Hradec Králové Region',
  intro_cs: 'Karty služeb a pokrytí potřeb.',
  intro_en: 'Service cards and need coverage.',
  show_services: true,
  show_coverage: true,
  contact: 'socialni@kr-kralovehradecky.cz',
};

describe('before the region publishes', () => {
  test('nothing of the region is public and the manage routes need the region', async () => {
    const c = anon();
    assert.equal((await c.get('/api/public/regions')).body.items.length, 0);
    const r = await c.get('/api/public/regions/86');
    assert.equal(r.status, 404);
    assert.equal((await c.get('/portal/86/')).status, 404);
    const start = await c.get('/portal/');
    assert.equal(start.status, 200);
    assert.match(start.text, /Zatím žádný kraj nezveřejnil/);
    // The settings are the region's: anonymous 401, a provider 403.
    assert.equal((await c.get('/api/network/portal/settings')).status, 401);
    const provider = await world.as('p1_admin');
    assert.equal((await provider.get('/api/network/portal/settings')).status, 403);
    assert.equal((await provider.put('/api/network/portal/settings', SETTINGS)).status, 403);
  });
});

describe('the region publishes its portal', () => {
  test('settings are validated, naming the field', async () => {
    const officer = await world.as('region_officer');
    let r = await officer.put('/api/network/portal/settings', { ...SETTINGS, title_cs: '' });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.field, 'title_cs');
    r = await officer.put('/api/network/portal/settings', { ...SETTINGS, coverage_round_id: roundId('open') });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.field, 'coverage_round_id');
    r = await officer.put('/api/network/portal/settings', { ...SETTINGS, title_cs: 'a\u0000b' });
    assert.equal(r.status, 400);
  });

  test('publishing stores the settings and records the activity', async () => {
    const officer = await world.as('region_officer');
    const r = await officer.put('/api/network/portal/settings', SETTINGS);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.published, true);
    assert.equal(r.body.region_code, '86');
    assert.equal(r.body.portal_url, '/portal/86/');
    assert.equal(r.body.coverage_round_id, null);
    const again = await officer.get('/api/network/portal/settings');
    assert.equal(again.body.title_en, SETTINGS.title_en);
    assert.equal(Number(server.db.scalar(`SELECT COUNT(*) FROM audit_log WHERE action = 'network.portal.publish'`)), 1);
  });

  test('indicators: only a locked round of the region, a known indicator, once', async () => {
    const officer = await world.as('region_officer');
    let r = await officer.post('/api/network/portal/indicators', { bm_round_id: bmRoundId('open'), indicator_code: 'hodiny_na_klienta' });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.field, 'bm_round_id');
    r = await officer.post('/api/network/portal/indicators', { bm_round_id: bmRoundId('locked'), indicator_code: 'neni' });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.field, 'indicator_code');
    r = await officer.post('/api/network/portal/indicators', { bm_round_id: bmRoundId('locked'), indicator_code: 'hodiny_na_klienta' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.name, 'Hodiny péče na klienta');
    assert.equal(r.body.round_name, 'Benchmarking 2025');
    const dup = await officer.post('/api/network/portal/indicators', { bm_round_id: bmRoundId('locked'), indicator_code: 'hodiny_na_klienta' });
    assert.equal(dup.status, 409);
    const list = await officer.get('/api/network/portal/indicators');
    assert.deepEqual(list.body.items.map((i) => i.indicator_code), ['hodiny_na_klienta']);
    // Add and withdraw a second time: DELETE answers 204, then 404.
    const provider = await world.as('p1_admin');
    assert.equal((await provider.request('DELETE', `/api/network/portal/indicators/${r.body.id}`)).status, 403);
    assert.equal((await officer.request('DELETE', '/api/network/portal/indicators/999999')).status, 404);
  });
});

describe('the public portal (no login)', () => {
  test('regions and the region portal in JSON', async () => {
    const c = anon();
    const regions = await c.get('/api/public/regions');
    assert.deepEqual(regions.body.items.map((r) => [r.region_code, r.name]), [['86', 'Královéhradecký kraj']]);
    const portal = await c.get('/api/public/regions/86');
    assert.equal(portal.status, 200);
    assert.equal(portal.body.title_cs, SETTINGS.title_cs);
    assert.deepEqual(portal.body.cards.map((x) => [x.kind_code, x.version_no]), [['4', 2]]);
    assert.deepEqual(portal.body.datasets.map((d) => d.dataset), ['cards', 'services', 'coverage', 'indicators']);
    assert.equal((await c.get('/api/public/regions/19')).status, 404);
  });

  test('a card: the latest published version, with the earlier published versions; never a draft', async () => {
    const c = anon();
    const card = await c.get('/api/public/regions/86/cards/4');
    assert.equal(card.status, 200);
    assert.equal(card.body.version_no, 2);
    assert.equal(card.body.title, 'Pečovatelská služba – karta kraje');
    assert.equal(card.body.kind_name_cs, 'Pečovatelská služba');
    assert.deepEqual(card.body.needs.map((n) => [n.code, n.name_en]), [['strava', 'Food'], ['bydleni', 'Housing']]);
    assert.deepEqual(card.body.needs[0].activities.map((a) => [a.paragraph, a.letter]), [['§40', 'b']]);
    assert.deepEqual(card.body.versions.map((v) => [v.version_no, v.published_on]), [[1, '2025-01-02']]);
    assert.equal((await c.get('/api/public/regions/86/cards/3')).status, 404, 'a card in comments is not public');
  });

  test('services: active ones of the region with codes named, no persons', async () => {
    const r = await anon().get('/api/public/regions/86/services');
    const names = r.body.items.map((s) => s.name).sort();
    assert.deepEqual(names, ['Azylový dům Žofie', 'Domov pro seniory Světlá', 'Osobní asistence Krkonoše', 'Pečovatelská služba Náchodsko']);
    const ps = r.body.items.find((s) => s.name === 'Pečovatelská služba Náchodsko');
    assert.equal(ps.provider, 'Charita Hradec Králové');
    assert.equal(ps.kind_name_cs, 'Pečovatelská služba');
    assert.equal(ps.has_card, true);
    assert.deepEqual(ps.territories.map((t) => t.code), ['5209', '5210']);
    assert.ok(ps.territories.every((t) => t.name_cs.length > 0));
    const text = r.text;
    for (const login of ['region_officer', 'p1_admin', 'region_admin']) assert.ok(!text.includes(login), 'no user or e-mail');
    assert.deepEqual(ps.contacts, [{ kind: 'web', value: 'https://example.cz/ps' }], "the service's own contact from the registry");
  });

  test('coverage: the locked round only, counts of services per ORP × need', async () => {
    const r = await anon().get('/api/public/regions/86/coverage');
    assert.equal(r.body.round.title, 'Pokrytí 2025');
    assert.deepEqual(r.body.needs.map((n) => n.code), ['bydleni', 'strava']);
    const cell = (t, code) => r.body.cells.find((c) => c.territory === t && c.need_area_id === r.body.needs.find((n) => n.code === code).id);
    assert.deepEqual(
      ['direct', 'mediated', 'referred', 'none', 'services'].map((k) => cell('5209', 'strava')[k]),
      [1, 0, 0, 0, 1],
    );
    assert.equal(cell('5210', 'bydleni').mediated, 1);
    assert.equal(cell('5205', 'strava').services, 0, 'the open round (s1 in 5205) is not public');
    const naChod = r.body.summary.find((s) => s.territory === '5209');
    assert.equal(naChod.needs_direct, 1);
    assert.equal(naChod.needs_total, 2);
    assert.equal(naChod.level, 2);
    assert.match(r.body.attribution, /ČÚZK/);
    assert.ok(!r.text.includes(SECRET));
    assert.ok(!r.text.includes('Úklidová firma'), 'no free text of answers');
  });

  test('indicators: aggregates of the locked round, a group under 5 services suppressed', async () => {
    const r = await anon().get('/api/public/regions/86/indicators');
    assert.equal(r.body.items.length, 1);
    const [ind] = r.body.items;
    assert.equal(ind.name_en, 'Care hours per client');
    const amb = ind.groups.find((g) => g.form_code === 'amb');
    const ter = ind.groups.find((g) => g.form_code === 'ter');
    assert.deepEqual([ter.n, ter.q1, ter.median, ter.q3, ter.suppressed], [6, 20, 25.5, 30, false]);
    assert.deepEqual([amb.n, amb.q1, amb.median, amb.q3, amb.suppressed], [null, null, null, null, true]);
    assert.ok(!r.text.includes('777'));
  });

  test('open data: CSV and JSON of every dataset, the same rows', async () => {
    const c = anon();
    for (const dataset of ['cards', 'services', 'coverage', 'indicators']) {
      const csv = await c.get(`/api/public/regions/86/${dataset}.csv`);
      assert.equal(csv.status, 200, dataset);
      assert.match(csv.headers.get('content-type'), /text\/csv/);
      const json = await c.get(`/api/public/regions/86/${dataset}.json`);
      assert.equal(json.status, 200, dataset);
      const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      assert.equal(lines[0], json.body.columns.join(','), dataset);
      assert.ok(!csv.text.includes(SECRET) && !json.text.includes(SECRET), dataset);
    }
    const cards = await c.get('/api/public/regions/86/cards.json');
    assert.deepEqual(cards.body.items.map((i) => i.need_code), ['strava', 'bydleni']);
    const ind = await c.get('/api/public/regions/86/indicators.csv');
    assert.ok(!ind.text.includes('777'));
    assert.equal((await c.get('/api/public/regions/86/nothing.csv')).status, 404);
  });

  test('HTML pages in Czech and English, without login, nothing unpublished', async () => {
    const c = anon();
    const pages = [
      ['/portal/', 'cs', 'Sociální služby Královéhradeckého kraje'],
      ['/portal/86/', 'cs', 'Pečovatelská služba – karta kraje'],
      ['/portal/86/karty/4', 'cs', 'Dovoz obědů a pomoc s jídlem.'],
      ['/portal/86/sluzby', 'cs', 'Pečovatelská služba Náchodsko'],
      ['/portal/86/pokryti', 'cs', '© ČÚZK (RÚIAN), ČSÚ (SLDB 2021), via ArcČR'],
      ['/portal/86/ukazatele', 'cs', 'Hodiny péče na klienta'],
      ['/portal/86/data', 'cs', '/api/public/regions/86/coverage.csv'],
      ['/portal/en/', 'en', 'Social services of the Hradec Králové Region'],
      ['/portal/en/86/cards/4', 'en', 'Needs the service helps with'],
      ['/portal/en/86/services', 'en', 'Personal assistance'],
      ['/portal/en/86/coverage', 'en', 'Need coverage by territory'],
      ['/portal/en/86/indicators', 'en', 'Care hours per client'],
      ['/portal/en/86/data', 'en', 'Open data'],
    ];
    for (const [path, lang, text] of pages) {
      const r = await c.get(path);
      assert.equal(r.status, 200, path);
      assert.match(r.headers.get('content-type'), /text\/html/);
      assert.ok(r.text.startsWith(`<!doctype html><html lang="${lang}">`), path);
      assert.ok(r.text.includes(text), `${path} shows ${text}`);
      assert.ok(!r.text.includes(SECRET), `${path} shows nothing unpublished`);
      assert.ok(!r.text.includes('<script'), `${path} needs no script`);
      assert.ok(!r.text.includes('777'), `${path} shows no suppressed value`);
    }
    const map = await c.get('/portal/86/pokryti');
    assert.equal((map.text.match(/<path class="l\d" d="M/g) || []).length, 15, 'the 15 ORP of Královéhradecký kraj');
    assert.match(map.text, /<path class="l2" d="M[^"]+"><title>Náchod:/);
    assert.equal((await c.get('/portal/86/karty/3')).status, 404);
    assert.equal((await c.get('/portal/19/')).status, 404);
    assert.equal((await c.get('/portal/86/nic')).status, 404);
  });

  test('pages are cached per data version: ETag, 304, and a change shows at once', async () => {
    const c = anon();
    const first = await c.get('/portal/86/');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.ok(first.headers.get('last-modified'));
    const again = await c.get('/portal/86/', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const officer = await world.as('region_officer');
    await officer.put('/api/network/portal/settings', { ...SETTINGS, title_cs: 'Nový název portálu' });
    const changed = await c.get('/portal/86/', { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.ok(changed.text.includes('Nový název portálu'));
    // Hiding the services section removes its page and dataset.
    await officer.put('/api/network/portal/settings', { ...SETTINGS, show_services: false });
    assert.equal((await c.get('/portal/86/sluzby')).status, 404);
    assert.equal((await c.get('/api/public/regions/86/services.csv')).status, 404);
    // Withdrawing the portal hides everything.
    await officer.put('/api/network/portal/settings', { ...SETTINGS, published: false });
    assert.equal((await c.get('/portal/86/')).status, 404);
    assert.equal((await c.get('/api/public/regions/86/cards')).status, 404);
    await officer.put('/api/network/portal/settings', SETTINGS);
    assert.equal((await c.get('/portal/86/')).status, 200);
    assert.equal(server.internalErrors().length, 0, server.internalErrors().join('\n'));
  });
});
