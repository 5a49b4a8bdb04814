// The role dashboard (GET /api/dashboard) on the demo region, on SQLite and PostgreSQL: every demo login
// gets what its role needs and only what it may read. The lists are checked against the module routes
// the same caller is allowed (actions, audits, rounds), so the dashboard never shows more than they do.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { ADMIN_PASSWORD, KvalisServer, kvalisCli } from './lib/harness.mjs';

const DEMO_PASSWORD = 'kvalis-demo-2026';
const MAIN_PROVIDER = 'Charita Kladské pomezí';
let server;

before(async () => {
  server = await KvalisServer.start();
  kvalisCli(['demo', '--db', server.db.url, '--admin-password', ADMIN_PASSWORD]);
});
after(async () => {
  await server?.stop();
});

async function as(login) {
  const c = server.client();
  await c.login(login, login === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD);
  return c;
}

async function dashboard(login) {
  const c = await as(login);
  const r = await c.get('/api/dashboard');
  assert.equal(r.status, 200, `${login}: ${r.text}`);
  return { c, d: r.body };
}

// The dashboard's action lists agree with GET /api/quality/actions of the same caller.
async function checkActionsAgree(c, d, login) {
  const overdue = await c.get('/api/quality/actions?overdue=1&page_size=200');
  assert.equal(overdue.status, 200);
  assert.equal(d.actions_overdue.total, overdue.body.total, `${login}: overdue actions`);
  assert.deepEqual(new Set(d.actions_overdue.items.map((a) => a.id)).size, d.actions_overdue.items.length);
  const visible = new Set(overdue.body.items.map((a) => a.id));
  for (const a of d.actions_overdue.items) {
    assert.ok(visible.has(a.id), `${login}: overdue action ${a.id} is not in the caller's list`);
    assert.equal(a.due_state, 'overdue');
    assert.ok(a.days_overdue > 0 && a.due_date < d.today);
  }
  // Most overdue first.
  const days = d.actions_overdue.items.map((a) => a.days_overdue);
  assert.deepEqual(days, [...days].sort((x, y) => y - x));
  for (const a of d.actions_due_soon.items) {
    assert.equal(a.due_state, 'on_track');
    assert.ok(a.days_left >= 0 && a.days_left <= 30, `${login}: due soon ${a.due_date}`);
  }
  const done = await c.get('/api/quality/actions?status=done&page_size=200');
  const verifiable = new Set(done.body.items.filter((a) => a.allowed_transitions.includes('verified')).map((a) => a.id));
  for (const a of d.actions_to_verify.items) {
    assert.equal(a.status, 'done');
    assert.ok(verifiable.has(a.id), `${login}: action ${a.id} to verify`);
  }
}

