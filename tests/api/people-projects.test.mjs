// Cooperation with partner bodies and funded projects (issue 14 items 5 and 6), on SQLite and PostgreSQL:
// partners, a quarterly series of meetings planned in one step, a held meeting with participants, minutes and
// agreed actions, their follow-up at the next meeting; a project with key activities linked to Kvalis records
// (cooperation meetings, a strategic plan, a training session), budget with expenses, indicators (manual and
// counted from links), publicity, and the monitoring report of a period (JSON, printable Czech and English,
// Excel) whose counts come from the links. The evaluator member reads everything and changes nothing; the
// region reads; another provider gets 404.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, assertUnchanged, setupTenants } from './lib/harness.mjs';

let server;
let world;
const ids = {};

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, { services: false });
  const r = await world.admin.post('/api/users', {
    login: 'p1_evaluator', display_name: 'Externí hodnotitel projektu', email: 'hodnotitel@example.cz', password: PASSWORD,
    language: 'cs', memberships: [{ organisation_id: world.orgs.p1, role: 'evaluator' }],
  });
  assert.equal(r.status, 201, r.text);
  world.users.p1_evaluator = { id: r.body.id };
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

const count = (list, kind) => list.find((c) => c.kind === kind)?.count ?? 0;

describe('cooperation with partner bodies', () => {
  test('partners: the manager adds them, members and the region read, others neither', async () => {
    const m = await world.as('p1_manager');
    for (const [key, name, kind] of [['court', 'Okresní soud v Hradci Králové', 'court'], ['police', 'Policie ČR, OOP Hradec Králové', 'police'], ['school', 'ZŠ Komenského', 'school']]) {
      const r = await m.post('/api/people/partners', { organisation_id: world.orgs.p1, name, kind, contact: 'podatelna@example.cz' });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.body.name, name);
      assert.equal(r.body.can_manage, true);
      ids[key] = r.body.id;
    }
    const worker = await world.as('p1_worker');
    const list = await worker.get(`/api/people/partners?organisation_id=${world.orgs.p1}`);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.items.map((p) => p.name).sort(), ['Okresní soud v Hradci Králové', 'Policie ČR, OOP Hradec Králové', 'ZŠ Komenského']);
    assert.ok(list.body.items.every((p) => p.can_manage === false));
    const region = await world.as('region_officer');
    assert.equal((await region.get(`/api/people/partners?organisation_id=${world.orgs.p1}`)).body.items.length, 3);
    const other = await world.as('p2_admin');
    assert.equal((await other.get(`/api/people/partners?organisation_id=${world.orgs.p1}`)).body.items.length, 0);
    await refused(() => worker.post('/api/people/partners', { organisation_id: world.orgs.p1, name: 'X' }), 403);
    await refused(() => other.put(`/api/people/partners/${ids.court}`, { name: 'X' }), 404);
    await refused(() => other.post('/api/people/partners', { organisation_id: world.orgs.p1, name: 'X' }), 400, 'organisation_id');
    await refused(() => m.post('/api/people/partners', { organisation_id: world.orgs.p1, name: '' }), 400, 'name');
    const archived = await m.put(`/api/people/partners/${ids.school}`, { name: 'ZŠ Komenského', kind: 'school', archived: true });
    assert.equal(archived.status, 200, archived.text);
    assert.equal(archived.body.archived, true);
  });

  test('a quarterly series planned in one step', async () => {
    const m = await world.as('p1_manager');
    const r = await m.post('/api/people/meetings/plan', {
      organisation_id: world.orgs.p1, title: 'Setkání s partnery', first_on: '2025-01-31', every_months: 3, count: 4, place: 'Hradec Králové',
    });
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(r.body.items.map((x) => x.planned_on), ['2025-01-31', '2025-04-30', '2025-07-31', '2025-10-31']);
    assert.deepEqual(r.body.items.map((x) => x.title), ['Setkání s partnery 1/4', 'Setkání s partnery 2/4', 'Setkání s partnery 3/4', 'Setkání s partnery 4/4']);
    assert.ok(r.body.items.every((x) => x.state === 'planned'));
    ids.meetings = r.body.items.map((x) => x.id);
    await refused(() => m.post('/api/people/meetings/plan', { organisation_id: world.orgs.p1, title: 'X', first_on: '2025-01-31', every_months: 3, count: 0 }), 400, 'count');
    await refused(() => m.post('/api/people/meetings/plan', { organisation_id: world.orgs.p1, title: 'X', first_on: '2025-02-30', every_months: 3, count: 2 }), 400, 'first_on');
    const list = await m.get(`/api/people/meetings?organisation_id=${world.orgs.p1}&from=2025-04-01&to=2025-09-30`);
    assert.deepEqual(list.body.items.map((x) => x.id), [ids.meetings[1], ids.meetings[2]]);
  });

  test('a held meeting: participants, minutes, agreed actions and their follow-up at the next meeting', async () => {
    const m = await world.as('p1_manager');
    const [first, second, third] = ids.meetings;
    const held = await m.put(`/api/people/meetings/${first}`, {
      title: 'Setkání s partnery 1/4', planned_on: '2025-01-31', held_on: '2025-02-03', place: 'Hradec Králové',
      minutes: 'Projednána spolupráce při případových konferencích.',
      participants: [
        { partner_id: ids.court, role: 'soudkyně' },
        { partner_id: ids.police, name: 'npor. Jan Dvořák', role: 'vedoucí obvodního oddělení' },
        { name: 'Mgr. Eva Malá', role: 'sociální pracovnice' },
      ],
    });
    assert.equal(held.status, 200, held.text);
    assert.equal(held.body.meeting.state, 'held');
    assert.deepEqual(held.body.participants.map((p) => [p.name, p.role, p.partner_name]), [
      ['Okresní soud v Hradci Králové', 'soudkyně', 'Okresní soud v Hradci Králové'],
      ['npor. Jan Dvořák', 'vedoucí obvodního oddělení', 'Policie ČR, OOP Hradec Králové'],
      ['Mgr. Eva Malá', 'sociální pracovnice', ''],
    ]);
    const a1 = await m.post(`/api/people/meetings/${first}/actions`, { text: 'Připravit společný kontaktní list', owner: 'Mgr. Eva Malá', due_on: '2025-04-15' });
    assert.equal(a1.status, 201, a1.text);
    const a2 = await m.post(`/api/people/meetings/${first}/actions`, { text: 'Domluvit školení pro policisty', owner: 'npor. Jan Dvořák', due_on: '2025-06-30' });
    assert.equal(a2.status, 201, a2.text);
    ids.actions = [a1.body.id, a2.body.id];

    // The next meeting lists both open actions to follow up.
    let next = await m.get(`/api/people/meetings/${second}`);
    assert.deepEqual(next.body.follow_ups.map((a) => [a.id, a.state, a.meeting_id]), [[a1.body.id, 'open', first], [a2.body.id, 'open', first]]);
    const done = await m.put(`/api/people/actions/${a1.body.id}`, { state: 'done', follow_up_meeting_id: second, follow_up_note: 'Kontaktní list rozeslán.' });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.state, 'done');
    assert.equal(done.body.follow_up_meeting_id, second);
    next = await m.get(`/api/people/meetings/${second}`);
    assert.deepEqual(next.body.follow_ups.map((a) => [a.id, a.state]), [[a1.body.id, 'done'], [a2.body.id, 'open']]);
    // Later meetings no longer show the done one; the open one stays.
    const later = await m.get(`/api/people/meetings/${third}`);
    assert.deepEqual(later.body.follow_ups.map((a) => a.id), [a2.body.id]);
    // A follow-up at the meeting itself or at an earlier one is refused, naming the field.
    await refused(() => m.put(`/api/people/actions/${a2.body.id}`, { follow_up_meeting_id: first }), 400, 'follow_up_meeting_id');
    await refused(() => m.put(`/api/people/actions/${a2.body.id}`, { state: 'finished' }), 400, 'state');
    await refused(() => m.put(`/api/people/meetings/${second}`, { title: 'X', planned_on: '2025-04-30', state: 'held' }), 400, 'held_on');
    await refused(() => m.put(`/api/people/meetings/${second}`, { title: 'X', planned_on: '2025-04-30', participants: [{ partner_id: 999999, role: 'x' }] }), 400, 'participants[0].partner_id');
    const list = await m.get(`/api/people/meetings?organisation_id=${world.orgs.p1}`);
    assert.deepEqual(list.body.items.find((x) => x.id === first), { ...list.body.items.find((x) => x.id === first), participants: 3, actions: 2, open_actions: 1 });
  });

  test('the evaluator and the worker read meetings, never write; another provider gets 404', async () => {
    const [first] = ids.meetings;
    for (const login of ['p1_evaluator', 'p1_worker', 'region_officer']) {
      const c = await world.as(login);
      const r = await c.get(`/api/people/meetings/${first}`);
      assert.equal(r.status, 200, `${login}: ${r.text}`);
      assert.equal(r.body.can_manage, false);
      assert.equal(r.body.minutes, 'Projednána spolupráce při případových konferencích.');
    }
    const evaluator = await world.as('p1_evaluator');
    await refused(() => evaluator.post(`/api/people/meetings/${first}/actions`, { text: 'X', owner: 'Y' }), 403);
    await refused(() => evaluator.put(`/api/people/actions/${ids.actions[1]}`, { state: 'done' }), 403);
    const other = await world.as('p2_admin');
    await refused(() => other.get(`/api/people/meetings/${first}`), 404);
    await refused(() => other.put(`/api/people/actions/${ids.actions[1]}`, { state: 'done' }), 404);
    assert.equal((await other.get('/api/people/meetings')).body.items.length, 0);
  });
});

