// Planning module, client part (issue 11 items 3, 6, 7) over HTTP on SQLite and PostgreSQL: services' staff and
// grants, client records with personal goals (GAS levels described, weights, links to service goals or a
// reason), reviews with the T-score, ladder instruments and assessments with the distance travelled, due
// reviews, export (JSON, printable page), erasure that keeps the outcomes, and who may see a client record:
// the key worker and staff of the service yes; other services of the same provider, the region, an external
// evaluator, another provider and the platform administrator no (404 for the record, nothing in lists).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, assertUnchanged, setupTenants } from './lib/harness.mjs';

let server;
let world;
const ids = {};

function day(offset) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const levels = {
  minus2: 'Nechodí do školy vůbec',
  minus1: 'Chodí do školy občas',
  zero: 'Chodí do školy 4 dny v týdnu',
  plus1: 'Chodí do školy každý den',
  plus2: 'Chodí každý den a dělá úkoly',
};

async function addUser(login, org, role) {
  const r = await world.admin.post('/api/users', {
    login, display_name: login, email: `${login}@example.cz`, password: PASSWORD, language: 'cs',
    memberships: [{ organisation_id: world.orgs[org], role }],
  });
  assert.equal(r.status, 201, r.text);
  world.users[login] = { id: r.body.id, login, password: PASSWORD, org, role };
}

function serviceGoal(serviceKey, code) {
  const org = world.orgs.p1;
  const service = world.services[serviceKey];
  server.db.run(
    `INSERT INTO pl_goals (level, organisation_id, service_id, code, title, created_at, updated_at) ` +
      `VALUES ('service', ${org}, ${service}, '${code}', 'Děti chodí pravidelně do školy', 1, 1)`,
  );
  return server.db.scalar(`SELECT id FROM pl_goals WHERE code = '${code}'`);
}

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  await addUser('p1_worker2', 'p1', 'worker');
  await addUser('p1_evaluator', 'p1', 'evaluator');
  ids.goalS1 = serviceGoal('s1', 'SG-1');
  ids.goalS2 = serviceGoal('s2', 'SG-2');
});
after(async () => {
  await server?.stop();
});

describe('staff of services', () => {
  test('the provider manager lists its services and sets their staff; refusals change nothing', async () => {
    const manager = await world.as('p1_manager');
    const list = await manager.get(`/api/planning/services?organisation_id=${world.orgs.p1}`);
    assert.equal(list.status, 200, list.text);
    const s1 = list.body.items.find((s) => s.id === world.services.s1);
    assert.ok(s1, list.text);
    assert.equal(s1.can_manage_staff, true);
    assert.deepEqual(s1.staff, []);
    assert.ok(!list.body.items.some((s) => s.id === world.services.s4), 'an ended service is not listed');

    const candidates = await manager.get(`/api/planning/services/${world.services.s1}/staff-candidates`);
    assert.equal(candidates.status, 200, candidates.text);
    const logins = candidates.body.items.map((u) => u.login).sort();
    assert.deepEqual(logins, ['p1_admin', 'p1_manager', 'p1_worker', 'p1_worker2']);

    const [p2Admin, p1Worker] = [await world.as('p2_admin'), await world.as('p1_worker')];
    const before = server.db.snapshot();
    const bad = await manager.put(`/api/planning/services/${world.services.s1}/staff`, {
      staff: [{ user_id: world.users.p1_worker.id }, { user_id: world.users.p1_evaluator.id }],
    });
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.body.error.field, 'staff[1].user_id');
    const other = await manager.put(`/api/planning/services/${world.services.s1}/staff`, {
      staff: [{ user_id: world.users.p2_worker.id }],
    });
    assert.equal(other.status, 400, other.text);
    const foreign = await p2Admin.put(`/api/planning/services/${world.services.s1}/staff`, {
      staff: [],
    });
    assert.equal(foreign.status, 404, foreign.text);
    const worker = await p1Worker.put(`/api/planning/services/${world.services.s1}/staff`, {
      staff: [],
    });
    assert.equal(worker.status, 403, worker.text);
    assertUnchanged(before, server.db.snapshot());

    const put = await manager.put(`/api/planning/services/${world.services.s1}/staff`, {
      staff: [{ user_id: world.users.p1_worker.id }, { user_id: world.users.p1_manager.id, kind: 'granted' }],
    });
    assert.equal(put.status, 200, put.text);
    assert.deepEqual(put.body.staff.map((s) => [s.user_id, s.kind]).sort(), [
      [world.users.p1_manager.id, 'granted'],
      [world.users.p1_worker.id, 'staff'],
    ].sort());
    const put2 = await manager.put(`/api/planning/services/${world.services.s2}/staff`, {
      staff: [{ user_id: world.users.p1_worker2.id }],
    });
    assert.equal(put2.status, 200, put2.text);

    const mine = await (await world.as('p1_worker')).get('/api/planning/services');
    assert.deepEqual(mine.body.items.map((s) => s.id), [world.services.s1]);
    assert.equal(mine.body.items[0].is_staff, true);
    assert.equal(mine.body.items[0].can_manage_staff, false);
  });
});

