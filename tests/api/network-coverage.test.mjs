// Need coverage of the network module (issue 12 items 3 and 4) on SQLite and PostgreSQL: the round lifecycle
// (draft → open → locked, 409 naming the kinds without a published card, reminders, lock), a provider fills
// only its own services' forms, submit checks, the upload from CSV with bad rows (all or nothing, each bad row
// by line and column), the template, and the coverage map with gaps and overlaps and their export.
// The published cards are written as rows of the schema (the cards part's routes are tested elsewhere).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, setupTenants, unzipText } from './lib/harness.mjs';

let server;
let world;
let region;
const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
const NEEDS = [
  ['bydleni', 'Bydlení', 'housing', 1],
  ['strava', 'Strava', 'food', 2],
  ['finance', 'Finance', 'finances', 3],
];

// Need areas of the region and cards of kinds 13, 4 and 3 published with all three needs, a card of kind 20
// (Azylový dům) only in draft.
function cardsSql(regionId) {
  const now = Math.floor(Date.now() / 1000);
  const lines = ['BEGIN;'];
  for (const [code, cs, en, pos] of NEEDS)
    lines.push(
      `INSERT INTO nw_need_areas (region_org_id, code, name_cs, name_en, position, created_at) VALUES (${regionId}, ${q(code)}, ${q(cs)}, ${q(en)}, ${pos}, ${now});`,
    );
  for (const [kind, status] of [['13', 'published'], ['4', 'published'], ['3', 'published'], ['20', 'draft']]) {
    lines.push(`INSERT INTO nw_cards (region_org_id, kind_code, form_code, created_at) VALUES (${regionId}, ${q(kind)}, '', ${now});`);
    const card = `(SELECT id FROM nw_cards WHERE region_org_id = ${regionId} AND kind_code = ${q(kind)})`;
    lines.push(
      `INSERT INTO nw_card_versions (card_id, version_no, status, title, published_at, created_at, updated_at) VALUES (${card}, 1, ${q(status)}, ${q('Karta ' + kind)}, ${status === 'published' ? now : 0}, ${now}, ${now});`,
    );
    const version = `(SELECT id FROM nw_card_versions WHERE card_id = ${card} AND version_no = 1)`;
    for (const [code, , , pos] of NEEDS)
      lines.push(
        `INSERT INTO nw_card_needs (version_id, need_area_id, position) VALUES (${version}, (SELECT id FROM nw_need_areas WHERE region_org_id = ${regionId} AND code = ${q(code)}), ${pos});`,
      );
  }
  lines.push(`UPDATE data_versions SET version = version + 1 WHERE scope = 'network';`);
  lines.push('COMMIT;');
  return lines.join('\n') + '\n';
}

// The bytes of a download as the client's session.
async function download(client, urlPath) {
  const r = await fetch(server.baseUrl + urlPath, { headers: { Cookie: client.cookie } });
  assert.equal(r.status, 200, urlPath);
  return Buffer.from(await r.arrayBuffer());
}

const needId = (code) =>
  Number(server.db.scalar(`SELECT id FROM nw_need_areas WHERE region_org_id = ${region} AND code = ${q(code)}`));

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, {
    users: ['region_officer', 'p1_admin', 'p1_worker', 'p1_readonly', 'p2_admin', 'muni_worker'],
  });
  region = world.orgs.region;
  server.db.run(cardsSql(region));
});
after(async () => {
  await server?.stop();
});

const ROUND = { title: 'Sběr pokrytí 2025', period_from: '2025-01-01', period_to: '2025-12-31', kinds: ['13', '4', '3', '20'], deadline: '2025-11-30' };

