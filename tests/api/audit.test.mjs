// The audit log: logins, failed logins and changes are recorded; entries cannot be changed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { DB_KIND, KvalisServer, PASSWORD, setupTenants } from './lib/harness.mjs';

let server;
let world;
let admin;
let createdId;
let startedAt;
before(async () => {
  startedAt = Math.floor(Date.now() / 1000) - 2;
  server = await KvalisServer.start();
  world = await setupTenants(server, { users: ['p1_admin', 'p1_worker'], services: false });
  admin = world.admin;
  // Activity to find in the log.
  const worker = await world.as('p1_worker', { fresh: true });
  await server.client().post('/api/session', { login: 'p1_worker', password: 'spatne-heslo-1' });
  await server.client().post('/api/session', { login: 'ghost', password: 'spatne-heslo-2' });
  const created = await admin.post('/api/users', {
    login: 'audited', display_name: 'Audited', password: PASSWORD, memberships: [{ organisation_id: world.orgs.p1, role: 'worker' }],
  });
  assert.equal(created.status, 201);
  createdId = created.body.id;
  assert.equal((await admin.patch(`/api/users/${createdId}`, { display_name: 'Audited Again' })).status, 200);
  assert.equal((await admin.put(`/api/users/${createdId}/memberships`, { memberships: [{ organisation_id: world.orgs.p1, role: 'manager' }] })).status, 200);
  assert.equal((await admin.patch(`/api/organisations/${world.orgs.p1}`, { address: 'Komenského 266, 500 03 Hradec Králové' })).status, 200);
  assert.equal((await worker.delete('/api/session')).status, 204);
});
after(async () => {
  await server?.stop();
});

async function entries(query = '') {
  const r = await admin.get(`/api/audit-log?page_size=200${query ? '&' + query : ''}`);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.items.length, r.body.total);
  return r.body.items;
}