describe('client records, goals, reviews', () => {
  test('a key worker adds a client with a generated code, goals and a review with the T-score', async () => {
    const worker = await world.as('p1_worker');
    const created = await worker.post('/api/planning/clients', {
      service_id: world.services.s1, contract_from: day(-400), key_worker_user_id: world.users.p1_worker.id,
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.client.code, 'K-0001');
    assert.equal(created.body.client.key_worker.id, world.users.p1_worker.id);
    ids.client = created.body.client.id;

    const named = await worker.post('/api/planning/clients', {
      service_id: world.services.s1, code: 'RD-7', name: 'Jana Dvořáková', contract_from: day(-100),
      key_worker_user_id: world.users.p1_worker.id,
    });
    assert.equal(named.status, 201, named.text);
    ids.named = named.body.client.id;
    const taken = await worker.post('/api/planning/clients', {
      service_id: world.services.s1, code: 'RD-7', contract_from: day(-10),
    });
    assert.equal(taken.status, 409, taken.text);
    assert.equal(taken.body.error.field, 'code');
    const notStaff = await worker.post('/api/planning/clients', {
      service_id: world.services.s1, contract_from: day(-10), key_worker_user_id: world.users.p1_worker2.id,
    });
    assert.equal(notStaff.status, 400, notStaff.text);
    assert.equal(notStaff.body.error.field, 'key_worker_user_id');
    const otherService = await worker.post('/api/planning/clients', {
      service_id: world.services.s2, contract_from: day(-10),
    });
    assert.equal(otherService.status, 404, otherService.text);

    const linkable = await worker.get(`/api/planning/clients/${ids.client}/service-goals`);
    assert.equal(linkable.status, 200, linkable.text);
    assert.deepEqual(linkable.body.items.map((g) => g.code), ['SG-1']);
    assert.equal((await (await world.as('p2_admin')).get(`/api/planning/clients/${ids.client}/service-goals`)).status, 404);

    const goal = (body) => worker.post(`/api/planning/clients/${ids.client}/goals`, {
      wording: 'Chci, aby syn chodil do školy', levels, set_on: day(-300), ...body,
    });
    const linked = await goal({ service_goal_id: ids.goalS1, weight: 2, next_review_on: day(-5) });
    assert.equal(linked.status, 201, linked.text);
    assert.equal(linked.body.goals[0].service_goal.code, 'SG-1');
    assert.deepEqual(linked.body.goals[0].levels, levels);
    const noReason = await goal({});
    assert.equal(noReason.status, 400, noReason.text);
    assert.equal(noReason.body.error.field, 'unlinked_reason');
    const wrongGoal = await goal({ service_goal_id: ids.goalS2 });
    assert.equal(wrongGoal.status, 400, wrongGoal.text);
    assert.equal(wrongGoal.body.error.field, 'service_goal_id');
    const noLevel = await goal({ unlinked_reason: 'Osobní cíl mimo cíle služby', levels: { ...levels, plus2: '' } });
    assert.equal(noLevel.status, 400, noLevel.text);
    assert.equal(noLevel.body.error.field, 'level_plus2');
    const unlinked = await goal({ wording: 'Najít si brigádu', unlinked_reason: 'Osobní cíl mimo cíle služby' });
    assert.equal(unlinked.status, 201, unlinked.text);
    assert.equal(unlinked.body.goals[1].service_goal, null);
    assert.equal(unlinked.body.goals[1].weight, 1);
    [ids.goalA, ids.goalB] = unlinked.body.goals.map((g) => g.id);
    assert.equal(unlinked.body.client.review_state, 'overdue');

    const badLevel = await worker.post(`/api/planning/clients/${ids.client}/reviews`, {
      held_on: day(-200), ratings: [{ client_goal_id: ids.goalA, level: 0.7 }],
    });
    assert.equal(badLevel.status, 400, badLevel.text);
    assert.equal(badLevel.body.error.field, 'ratings[0].level');
    const future = await worker.post(`/api/planning/clients/${ids.client}/reviews`, {
      held_on: day(30), ratings: [{ client_goal_id: ids.goalA, level: 0 }],
    });
    assert.equal(future.status, 400, future.text);
    assert.equal(future.body.error.field, 'held_on');
    assert.match(future.body.error.message, /v budoucnosti/);
    const foreignGoal = await worker.post(`/api/planning/clients/${ids.named}/reviews`, {
      held_on: day(-200), ratings: [{ client_goal_id: ids.goalA, level: 0 }],
    });
    assert.equal(foreignGoal.status, 400, foreignGoal.text);
    assert.equal(foreignGoal.body.error.field, 'ratings[0].client_goal_id');

    // Goal A (weight 2) at +2 and goal B (weight 1) at 0: T = 50 + 10·4 / √(0.7·5 + 0.3·9) with ρ = 0.3.
    const review = await worker.post(`/api/planning/clients/${ids.client}/reviews`, {
      held_on: day(-200), what_changed: 'Syn chodí do školy', client_view: 'Jsem spokojená', next_steps: 'Pokračovat',
      participants: 'klientka, klíčový pracovník', next_review_on: day(20),
      ratings: [{ client_goal_id: ids.goalA, level: 2 }, { client_goal_id: ids.goalB, level: 0, note: 'beze změny' }],
    });
    assert.equal(review.status, 201, review.text);
    const expected = 50 + (10 * 4) / Math.sqrt(0.7 * 5 + 0.3 * 9);
    assert.ok(Math.abs(review.body.reviews[0].t - expected) < 1e-9, review.text);
    assert.ok(Math.abs(review.body.client.last_t - expected) < 1e-9);
    assert.equal(review.body.t_history.length, 1);
    assert.equal(review.body.goals[0].latest.level, 2);
    assert.equal(review.body.goals[0].next_review_on, day(20));
    assert.equal(review.body.client.review_state, 'due_soon');
    assert.equal(review.body.gas_rho, 0.3);

    // −0.5 counts as −1 and −3 as −3: goal A −0.5, goal B −3 → Σwx = −2 − 3 = −5.
    const worse = await worker.post(`/api/planning/clients/${ids.client}/reviews`, {
      held_on: day(-100), ratings: [{ client_goal_id: ids.goalA, level: -0.5 }, { client_goal_id: ids.goalB, level: -3 }],
    });
    assert.equal(worse.status, 201, worse.text);
    const t2 = 50 + (10 * -5) / Math.sqrt(0.7 * 5 + 0.3 * 9);
    assert.ok(Math.abs(worse.body.reviews[1].t - t2) < 1e-9, worse.text);
    assert.equal(worse.body.goals[0].ratings.length, 2);

    const edit = await worker.put(`/api/planning/client-goals/${ids.goalB}`, {
      wording: 'Najít si brigádu na léto', levels, set_on: day(-300), unlinked_reason: 'Osobní cíl mimo cíle služby',
      next_review_on: day(-2), state: 'active',
    });
    assert.equal(edit.status, 200, edit.text);
    assert.equal(edit.body.goals[1].wording, 'Najít si brigádu na léto');
    assert.equal(edit.body.client.next_review_on, day(-2));
    assert.equal(edit.body.client.review_state, 'overdue');
  });

  test('due reviews: mine as key worker and per service', async () => {
    const worker = await world.as('p1_worker');
    const mine = await worker.get('/api/planning/due/reviews?scope=mine');
    assert.equal(mine.status, 200, mine.text);
    assert.deepEqual(mine.body.items.map((d) => [d.client_id, d.state]), [[ids.client, 'overdue']]);
    const manager = await world.as('p1_manager');
    const service = await manager.get(`/api/planning/due/reviews?scope=service&service_id=${world.services.s1}`);
    assert.equal(service.status, 200, service.text);
    assert.deepEqual(service.body.items.map((d) => d.client_id), [ids.client]);
    assert.equal((await manager.get('/api/planning/due/reviews?scope=mine')).body.items.length, 0);
    const other = await (await world.as('p1_worker2')).get(`/api/planning/due/reviews?scope=service&service_id=${world.services.s1}`);
    assert.equal(other.status, 404, other.text);
  });

  test('ladder instruments and assessments with the distance travelled', async () => {
    const manager = await world.as('p1_manager');
    const bad = await manager.post('/api/planning/ladders', {
      organisation_id: world.orgs.p1, name: 'Cesta ke změně', scale_min: 1, scale_max: 10, stages: '1-4:Začátek;3-10:Cíl',
      areas: [{ name: 'Bydlení' }],
    });
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.body.error.field, 'stages');
    const ladder = await manager.post('/api/planning/ladders', {
      organisation_id: world.orgs.p1, name: 'Cesta ke změně', scale_min: 1, scale_max: 10,
      stages: '1-3:Uvíznutí;4-7:Zkoušení;8-10:Samostatnost',
      areas: [{ name: 'Bydlení' }, { name: 'Finance' }, { name: 'Škola dětí' }],
    });
    assert.equal(ladder.status, 201, ladder.text);
    assert.equal(ladder.body.stage_list.length, 3);
    const [a1, a2, a3] = ladder.body.areas.map((a) => a.id);
    ids.ladder = ladder.body.id;
    assert.equal((await (await world.as('p2_admin')).get(`/api/planning/ladders/${ids.ladder}`)).status, 404);
    assert.equal((await (await world.as('p1_evaluator')).get(`/api/planning/ladders/${ids.ladder}`)).status, 200);

    const worker = await world.as('p1_worker');
    const outOfScale = await worker.post(`/api/planning/clients/${ids.client}/ladder-assessments`, {
      ladder_id: ids.ladder, assessed_on: day(-250), values: [{ area_id: a1, value: 11 }],
    });
    assert.equal(outOfScale.status, 400, outOfScale.text);
    assert.equal(outOfScale.body.error.field, 'values[0].value');
    const first = await worker.post(`/api/planning/clients/${ids.client}/ladder-assessments`, {
      ladder_id: ids.ladder, assessed_on: day(-250),
      values: [{ area_id: a1, value: 2 }, { area_id: a2, value: 3 }, { area_id: a3, value: 5 }],
    });
    assert.equal(first.status, 201, first.text);
    const second = await worker.post(`/api/planning/clients/${ids.client}/ladder-assessments`, {
      ladder_id: ids.ladder, assessed_on: day(-50), note: 'Zlepšení',
      values: [{ area_id: a1, value: 5 }, { area_id: a2, value: 4 }, { area_id: a3, value: 5 }],
    });
    assert.equal(second.status, 201, second.text);
    const l = second.body.ladders[0];
    assert.equal(l.assessments.length, 2);
    assert.deepEqual(l.distance.per_area, [{ area_id: a1, change: 3 }, { area_id: a2, change: 1 }, { area_id: a3, change: 0 }]);
    assert.ok(Math.abs(l.distance.mean_change - 4 / 3) < 1e-9);
    // Areas of an instrument in use stay.
    const shrink = await manager.put(`/api/planning/ladders/${ids.ladder}`, {
      name: 'Cesta ke změně', scale_min: 1, scale_max: 10, areas: [{ id: a1, name: 'Bydlení' }],
    });
    assert.equal(shrink.status, 400, shrink.text);
    const rename = await manager.put(`/api/planning/ladders/${ids.ladder}`, {
      name: 'Cesta ke změně', scale_min: 1, scale_max: 10, stages: '1-3:Uvíznutí;4-7:Zkoušení;8-10:Samostatnost',
      areas: [{ id: a1, name: 'Bydlení a domov' }, { id: a2, name: 'Finance' }, { id: a3, name: 'Škola dětí' }],
    });
    assert.equal(rename.status, 200, rename.text);
    assert.equal(rename.body.areas[0].name, 'Bydlení a domov');
  });
});

