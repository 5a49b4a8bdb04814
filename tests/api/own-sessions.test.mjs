// A user's own sessions and when sessions end (OWASP ASVS 3.2.1, 3.3.3, 3.3.4; docs/SECURITY.md):
// GET /api/me/sessions lists them (an id, never the token), DELETE /api/me/sessions/{id} ends one,
// POST /api/me/sessions/end-others ends all but the current one; an administrator's change of a user's roles
// or a deactivation ends that user's sessions; a password change ends the others and renews the current
// token; every login gets a new token. Each ending is in the audit log.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, setupTenants, sleep } from './lib/harness.mjs';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36';

let server;
let world;
let admin;
before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, { users: ['p1_admin', 'p1_worker'], services: false });
  admin = world.admin;
});
after(async () => {
  await server?.stop();
});

function assertError(r, status, code, field) {
  assert.equal(r.status, status, `${r.status} ${r.text}`);
  assert.equal(r.body?.error?.code, code);
  if (field !== undefined) assert.equal(r.body.error.field, field);
}

async function createUser(login, { language = 'cs', role = 'worker' } = {}) {
  const r = await admin.post('/api/users', {
    login, display_name: `Uživatel ${login}`, password: PASSWORD, language,
    memberships: [{ organisation_id: world.orgs.p1, role }],
  });
  assert.equal(r.status, 201, r.text);
  return r.body.id;
}

// A new session of login, from a browser named by userAgent.
async function session(login, userAgent) {
  const c = server.client();
  const r = await c.request('POST', '/api/session', { json: { login, password: PASSWORD }, csrf: false, headers: userAgent ? { 'User-Agent': userAgent } : {} });
  assert.equal(r.status, 200, r.text);
  c.adoptSession(r);
  return c;
}

const tokenOf = (c) => c.cookie.slice('kvalis_session='.length);
const digestOf = (c) => crypto.createHash('sha256').update(tokenOf(c)).digest('hex');

async function auditOf(action) {
  const r = await admin.get(`/api/audit-log?action=${encodeURIComponent(action)}&page_size=200`);
  assert.equal(r.status, 200, r.text);
  return r.body.items;
}

