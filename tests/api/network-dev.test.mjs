// Providers' development plans and the evidence panel (issue 13 items 3 and 5), on SQLite and PostgreSQL: the
// region keeps its criteria; Charita (p1) drafts a 3-year plan of its home for the elderly with a capacity
// intention answering a need and a quality intention answering an audit finding, submits it; the region returns
// it with a note, evaluates it (72 of 100 = (4/5 × 60 + 3/5 × 40)), decides it partly (the capacity intention
// supported) and the decision changes the draft network of the year (80 → 90 beds, a decision recorded with the
// intention) and the region's development demand. Access: a provider sees and edits only its own plans while
// draft and sees the evaluation once decided; other providers get 404; the region evaluates and decides; the
// evidence panel only for the region and the service's provider. Network, coverage, minimal form and audit data
// are written through SQL (migrations 0009/0010 and 0003 are the contract). An intention links to a measure or
// an activity of the region's SPRSS; the decided plan's supported costs appear in the financing outlook.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, assertUnchanged, setupTenants, unzipText } from './lib/harness.mjs';

let server;
let world;
const ids = {};
const Y = new Date().getUTCFullYear();

const q = (s) => `'${String(s).replace(/'/g, "''")}'`;

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  const db = server.db;
  const region = world.orgs.region;
  ids.s1 = world.services.s1; // Domov pro seniory Světlá (p1, kind 13, 80 lůžek)
  ids.s4 = world.services.s4; // ended
  ids.s5 = world.services.s5; // p2
  const needs = [['housing', 'Bydlení', 'Housing'], ['food', 'Strava', 'Food']];
  needs.forEach(([code, cs, en], i) =>
    db.run(`INSERT INTO nw_need_areas (region_org_id, code, name_cs, name_en, position, created_at) VALUES (${region}, ${q(code)}, ${q(cs)}, ${q(en)}, ${i + 1}, 1)`));
  for (const [code] of needs) ids[code] = Number(db.scalar(`SELECT id FROM nw_need_areas WHERE code = ${q(code)}`));
  // The network: last year approved, this year a draft with the home at 80 beds; an entrustment act in force.
  db.run(`INSERT INTO nw_network_years (region_org_id, year, status, created_at, updated_at) VALUES (${region}, ${Y - 1}, 'approved', 1, 1), (${region}, ${Y}, 'draft', 1, 1)`);
  ids.year = Number(db.scalar(`SELECT id FROM nw_network_years WHERE year = ${Y}`));
  ids.lastYear = Number(db.scalar(`SELECT id FROM nw_network_years WHERE year = ${Y - 1}`));
  for (const y of [ids.lastYear, ids.year])
    db.run(`INSERT INTO nw_network_entries (network_year_id, service_id, capacity, capacity_unit, territories) VALUES (${y}, ${ids.s1}, 80, 'luzka', ';5205;')`);
  db.run(`INSERT INTO nw_entrustments (region_org_id, service_id, act_number, issued_on, valid_from, valid_to, capacity, capacity_unit, created_at) VALUES (${region}, ${ids.s1}, 'KK/${Y - 1}/SOC/101', '${Y - 2}-12-20', '${Y - 1}-01-01', '${Y + 1}-12-31', 80, 'luzka', 1)`);
  // Coverage: a published card of kind 13, a locked round answered by the home (housing directly, food not).
  db.run(`INSERT INTO nw_cards (region_org_id, kind_code, created_at) VALUES (${region}, '13', 1)`);
  const card = Number(db.scalar("SELECT id FROM nw_cards WHERE kind_code = '13'"));
  db.run(`INSERT INTO nw_card_versions (card_id, version_no, status, title, published_at, created_at, updated_at) VALUES (${card}, 1, 'published', 'Domovy pro seniory', 1, 1, 1)`);
  const version = Number(db.scalar(`SELECT id FROM nw_card_versions WHERE card_id = ${card}`));
  needs.forEach(([code], i) => db.run(`INSERT INTO nw_card_needs (version_id, need_area_id, position) VALUES (${version}, ${ids[code]}, ${i + 1})`));
  db.run(`INSERT INTO nw_coverage_rounds (region_org_id, title, period_from, period_to, kinds, deadline, status, created_at, updated_at) VALUES (${region}, 'Pokrytí ${Y - 1}', '${Y - 1}-01-01', '${Y - 1}-12-31', ';13;', '${Y - 1}-12-31', 'locked', 1, 1)`);
  ids.round = Number(db.scalar('SELECT id FROM nw_coverage_rounds'));
  db.run(`INSERT INTO nw_coverage_submissions (round_id, service_id, card_version_id, status, updated_at) VALUES (${ids.round}, ${ids.s1}, ${version}, 'submitted', 1)`);
  const sub = Number(db.scalar('SELECT id FROM nw_coverage_submissions'));
  db.run(`INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode) VALUES (${sub}, ${ids.housing}, 'direct'), (${sub}, ${ids.food}, 'none')`);
  db.run(`INSERT INTO nw_minimal_forms (region_org_id, kind_code, basis_round_id, status, valid_from, set_at, created_at, updated_at) VALUES (${region}, '13', ${ids.round}, 'set', '${Y}-01-01', 1, 1, 1)`);
  const form = Number(db.scalar('SELECT id FROM nw_minimal_forms'));
  db.run(`INSERT INTO nw_minimal_form_needs (minimal_form_id, need_area_id) VALUES (${form}, ${ids.housing}), (${form}, ${ids.food})`);
  // The last closed audit of the home (by the region) with a finding and two actions, one verified.
  db.run(`INSERT INTO q_audits (type, set_id, scale_code, scale_levels, audited_org_id, service_id, conducted_by_org_id, title, starts_on, ends_on, status, verdict, total_percent, closed_at, created_at, updated_at) ` +
    `VALUES ('external', (SELECT MAX(id) FROM standard_sets WHERE code = 'SQSS'), 'yes_partly_no', 'yes;partly;no', ${world.orgs.p1}, ${ids.s1}, ${region}, 'Audit kvality ${Y - 1}', '${Y - 1}-03-01', '${Y - 1}-03-02', 'closed', 'pass', 83.5, 1, 1, 1)`);
  ids.audit = Number(db.scalar('SELECT id FROM q_audits'));
  db.run(`INSERT INTO q_findings (audit_id, severity, text, created_at) VALUES (${ids.audit}, 'medium', 'Chybí pravidelná supervize týmu.', 1)`);
  ids.finding = Number(db.scalar('SELECT id FROM q_findings'));
  db.run(`INSERT INTO q_actions (finding_id, text, due_date, status, created_at, updated_at) VALUES (${ids.finding}, 'Zavést supervizi', '${Y}-06-30', 'in_progress', 1, 1), (${ids.finding}, 'Upravit pravidla', '${Y - 1}-09-30', 'verified', 1, 1)`);
  // The region's medium-term plan (SPRSS): a priority, its goal, a measure and an activity; another region's plan.
  db.run(`INSERT INTO nw_plans (region_org_id, title, year_from, year_to, status, created_at, updated_at) VALUES (${region}, 'SPRSS Královéhradeckého kraje', ${Y}, ${Y + 2}, 'approved', 1, 1)`);
  const sprss = Number(db.scalar('SELECT MAX(id) FROM nw_plans'));
  const node = (parent, level, code, title) => {
    db.run(`INSERT INTO nw_plan_nodes (plan_id, parent_id, level, code, title) VALUES (${sprss}, ${parent ?? 'NULL'}, '${level}', '${code}', ${q(title)})`);
    return Number(db.scalar('SELECT MAX(id) FROM nw_plan_nodes'));
  };
  ids.priority = node(null, 'priority', '1', 'Dostupné pobytové služby');
  const goal = node(ids.priority, 'goal', '1.1', 'Kapacita domovů podle potřeb');
  ids.measure = node(goal, 'measure', '1.1.1', 'Rozšířit kapacitu domovů pro seniory');
  ids.activity = node(ids.measure, 'activity', '', 'Přístavby domovů'); // no code of its own: numbered 1.1.1.1
  for (const login of ['region_officer', 'region_admin', 'p1_manager', 'p1_worker', 'p1_readonly', 'p2_admin', 'muni_worker', 'audit_auditor']) await world.as(login);
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