describe("the provider's ρ", () => {
  test('the T-score per review uses the intercorrelation set for the provider', async () => {
    const worker = await world.as('p1_worker');
    const goal = (wording, weight) => worker.post(`/api/planning/clients/${ids.named}/goals`, {
      wording, levels, set_on: day(-90), weight, unlinked_reason: 'Cíl mimo cíle služby',
    });
    assert.equal((await goal('První cíl', 2)).status, 201);
    const second = await goal('Druhý cíl', 1);
    const [g1, g2] = second.body.goals.map((g) => g.id);
    const review = await worker.post(`/api/planning/clients/${ids.named}/reviews`, {
      held_on: day(-30), ratings: [{ client_goal_id: g1, level: 2 }, { client_goal_id: g2, level: 0 }],
    });
    assert.equal(review.status, 201, review.text);
    assert.ok(Math.abs(review.body.reviews[0].t - (50 + 40 / Math.sqrt(0.7 * 5 + 0.3 * 9))) < 1e-9);
    server.db.run(`INSERT INTO pl_settings (organisation_id, gas_rho, updated_at) VALUES (${world.orgs.p1}, 0, 1)`);
    try {
      const read = await worker.get(`/api/planning/clients/${ids.named}`);
      assert.equal(read.body.gas_rho, 0);
      assert.ok(Math.abs(read.body.reviews[0].t - (50 + 40 / Math.sqrt(5))) < 1e-9, read.text);
    } finally {
      server.db.run(`DELETE FROM pl_settings WHERE organisation_id = ${world.orgs.p1}`);
    }
  });
});

