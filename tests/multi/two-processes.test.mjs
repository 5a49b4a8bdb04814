// Two processes, one database (issue 15, item 3): two `kvalis serve` processes on one PostgreSQL database
// behind one nginx with a round-robin upstream and no sticky sessions. Requests alternate between the
// processes (through nginx, and directly to each to know which one answers); sessions, CSRF, the caches, the
// locks, the benchmark round locks and the recompute of comparisons stay correct, and both processes started
// at once on an empty database migrate it once.
//
// Run: scripts/run-multi-test.sh (docs/RELIABILITY.md, "Two processes, one database").
// The bounds it waits for (README, "Several `kvalis serve` processes may share one PostgreSQL database"):
// another process sees a logout or a new password within the session cache's 2 s, a deactivation, a role
// change and the data versions of the cached lists within 250 ms. The test waits for each change and reports
// how long it took (never asserts a time).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, DB_KIND, PASSWORD, TestDatabase, kvalisCli } from '../api/lib/harness.mjs';
import { Nginx, eventually, sameSession, startServe } from './lib/pair.mjs';

if (DB_KIND !== 'postgresql') throw new Error('tests/multi needs PostgreSQL: run scripts/run-multi-test.sh (KVALIS_DB_KIND=postgresql)');

const ADMIN = ['admin', 'admin-demo-2026'];
const REGION = ['kraj.admin', 'kvalis-demo-2026'];
const SESSION_BOUND_MS = 2000; // AppConfig::session_cache_ms
const VERSIONS_BOUND_MS = 250; // AppConfig::data_versions_ms

let tmpDir;
let db;
let A;
let B;
let nginx;
const started = {}; // how the two processes started on the empty database
const seen = []; // [what, ms] : how long a change took to show in the other process

function note(t, what, ms) {
  seen.push([what, ms]);
  t.diagnostic(`${what}: ${ms} ms`);
}

async function login(baseUrl, [user, password]) {
  const c = new Client(baseUrl);
  await c.login(user, password);
  return c;
}

const upstreamOf = (r) => r.headers.get('x-kvalis-upstream');

// The open benchmark round of the demo, the services whose forms are still open there, and an item every
// form has that takes values up to 5000 at least.
async function openRound(client) {
  const round = db.scalar("SELECT id FROM bm_rounds WHERE status = 'open' ORDER BY id LIMIT 1");
  const detail = await client.get(`/api/benchmark/rounds/${round}`);
  assert.equal(detail.status, 200, detail.text);
  const services = detail.body.services.filter((s) => s.status !== 'submitted').map((s) => s.service_id);
  const form = await client.get(`/api/benchmark/rounds/${round}/services/${services[0]}/form`);
  const item = form.body.items.find((i) => i.min_value <= 1000 && i.max_value >= 5000).code;
  return { round, services, item };
}

before(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kvalis-multi-'));
  db = TestDatabase.create(tmpDir); // empty: no schema yet
  // Both processes at the same moment on the empty database: each migrates it at start.
  [A, B] = await Promise.all([startServe(db, tmpDir, 'A'), startServe(db, tmpDir, 'B')]);
  started.stdout = [A.stdout, B.stdout];
  started.stderr = [A.stderr, B.stderr];
  // The demo region, written while both run (their caches start empty and must follow it).
  kvalisCli(['demo', '--db', db.url]);
  nginx = await Nginx.start(tmpDir, [`127.0.0.1:${A.port}`, `127.0.0.1:${B.port}`]);
});