// A logged-in user's language wins over Accept-Language: switch to English for one request, then back.
async function inEnglish(login, fn) {
  const c = await world.as(login);
  assert.equal((await c.patch('/api/me', { language: 'en' })).status, 200);
  try {
    return await fn(c);
  } finally {
    assert.equal((await c.patch('/api/me', { language: 'cs' })).status, 200);
  }
}

const capacityIntention = () => ({
  type: 'capacity', description: 'Rozšíření kapacity o 10 lůžek v nové přístavbě', capacity_delta: 10, capacity_unit: 'luzka',
  from_year: Y, need_area_id: ids.housing,
  costs: [{ year: Y, category: 'personnel', amount: 1000000 }, { year: Y + 1, category: 'personnel', amount: 1050000 }],
});
const qualityIntention = () => ({
  type: 'quality', description: 'Pravidelná supervize týmu', from_year: Y, finding_id: ids.finding,
  costs: [{ year: Y, category: 'operating', amount: 60000 }, { year: Y + 1, category: 'operating', amount: 60000 }],
});

describe('development plans', () => {
  test('the region keeps its criteria with weights; providers read them, cannot change them', async () => {
    const region = await world.as('region_officer');
    await refused(() => region.post('/api/network/dev-criteria', { code: 'need', name_cs: 'Potřebnost', weight: 0 }), 400, 'weight');
    await refused(() => region.post('/api/network/dev-criteria', { code: 'need', name_cs: 'Potřebnost', weight: 60, scale_max: 0 }), 400, 'scale_max');
    await refused(() => region.post('/api/network/dev-criteria', { code: 'need', name_cs: 'Potřebnost', weight: 60, evidence: 'x' }), 400, 'evidence');
    await refused(() => region.post('/api/network/dev-criteria', { code: 'need', weight: 60 }), 400, 'name_cs');
    await refused(async () => (await world.as('p1_manager')).post('/api/network/dev-criteria', { code: 'x', name_cs: 'X', weight: 1 }), 403);
    const need = await region.post('/api/network/dev-criteria', { code: 'need', name_cs: 'Potřebnost podle pokrytí potřeb', name_en: 'Need', weight: 60, scale_max: 5, evidence: 'coverage' });
    assert.equal(need.status, 201, need.text);
    ids.need = need.body.id;
    const quality = await region.post('/api/network/dev-criteria', { code: 'quality', name_cs: 'Kvalita podle auditu', weight: 30, evidence: 'audit' });
    assert.equal(quality.status, 201, quality.text);
    ids.quality = quality.body.id;
    await refused(() => region.post('/api/network/dev-criteria', { code: 'need', name_cs: 'Jiné', weight: 1 }), 409, 'code');
    const changed = await region.put(`/api/network/dev-criteria/${ids.quality}`, { code: 'quality', name_cs: 'Kvalita podle auditu', weight: 40, evidence: 'audit' });
    assert.equal(changed.status, 200, changed.text);
    assert.deepEqual([changed.body.weight, changed.body.scale_max, changed.body.position], [40, 5, 2]);
    await refused(async () => (await world.as('p1_manager')).put(`/api/network/dev-criteria/${ids.quality}`, { code: 'quality', name_cs: 'X', weight: 1 }), 403);
    const list = await (await world.as('p1_worker')).get('/api/network/dev-criteria');
    assert.equal(list.status, 200, list.text);
    assert.deepEqual(list.body.items.map((c) => [c.code, c.name, c.weight]), [['need', 'Potřebnost podle pokrytí potřeb', 60], ['quality', 'Kvalita podle auditu', 40]]);
    assert.equal(list.body.can_manage, false);
    assert.equal((await region.get('/api/network/dev-criteria')).body.can_manage, true);
  });

  test('a provider drafts a 3-year plan of its own active service; bad input names the field', async () => {
    const p1 = await world.as('p1_manager');
    await refused(() => p1.post('/api/network/dev-plans', { service_id: ids.s1, year_from: Y, year_to: Y + 3, title: 'Plán' }), 400, 'year_to');
    await refused(() => p1.post('/api/network/dev-plans', { service_id: ids.s1, year_from: Y, year_to: Y - 1, title: 'Plán' }), 400, 'year_to');
    await refused(() => p1.post('/api/network/dev-plans', { service_id: ids.s5, year_from: Y, year_to: Y + 2, title: 'Cizí' }), 400, 'service_id');
    await refused(() => p1.post('/api/network/dev-plans', { service_id: ids.s4, year_from: Y, year_to: Y + 2, title: 'Ukončená' }), 400, 'service_id');
    await refused(() => p1.post('/api/network/dev-plans', { service_id: ids.s1, year_from: Y, year_to: Y + 2, title: '' }), 400, 'title');
    await refused(() => p1.post('/api/network/dev-plans', { service_id: 'jedna', year_from: Y, year_to: Y + 2, title: 'X' }), 400, 'service_id');
    await refused(async () => (await world.as('p1_readonly')).post('/api/network/dev-plans', { service_id: ids.s1, year_from: Y, year_to: Y + 2, title: 'X' }), 403);
    await refused(async () => (await world.as('region_officer')).post('/api/network/dev-plans', { service_id: ids.s1, year_from: Y, year_to: Y + 2, title: 'X' }), 403);
    const r = await p1.post('/api/network/dev-plans', { service_id: ids.s1, year_from: Y, year_to: Y + 2, title: 'Rozvoj domova Světlá', summary: 'Přístavba a supervize.' });
    assert.equal(r.status, 201, r.text);
    ids.plan = r.body.id;
    assert.deepEqual([r.body.status, r.body.status_name, r.body.service_name, r.body.provider_name, r.body.kind_name],
      ['draft', 'rozpracovaný', 'Domov pro seniory Světlá', 'Charita Hradec Králové', 'Domovy pro seniory']);
    assert.deepEqual(r.body.allowed, ['edit']); // submitting needs an intention
    // in English the kind is the catalogue's English name, in the plan and in the list
    await inEnglish('p1_manager', async (c) => {
      assert.equal((await c.get(`/api/network/dev-plans/${ids.plan}`)).body.kind_name, 'homes for older people');
      const listed = (await c.get('/api/network/dev-plans')).body.items.find((x) => x.id === ids.plan);
      assert.equal(listed.kind_name, 'homes for older people');
    });
    await refused(() => p1.post('/api/network/dev-plans', { service_id: ids.s1, year_from: Y + 2, year_to: Y + 3, title: 'Další' }), 409, 'year_from');
  });

  test('the provider enters intentions with costs per year and what each answers', async () => {
    const p1 = await world.as('p1_manager');
    const url = `/api/network/dev-plans/${ids.plan}`;
    await refused(() => p1.put(url, { intentions: [{ ...capacityIntention(), capacity_delta: 0 }] }), 400, 'intentions[0].capacity_delta');
    await refused(() => p1.put(url, { intentions: [capacityIntention(), { ...qualityIntention(), from_year: Y + 3 }] }), 400, 'intentions[1].from_year');
    await refused(() => p1.put(url, { intentions: [{ ...qualityIntention(), finding_id: undefined }] }), 400, 'intentions[0].answers');
    await refused(() => p1.put(url, { intentions: [{ ...qualityIntention(), finding_id: 987654 }] }), 400, 'intentions[0].finding_id');
    await refused(() => p1.put(url, { intentions: [{ ...capacityIntention(), need_area_id: 987654 }] }), 400, 'intentions[0].need_area_id');
    await refused(() => p1.put(url, { intentions: [{ ...capacityIntention(), costs: [{ year: Y, category: 'lunch', amount: 5 }] }] }), 400, 'intentions[0].costs[0].category');
    await refused(() => p1.put(url, { intentions: [{ ...capacityIntention(), costs: [{ year: Y, category: 'personnel', amount: -5 }] }] }), 400, 'intentions[0].costs[0].amount');
    await refused(() => p1.put(url, { intentions: [{ ...capacityIntention(), costs: [{ year: Y, category: 'personnel', amount: 1e13 }] }] }), 400, 'intentions[0].costs[0].amount');
    await refused(() => p1.put(url, { intentions: [{ ...capacityIntention(), costs: [{ year: Y, category: 'personnel', amount: 'hodně' }] }] }), 400, 'intentions[0].costs[0].amount');
    await refused(() => p1.put(url, { intentions: [{ ...qualityIntention(), type: 'wish' }] }), 400, 'intentions[0].type');
    await refused(() => p1.put(url, { intentions: [{ type: 'new_territory', description: 'Náchodsko', from_year: Y, territory_code: '9999', answers_text: 'Chybí služba' }] }), 400, 'intentions[0].territory_code');
    await refused(async () => (await world.as('p1_readonly')).put(url, { title: 'X' }), 403);
    await refused(async () => (await world.as('p2_admin')).put(url, { title: 'X' }), 404);
    // An intention links to a measure or an activity of the region's SPRSS, nothing else; the link is cleared by leaving it out.
    await refused(() => p1.put(url, { intentions: [{ ...capacityIntention(), plan_node_id: ids.priority }] }), 400, 'intentions[0].plan_node_id');
    await refused(() => p1.put(url, { intentions: [{ ...capacityIntention(), plan_node_id: 987654 }] }), 400, 'intentions[0].plan_node_id');
    const linked = await p1.put(url, { intentions: [{ ...capacityIntention(), plan_node_id: ids.measure }, { ...qualityIntention(), plan_node_id: ids.activity }] });
    assert.equal(linked.status, 200, linked.text);
    assert.deepEqual(linked.body.intentions.map((i) => [i.plan_node_id, i.plan_node_code, i.plan_node_title]),
      [[ids.measure, '1.1.1', 'Rozšířit kapacitu domovů pro seniory'], [ids.activity, '1.1.1.1', 'Přístavby domovů']]);
    const cleared = await p1.put(url, { intentions: [{ ...capacityIntention(), plan_node_id: ids.measure }, { ...qualityIntention(), plan_node_id: null }] });
    assert.deepEqual(cleared.body.intentions.map((i) => i.plan_node_id ?? null), [ids.measure, null]);
    const r = await p1.put(url, { intentions: [{ ...capacityIntention(), plan_node_id: ids.measure }, qualityIntention()] });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.total_cost, 2170000);
    assert.deepEqual(r.body.intentions.map((i) => [i.type_name, i.need_name || i.finding_text, i.total]),
      [['změna kapacity', 'Bydlení', 2050000], ['zvýšení kvality', 'Chybí pravidelná supervize týmu.', 120000]]);
    assert.deepEqual(r.body.intentions[0].costs.map((c) => [c.year, c.category_name, c.amount]), [[Y, 'osobní náklady', 1000000], [Y + 1, 'osobní náklady', 1050000]]);
    assert.deepEqual(r.body.costs.map((y) => [y.year, y.personnel, y.operating, y.investment, y.total]),
      [[Y, 1000000, 60000, 0, 1060000], [Y + 1, 1050000, 60000, 0, 1110000], [Y + 2, 0, 0, 0, 0]]);
    assert.equal(r.body.evaluation, null);
  });

  test('drafts stay with the provider: the region and other providers get 404', async () => {
    await refused(async () => (await world.as('region_officer')).get(`/api/network/dev-plans/${ids.plan}`), 404);
    await refused(async () => (await world.as('p2_admin')).get(`/api/network/dev-plans/${ids.plan}`), 404);
    await refused(async () => (await world.as('muni_worker')).get(`/api/network/dev-plans/${ids.plan}`), 404);
    const region = await (await world.as('region_officer')).get('/api/network/dev-plans');
    assert.deepEqual(region.body.items, []);
    const own = await (await world.as('p1_readonly')).get('/api/network/dev-plans');
    assert.deepEqual(own.body.items.map((p) => [p.id, p.years, p.status, p.total_cost]), [[ids.plan, `${Y}–${Y + 2}`, 'draft', 2170000]]);
  });

  test('submit, return with a note, submit again; a submitted plan no longer changes', async () => {
    const worker = await world.as('p1_worker');
    await refused(async () => (await world.as('p1_readonly')).post(`/api/network/dev-plans/${ids.plan}/submit`), 403);
    const s = await worker.post(`/api/network/dev-plans/${ids.plan}/submit`);
    assert.equal(s.status, 200, s.text);
    assert.equal(s.body.status, 'submitted');
    assert.ok(s.body.submitted_at);
    await refused(() => worker.post(`/api/network/dev-plans/${ids.plan}/submit`), 409, 'status');
    await refused(() => worker.put(`/api/network/dev-plans/${ids.plan}`, { title: 'Jinak' }), 409, 'status');
    const region = await world.as('region_officer');
    await refused(() => region.post(`/api/network/dev-plans/${ids.plan}/return`, { note: '' }), 400, 'note');
    await refused(async () => (await world.as('p1_manager')).post(`/api/network/dev-plans/${ids.plan}/return`, { note: 'x' }), 403);
    const back = await region.post(`/api/network/dev-plans/${ids.plan}/return`, { note: 'Doplňte prosím harmonogram přístavby.' });
    assert.equal(back.status, 200, back.text);
    assert.equal(back.body.status, 'draft');
    const seen = await worker.get(`/api/network/dev-plans/${ids.plan}`);
    assert.equal(seen.body.region_note, 'Doplňte prosím harmonogram přístavby.');
    assert.equal((await worker.put(`/api/network/dev-plans/${ids.plan}`, { summary: 'Přístavba 2026–2027, supervize.' })).status, 200);
    assert.equal((await worker.post(`/api/network/dev-plans/${ids.plan}/submit`)).status, 200);
    const list = await region.get('/api/network/dev-plans?status=submitted');
    assert.deepEqual(list.body.items.map((p) => [p.id, p.service_name, p.status_name, p.score]), [[ids.plan, 'Domov pro seniory Světlá', 'podaný', null]]);
    assert.deepEqual((await region.get('/api/network/dev-plans?status=decided')).body.items, []);
    assert.deepEqual((await (await world.as('p2_admin')).get('/api/network/dev-plans')).body.items, []);
    await refused(() => region.get('/api/network/dev-plans?status=maybe'), 400, 'status');
  });

  test('the region scores every criterion with a reason; the weighted total is computed; the provider does not see it yet', async () => {
    const region = await world.as('region_officer');
    const url = `/api/network/dev-plans/${ids.plan}/evaluation`;
    await refused(() => region.post(`/api/network/dev-plans/${ids.plan}/decision`, { decision: 'support', decided_on: `${Y}-03-01` }), 409, 'status');
    await refused(() => region.put(url, { scores: [{ criterion_id: ids.need, score: 4, reason: 'Chybí lůžka v ORP Hradec Králové.' }] }), 400, 'scores');
    await refused(() => region.put(url, { scores: [{ criterion_id: ids.need, score: 4, reason: 'x' }, { criterion_id: ids.quality, score: 6, reason: 'y' }] }), 400, 'scores[1].score');
    await refused(() => region.put(url, { scores: [{ criterion_id: ids.need, score: 4, reason: '' }, { criterion_id: ids.quality, score: 3, reason: 'y' }] }), 400, 'scores[0].reason');
    await refused(() => region.put(url, { scores: [{ criterion_id: 987654, score: 4, reason: 'x' }] }), 400, 'scores[0].criterion_id');
    await refused(async () => (await world.as('p1_manager')).put(url, { scores: [] }), 403);
    await refused(async () => (await world.as('region_admin')).put(url, { scores: 'all' }), 400, 'scores');
    const r = await region.put(url, {
      scores: [{ criterion_id: ids.quality, score: 3, reason: 'Audit splněn, supervize chybí.' }, { criterion_id: ids.need, score: 4, reason: 'Chybí lůžka v ORP Hradec Králové.' }],
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.status, 'evaluated');
    assert.equal(r.body.evaluation.total_score, 72);
    assert.deepEqual(r.body.evaluation.scores.map((s) => [s.code, s.name, s.score, s.reason]),
      [['need', 'Potřebnost podle pokrytí potřeb', 4, 'Chybí lůžka v ORP Hradec Králové.'], ['quality', 'Kvalita podle auditu', 3, 'Audit splněn, supervize chybí.']]);
    assert.deepEqual(r.body.allowed, ['return', 'evaluate', 'decide']);
    const own = await (await world.as('p1_manager')).get(`/api/network/dev-plans/${ids.plan}`);
    assert.equal(own.status, 200);
    assert.equal(own.body.evaluation, null);
    assert.equal((await (await world.as('p1_manager')).get('/api/network/dev-plans')).body.items[0].score, null);
    assert.equal((await region.get('/api/network/dev-plans')).body.items[0].score, 72);
  });

  test('the region decides partly: the capacity change goes into the draft network, the supported costs into the demand', async () => {
    const region = await world.as('region_officer');
    const url = `/api/network/dev-plans/${ids.plan}/decision`;
    const [cap, qual] = (await region.get(`/api/network/dev-plans/${ids.plan}`)).body.intentions.map((i) => i.id);
    await refused(() => region.post(url, { decision: 'maybe', decided_on: `${Y}-03-01`, reason: 'x' }), 400, 'decision');
    await refused(() => region.post(url, { decision: 'partly', decided_on: `${Y}-03-01`, intentions: [{ id: cap, decision: 'support' }, { id: qual, decision: 'not_support' }] }), 400, 'reason');
    await refused(() => region.post(url, { decision: 'partly', decided_on: `${Y}-03-01`, reason: 'x', intentions: [{ id: cap, decision: 'support' }] }), 400, 'intentions');
    await refused(() => region.post(url, { decision: 'partly', decided_on: `${Y}-02-30`, reason: 'x', intentions: [] }), 400, 'decided_on');
    await refused(() => region.post(url, { decision: 'support', decided_on: `${Y}-03-01`, intentions: [{ id: qual, decision: 'not_support' }] }), 400, 'intentions[0].decision');
    await refused(() => region.post(url, { decision: 'partly', decided_on: `${Y}-03-01`, reason: 'x', intentions: [{ id: cap, decision: 'yes' }] }), 400, 'intentions[0].decision');
    await refused(async () => (await world.as('p1_manager')).post(url, { decision: 'support', decided_on: `${Y}-03-01` }), 403);
    const r = await region.post(url, {
      decision: 'partly', reason: 'Supervizi hradí služba z provozní dotace.', decided_on: `${Y}-03-01`,
      decided_by_text: `Rada kraje, usnesení RK/${Y}/12`, intentions: [{ id: cap, decision: 'support' }, { id: qual, decision: 'not_support' }],
    });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual([r.body.status, r.body.evaluation.decision, r.body.evaluation.decision_name], ['decided', 'partly', 'podpořit částečně']);
    assert.deepEqual(r.body.intentions.map((i) => i.decision), ['support', 'not_support']);
    assert.deepEqual(r.body.demand.map((y) => [y.year, y.personnel, y.operating, y.total]), [[Y, 1000000, 0, 1000000], [Y + 1, 1050000, 0, 1050000], [Y + 2, 0, 0, 0]]);
    assert.deepEqual(r.body.effect.proposed.map((p) => [p.intention_id, p.year, p.kind, p.kind_name, p.capacity_before, p.capacity_after, p.outcome]),
      [[cap, Y, 'change', 'změna kapacity', 80, 90, 'proposed']]);
    assert.match(r.body.evaluation.effect_note, new RegExp(`Navržena změna sítě roku ${Y}: změna kapacity, kapacita 90 lůžek`));
    assert.deepEqual(r.body.effect.network_decisions.map((d) => [d.intention_id, d.year, d.kind, d.capacity_before, d.capacity_after, d.decided_on]),
      [[cap, Y, 'change', 80, 90, `${Y}-03-01`]]);
    assert.deepEqual(r.body.allowed, []);
    // The draft network of the year now holds 90 beds (last year's approved network is untouched).
    assert.equal(Number(server.db.scalar(`SELECT capacity FROM nw_network_entries WHERE network_year_id = ${ids.year} AND service_id = ${ids.s1}`)), 90);
    assert.equal(Number(server.db.scalar(`SELECT capacity FROM nw_network_entries WHERE network_year_id = ${ids.lastYear} AND service_id = ${ids.s1}`)), 80);
    assert.deepEqual(server.db.query(`SELECT decided_by_text, kind FROM nw_network_decisions WHERE dev_intention_id = ${cap}`).map((d) => [d.decided_by_text, d.kind]),
      [[`Rada kraje, usnesení RK/${Y}/12`, 'change']]);
    await refused(() => region.post(url, { decision: 'support', decided_on: `${Y}-03-01` }), 409, 'status');
    await refused(() => region.put(`/api/network/dev-plans/${ids.plan}/evaluation`, { scores: [] }), 409, 'status');
    await refused(() => region.post(`/api/network/dev-plans/${ids.plan}/return`, { note: 'x' }), 409, 'status');
  });

  test('once decided the provider sees the evaluation; the region and the provider see the development demand', async () => {
    const own = await (await world.as('p1_readonly')).get(`/api/network/dev-plans/${ids.plan}`);
    assert.equal(own.status, 200, own.text);
    assert.equal(own.body.evaluation.total_score, 72);
    assert.equal(own.body.evaluation.decision_reason, 'Supervizi hradí služba z provozní dotace.');
    assert.deepEqual(own.body.intentions.map((i) => i.decision_name), ['podpořen', 'nepodpořen']);
    const list = await (await world.as('p1_readonly')).get('/api/network/dev-plans');
    assert.deepEqual(list.body.items.map((p) => [p.score, p.decision, p.decision_name]), [[72, 'partly', 'podpořit částečně']]);
    const en = await inEnglish('p1_readonly', (c) => c.get(`/api/network/dev-plans/${ids.plan}`));
    assert.deepEqual([en.body.status_name, en.body.evaluation.decision_name, en.body.intentions[0].type_name], ['decided', 'support partly', 'capacity change']);

    const region = await (await world.as('region_admin')).get(`/api/network/dev-demand?year_from=${Y}&years=3`);
    assert.equal(region.status, 200, region.text);
    assert.deepEqual(region.body.years, [Y, Y + 1, Y + 2]);
    assert.deepEqual(region.body.totals.map((y) => [y.personnel, y.operating, y.total]), [[1000000, 0, 1000000], [1050000, 0, 1050000], [0, 0, 0]]);
    assert.deepEqual(region.body.services.map((s) => [s.service_name, s.plan_title, s.years.map((y) => y.total)]), [['Domov pro seniory Světlá', 'Rozvoj domova Světlá', [1000000, 1050000, 0]]]);
    const p1 = await (await world.as('p1_manager')).get(`/api/network/dev-demand?year_from=${Y + 1}&years=1`);
    assert.deepEqual(p1.body.totals.map((y) => y.total), [1050000]);
    const p2 = await (await world.as('p2_admin')).get(`/api/network/dev-demand?year_from=${Y}`);
    assert.equal(p2.status, 200, p2.text);
    assert.deepEqual(p2.body.services, []);
    await refused(async () => (await world.as('region_admin')).get('/api/network/dev-demand?years=50'), 400, 'years');
  });

  test('the financing outlook carries the supported development beside the optimal subsidy', async () => {
    const near = (a, b, what) => assert.ok(Math.abs(a - b) < 0.01, `${what}: ${a} ≠ ${b}`);
    const region = await world.as('region_officer');
    const r = await region.get(`/api/network/fin/outlook?year_from=${Y}&years=3`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.development.totals.map((y) => [y.year, y.personnel, y.operating, y.investment, y.total]),
      [[Y, 1000000, 0, 0, 1000000], [Y + 1, 1050000, 0, 0, 1050000], [Y + 2, 0, 0, 0, 0]]);
    assert.deepEqual(r.body.development.plans.map((p) => [p.dev_plan_id, p.service_name, p.provider_name, p.plan_title, p.years.map((y) => y.total)]),
      [[ids.plan, 'Domov pro seniory Světlá', 'Charita Hradec Králové', 'Rozvoj domova Světlá', [1000000, 1050000, 0]]]);
    r.body.years.forEach((_, i) => near(r.body.total_demand[i], r.body.total_optimal[i] + r.body.development.totals[i].total, `total demand ${i}`));
    const later = await region.get(`/api/network/fin/outlook?year_from=${Y + 1}&years=1`);
    assert.deepEqual(later.body.development.totals.map((y) => y.total), [1050000]);
    const own = await (await world.as('p1_manager')).get(`/api/network/fin/outlook?year_from=${Y}&years=2`);
    assert.deepEqual(own.body.development.totals.map((y) => y.total), [1000000, 1050000]);
    const other = await (await world.as('p2_admin')).get(`/api/network/fin/outlook?year_from=${Y}&years=2`);
    assert.equal(other.status, 200, other.text);
    assert.deepEqual(other.body.development.plans, []);
    assert.deepEqual(other.body.development.totals.map((y) => y.total), [0, 0]);
    assert.equal((await (await world.as('muni_worker')).get(`/api/network/fin/outlook?year_from=${Y}`)).status, 403);
    // The workbook: the development rows and total on the summary, the plan on "Rozvojové záměry".
    const xlsx = await fetch(`${server.baseUrl}/api/network/fin/outlook.xlsx?year_from=${Y}&years=3`, { headers: { Cookie: region.cookie } });
    assert.equal(xlsx.status, 200);
    const files = unzipText(Buffer.from(await xlsx.arrayBuffer()));
    assert.match(files['xl/workbook.xml'], /name="Model".*name="Rozvojové záměry"/s);
    assert.match(files['xl/worksheets/sheet1.xml'], /Rozvoj – osobní náklady.*Rozvojové záměry celkem.*Finanční náročnost celkem/s);
    assert.match(files['xl/worksheets/sheet1.xml'], /<v>1000000<\/v>/);
    const sheet = files['xl/worksheets/sheet5.xml'];
    assert.match(sheet, /Domov pro seniory Světlá.*Charita Hradec Králové.*Rozvoj domova Světlá/s);
    assert.match(sheet, /<v>2050000<\/v>/, 'the plan over the years');
  });

  test('a plan not supported proposes nothing; the network stays', async () => {
    const p2 = await world.as('p2_admin');
    const c = await p2.post('/api/network/dev-plans', { service_id: ids.s5, year_from: Y, year_to: Y + 1, title: 'Asistence v Trutnově' });
    assert.equal(c.status, 201, c.text);
    const id = c.body.id;
    const u = await p2.put(`/api/network/dev-plans/${id}`, { intentions: [{ type: 'capacity', description: '+5 klientů', capacity_delta: 5, capacity_unit: 'klient', from_year: Y, answers_text: 'Čekatelé v Trutnově', costs: [{ year: Y, category: 'personnel', amount: 400000 }] }] });
    assert.equal(u.status, 200, u.text);
    assert.equal((await p2.post(`/api/network/dev-plans/${id}/submit`)).status, 200);
    const region = await world.as('region_officer');
    assert.equal((await region.put(`/api/network/dev-plans/${id}/evaluation`, { scores: [{ criterion_id: ids.need, score: 1, reason: 'Pokryto.' }, { criterion_id: ids.quality, score: 2, reason: 'Bez auditu.' }] })).body.evaluation.total_score, 28);
    const before = server.db.scalar('SELECT COUNT(*) FROM nw_network_decisions');
    const d = await region.post(`/api/network/dev-plans/${id}/decision`, { decision: 'not_support', reason: 'Potřeba je pokryta jinými službami.', decided_on: `${Y}-03-01` });
    assert.equal(d.status, 200, d.text);
    assert.deepEqual(d.body.intentions.map((i) => i.decision), ['not_support']);
    assert.deepEqual(d.body.effect.proposed, []);
    assert.deepEqual(d.body.demand.map((y) => y.total), [0, 0]);
    assert.equal(server.db.scalar('SELECT COUNT(*) FROM nw_network_decisions'), before);
    await refused(async () => (await world.as('p1_manager')).get(`/api/network/dev-plans/${id}`), 404);
  });
});