describe('who sees a client record', () => {
  test('the key worker and the staff read it; others get 404 and see nothing in lists', async () => {
    const worker = await world.as('p1_worker');
    const read = await worker.get(`/api/planning/clients/${ids.client}`);
    assert.equal(read.status, 200, read.text);
    const list = await worker.get('/api/planning/clients');
    assert.deepEqual(list.body.items.map((c) => c.id).sort(), [ids.client, ids.named].sort());
    const mine = await worker.get('/api/planning/clients?key_worker=me&q=RD');
    assert.deepEqual(mine.body.items.map((c) => c.id), [ids.named]);
    const granted = await (await world.as('p1_manager')).get(`/api/planning/clients/${ids.client}`);
    assert.equal(granted.status, 200, granted.text);
    assert.equal(granted.body.can_erase, true);
    assert.equal(read.body.can_erase, false);

    for (const login of ['p1_worker2', 'p1_admin', 'region_officer', 'p2_admin', 'admin']) {
      const who = await world.as(login);
      const detail = await who.get(`/api/planning/clients/${ids.client}`);
      assert.equal(detail.status, 404, `${login}: ${detail.text}`);
      const exp = await who.get(`/api/planning/clients/${ids.client}/export`);
      assert.equal(exp.status, 404, `${login}: ${exp.text}`);
      const change = await who.post(`/api/planning/clients/${ids.client}/reviews`, { held_on: day(0), ratings: [] });
      assert.equal(change.status, 404, `${login}: ${change.text}`);
      const all = await who.get('/api/planning/clients');
      assert.equal(all.status, 200, `${login}: ${all.text}`);
      assert.ok(!all.body.items.some((c) => c.id === ids.client || c.id === ids.named), login);
      const filtered = await who.get(`/api/planning/clients?service_id=${world.services.s1}`);
      assert.deepEqual(filtered.body.items, [], login);
      const due = await who.get('/api/planning/due/reviews?scope=mine');
      assert.ok(!due.body.items.some((c) => c.client_id === ids.client), login);
    }
    // The external evaluator does not even hold clients.work: every client route refuses it.
    const evaluator = await world.as('p1_evaluator');
    assert.equal((await evaluator.get(`/api/planning/clients/${ids.client}`)).status, 403);
    assert.equal((await evaluator.get('/api/planning/clients')).status, 403);
    assert.equal((await evaluator.get(`/api/planning/clients/${ids.client}/export.html`)).status, 403);
  });

  test('reads, exports and lists are in the activity log', async () => {
    const worker = await world.as('p1_worker');
    const count = (action) =>
      server.db.scalar(`SELECT COUNT(*) FROM audit_log WHERE action = '${action}' AND user_id = ${world.users.p1_worker.id}`);
    const reads = count('planning.client.read');
    const exports = count('planning.client.export');
    const lists = count('planning.clients.list');
    const json = await worker.get(`/api/planning/clients/${ids.client}/export`);
    assert.equal(json.status, 200, json.text);
    assert.equal(json.body.record.client.code, 'K-0001');
    assert.equal(json.body.record.goals.length, 2);
    assert.equal(json.body.record.reviews.length, 2);
    const html = await worker.get(`/api/planning/clients/${ids.named}/export.html?lang=cs`);
    assert.equal(html.status, 200, html.text);
    assert.match(html.headers.get('content-type'), /text\/html/);
    assert.match(html.text, /Jana Dvořáková/);
    assert.match(html.text, /Individuální plán/);
    assert.match(html.text, /aktivní/);
    const english = await worker.get(`/api/planning/clients/${ids.named}/export.html?lang=en`);
    assert.match(english.text, /Individual plan/);
    await worker.get(`/api/planning/clients/${ids.client}`);
    await worker.get('/api/planning/clients');
    assert.equal(count('planning.client.export'), exports + 3);
    assert.equal(count('planning.client.read'), reads + 1);
    assert.equal(count('planning.clients.list'), lists + 1);
  });
});