describe('dashboard per demo role', () => {
  test('a provider manager: the open home-care round, its forms to fill, groups waiting, own actions', async () => {
    const { c, d } = await dashboard('poskytovatel.manazer');
    assert.equal(d.benchmark, true);
    assert.equal(d.quality, true);
    assert.equal(d.overview, null);
    assert.equal(d.open_rounds.length, 1);
    const round = d.open_rounds[0];
    assert.equal(round.group_name, 'Pečovatelská služba');
    assert.equal(round.round_name, 'Kolo 2025');
    assert.equal(round.period_year, 2025);
    assert.deepEqual([round.services, round.submitted, round.draft, round.not_started], [4, 1, 1, 2]);
    assert.equal(round.can_manage, false);
    // Forms to fill: the three not submitted, all of the caller's own provider, linkable.
    assert.equal(d.forms_to_fill.total, 3);
    assert.deepEqual(d.forms_to_fill.items.map((f) => f.status).sort(), ['', '', 'draft']);
    for (const f of d.forms_to_fill.items) {
      assert.equal(f.provider_name, MAIN_PROVIDER);
      assert.equal(f.round_id, round.round_id);
      const form = await c.get(`/api/benchmark/rounds/${f.round_id}/services/${f.service_id}/form`);
      assert.equal(form.status, 200, form.text);
    }
    assert.equal(d.forms_to_review.total, 0);
    // The groups without an open round: the last round and whom to ask.
    assert.deepEqual(d.groups_waiting.map((g) => g.group_name).sort(),
      ['Pobytové služby pro seniory', 'Sociální prevence – nízkoprahové a terénní služby']);
    for (const g of d.groups_waiting) {
      assert.equal(g.can_manage, false);
      assert.equal(g.coordinator_name, 'Královéhradecký kraj');
      assert.equal(g.last_round_name, 'Kolo 2024');
      assert.equal(g.last_period_year, 2024);
    }
    assert.ok(d.actions_overdue.total > 0);
    for (const a of [...d.actions_overdue.items, ...d.actions_due_soon.items]) assert.equal(a.organisation_name, MAIN_PROVIDER);
    await checkActionsAgree(c, d, 'poskytovatel.manazer');
  });

  test('read-only and auditor staff of the provider see the round but have no forms to fill', async () => {
    for (const login of ['poskytovatel.cteni', 'poskytovatel.auditor']) {
      const { c, d } = await dashboard(login);
      assert.equal(d.open_rounds.length, 1, login);
      assert.equal(d.open_rounds[0].services, 4, login);
      assert.equal(d.forms_to_fill.total, 0, login);
      assert.deepEqual(d.forms_to_fill.items, [], login);
      await checkActionsAgree(c, d, login);
    }
    for (const login of ['poskytovatel.pracovnik', 'poskytovatel.admin']) {
      const { d: staff } = await dashboard(login);
      assert.equal(staff.forms_to_fill.total, 3, login);
    }
  });

  test('a home manager outside home care: no open round, told the last round of its group', async () => {
    const { c, d } = await dashboard('domov.manazer');
    assert.deepEqual(d.open_rounds, []);
    assert.equal(d.forms_to_fill.total, 0);
    assert.deepEqual(d.groups_waiting.map((g) => [g.group_name, g.last_round_name]), [['Pobytové služby pro seniory', 'Kolo 2024']]);
    for (const a of d.actions_overdue.items) assert.match(a.organisation_name, /Domov Na Stráni/);
    await checkActionsAgree(c, d, 'domov.manazer');
  });

  test('region staff: the overview, every form of the open round and the submitted ones to review', async () => {
    for (const login of ['kraj.referent', 'kraj.admin', 'admin']) {
      const { c, d } = await dashboard(login);
      assert.ok(d.overview, login);
      assert.equal(d.forms_to_fill.total, 0, login);
      // The groups it runs without an open round: it is the one to open the next (the provider is told to wait).
      assert.deepEqual(d.groups_waiting.map((g) => g.group_name).sort(),
        ['Pobytové služby pro seniory', 'Sociální prevence – nízkoprahové a terénní služby'], login);
      assert.ok(d.groups_waiting.every((g) => g.can_manage === true && g.last_round_name === 'Kolo 2024'), login);
      const round = d.open_rounds.find((r) => r.group_name === 'Pečovatelská služba');
      assert.ok(round, login);
      assert.equal(round.can_manage, true);
      // The same counts as the round's own completeness.
      const detail = await c.get(`/api/benchmark/rounds/${round.round_id}`);
      assert.equal(detail.status, 200, detail.text);
      const statuses = detail.body.services.map((s) => s.status);
      assert.equal(round.services, statuses.length, login);
      assert.equal(round.submitted, statuses.filter((s) => s === 'submitted').length, login);
      assert.equal(round.not_started, statuses.filter((s) => s === 'not_started').length, login);
      assert.ok(round.submitted > 1 && round.not_started > 0);
      assert.equal(d.forms_to_review.total, round.submitted, login);
      assert.ok(d.forms_to_review.items.length <= 8);
      assert.ok(d.forms_to_review.items.every((f) => f.status === 'submitted'));
      assert.equal(d.overview.rounds_open, 1);
      assert.equal(d.overview.forms_submitted, round.submitted);
      assert.ok(d.overview.services_active >= 150);
      assert.ok(d.overview.providers >= 30);
      const audits = await c.get('/api/quality/audits?page_size=200');
      assert.equal(d.overview.audits_draft + d.overview.audits_closed, audits.body.total, login);
      const overdue = await c.get('/api/quality/actions?overdue=1&page_size=200');
      assert.equal(d.overview.actions_overdue, overdue.body.total);
      await checkActionsAgree(c, d, login);
    }
  });

  test('the auditor: audits to score and actions to verify of audits it may read, no benchmarking work', async () => {
    const { c, d } = await dashboard('auditor');
    assert.equal(d.overview, null);
    assert.deepEqual(d.open_rounds, []);
    assert.equal(d.forms_to_fill.total + d.forms_to_review.total, 0);
    const drafts = await c.get('/api/quality/audits?status=draft&page_size=200');
    const readable = new Set(drafts.body.items.map((a) => a.id));
    for (const a of [...d.audits_to_score.items, ...d.audits_to_close.items]) {
      assert.ok(readable.has(a.id), `audit ${a.id}`);
      assert.ok(a.criteria > 0);
    }
    for (const a of d.audits_to_score.items) assert.ok(a.assessed < a.criteria);
    assert.ok(d.actions_to_verify.total > 0, 'the demo has completed actions for the auditor to verify');
    await checkActionsAgree(c, d, 'auditor');
  });

  test('municipal offices: nothing of providers they do not take part in', async () => {
    for (const login of ['mu.trutnov', 'ospod.vedouci', 'ospod.nachod']) {
      const { c, d } = await dashboard(login);
      assert.equal(d.overview, null, login);
      assert.deepEqual(d.open_rounds, [], login);
      assert.deepEqual(d.groups_waiting, [], login);
      assert.equal(d.forms_to_fill.total + d.forms_to_review.total, 0, login);
      await checkActionsAgree(c, d, login);
    }
  });

  test('the actions list filters by service (the service detail links to it)', async () => {
    const c = await as('kraj.referent');
    const { body: audits } = await c.get('/api/quality/audits?page_size=200');
    const audited = audits.items.find((a) => a.service_id && a.open_actions > 0);
    assert.ok(audited);
    const r = await c.get(`/api/quality/actions?service_id=${audited.service_id}&page_size=200`);
    assert.equal(r.status, 200, r.text);
    assert.ok(r.body.total > 0);
    assert.ok(r.body.items.every((a) => a.service_id === audited.service_id));
    const all = await c.get('/api/quality/actions?page_size=200');
    assert.equal(r.body.total, all.body.items.filter((a) => a.service_id === audited.service_id).length);
    const bad = await c.get('/api/quality/actions?service_id=abc');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'service_id');
  });

  test("a readable service outside every group has no benchmark results (200, empty), not a 404", async () => {
    const region = await as('kraj.referent');
    const { body: early } = await region.get('/api/services?kind=17&page_size=5');  // raná péče: in no demo group
    assert.ok(early.items.length > 0);
    const id = early.items[0].id;
    const scores = await region.get(`/api/benchmark/services/${id}/scores`);
    assert.equal(scores.status, 200, scores.text);
    assert.deepEqual(scores.body.groups, []);
    // Who cannot read the service in the registry still gets 404.
    const auditor = await as('auditor');
    assert.equal((await auditor.get(`/api/benchmark/services/${id}/scores`)).status, 404);
    const { body: homeCare } = await region.get('/api/services?kind=4&page_size=50');
    const withResults = await region.get(`/api/benchmark/services/${homeCare.items[0].id}/scores`);
    assert.equal(withResults.status, 200);
    assert.deepEqual(withResults.body.groups.map((g) => g.group_name), ['Pečovatelská služba']);
  });

  test('anonymous callers get 401', async () => {
    const r = await server.client().get('/api/dashboard');
    assert.equal(r.status, 401);
  });
});