describe('own sessions', () => {
  test('the list: an id, times, the address and the browser of each session, this one marked; never a token', async () => {
    await createUser('ses_list');
    const firefox = await session('ses_list', FIREFOX);
    const phone = await session('ses_list', ANDROID);
    const other = await session('p1_worker');
    const r = await firefox.get('/api/me/sessions');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.items.length, 2, 'only the user’s own sessions');
    for (const item of r.body.items) {
      assert.deepEqual(Object.keys(item).sort(), ['created_at', 'current', 'expires_at', 'id', 'ip', 'last_used_at', 'user_agent']);
      assert.equal(typeof item.id, 'number');
      assert.match(item.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      assert.ok(item.last_used_at >= item.created_at && item.expires_at > item.created_at);
      assert.equal(item.ip, '127.0.0.1');
    }
    const byAgent = Object.fromEntries(r.body.items.map((x) => [x.user_agent, x]));
    assert.deepEqual(Object.keys(byAgent).sort(), ['Chrome 131 · Android', 'Firefox 128 · Windows']);
    assert.equal(byAgent['Firefox 128 · Windows'].current, true);
    assert.equal(byAgent['Chrome 131 · Android'].current, false);
    const fromPhone = await phone.get('/api/me/sessions');
    assert.deepEqual(fromPhone.body.items.filter((x) => x.current).map((x) => x.user_agent), ['Chrome 131 · Android']);
    // Ids of the database's rows; no token, digest or CSRF token of any session in the answer.
    const rows = server.db.query(`SELECT id FROM sessions WHERE user_id = ${firefox.user.id} ORDER BY id`).map((x) => Number(x.id));
    assert.deepEqual(r.body.items.map((x) => x.id).sort((a, b) => a - b), rows);
    for (const c of [firefox, phone, other])
      for (const secret of [tokenOf(c), digestOf(c), c.csrf]) assert.ok(!r.text.includes(secret), 'a secret of a session in the list');
    const mine = await other.get('/api/me/sessions');
    assert.deepEqual(mine.body.items.map((x) => x.current), [true], 'another user sees only their own');
    assertError(await server.client().get('/api/me/sessions'), 401, 'unauthorized');
  });

  test('the time of last use moves with requests (written once a minute)', async () => {
    await createUser('ses_used');
    const c = await session('ses_used');
    // An hour ago, as far as the database knows; the server's session cache holds a row for 2 s.
    server.db.run(`UPDATE sessions SET created_at = created_at - 3600, last_used_at = created_at - 3600 WHERE user_id = ${c.user.id}`);
    await sleep(2200);
    assert.equal((await c.get('/api/session')).status, 200);
    const [item] = (await c.get('/api/me/sessions')).body.items;
    assert.ok(item.last_used_at > item.created_at, `last used ${item.last_used_at} after the login ${item.created_at}`);
    const row = server.db.query(`SELECT created_at, last_used_at FROM sessions WHERE user_id = ${c.user.id}`)[0];
    assert.ok(Number(row.last_used_at) - Number(row.created_at) >= 3600);
  });

  test('ending one session: it gets 401, the others stay; a missing or foreign id is 404; in the audit log', async () => {
    await createUser('ses_end');
    const a = await session('ses_end', FIREFOX);
    const b = await session('ses_end', ANDROID);
    const c = await session('ses_end');
    const foreign = await session('p1_worker');
    const list = (await a.get('/api/me/sessions')).body.items;
    const idOf = (agent) => list.find((x) => x.user_agent === agent).id;
    const foreignId = (await foreign.get('/api/me/sessions')).body.items[0].id;

    assertError(await a.delete(`/api/me/sessions/${idOf('Chrome 131 · Android')}`, { csrf: false }), 403, 'csrf_invalid');
    assert.equal((await b.get('/api/session')).status, 200, 'a refused request ends nothing');
    const ended = await a.delete(`/api/me/sessions/${idOf('Chrome 131 · Android')}`);
    assert.equal(ended.status, 204, ended.text);
    assert.equal(ended.headers.getSetCookie().length, 0, 'ending another session leaves this cookie alone');
    assertError(await b.get('/api/session'), 401, 'unauthorized');
    assert.equal((await a.get('/api/session')).status, 200);
    assert.equal((await c.get('/api/session')).status, 200);
    assert.equal((await a.get('/api/me/sessions')).body.items.length, 2);

    const again = await a.delete(`/api/me/sessions/${idOf('Chrome 131 · Android')}`);
    assertError(again, 404, 'not_found');
    assert.equal(again.body.error.message, 'Relace nebyla nalezena (možná už skončila).');
    assertError(await a.delete('/api/me/sessions/999999999'), 404, 'not_found');
    assertError(await a.delete('/api/me/sessions/abc'), 404, 'not_found');
    // Another user's session: 404 as for a missing one, and it stays.
    const notMine = await a.delete(`/api/me/sessions/${foreignId}`);
    assertError(notMine, 404, 'not_found');
    assert.equal(notMine.body.error.message, again.body.error.message);
    assert.equal((await foreign.get('/api/session')).status, 200, 'the other user’s session was not ended');
    assert.equal(server.db.scalar(`SELECT COUNT(*) FROM sessions WHERE id = ${foreignId}`), 1);

    // Ending the current session logs out: the cookie is cleared.
    const self = await c.delete(`/api/me/sessions/${(await c.get('/api/me/sessions')).body.items.find((x) => x.current).id}`);
    assert.equal(self.status, 204, self.text);
    const cleared = self.headers.getSetCookie().find((x) => x.startsWith('kvalis_session='));
    assert.ok(cleared && /Max-Age=0/.test(cleared), `cookie cleared: ${cleared}`);
    assertError(await c.get('/api/session'), 401, 'unauthorized');
    assert.equal((await a.get('/api/session')).status, 200);

    const entries = (await auditOf('session.end')).filter((e) => e.user_login === 'ses_end');
    assert.equal(entries.length, 2, 'each ended session once; the refused ones not');
    assert.deepEqual(entries.map((e) => e.entity).sort(), ['session', 'session']);
    assert.ok(entries.some((e) => e.entity_id === String(idOf('Chrome 131 · Android'))));
    assert.ok(entries.some((e) => /logged out/.test(e.detail)));
  });

  test('ending every other session: the current one stays; logged with the count', async () => {
    await createUser('ses_others', { language: 'en' });
    const here = await session('ses_others');
    const others = [await session('ses_others'), await session('ses_others', FIREFOX)];
    const p1 = await session('p1_worker');
    const r = await here.post('/api/me/sessions/end-others');
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body, { ended: 2 });
    for (const o of others) assertError(await o.get('/api/session'), 401, 'unauthorized');
    assert.equal((await here.get('/api/session')).status, 200);
    assert.equal((await p1.get('/api/session')).status, 200, 'another user’s sessions stay');
    assert.deepEqual((await here.get('/api/me/sessions')).body.items.map((x) => x.current), [true]);
    assert.deepEqual((await here.post('/api/me/sessions/end-others')).body, { ended: 0 });
    const missing = await here.delete('/api/me/sessions/999999999');
    assert.equal(missing.body.error.message, 'Session not found (it may have ended already).', 'in the user’s language');
    const entries = (await auditOf('session.end_others')).filter((e) => e.user_login === 'ses_others');
    assert.deepEqual(entries.map((e) => e.detail), ['sessions ended: 0', 'sessions ended: 2']);
  });
});