describe('network coverage', () => {
  let roundId;
  let forms; // service key → submission id

  test('region staff create a draft round; providers do not see drafts and may not create one', async () => {
    const officer = await world.as('region_officer');
    const bad = await officer.post('/api/network/coverage/rounds', { ...ROUND, period_to: '2024-12-31' });
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.body.error.field, 'period_to');
    const unknown = await officer.post('/api/network/coverage/rounds', { ...ROUND, kinds: ['999'] });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.field, 'kinds');
    const r = await officer.post('/api/network/coverage/rounds', ROUND);
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.status, 'draft');
    assert.deepEqual(r.body.kinds.map((k) => k.code), ['13', '4', '3', '20']);
    assert.equal(r.body.kinds[1].name, 'Pečovatelská služba');
    assert.equal(r.body.can_manage, true);
    roundId = r.body.id;
    const p1 = await world.as('p1_admin');
    assert.equal((await p1.post('/api/network/coverage/rounds', ROUND)).status, 403);
    const list = await p1.get('/api/network/coverage/rounds');
    assert.equal(list.status, 200);
    assert.equal(list.body.items.length, 0);
    assert.equal((await p1.get(`/api/network/coverage/rounds/${roundId}`)).status, 404);
  });

  test('opening names the kinds without a published card; after the change one form per active service', async () => {
    const officer = await world.as('region_officer');
    const refused = await officer.post(`/api/network/coverage/rounds/${roundId}/open`);
    assert.equal(refused.status, 409, refused.text);
    assert.match(refused.body.error.message, /Azylové domy/);
    const changed = await officer.put(`/api/network/coverage/rounds/${roundId}`, { ...ROUND, kinds: ['13', '4', '3'] });
    assert.equal(changed.status, 200, changed.text);
    const opened = await officer.post(`/api/network/coverage/rounds/${roundId}/open`);
    assert.equal(opened.status, 200, opened.text);
    assert.equal(opened.body.status, 'open');
    assert.equal(opened.body.total, 3); // s1 (13), s2 (4), s5 (3); s4 ended, s6 another region
    assert.equal((await officer.post(`/api/network/coverage/rounds/${roundId}/open`)).status, 409);
    assert.equal((await officer.put(`/api/network/coverage/rounds/${roundId}`, ROUND)).status, 409);
    const subs = await officer.get(`/api/network/coverage/rounds/${roundId}/submissions`);
    assert.equal(subs.status, 200);
    forms = {};
    for (const s of subs.body.items) {
      const key = Object.keys(world.services).find((k) => world.services[k] === s.service_id);
      forms[key] = s.id;
      assert.equal(s.status, 'open');
      assert.equal(s.needs, 3);
      assert.ok(s.kind_name && s.provider_name && s.service_name);
    }
    assert.deepEqual(Object.keys(forms).sort(), ['s1', 's2', 's5']);
  });

  test('a provider sees and fills only its own services', async () => {
    const p1 = await world.as('p1_admin');
    const p2 = await world.as('p2_admin');
    const mine = await p1.get(`/api/network/coverage/rounds/${roundId}/submissions`);
    assert.deepEqual(mine.body.items.map((s) => s.id).sort(), [forms.s1, forms.s2].sort());
    const theirs = await p2.get(`/api/network/coverage/rounds/${roundId}/submissions`);
    assert.deepEqual(theirs.body.items.map((s) => s.id), [forms.s5]);
    assert.equal((await p2.get(`/api/network/coverage/submissions/${forms.s2}`)).status, 404);
    const put = await p2.put(`/api/network/coverage/submissions/${forms.s2}`, { answers: [{ need_area_id: needId('strava'), mode: 'direct' }] });
    assert.equal(put.status, 404);
    const readonly = await world.as('p1_readonly');
    assert.equal((await readonly.get(`/api/network/coverage/submissions/${forms.s2}`)).status, 200);
    const ro = await readonly.put(`/api/network/coverage/submissions/${forms.s2}`, { answers: [] });
    assert.equal(ro.status, 403);
    // an evaluator of the provider reads published cards only, never its coverage forms
    const made = await world.admin.post('/api/users', {
      login: 'p1_evaluator',
      display_name: 'p1 evaluator',
      email: 'p1_evaluator@example.cz',
      password: 'Evaluator-pass-2026',
      language: 'cs',
      memberships: [{ organisation_id: world.orgs.p1, role: 'evaluator' }],
    });
    assert.equal(made.status, 201, made.text);
    const evaluator = server.client();
    await evaluator.login('p1_evaluator', 'Evaluator-pass-2026');
    const seen = await evaluator.get(`/api/network/coverage/rounds/${roundId}/submissions`);
    assert.deepEqual(seen.status === 200 ? seen.body.items : [], []);
    assert.equal((await evaluator.get(`/api/network/coverage/submissions/${forms.s2}`)).status, 404);
    const form = await p1.get(`/api/network/coverage/submissions/${forms.s2}`);
    assert.equal(form.status, 200);
    assert.deepEqual(form.body.needs.map((n) => n.need_name), ['Bydlení', 'Strava', 'Finance']);
    assert.equal(form.body.can_edit, true);
    assert.equal(form.body.needs[0].mode, null);
  });

  test('the form saves partly, submit names what is missing, then submits', async () => {
    const worker = await world.as('p1_worker');
    const url = `/api/network/coverage/submissions/${forms.s2}`;
    const partial = await worker.put(url, { answers: [{ need_area_id: needId('strava'), mode: 'direct', clients: 30, contacts: 900 }] });
    assert.equal(partial.status, 200, partial.text);
    assert.equal(partial.body.submission.answered, 1);
    const early = await worker.post(`${url}/submit`);
    assert.equal(early.status, 422, early.text);
    assert.equal(early.body.problems_total, 2);
    assert.deepEqual(early.body.problems.map((p) => p.field), ['mode', 'mode']);
    const badMode = await worker.put(url, { answers: [{ need_area_id: needId('bydleni'), mode: 'maybe' }] });
    assert.equal(badMode.status, 400);
    assert.equal(badMode.body.error.field, 'answers[0].mode');
    const notOnCard = await worker.put(url, { answers: [{ need_area_id: 999999, mode: 'direct' }] });
    assert.equal(notOnCard.status, 422);
    assert.equal(notOnCard.body.problems[0].field, 'need_area_id');
    const more = await worker.put(url, {
      answers: [
        { need_area_id: needId('bydleni'), mode: 'mediated' },
        { need_area_id: needId('finance'), mode: 'referred', note: 'Dluhové poradenství přes sociální pracovnici MěÚ' },
      ],
    });
    assert.equal(more.status, 200, more.text);
    const mediated = await worker.post(`${url}/submit`);
    assert.equal(mediated.status, 422);
    assert.equal(mediated.body.problems[0].field, 'mediated');
    assert.equal(mediated.body.problems[0].key, 'network.answer.mediated_required');
    const named = await worker.put(url, { answers: [{ need_area_id: needId('bydleni'), mode: 'mediated', mediated_service_id: world.services.s1 }] });
    assert.equal(named.status, 200);
    assert.equal(named.body.needs[0].mediated_service_name, 'Domov pro seniory Světlá');
    const done = await worker.post(`${url}/submit`);
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.submission.status, 'submitted');
    assert.equal(done.body.can_edit, false);
    assert.equal((await worker.put(url, { answers: [] })).status, 409);
  });

  test('an upload with bad rows saves nothing and names every bad row by line and column', async () => {
    const p1 = await world.as('p1_admin');
    const before = server.db.scalar('SELECT COUNT(*) FROM nw_coverage_answers');
    const csv = [
      'service_id,need_code,mode,mediated_service,clients,contacts,note',
      `${world.services.s1},bydleni,přímo,,80,,`,
      `${world.services.s1},strava,možná,,,,`,
      `${world.services.s5},bydleni,direct,,,,`,
      `${world.services.s1},zamestnani,direct,,,,`,
      `${world.services.s1},finance,nenaplňuje,,x,,`,
      `${world.services.s2},strava,direct,,,,`,
    ].join('\n');
    const r = await p1.request('POST', `/api/network/coverage/rounds/${roundId}/upload`, { body: csv, headers: { 'Content-Type': 'text/csv' } });
    assert.equal(r.status, 422, r.text);
    assert.equal(r.body.problems_total, 5);
    assert.deepEqual(
      r.body.problems.map((p) => [p.line, p.field, p.key]),
      [
        [3, 'mode', 'network.upload.mode_invalid'],
        [6, 'clients', 'network.upload.volume_invalid'],
        [4, 'service_id', 'network.upload.service_unknown'],
        [5, 'need_code', 'network.upload.need_unknown'],
        [7, 'service_id', 'network.upload.service_submitted'],
      ],
    );
    assert.match(r.body.problems[0].message, /Řádek 3/);
    assert.equal(server.db.scalar('SELECT COUNT(*) FROM nw_coverage_answers'), before);
  });

  test('the template lists the open forms the caller fills; a good upload saves every line', async () => {
    const p1 = await world.as('p1_admin');
    const t = await p1.request('GET', `/api/network/coverage/rounds/${roundId}/template.xlsx`);
    assert.equal(t.status, 200);
    assert.match(t.headers.get('content-type'), /spreadsheetml/);
    const text = Object.values(unzipText(await download(p1, `/api/network/coverage/rounds/${roundId}/template.xlsx`))).join('\n');
    assert.match(text, /Domov pro seniory Světlá/);
    assert.doesNotMatch(text, /Pečovatelská služba Náchodsko/); // submitted already
    assert.doesNotMatch(text, /Osobní asistence Krkonoše/); // another provider's
    const csv = [
      'registry_id;need_code;mode;mediated_service;clients;contacts;note',
      '9000001;bydleni;přímo;;80;;',
      '9000001;strava;Přímo;;80;;',
      '9000001;finance;nenaplňuje;;;;opatrovník řeší sám',
    ].join('\n');
    const r = await p1.request('POST', `/api/network/coverage/rounds/${roundId}/upload`, { body: csv, headers: { 'Content-Type': 'text/csv' } });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body, { forms: 1, answers: 3 });
    const form = await p1.get(`/api/network/coverage/submissions/${forms.s1}`);
    assert.deepEqual(form.body.needs.map((n) => n.mode), ['direct', 'direct', 'none']);
    assert.equal(form.body.submission.source, 'upload');
    assert.equal((await p1.post(`/api/network/coverage/submissions/${forms.s1}/submit`)).status, 200);
  });

  test('reminders list the open forms with contacts; lock ends the answers', async () => {
    const p1 = await world.as('p1_admin');
    assert.equal((await p1.post(`/api/network/coverage/rounds/${roundId}/lock`)).status, 403);
    const officer = await world.as('region_officer');
    const remind = await officer.post(`/api/network/coverage/rounds/${roundId}/remind`);
    assert.equal(remind.status, 200, remind.text);
    assert.deepEqual(remind.body.items.map((i) => i.service_id), [world.services.s5]);
    assert.equal(remind.body.items[0].reminders, 1);
    const round = await officer.get(`/api/network/coverage/rounds/${roundId}`);
    assert.equal(round.body.submitted, 2);
    assert.equal(round.body.total, 3);
    const locked = await officer.post(`/api/network/coverage/rounds/${roundId}/lock`);
    assert.equal(locked.status, 200);
    assert.equal(locked.body.status, 'locked');
    const p2 = await world.as('p2_admin');
    const late = await p2.put(`/api/network/coverage/submissions/${forms.s5}`, { answers: [{ need_area_id: needId('strava'), mode: 'direct' }] });
    assert.equal(late.status, 409);
    assert.equal((await officer.post(`/api/network/coverage/rounds/${roundId}/remind`)).status, 409);
  });

  test('the map counts services per ORP × need by mode, with gaps and overlaps', async () => {
    const officer = await world.as('region_officer');
    const r = await officer.get('/api/network/coverage/map');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.round.id, roundId);
    assert.deepEqual(r.body.needs.map((n) => n.name), ['Bydlení', 'Strava', 'Finance']);
    assert.equal(r.body.territories.length, 15);
    assert.match(r.body.attribution, /ČÚZK/);
    const cell = (t, code) => r.body.cells.find((c) => c.territory === t && c.need_area_id === needId(code));
    assert.deepEqual(cell('5209', 'bydleni'), { territory: '5209', need_area_id: needId('bydleni'), direct: 0, mediated: 1, referred: 0, none: 0, services: 1 });
    assert.equal(cell('5209', 'strava').direct, 1);
    assert.equal(cell('5210', 'finance').referred, 1);
    assert.equal(cell('5205', 'bydleni').direct, 1);
    assert.equal(cell('5205', 'finance').none, 1);
    assert.equal(cell('5214', 'strava').services, 0); // Osobní asistence Krkonoše never submitted
    const gap = (t, code) => r.body.gaps.find((g) => g.territory === t && g.need_area_id === needId(code));
    assert.equal(gap('5209', 'bydleni').kind, 'no_direct');
    assert.equal(gap('5209', 'bydleni').territory_name, 'Náchod');
    assert.equal(gap('5214', 'strava').kind, 'unanswered');
    assert.equal(gap('5205', 'strava'), undefined);
    assert.equal(r.body.overlaps.length, 0);
    const low = await officer.get('/api/network/coverage/map?overlap=1');
    assert.ok(low.body.overlaps.some((o) => o.territory === '5205' && o.need_area_id === needId('strava')));
    const kind13 = await officer.get('/api/network/coverage/map?kind=13');
    assert.equal(kind13.body.cells.find((c) => c.territory === '5209' && c.need_area_id === needId('strava')).services, 0);
    const tg = await officer.get('/api/network/coverage/map?target_group=17');
    assert.equal(tg.body.cells.find((c) => c.territory === '5205' && c.need_area_id === needId('strava')).services, 0);
    assert.equal(tg.body.cells.find((c) => c.territory === '5209' && c.need_area_id === needId('strava')).direct, 1);
    const one = await officer.get(`/api/network/coverage/map?need=${needId('finance')}`);
    assert.equal(one.body.cells.length, 15);
    assert.equal((await officer.get('/api/network/coverage/map?kind=zzz')).status, 400);
    assert.equal((await officer.get('/api/network/coverage/map?round=abc')).status, 400);
  });

  test('providers and municipalities of the region read the map; the whole country only the administrator', async () => {
    for (const login of ['p2_admin', 'muni_worker']) {
      const r = await (await world.as(login)).get('/api/network/coverage/map');
      assert.equal(r.status, 200, `${login}: ${r.text}`);
      assert.equal(r.body.round.id, roundId);
    }
    const officer = await world.as('region_officer');
    assert.equal((await officer.get('/api/network/coverage/map?region=all')).status, 403);
    const all = await world.admin.get('/api/network/coverage/map?region=all');
    assert.equal(all.status, 200, all.text);
    assert.equal(all.body.territories.length, 206);
    assert.equal(all.body.rounds.length, 1);
    assert.equal(all.body.cells.find((c) => c.territory === '5209' && c.need_area_id === needId('bydleni')).mediated, 1);
  });

  test('gaps and overlaps export as CSV and Excel', async () => {
    const officer = await world.as('region_officer');
    const csv = await officer.get('/api/network/coverage/gaps.csv');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type'), /text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    assert.match(lines[0], /^seznam,kod_orp,orp/);
    assert.ok(lines.some((l) => l.startsWith('mezera,5209,Náchod,bydleni,Bydlení,potřebu nikdo nenaplňuje přímo,0,1,0,0,1')), lines.join('\n'));
    const text = Object.values(unzipText(await download(officer, '/api/network/coverage/gaps.xlsx'))).join('\n');
    assert.match(text, /Mezery/);
    assert.match(text, /Náchod/);
  });
});