describe('funded projects', () => {
  test('a project with key activities, links to Kvalis records, budget, indicators and publicity', async () => {
    const m = await world.as('p1_manager');
    const p = await m.post('/api/people/projects', {
      organisation_id: world.orgs.p1, name: 'Kvalita a spolupráce v sociálních službách', registration_number: 'CZ.03.02.02/00/22_001/0000123',
      programme: 'OP Zaměstnanost plus', starts_on: '2025-01-01', ends_on: '2026-12-31', manager: 'Ing. Petra Nová',
    });
    assert.equal(p.status, 201, p.text);
    ids.project = p.body.id;
    await refused(() => m.post('/api/people/projects', { organisation_id: world.orgs.p1, name: 'X', starts_on: '2025-02-01', ends_on: '2025-01-01' }), 400, 'ends_on');
    const ka1 = await m.post(`/api/people/projects/${ids.project}/activities`, { code: 'KA1', title: 'Spolupráce s partnery', starts_on: '2025-01-01', ends_on: '2025-12-31', output: 'setkání s partnery', output_target: 4, output_unit: 'setkání' });
    assert.equal(ka1.status, 201, ka1.text);
    const ka2 = await m.post(`/api/people/projects/${ids.project}/activities`, { code: 'KA2', title: 'Vzdělávání a strategie', starts_on: '2025-03-01', ends_on: '2026-06-30', output: 'školení, strategický plán' });
    assert.equal(ka2.status, 201, ka2.text);
    ids.ka1 = ka1.body.id;
    ids.ka2 = ka2.body.id;
    await refused(() => m.post(`/api/people/projects/${ids.project}/activities`, { title: 'X', starts_on: '2024-12-01', ends_on: '2025-01-31' }), 400, 'starts_on');

    // Records elsewhere in Kvalis: a strategic plan (planning), a training session (SQL: the training API is another suite).
    const plan = await m.post('/api/planning/strategic-plans', { organisation_id: world.orgs.p1, title: 'Strategie 2025–2027', year_from: 2025, year_to: 2027 });
    assert.equal(plan.status, 201, plan.text);
    ids.plan = plan.body.plan.id;
    server.db.run(`INSERT INTO pe_modules (id, organiser_org_id, code, title, hours, created_at, updated_at) VALUES (7001, ${world.orgs.region}, 'M1', 'Práce s rodinou', 8, 0, 0);
      INSERT INTO pe_sessions (id, module_id, held_on, place, capacity, state, created_at, updated_at) VALUES (7101, 7001, '2025-05-15', 'Náchod', 15, 'held', 0, 0), (7102, 7001, '2025-11-20', 'Trutnov', 15, 'open', 0, 0);`);

    const [first, second, third] = ids.meetings;
    for (const [activity, kind, object] of [[ids.ka1, 'meeting', first], [ids.ka1, 'meeting', second], [ids.ka1, 'meeting', third], [ids.ka2, 'training_session', 7101], [ids.ka2, 'training_session', 7102], [ids.ka2, 'strategic_plan', ids.plan]]) {
      const r = await m.post(`/api/people/activities/${activity}/links`, { kind, object_id: object });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.body.kind, kind);
      assert.equal(r.body.object_id, object);
    }
    await refused(() => m.post(`/api/people/activities/${ids.ka1}/links`, { kind: 'meeting', object_id: first }), 409);
    await refused(() => m.post(`/api/people/activities/${ids.ka1}/links`, { kind: 'card', object_id: 1 }), 400, 'kind');
    await refused(() => m.post(`/api/people/activities/${ids.ka1}/links`, { kind: 'audit', object_id: 424242 }), 400, 'object_id');
    // A record the caller cannot see: another provider's strategic plan.
    const p2 = await world.as('p2_admin');
    const otherPlan = await p2.post('/api/planning/strategic-plans', { organisation_id: world.orgs.p2, title: 'Cizí strategie', year_from: 2025, year_to: 2026 });
    assert.equal(otherPlan.status, 201, otherPlan.text);
    await refused(() => m.post(`/api/people/activities/${ids.ka2}/links`, { kind: 'strategic_plan', object_id: otherPlan.body.plan.id }), 400, 'object_id');
    // Candidates are what the caller sees.
    const cands = await m.get(`/api/people/link-candidates?project_id=${ids.project}&kind=strategic_plan`);
    assert.equal(cands.status, 200, cands.text);
    assert.deepEqual(cands.body.items.map((x) => x.object_id), [ids.plan]);
    const sessions = await m.get(`/api/people/link-candidates?project_id=${ids.project}&kind=training_session&q=Náchod`);
    assert.deepEqual(sessions.body.items.map((x) => x.object_id), [7101]);

    // Budget by category with expenses.
    const personnel = await m.post(`/api/people/projects/${ids.project}/budget-lines`, { category: 'personnel', title: 'Mzdy týmu', planned: 100000 });
    assert.equal(personnel.status, 201, personnel.text);
    const publicity = await m.post(`/api/people/projects/${ids.project}/budget-lines`, { category: 'publicity', title: 'Plakáty a web', planned: 20000 });
    await refused(() => m.post(`/api/people/projects/${ids.project}/budget-lines`, { category: 'food', title: 'X', planned: 1 }), 400, 'category');
    for (const [line, spent_on, amount] of [[personnel.body.id, '2025-02-10', 30000], [personnel.body.id, '2025-05-05', 10000], [publicity.body.id, '2025-05-20', 5000], [personnel.body.id, '2025-08-01', 7000]]) {
      const r = await m.post(`/api/people/projects/${ids.project}/expenses`, { budget_line_id: line, spent_on, amount });
      assert.equal(r.status, 201, r.text);
    }
    await refused(() => m.post(`/api/people/projects/${ids.project}/expenses`, { budget_line_id: 999999, spent_on: '2025-01-01', amount: 1 }), 400, 'budget_line_id');
    await refused(() => m.post(`/api/people/projects/${ids.project}/expenses`, { budget_line_id: personnel.body.id, spent_on: '2025-01-01', amount: -5 }), 400, 'amount');

    // Indicators: counted from links, and manual.
    const meetingsInd = await m.post(`/api/people/projects/${ids.project}/indicators`, { code: '6 70 01', name: 'Setkání s partnery', unit: 'setkání', target: 4, source: 'linked:meeting' });
    assert.equal(meetingsInd.status, 201, meetingsInd.text);
    const trained = await m.post(`/api/people/projects/${ids.project}/indicators`, { code: '6 00 00', name: 'Počet podpořených osob', unit: 'osoby', target: 60, source: 'manual' });
    ids.indicators = [meetingsInd.body.id, trained.body.id];
    await refused(() => m.post(`/api/people/projects/${ids.project}/indicators`, { name: 'X', source: 'linked:cards' }), 400, 'source');
    for (const [recorded_on, value] of [['2025-03-31', 12], ['2025-06-30', 31], ['2025-09-30', 45]]) {
      const r = await m.post(`/api/people/indicators/${trained.body.id}/values`, { recorded_on, value });
      assert.equal(r.status, 201, r.text);
    }
    await refused(() => m.post(`/api/people/indicators/${meetingsInd.body.id}/values`, { recorded_on: '2025-03-31', value: 9 }), 409);

    // Publicity duties.
    const poster = await m.post(`/api/people/projects/${ids.project}/publicity`, { duty: 'Plakát A3 v sídle', due_on: '2025-03-31', done_on: '2025-03-15', evidence: 'foto plakátu' });
    assert.equal(poster.status, 201, poster.text);
    const web = await m.post(`/api/people/projects/${ids.project}/publicity`, { duty: 'Popis projektu na webu', due_on: '2025-06-01' });
    ids.web = web.body.id;

    const d = await m.get(`/api/people/projects/${ids.project}`);
    assert.equal(d.status, 200, d.text);
    assert.equal(d.body.can_manage, true);
    const [a1, a2] = d.body.activities;
    assert.equal(a1.activity.code, 'KA1');
    assert.equal(count(a1.counts, 'meeting'), 3);
    assert.deepEqual(a2.counts.map((c) => [c.kind, c.count]), [['strategic_plan', 1], ['training_session', 2]]);
    assert.deepEqual(d.body.budget_lines.map((l) => [l.category, l.planned, l.spent]), [['personnel', 100000, 47000], ['publicity', 20000, 5000]]);
    assert.deepEqual(d.body.indicators.map((i) => [i.source, i.value]), [['linked:meeting', 3], ['manual', 45]]);
    assert.equal(d.body.publicity.length, 2);
  });

  test('the monitoring report of a period counts the linked records and the spending', async () => {
    const m = await world.as('p1_manager');
    const r = await m.get(`/api/people/projects/${ids.project}/monitoring?from=2025-04-01&to=2025-06-30`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.from, '2025-04-01');
    assert.equal(r.body.to, '2025-06-30');
    const [ka1, ka2] = r.body.activities;
    // KA1: meetings planned 31. 1. (held 3. 2.), 30. 4., 31. 7. → one in the period, two up to its end.
    assert.equal(ka1.total_period, 1);
    assert.equal(ka1.total_cumulative, 2);
    assert.deepEqual(ka1.records.map((x) => [x.kind, x.object_id, x.date]), [['meeting', ids.meetings[1], '2025-04-30']]);
    assert.equal(ka1.schedule, 'running');
    // KA2: the session of 15. 5. in the period; the plan (from 2025) before it; the session of 20. 11. later.
    assert.equal(count(ka2.outputs_period, 'training_session'), 1);
    assert.equal(count(ka2.outputs_period, 'strategic_plan'), 0);
    assert.equal(count(ka2.outputs_cumulative, 'strategic_plan'), 1);
    assert.equal(ka2.total_cumulative, 2);
    assert.deepEqual(r.body.budget.map((b) => [b.category, b.planned, b.spent_period, b.spent_cumulative, b.remaining]), [
      ['personnel', 100000, 10000, 40000, 60000],
      ['publicity', 20000, 5000, 5000, 15000],
    ]);
    assert.equal(r.body.spent_period_total, 15000);
    assert.equal(r.body.spent_cumulative_total, 45000);
    assert.deepEqual(r.body.indicators.map((i) => [i.source, i.value, i.value_in_period, i.met]), [
      ['linked:meeting', 2, 1, false],
      ['manual', 31, 31, false],
    ]);
    assert.equal(r.body.indicators[0].share_of_target, 0.5);
    assert.deepEqual(r.body.publicity.map((p) => [p.duty.duty, p.met, p.overdue]), [['Plakát A3 v sídle', true, false], ['Popis projektu na webu', false, true]]);

    // A new link changes the count: the report is generated, not typed.
    const fourth = ids.meetings[3];
    await m.put(`/api/people/meetings/${fourth}`, { title: 'Mimořádné setkání', planned_on: '2025-06-10' });
    assert.equal((await m.post(`/api/people/activities/${ids.ka1}/links`, { kind: 'meeting', object_id: fourth })).status, 201);
    const again = await m.get(`/api/people/projects/${ids.project}/monitoring?from=2025-04-01&to=2025-06-30`);
    assert.equal(again.body.activities[0].total_period, 2);
    assert.deepEqual(again.body.indicators[0].value, 3);
    assert.equal((await m.delete(`/api/people/activities/${ids.ka1}/links?kind=meeting&object_id=${fourth}`)).status, 204);
    const back = await m.get(`/api/people/projects/${ids.project}/monitoring?from=2025-04-01&to=2025-06-30`);
    assert.equal(back.body.activities[0].total_period, 1);

    await refused(() => m.get(`/api/people/projects/${ids.project}/monitoring?from=2025-07-01&to=2025-06-30`), 400, 'to');
    await refused(() => m.get(`/api/people/projects/${ids.project}/monitoring?from=2025-07-01`), 400, 'to');
    const whole = await m.get(`/api/people/projects/${ids.project}/monitoring`);
    assert.equal(whole.body.from, '2025-01-01');
    assert.equal(whole.body.to, '2026-12-31');
    assert.equal(whole.body.spent_cumulative_total, 52000);
  });

  test('printable (Czech, English) and Excel', async () => {
    const m = await world.as('p1_manager');
    const q = 'from=2025-04-01&to=2025-06-30';
    const cs = await m.get(`/api/people/projects/${ids.project}/monitoring.html?${q}`);
    assert.equal(cs.status, 200, cs.text);
    assert.match(cs.headers.get('content-type'), /text\/html/);
    assert.match(cs.text, /<html lang="cs">/);
    assert.match(cs.text, /Monitorovací zpráva projektu/);
    assert.match(cs.text, /1\. 4\. 2025 – 30\. 6\. 2025/);
    assert.match(cs.text, /Čerpáno v období/);
    assert.match(cs.text, /Setkání s partnery 2\/4/);
    const en = await m.get(`/api/people/projects/${ids.project}/monitoring.html?${q}&lang=en`);
    assert.match(en.text, /<html lang="en">/);
    assert.match(en.text, /Project monitoring report/);
    assert.match(en.text, /Spent in the period/);
    const xlsx = await m.request('GET', `/api/people/projects/${ids.project}/monitoring.xlsx?${q}`);
    assert.equal(xlsx.status, 200);
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
    assert.ok(xlsx.text.startsWith('PK'));
    await refused(() => m.get(`/api/people/projects/${ids.project}/monitoring.html?${q}&lang=de`), 400, 'lang');
  });

  test('the evaluator reads the whole project and changes nothing; the region reads; another provider gets 404', async () => {
    const evaluator = await world.as('p1_evaluator');
    const d = await evaluator.get(`/api/people/projects/${ids.project}`);
    assert.equal(d.status, 200, d.text);
    assert.equal(d.body.can_manage, false);
    assert.equal(d.body.activities.length, 2);
    assert.equal(d.body.expenses.length, 4);
    assert.equal((await evaluator.get(`/api/people/projects/${ids.project}/monitoring?from=2025-04-01&to=2025-06-30`)).body.activities[0].total_period, 1);
    assert.equal((await evaluator.get(`/api/people/projects?organisation_id=${world.orgs.p1}`)).body.items.length, 1);
    await refused(() => evaluator.put(`/api/people/projects/${ids.project}`, { name: 'X', starts_on: '2025-01-01', ends_on: '2025-12-31' }), 403);
    await refused(() => evaluator.post(`/api/people/activities/${ids.ka1}/links`, { kind: 'meeting', object_id: ids.meetings[3] }), 403);
    await refused(() => evaluator.put(`/api/people/publicity/${ids.web}`, { duty: 'X', done_on: '2025-05-01' }), 403);
    await refused(() => evaluator.delete(`/api/people/activities/${ids.ka2}`), 403);
    const region = await world.as('region_officer');
    assert.equal((await region.get(`/api/people/projects/${ids.project}`)).status, 200);
    const other = await world.as('p2_admin');
    await refused(() => other.get(`/api/people/projects/${ids.project}`), 404);
    await refused(() => other.get(`/api/people/projects/${ids.project}/monitoring`), 404);
    await refused(() => other.put(`/api/people/publicity/${ids.web}`, { duty: 'X' }), 404);
    await refused(() => other.delete(`/api/people/activities/${ids.ka1}/links?kind=meeting&object_id=${ids.meetings[0]}`), 404);
    assert.equal((await other.get('/api/people/projects')).body.items.length, 0);
  });

  test('changes and deletions by the manager', async () => {
    const m = await world.as('p1_manager');
    const done = await m.put(`/api/people/publicity/${ids.web}`, { duty: 'Popis projektu na webu', due_on: '2025-06-01', done_on: '2025-07-02', evidence: 'https://example.cz/projekt' });
    assert.equal(done.status, 200, done.text);
    const r = await m.get(`/api/people/projects/${ids.project}/monitoring?from=2025-07-01&to=2025-09-30`);
    assert.deepEqual(r.body.publicity.map((p) => p.met), [true, true]);
    assert.equal((await m.delete(`/api/people/indicators/${ids.indicators[1]}`)).status, 204);
    assert.equal((await m.delete(`/api/people/activities/${ids.ka2}`)).status, 204);
    const d = await m.get(`/api/people/projects/${ids.project}`);
    assert.equal(d.body.activities.length, 1);
    assert.equal(d.body.indicators.length, 1);
    await refused(() => m.delete(`/api/people/activities/${ids.ka2}`), 404);
    const log = server.db.scalar("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'people.%'");
    assert.ok(Number(log) > 20);
  });
});