describe('evidence panel', () => {
  test('the region sees the service with its last audit and open actions, the needs it covers, the minimal-form check and the network', async () => {
    const r = await (await world.as('region_officer')).get(`/api/network/evidence/services/${ids.s1}`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual([r.body.service.name, r.body.service.provider_name, r.body.service.kind_name], ['Domov pro seniory Světlá', 'Charita Hradec Králové', 'Domovy pro seniory']);
    assert.deepEqual(r.body.indicators, []);
    const a = r.body.last_audit;
    assert.deepEqual([a.id, a.title, a.date, a.verdict, a.verdict_name, a.total_percent], [ids.audit, `Audit kvality ${Y - 1}`, `${Y - 1}-03-02`, 'pass', 'vyhověla', 83.5]);
    assert.deepEqual(a.open_actions.map((x) => [x.text, x.due_date, x.status, x.status_name]), [['Zavést supervizi', `${Y}-06-30`, 'in_progress', 'probíhá']]);
    assert.deepEqual([r.body.coverage.round_id, r.body.coverage.round, r.body.coverage.submitted], [ids.round, `Pokrytí ${Y - 1}`, true]);
    assert.deepEqual(r.body.coverage.needs.map((n) => [n.name, n.mode, n.mode_name]), [['Bydlení', 'direct', 'přímo'], ['Strava', 'none', 'nenaplňuje']]);
    assert.deepEqual([r.body.minimal_check.required, r.body.minimal_check.met, r.body.minimal_check.missing], [2, 1, ['Strava']]);
    assert.deepEqual([r.body.network.in_network, r.body.network.year, r.body.network.capacity, r.body.network.capacity_unit], [true, Y, 90, 'luzka']);
    assert.deepEqual(r.body.network.entrustment, { act_number: `KK/${Y - 1}/SOC/101`, valid_from: `${Y - 1}-01-01`, valid_to: `${Y + 1}-12-31` });
    const en = await inEnglish('region_admin', (c) => c.get(`/api/network/evidence/services/${ids.s1}`));
    assert.deepEqual(en.body.coverage.needs.map((n) => [n.name, n.mode_name]), [['Housing', 'directly'], ['Food', 'not met']]);
    assert.deepEqual(en.body.minimal_check.missing, ['Food']);
  });

  test('the provider sees its own service; other providers, municipalities and audit bodies get 404', async () => {
    const own = await (await world.as('p1_worker')).get(`/api/network/evidence/services/${ids.s1}`);
    assert.equal(own.status, 200, own.text);
    assert.equal(own.body.last_audit.open_actions.length, 1);
    assert.equal(own.body.network.capacity, 90);
    for (const login of ['p2_admin', 'muni_worker', 'audit_auditor'])
      await refused(async () => (await world.as(login)).get(`/api/network/evidence/services/${ids.s1}`), 404);
    await refused(async () => (await world.as('region_officer')).get('/api/network/evidence/services/987654'), 404);
    await refused(async () => (await world.as('region_officer')).get('/api/network/evidence/services/abc'), 404);
    const p2 = await (await world.as('p2_admin')).get(`/api/network/evidence/services/${ids.s5}`);
    assert.equal(p2.status, 200, p2.text);
    assert.deepEqual([p2.body.last_audit, p2.body.minimal_check, p2.body.network.in_network], [null, null, false]);
    assert.deepEqual(p2.body.coverage.needs, []);
  });
});