describe('erasure on request', () => {
  test('keeps the outcomes and blanks the identity and the texts', async () => {
    const manager = await world.as('p1_manager');
    const worker = await world.as('p1_worker');
    const before = await worker.get(`/api/planning/clients/${ids.client}`);
    const ratingRows = server.db.scalar(
      `SELECT COUNT(*) FROM pl_goal_ratings r JOIN pl_reviews v ON v.id = r.review_id WHERE v.client_id = ${ids.client}`,
    );
    const snapshot = server.db.snapshot();
    assert.equal((await worker.post(`/api/planning/clients/${ids.client}/erase`, { confirm_code: 'K-0001' })).status, 403);
    const wrong = await manager.post(`/api/planning/clients/${ids.client}/erase`, { confirm_code: 'K-0002' });
    assert.equal(wrong.status, 400, wrong.text);
    assert.equal(wrong.body.error.field, 'confirm_code');
    assertUnchanged(snapshot, server.db.snapshot());

    const erased = await manager.post(`/api/planning/clients/${ids.client}/erase`, { confirm_code: 'K-0001' });
    assert.equal(erased.status, 200, erased.text);
    assert.equal(erased.body.client.state, 'erased');
    assert.notEqual(erased.body.client.code, 'K-0001');
    assert.equal(erased.body.client.name, '');
    assert.ok(erased.body.goals.every((g) => g.wording === '' && g.levels.zero === '' && g.steps === ''));
    assert.ok(erased.body.reviews.every((r) => r.what_changed === '' && r.client_view === '' && r.participants === ''));
    assert.deepEqual(erased.body.t_history, before.body.t_history);
    assert.deepEqual(erased.body.goals.map((g) => [g.weight, g.service_goal?.id ?? null, g.ratings]),
      before.body.goals.map((g) => [g.weight, g.service_goal?.id ?? null, g.ratings]));
    assert.equal(server.db.scalar(
      `SELECT COUNT(*) FROM pl_goal_ratings r JOIN pl_reviews v ON v.id = r.review_id WHERE v.client_id = ${ids.client}`,
    ), ratingRows);
    assert.equal(server.db.scalar(`SELECT COUNT(*) FROM pl_clients WHERE code = 'K-0001'`), 0);
    const change = await worker.post(`/api/planning/clients/${ids.client}/reviews`, { held_on: day(0), ratings: [] });
    assert.equal(change.status, 409, change.text);
    const again = await manager.post(`/api/planning/clients/${ids.client}/erase`, { confirm_code: erased.body.client.code });
    assert.equal(again.status, 409, again.text);
    assert.equal(server.db.scalar(`SELECT COUNT(*) FROM audit_log WHERE action = 'planning.client.erase'`), 1);
  });

  test('the key worker stays on the staff while the service has clients of theirs', async () => {
    const manager = await world.as('p1_manager');
    const r = await manager.put(`/api/planning/services/${world.services.s1}/staff`, {
      staff: [{ user_id: world.users.p1_manager.id }],
    });
    assert.equal(r.status, 409, r.text);
    assert.equal(r.body.error.field, 'staff');
  });
});