describe('sessions end when rights change (ASVS 3.2.1, 3.3)', () => {
  test('an administrator changes a user’s roles: the old tokens get 401, a new login works with the new roles', async () => {
    const id = await createUser('ses_roles');
    const s1 = await session('ses_roles');
    const s2 = await session('ses_roles', FIREFOX);
    const p1admin = await world.as('p1_admin');
    const r = await p1admin.put(`/api/users/${id}/memberships`, { memberships: [{ organisation_id: world.orgs.p1, role: 'manager' }] });
    assert.equal(r.status, 200, r.text);
    for (const s of [s1, s2]) {
      assertError(await s.get('/api/session'), 401, 'unauthorized');
      assertError(await s.patch('/api/me', { language: 'en' }), 401, 'unauthorized');
    }
    assert.equal(server.db.scalar(`SELECT COUNT(*) FROM sessions WHERE user_id = ${id}`), 0);
    const fresh = await session('ses_roles');
    assert.notEqual(tokenOf(fresh), tokenOf(s1));
    const me = (await fresh.get('/api/session')).body.user;
    assert.deepEqual(me.memberships.map((m) => m.role), ['manager']);
    assert.equal((await p1admin.get('/api/session')).status, 200, 'the administrator’s own session stays');
    const [entry] = (await auditOf('session.revoke')).filter((e) => e.entity_id === String(id));
    assert.equal(entry.user_login, 'p1_admin', 'logged as done by the administrator');
    assert.equal(entry.entity, 'user');
    assert.equal(entry.detail, 'memberships changed; sessions ended: 2');
  });

  test('deactivation ends every session; logged as session.revoke', async () => {
    const id = await createUser('ses_gone');
    const s = await session('ses_gone');
    const r = await admin.patch(`/api/users/${id}`, { active: false });
    assert.equal(r.status, 200, r.text);
    assertError(await s.get('/api/session'), 401, 'unauthorized');
    const [entry] = (await auditOf('session.revoke')).filter((e) => e.entity_id === String(id));
    assert.equal(entry.detail, 'deactivated; sessions ended: 1');
    assert.equal((await admin.patch(`/api/users/${id}`, { active: true })).status, 200);
    assertError(await s.get('/api/session'), 401, 'unauthorized', undefined);
  });

  test('a display-name change is no change of rights: the sessions stay', async () => {
    const id = await createUser('ses_named');
    const s = await session('ses_named');
    assert.equal((await admin.patch(`/api/users/${id}`, { display_name: 'Jiné jméno' })).status, 200);
    assert.equal((await s.get('/api/session')).status, 200);
  });

  test('own password change: the other sessions end, this one goes on under a new token; logged', async () => {
    await createUser('ses_pw', { language: 'en' });
    const here = await session('ses_pw');
    const there = await session('ses_pw', FIREFOX);
    const idBefore = (await here.get('/api/me/sessions')).body.items.find((x) => x.current).id;
    const short = await here.post('/api/me/password', { current_password: PASSWORD, new_password: '12345678901' });
    assertError(short, 400, 'invalid_input', 'new_password');
    assert.equal(short.body.error.message, 'The password must have at least 12 characters.');
    const oldToken = tokenOf(here);
    const r = await here.post('/api/me/password', { current_password: PASSWORD, new_password: 'nové heslo 🔑 2026' });
    assert.equal(r.status, 200, r.text);
    here.adoptSession(r);
    assert.notEqual(tokenOf(here), oldToken);
    const list = (await here.get('/api/me/sessions')).body.items;
    assert.deepEqual(list.map((x) => [x.id, x.current]), [[idBefore, true]], 'the same session, renewed; the other ended');
    assertError(await there.get('/api/session'), 401, 'unauthorized');
    const stale = server.client({ cookie: `kvalis_session=${oldToken}` });
    assertError(await stale.get('/api/session'), 401, 'unauthorized');
    const [entry] = (await auditOf('password.change')).filter((e) => e.user_login === 'ses_pw');
    assert.equal(entry.detail, 'other sessions ended: 1; session token renewed');
    assertError(await server.client().post('/api/session', { login: 'ses_pw', password: PASSWORD }), 401, 'invalid_credentials');
    const relogin = server.client();
    await relogin.login('ses_pw', 'nové heslo 🔑 2026');
  });

  test('every login gets a new token, whatever cookie the client sent (ASVS 3.2.1)', async () => {
    await createUser('ses_login');
    const planted = 'kvalis_session=planted-by-someone-else';
    const c = server.client({ cookie: planted });
    const r = await c.request('POST', '/api/session', { json: { login: 'ses_login', password: PASSWORD }, csrf: false });
    assert.equal(r.status, 200, r.text);
    c.adoptSession(r);
    assert.notEqual(c.cookie, planted);
    const tokens = new Set([tokenOf(c)]);
    for (let i = 0; i < 3; i++) tokens.add(tokenOf(await session('ses_login')));
    assert.equal(tokens.size, 4);
    assert.equal((await c.get('/api/me/sessions')).body.items.length, 4, 'earlier sessions stay until they end');
  });
});