after(async () => {
  if (seen.length) {
    const lines = seen.map(([w, ms]) => `  ${w}: ${ms} ms`).join('\n');
    process.stdout.write(`# changes seen by the other process (bounds: sessions ${SESSION_BOUND_MS} ms, versions ${VERSIONS_BOUND_MS} ms):\n${lines}\n`);
  }
  await nginx?.stop();
  const errors = [...(A?.internalErrors() ?? []), ...(B?.internalErrors() ?? [])];
  await A?.stop().catch(() => {});
  // B shares A's database and directory: stop its process only, then clean up once.
  if (B?.proc && !B.exited) {
    B.proc.kill('SIGTERM');
    await B.waitExit(10000).catch(() => B.proc.kill('SIGKILL'));
  }
  if (errors.length) process.stdout.write(`# internal errors logged:\n${errors.join('\n')}\n`);
  if (tmpDir && !process.env.KVALIS_TEST_KEEP) fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe('two kvalis processes on one PostgreSQL database behind nginx', () => {
  test('both started at once on an empty database: every migration applied once, by one of them', () => {
    const applied = started.stdout.flatMap((out) => [...out.matchAll(/^migrated: (.+)$/gm)].map((m) => m[1]));
    const rows = db.query('SELECT version, name FROM schema_migrations ORDER BY version');
    assert.ok(rows.length >= 10, `schema_migrations has ${rows.length} rows`);
    assert.deepEqual([...applied].sort(), rows.map((r) => r.name).sort(), 'each migration reported once in all');
    assert.equal(new Set(rows.map((r) => r.version)).size, rows.length);
    for (const err of started.stderr) assert.doesNotMatch(err, /error|fail/i);
    assert.equal(db.scalar("SELECT COUNT(*) FROM (SELECT catalogue, code, valid_from FROM catalogue_items GROUP BY 1, 2, 3 HAVING COUNT(*) > 1) d"), 0);
  });

  test('nginx sends requests to both processes in turn', async () => {
    const ups = new Set();
    for (let i = 0; i < 6; i++) {
      const r = await nginx.client().get('/api/health');
      assert.equal(r.status, 200);
      ups.add(upstreamOf(r));
    }
    assert.deepEqual([...ups].sort(), [`127.0.0.1:${A.port}`, `127.0.0.1:${B.port}`].sort());
  });

  describe('sessions', () => {
    let admin;
    const users = {};
    before(async () => {
      admin = await login(A.baseUrl, ADMIN);
      const org = db.scalar("SELECT id FROM organisations WHERE name = 'Charita Kladské pomezí'");
      for (const [name, role] of [['multi.out', 'worker'], ['multi.pass', 'worker'], ['multi.off', 'worker'], ['multi.role', 'readonly']]) {
        const r = await admin.post('/api/users', {
          login: name, display_name: name, email: `${name}@example.cz`, password: PASSWORD, language: 'cs',
          memberships: [{ organisation_id: org, role }],
        });
        assert.equal(r.status, 201, r.text);
        users[name] = { id: r.body.id, org };
      }
    });

    test('a login through A is a session of B; through nginx every request keeps it, whichever process answers', async () => {
      const a = await login(A.baseUrl, ['multi.out', PASSWORD]);
      const b = sameSession(a, B.baseUrl);
      const me = await b.get('/api/session');
      assert.equal(me.status, 200);
      assert.equal(me.body.user.login, 'multi.out');
      assert.equal(me.body.csrf_token, a.csrf);
      const viaProxy = sameSession(a, nginx.baseUrl);
      const ups = new Set();
      for (let i = 0; i < 8; i++) {
        const r = await viaProxy.get('/api/session');
        assert.equal(r.status, 200);
        assert.equal(r.body.user.login, 'multi.out');
        ups.add(upstreamOf(r));
      }
      assert.equal(ups.size, 2, 'both processes answered');
      // A login through nginx works on both processes directly.
      const p = await login(nginx.baseUrl, ['multi.out', PASSWORD]);
      for (const base of [A.baseUrl, B.baseUrl]) assert.equal((await sameSession(p, base).get('/api/session')).status, 200);
    });

    test(`a logout through B ends the session on A (within the session cache, ${SESSION_BOUND_MS} ms)`, async (t) => {
      const a = await login(A.baseUrl, ['multi.out', PASSWORD]);
      assert.equal((await a.get('/api/session')).status, 200); // A has it in its cache now
      const b = sameSession(a, B.baseUrl);
      assert.equal((await b.delete('/api/session')).status, 204);
      assert.equal((await b.get('/api/session')).status, 401, 'ended at once in the process that logged out');
      const { ms } = await eventually('logout through B seen by A', async () => (await a.get('/api/session')).status === 401);
      note(t, 'logout through B, refused by A after', ms);
      assert.equal((await a.patch('/api/me', { language: 'cs' })).status, 401);
    });

    test('a password change through A ends the other sessions on B; B checks the new password at once', async (t) => {
      const a = await login(A.baseUrl, ['multi.pass', PASSWORD]);
      const other = await login(B.baseUrl, ['multi.pass', PASSWORD]);
      assert.equal((await other.get('/api/session')).status, 200);
      const r = await a.post('/api/me/password', { current_password: PASSWORD, new_password: 'nove-heslo-multi-2026' });
      assert.equal(r.status, 200, r.text);
      a.adoptSession(r); // the session goes on under a new token (ASVS 3.2.1)
      const { ms } = await eventually('password change through A seen by B', async () => (await other.get('/api/session')).status === 401);
      note(t, 'password change through A, other session refused by B after', ms);
      const old = await new Client(B.baseUrl).request('POST', '/api/session', { json: { login: 'multi.pass', password: PASSWORD }, csrf: false });
      assert.equal(old.status, 401);
      await login(B.baseUrl, ['multi.pass', 'nove-heslo-multi-2026']);
      // The session that changed the password stays, on both.
      assert.equal((await a.get('/api/session')).status, 200);
      assert.equal((await sameSession(a, B.baseUrl).get('/api/session')).status, 200);
    });

    test(`a deactivation through A ends the user's sessions on B (within ${VERSIONS_BOUND_MS} ms)`, async (t) => {
      const b = await login(B.baseUrl, ['multi.off', PASSWORD]);
      assert.equal((await b.get('/api/session')).status, 200);
      const r = await admin.patch(`/api/users/${users['multi.off'].id}`, { active: false });
      assert.equal(r.status, 200, r.text);
      const { ms } = await eventually('deactivation through A seen by B', async () => (await b.get('/api/session')).status === 401);
      note(t, 'deactivation through A, session refused by B after', ms);
      const again = await new Client(B.baseUrl).request('POST', '/api/session', { json: { login: 'multi.off', password: PASSWORD }, csrf: false });
      assert.equal(again.status, 401);
    });

    test(`a role change through B ends the user's session on A (within ${VERSIONS_BOUND_MS} ms); a new login on A has the new role`, async (t) => {
      // A change of rights ends the user's sessions (ASVS 3.3.x, docs/SECURITY.md): the session on A must end,
      // and the next login on A must carry the new role, both ways.
      const adminB = sameSession(admin, B.baseUrl);
      const org = users['multi.role'].org;
      let a = await login(A.baseUrl, ['multi.role', PASSWORD]);
      assert.equal((await a.get('/api/users')).status, 403, 'readonly: no user administration');
      let r = await adminB.put(`/api/users/${users['multi.role'].id}/memberships`, { memberships: [{ organisation_id: org, role: 'admin' }] });
      assert.equal(r.status, 200, r.text);
      let ended = await eventually('role admin through B ends the session on A', async () => (await a.get('/api/session')).status === 401);
      note(t, 'role raised through B, session on A ended after', ended.ms);
      a = await login(A.baseUrl, ['multi.role', PASSWORD]);
      assert.deepEqual((await a.get('/api/session')).body.user.memberships.map((m) => m.role), ['admin']);
      assert.equal((await a.get('/api/users')).status, 200, 'admin: user administration on A');
      r = await adminB.put(`/api/users/${users['multi.role'].id}/memberships`, { memberships: [{ organisation_id: org, role: 'readonly' }] });
      assert.equal(r.status, 200, r.text);
      ended = await eventually('role readonly through B ends the session on A', async () => (await a.get('/api/session')).status === 401);
      note(t, 'role lowered through B, session on A ended after', ended.ms);
      a = await login(A.baseUrl, ['multi.role', PASSWORD]);
      assert.equal((await a.get('/api/users')).status, 403, 'readonly again on A');
    });
  });

  describe('CSRF', () => {
    test("A's token is accepted by B (directly and through nginx); a wrong or missing one is refused by both", async () => {
      const a = await login(A.baseUrl, REGION);
      for (const base of [A.baseUrl, B.baseUrl, nginx.baseUrl, nginx.baseUrl]) {
        const c = sameSession(a, base);
        const ok = await c.patch('/api/me', { language: 'cs' });
        assert.equal(ok.status, 200, `${base}: ${ok.text}`);
        const wrong = await c.patch('/api/me', { language: 'en' }, { csrf: 'x'.repeat(a.csrf.length) });
        assert.equal(wrong.status, 403, base);
        assert.equal(wrong.body.error.code, 'csrf_invalid');
        const none = await c.patch('/api/me', { language: 'en' }, { csrf: false });
        assert.equal(none.status, 403, base);
        assert.equal(none.body.error.code, 'csrf_invalid');
      }
      for (const base of [A.baseUrl, B.baseUrl]) assert.equal((await sameSession(a, base).get('/api/session')).body.user.language, 'cs');
    });
  });

  describe('coverage round lock', () => {
    test('a coverage round locked through A while B saves forms: saves land before the lock or are refused; B\'s map follows', async (t) => {
      const regionA = await login(A.baseUrl, REGION);
      const regionB = sameSession(regionA, B.baseUrl);
      const round = db.scalar("SELECT id FROM nw_coverage_rounds WHERE status = 'open' ORDER BY id LIMIT 1");
      const forms = db.query(`SELECT id FROM nw_coverage_submissions WHERE round_id = ${round} AND status <> 'submitted' ORDER BY id LIMIT 6`).map((r) => Number(r.id));
      assert.ok(forms.length >= 3);
      const map = () => regionB.get('/api/network/coverage/map');
      for (let i = 0; i < 2; i++) assert.equal((await map()).body.rounds.some((x) => x.id === round), false);
      const base = db.scalar('SELECT MAX(id) FROM audit_log');
      const saves = forms.map((id) => regionB.put(`/api/network/coverage/submissions/${id}`, { answers: [] }));
      const [locked, ...rs] = await Promise.all([regionA.post(`/api/network/coverage/rounds/${round}/lock`, {}), ...saves]);
      assert.equal(locked.status, 200, locked.text);
      for (const r of rs) assert.ok([200, 409].includes(r.status), `${r.status} ${r.text.slice(0, 160)}`);
      const lockAt = db.scalar(`SELECT id FROM audit_log WHERE action = 'network.coverage.round.lock' AND entity_id = '${round}'`);
      const logged = db.query(`SELECT id FROM audit_log WHERE action = 'network.coverage.form.save' AND id > ${base} AND entity_id IN (${forms.map((f) => `'${f}'`).join(',')})`);
      assert.equal(logged.length, rs.filter((r) => r.status === 200).length);
      for (const l of logged) assert.ok(Number(l.id) < lockAt, 'a form saved after the lock');
      const after = await regionB.put(`/api/network/coverage/submissions/${forms[0]}`, { answers: [] });
      assert.equal(after.status, 409, after.text);
      const { ms } = await eventually('coverage map of B shows the locked round', async () => (await map()).body.rounds.some((x) => x.id === round));
      note(t, 'coverage map (network × registry): lock through A shown by B after', ms);
    });
  });

  describe('caches', () => {
    test('every cached view of B follows a write made through A', async (t) => {
      const regionA = await login(A.baseUrl, REGION);
      const regionB = sameSession(regionA, B.baseUrl);
      const anonB = new Client(B.baseUrl);
      const provider = db.scalar("SELECT id FROM organisations WHERE name = 'Charita Kladské pomezí'");
      const newProvider = 'Charita Kladské pomezí – přejmenovaná přes A';
      // What B shows and caches before the writes (every view read twice: the second answer is the cached one).
      const views = {
        'services list (registry version)': [() => regionB.get('/api/services?q=Azylový dům Přístav'), (r) => r.body.items.some((s) => s.provider_name === newProvider)],
        'financing outlook (network × registry)': [() => regionB.get('/api/network/fin/outlook'), (r) => r.text.includes(newProvider)],
        'regional planning outcomes (planning × registry)': [() => regionB.get('/api/planning/outcomes/regional'), (r) => r.text !== outcomesBefore],
        'public services API (network × registry)': [() => anonB.get('/api/public/regions/86/services'), (r) => r.body.items.some((s) => s.provider === newProvider)],
        'portal catalogue page (portal versions)': [() => anonB.get('/portal/86/sluzby'), (r) => r.text.includes(newProvider)],
        'portal home page (portal versions)': [() => anonB.get('/portal/86'), (r) => r.text.includes('Sociální služby kraje – upraveno přes A')],
      };
      // The roll-up before (its GAS T-scores depend on the organisations' ρ).
      const outcomesBefore = (await regionB.get('/api/planning/outcomes/regional')).text;
      for (const [what, [read, changed]] of Object.entries(views)) {
        for (let i = 0; i < 2; i++) {
          const r = await read();
          assert.equal(r.status, 200, `${what}: ${r.text.slice(0, 200)}`);
          assert.equal(changed(r), false, `${what} shows the change before it was made`);
        }
      }
      // The writes, all through A.
      const adminA = await login(A.baseUrl, ADMIN);
      let r = await adminA.patch(`/api/organisations/${provider}`, { name: newProvider });
      assert.equal(r.status, 200, r.text);
      // A planning write that changes the roll-up: the GAS ρ of the organisation with the most clients.
      const planner = db.scalar('SELECT organisation_id FROM pl_clients GROUP BY organisation_id ORDER BY COUNT(*) DESC, organisation_id LIMIT 1');
      const rho = db.query(`SELECT gas_rho FROM pl_settings WHERE organisation_id = ${planner}`)[0]?.gas_rho ?? 0.3;
      r = await adminA.put(`/api/planning/organisations/${planner}/settings`, { gas_rho: Number(rho) > 0.5 ? 0.2 : 0.8 });
      assert.equal(r.status, 200, r.text);
      const settings = (await regionA.get('/api/network/portal/settings')).body;
      const input = Object.fromEntries(['published', 'title_cs', 'title_en', 'intro_cs', 'intro_en', 'show_services', 'show_coverage', 'coverage_round_id', 'contact'].map((k) => [k, settings[k]]));
      r = await regionA.put('/api/network/portal/settings', { ...input, title_cs: 'Sociální služby kraje – upraveno přes A' });
      assert.equal(r.status, 200, r.text);
      for (const [what, [read, changed]] of Object.entries(views)) {
        const { ms } = await eventually(what, async () => changed(await read()));
        note(t, `${what}: write through A shown by B after`, ms);
      }
    });

    test('the benchmark comparison read through B reflects values saved through A', async (t) => {
      const adminA = await login(A.baseUrl, ADMIN);
      const adminB = sameSession(adminA, B.baseUrl);
      const { round, services } = await openRound(adminA);
      const service = services[0];
      const url = `/api/benchmark/rounds/${round}/comparison`;
      const before1 = await adminB.get(url);
      assert.equal(before1.status, 200);
      assert.equal((await adminB.get(url)).text, before1.text, 'B answers the same twice (cached)');
      const form = await adminA.get(`/api/benchmark/rounds/${round}/services/${service}/form`);
      const item = form.body.items.find((i) => i.required && i.value !== null) ?? form.body.items[0];
      const r = await adminA.put(`/api/benchmark/rounds/${round}/services/${service}/form`, { values: { [item.code]: (item.value ?? 0) + 17 } });
      assert.equal(r.status, 200, r.text);
      const { value: after, ms } = await eventually('comparison through B changed', async () => {
        const x = await adminB.get(url);
        return x.text !== before1.text && x;
      });
      note(t, 'benchmark comparison: values saved through A shown by B after', ms);
      assert.equal((await adminA.get(url)).text, after.text, 'A and B give the same comparison');
      assert.equal(db.scalar(`SELECT value FROM bm_values WHERE round_id = ${round} AND service_id = ${service} AND item_code = '${item.code}'`), (item.value ?? 0) + 17);
    });
  });

  describe('locks and concurrent writes', () => {
    let adminA;
    let adminB;
    before(async () => {
      adminA = await login(A.baseUrl, ADMIN);
      adminB = sameSession(adminA, B.baseUrl);
    });
    const via = (i) => (i % 2 ? adminB : adminA);

    test('the same new login created through both at once: one 201, the rest 409, one row', async () => {
      const org = db.scalar("SELECT id FROM organisations WHERE name LIKE 'Charita Kladské pomezí%'");
      for (let k = 0; k < 3; k++) {
        const login = `multi.race${k}`;
        const rs = await Promise.all(Array.from({ length: 6 }, (_, i) => via(i).post('/api/users', {
          login, display_name: `Souběh ${k}/${i}`, email: `${login}.${i}@example.cz`, password: PASSWORD, language: 'cs',
          memberships: [{ organisation_id: org, role: 'worker' }],
        })));
        const statuses = rs.map((r) => r.status).sort();
        assert.deepEqual(statuses, [201, 409, 409, 409, 409, 409], rs.map((r) => `${r.status} ${r.text.slice(0, 120)}`).join('\n'));
        for (const r of rs.filter((x) => x.status === 409)) assert.equal(r.body.error.code, 'conflict');
        assert.equal(db.scalar(`SELECT COUNT(*) FROM users WHERE login = '${login}'`), 1);
      }
    });

    test('goals of one plan and activities of one project added through both at once get distinct positions', async () => {
      const plan = db.scalar("SELECT id FROM pl_strategic_plans WHERE state <> 'closed' ORDER BY id LIMIT 1");
      let rs = await Promise.all(Array.from({ length: 6 }, (_, i) => via(i).post('/api/planning/goals', {
        level: 'strategic', strategic_plan_id: plan, code: `MULTI${i}`, title: `Cíl přidaný souběžně ${i}`,
      })));
      assert.deepEqual(rs.map((r) => r.status), Array(6).fill(201), rs.map((r) => r.text.slice(0, 160)).join('\n'));
      const goals = db.query(`SELECT position FROM pl_goals WHERE strategic_plan_id = ${plan} AND operational_plan_id IS NULL`);
      assert.equal(new Set(goals.map((g) => g.position)).size, goals.length, `positions ${goals.map((g) => g.position)}`);

      const project = db.query('SELECT id, starts_on, ends_on FROM pe_projects ORDER BY id LIMIT 1')[0];
      rs = await Promise.all(Array.from({ length: 6 }, (_, i) => via(i).post(`/api/people/projects/${project.id}/activities`, {
        code: `MKA${i}`, title: `Aktivita přidaná souběžně ${i}`, starts_on: project.starts_on, ends_on: project.ends_on,
      })));
      assert.deepEqual(rs.map((r) => r.status), Array(6).fill(201), rs.map((r) => r.text.slice(0, 160)).join('\n'));
      const activities = db.query(`SELECT position FROM pe_project_activities WHERE project_id = ${project.id}`);
      assert.equal(new Set(activities.map((a) => a.position)).size, activities.length, `positions ${activities.map((a) => a.position)}`);
    });

    test('form values of one round saved through both at once: all saved, one comparison that matches a fresh recompute', async () => {
      const open = await openRound(adminA);
      const { round, item } = open;
      const services = open.services.slice(0, 8);
      assert.ok(services.length >= 4);
      for (let k = 0; k < 3; k++) {
        // Different services in the same round, and twice the same service with different values.
        const writes = [...services.map((s, i) => [s, 1000 + 10 * k + i]), [services[0], 2000 + k]];
        const rs = await Promise.all(writes.map(([s, v], i) => via(i).put(`/api/benchmark/rounds/${round}/services/${s}/form`, { values: { [item]: v } })));
        assert.deepEqual(rs.map((r) => r.status), writes.map(() => 200), rs.map((r) => r.text.slice(0, 160)).join('\n'));
        for (const [s, v] of writes.slice(1, -1)) assert.equal(db.scalar(`SELECT value FROM bm_values WHERE round_id = ${round} AND service_id = ${s} AND item_code = '${item}'`), v);
        const first = db.scalar(`SELECT value FROM bm_values WHERE round_id = ${round} AND service_id = ${services[0]} AND item_code = '${item}'`);
        assert.ok(first === 1000 + 10 * k || first === 2000 + k, `one of the two writes of service ${services[0]} won (${first})`);
      }
      // The stored comparison is that of the last values: recomputing it again changes nothing.
      const scores = () => db.query(`SELECT indicator_id, service_id, peer_key, value, percent_rank, z_score FROM bm_scores WHERE round_id = ${round} ORDER BY 1, 2`);
      const stats = () => db.query(`SELECT * FROM bm_stats WHERE round_id = ${round} ORDER BY indicator_id, peer_key`);
      const stored = [scores(), stats()];
      assert.ok(stored[0].length > 0);
      kvalisCli(['benchmark', 'compute', '--round', String(round), '--db', db.url]);
      assert.deepEqual([scores(), stats()], stored);
      // And both processes answer it alike.
      const url = `/api/benchmark/rounds/${round}/comparison`;
      assert.equal((await adminA.get(url)).text, (await adminB.get(url)).text);
    });

    test('a round locked through A refuses form writes through B at once; writes racing the lock land before it or not at all', async () => {
      const open = await openRound(adminA);
      const { round, item } = open;
      const services = open.services.slice(0, 6);
      const put = (c, s, v) => c.put(`/api/benchmark/rounds/${round}/services/${s}/form`, { values: { [item]: v } });
      const base = db.scalar('SELECT MAX(id) FROM audit_log');
      // Form writes through B while A locks the round.
      const racing = services.map((s, i) => put(adminB, s, 3000 + i));
      const lock = adminA.post(`/api/benchmark/rounds/${round}/lock`, {});
      const [locked, ...rs] = await Promise.all([lock, ...racing]);
      assert.equal(locked.status, 200, locked.text);
      assert.equal(locked.body.round.status, 'locked');
      for (const r of rs) assert.ok([200, 409].includes(r.status), `${r.status} ${r.text.slice(0, 160)}`);
      // Every accepted write was committed before the lock (the audit log's order), none after.
      const lockAt = db.scalar(`SELECT id FROM audit_log WHERE action = 'benchmark.round.lock' AND entity_id = '${round}'`);
      const saves = db.query(`SELECT id, detail FROM audit_log WHERE action = 'benchmark.values.save' AND id > ${base} AND detail LIKE 'round ${round}: ${item}=3%'`);
      assert.equal(saves.length, rs.filter((r) => r.status === 200).length);
      for (const s of saves) assert.ok(Number(s.id) < lockAt, `a save (${s.detail}) logged after the lock`);
      // After the lock answered: refused by B at once, and by A.
      for (const [c, s] of [[adminB, services[0]], [adminA, services[1]], [adminB, services[2]]]) {
        const r = await put(c, s, 4000);
        assert.equal(r.status, 409, r.text);
      }
      assert.equal(db.scalar(`SELECT COUNT(*) FROM bm_values WHERE round_id = ${round} AND value = 4000`), 0);
      // The comparison stored at the lock is that of the values it locked.
      const scores = () => db.query(`SELECT indicator_id, service_id, value, percent_rank FROM bm_scores WHERE round_id = ${round} ORDER BY 1, 2`);
      const stored = scores();
      kvalisCli(['benchmark', 'compute', '--round', String(round), '--db', db.url]);
      assert.deepEqual(scores(), stored);
    });
  });

  test('no process logged an internal error', () => {
    assert.deepEqual([...A.internalErrors(), ...B.internalErrors()], []);
  });
});