describe('audit log', () => {
  test('entries have the documented shape, newest first', async () => {
    const items = await entries();
    assert.ok(items.length >= 10);
    for (const e of items) {
      assert.deepEqual(Object.keys(e).sort(), ['action', 'at', 'detail', 'entity', 'entity_id', 'id', 'ip', 'user_id', 'user_login']);
      assert.match(e.at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const t = Date.parse(e.at) / 1000;
      assert.ok(t >= startedAt && t <= Date.now() / 1000 + 2, `timestamp ${e.at}`);
    }
    const ids = items.map((e) => e.id);
    assert.deepEqual(ids, [...ids].sort((a, b) => b - a), 'newest first');
  });

  test('logins, failed logins and logouts appear', async () => {
    const items = await entries();
    const login = items.find((e) => e.action === 'login' && e.user_login === 'p1_worker');
    assert.ok(login, 'login of p1_worker');
    assert.equal(login.user_id, world.users.p1_worker.id);
    assert.equal(login.entity, 'user');
    assert.equal(login.entity_id, String(world.users.p1_worker.id));
    assert.equal(login.ip, '127.0.0.1');
    const failed = items.filter((e) => e.action === 'login_failed');
    const wrongPw = failed.find((e) => e.detail === 'login: p1_worker');
    assert.ok(wrongPw, 'failed login of an existing user');
    assert.equal(wrongPw.entity_id, String(world.users.p1_worker.id));
    assert.equal(wrongPw.ip, '127.0.0.1');
    const ghost = failed.find((e) => e.detail === 'login: ghost');
    assert.ok(ghost, 'failed login of an unknown login');
    assert.equal(ghost.entity_id, '');
    assert.ok(!JSON.stringify(failed).includes('spatne-heslo'), 'passwords are never logged');
    assert.ok(items.some((e) => e.action === 'logout' && e.user_login === 'p1_worker'), 'logout');
    assert.ok(items.some((e) => e.action === 'login' && e.user_login === 'admin'), 'the admin’s login');
  });

  test('changes appear: user create, update, memberships; organisation create and update', async () => {
    const items = await entries();
    const create = items.find((e) => e.action === 'user.create' && e.entity_id === String(createdId));
    assert.ok(create, 'user.create');
    assert.equal(create.user_login, 'admin');
    assert.equal(create.user_id, world.users.admin.id);
    assert.equal(create.detail, 'login: audited');
    assert.ok(items.some((e) => e.action === 'user.update' && e.entity_id === String(createdId)), 'user.update');
    const ms = items.find((e) => e.action === 'user.memberships' && e.entity_id === String(createdId));
    assert.ok(ms, 'user.memberships');
    assert.match(ms.detail, new RegExp(`${world.orgs.p1}:manager`));
    const orgCreates = items.filter((e) => e.action === 'organisation.create').map((e) => e.entity_id);
    assert.deepEqual(orgCreates.sort(), Object.values(world.orgs).map(String).sort());
    assert.ok(items.some((e) => e.action === 'organisation.update' && e.entity_id === String(world.orgs.p1)));
    const cli = items.find((e) => e.action === 'user.create' && e.user_login === 'cli');
    assert.ok(cli, 'the CLI’s user add is logged');
    assert.equal(cli.user_id, null);
  });

  test('filters: action, user_id, from, to', async () => {
    const failed = await entries('action=login_failed');
    assert.ok(failed.length >= 2);
    assert.ok(failed.every((e) => e.action === 'login_failed'));
    const mine = await entries(`user_id=${world.users.p1_worker.id}`);
    assert.ok(mine.length >= 2);
    assert.ok(mine.every((e) => e.user_id === world.users.p1_worker.id));
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
    const all = await entries();
    if (new Date(startedAt * 1000).toISOString().slice(0, 10) === today)
      assert.equal((await entries(`from=${today}`)).length, all.length, 'everything happened today');
    assert.equal((await entries(`from=${yesterday}&to=${tomorrow}`)).length, all.length);
    assert.equal((await entries(`to=${yesterday}`)).length, 0);
    assert.equal((await entries(`from=${tomorrow}`)).length, 0);
    assert.equal((await entries(`to=${today}`)).length, all.length, 'to is inclusive of the whole day');
    for (const [q, field] of [['from=yesterday', 'from'], ['to=2026-13-45', 'to'], ['user_id=abc', 'user_id'], ['user_id=0', 'user_id']]) {
      const r = await admin.get(`/api/audit-log?${q}`);
      assert.equal(r.status, 400, q);
      assert.equal(r.body.error.field, field, q);
    }
  });

  test('only holders of audit_log.read read it', async () => {
    const worker = await world.as('p1_worker', { fresh: true });
    const r = await worker.get('/api/audit-log');
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, 'forbidden');
    assert.equal((await server.client().get('/api/audit-log')).status, 401);
    const orgAdmin = await world.as('p1_admin');
    assert.equal((await orgAdmin.get('/api/audit-log')).status, 200);
  });

  test('there is no route that changes entries', async () => {
    const before = (await entries()).length;
    const one = (await entries())[0].id;
    for (const [m, p] of [['PUT', '/api/audit-log'], ['PATCH', '/api/audit-log'], ['DELETE', '/api/audit-log'], ['POST', '/api/audit-log']]) {
      const r = await admin.request(m, p, { body: '{}', headers: { 'Content-Type': 'application/json' } });
      assert.equal(r.status, 405, `${m} ${p}: ${r.status}`);
    }
    for (const m of ['GET', 'PUT', 'PATCH', 'DELETE']) {
      const r = await admin.request(m, `/api/audit-log/${one}`, m === 'GET' ? {} : { body: '{}', headers: { 'Content-Type': 'application/json' } });
      assert.equal(r.status, 404, `${m} /api/audit-log/${one}: ${r.status}`);
    }
    const doc = (await server.client().get('/api/openapi.json')).body;
    const auditOps = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/audit-log'))
      .flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p}`));
    assert.deepEqual(auditOps, ['get /api/audit-log']);
    assert.equal((await entries()).length, before);
  });

  test(`the ${DB_KIND} audit_log table rejects UPDATE and DELETE`, async () => {
    const db = server.db;
    const count = db.scalar('SELECT COUNT(*) FROM audit_log');
    const first = db.query('SELECT id, action FROM audit_log ORDER BY id LIMIT 1')[0];
    const upd = db.exec(`UPDATE audit_log SET action = 'tampered' WHERE id = ${first.id};`);
    assert.equal(upd.ok, false, 'UPDATE must fail');
    assert.match(upd.stderr, /append-only/);
    const del = db.exec('DELETE FROM audit_log;');
    assert.equal(del.ok, false, 'DELETE must fail');
    assert.match(del.stderr, /append-only/);
    assert.equal(db.scalar('SELECT COUNT(*) FROM audit_log'), count);
    assert.equal(db.query(`SELECT action FROM audit_log WHERE id = ${first.id}`)[0].action, first.action);
    const ins = db.exec(`INSERT INTO audit_log (at, action) VALUES (1, 'test.insert');`);
    assert.equal(ins.ok, true, `appending still works: ${ins.stderr}`);
  });
});
