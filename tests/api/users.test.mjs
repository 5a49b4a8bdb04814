// User administration, own password and language.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { ADMIN_PASSWORD, KvalisServer, PASSWORD, kvalisCli, setupTenants } from './lib/harness.mjs';

let server;
let world;
let admin;
before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, { users: ['p1_admin', 'p1_worker', 'p2_admin', 'p2_worker'], services: false });
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

const newUser = (login, extra = {}) => ({
  login,
  display_name: `Uživatel ${login}`,
  email: `${login}@example.cz`,
  password: PASSWORD,
  language: 'cs',
  memberships: [{ organisation_id: world.orgs.p1, role: 'worker' }],
  ...extra,
});

async function userByLogin(login) {
  const r = await admin.get(`/api/users?q=${encodeURIComponent(login)}&page_size=200`);
  assert.equal(r.status, 200);
  return r.body.items.find((u) => u.login === login);
}

describe('users', () => {
  test('create → 201 with the user; the new user can log in with the given role', async () => {
    const r = await admin.post('/api/users', newUser('nova', { display_name: 'Nová Uživatelka', language: 'en', memberships: [{ organisation_id: world.orgs.p1, role: 'manager' }] }));
    assert.equal(r.status, 201, r.text);
    const u = r.body;
    assert.equal(typeof u.id, 'number');
    assert.deepEqual({ ...u, id: 0 }, {
      id: 0,
      login: 'nova',
      display_name: 'Nová Uživatelka',
      email: 'nova@example.cz',
      active: true,
      language: 'en',
      platform_admin: false,
      memberships: [{ organisation_id: world.orgs.p1, organisation_name: 'Charita Hradec Králové', organisation_type: 'provider', role: 'manager' }],
      last_login_at: null,
    });
    assert.ok(!/password|hash/.test(r.text));
    const c = server.client();
    const login = await c.login('nova');
    assert.equal(login.body.user.language, 'en');
    assert.ok(login.body.user.permissions.includes('services.read'));
    assert.ok(!login.body.user.permissions.includes('users.manage'));
    const listed = await userByLogin('nova');
    assert.match(listed.last_login_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  test('an organisation admin creates users in its organisation; memberships are required for them', async () => {
    const c = await world.as('p1_admin');
    const r = await c.post('/api/users', newUser('p1_created'));
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(r.body.memberships.map((m) => [m.organisation_id, m.role]), [[world.orgs.p1, 'worker']]);
    assertError(await c.post('/api/users', newUser('p1_nobody', { memberships: [] })), 400, 'invalid_input', 'memberships');
    const platform = await admin.post('/api/users', newUser('no_roles', { memberships: [] }));
    assert.equal(platform.status, 201, 'the platform admin may create a user without roles');
  });

  test('duplicate login → 409 conflict naming login', async () => {
    const before = (await admin.get('/api/users')).body.total;
    const r = await admin.post('/api/users', newUser('p1_worker'));
    assertError(r, 409, 'conflict', 'login');
    assert.equal((await admin.get('/api/users')).body.total, before);
  });

  test('invalid logins, short passwords, bad roles, bad e-mail → 400 naming the field', async () => {
    for (const login of ['ab', 'a b', 'Velka', 'žluť', 'x'.repeat(65), '', 'semi;colon'])
      assertError(await admin.post('/api/users', newUser(login)), 400, 'invalid_input', 'login');
    const short = await admin.post('/api/users', newUser('short_pw', { password: 'kratke' }));
    assertError(short, 400, 'invalid_input', 'password');
    assert.equal(short.body.error.message, 'Heslo musí mít alespoň 12 znaků.');
    assertError(await admin.post('/api/users', newUser('short_pw', { password: '12345678901' })), 400, 'invalid_input', 'password');
    const long = await admin.post('/api/users', newUser('long_pw', { password: 'x'.repeat(129) }));
    assertError(long, 400, 'invalid_input', 'password');
    assert.match(long.body.error.message, /128/);
    const unicode = await admin.post('/api/users', newUser('unicode_pw', { password: 'ž'.repeat(12) }));
    assert.equal(unicode.status, 201, 'twelve characters are enough even when they are 24 bytes');
    const longest = await admin.post('/api/users', newUser('long_ok_pw', { password: '🔑 heslo '.repeat(16) }));
    assert.equal(longest.status, 201, `128 characters of any Unicode, spaces and emoji too: ${longest.text}`);
    await server.client().login('long_ok_pw', '🔑 heslo '.repeat(16));
    assertError(await admin.post('/api/users', newUser('bad_role', { memberships: [{ organisation_id: world.orgs.p1, role: 'superuser' }] })), 400, 'invalid_input', 'memberships[0].role');
    assertError(await admin.post('/api/users', newUser('bad_org', { memberships: [{ organisation_id: 987654, role: 'worker' }] })), 400, 'invalid_input', 'memberships[0].organisation_id');
    assertError(await admin.post('/api/users', newUser('bad_mail', { email: 'no-at-sign' })), 400, 'invalid_input', 'email');
    assertError(await admin.post('/api/users', newUser('bad_name', { display_name: '' })), 400, 'invalid_input', 'display_name');
    assertError(await admin.post('/api/users', newUser('bad_lang', { language: 'de' })), 400, 'invalid_input', 'language');
    assert.equal(await userByLogin('short_pw'), undefined);
    assert.equal(await userByLogin('bad_role'), undefined);
  });

  test('patch a user', async () => {
    const id = world.users.p1_worker.id;
    const r = await admin.patch(`/api/users/${id}`, { display_name: 'Pracovník Jedna', email: 'jedna@example.cz', language: 'en' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.display_name, 'Pracovník Jedna');
    assert.equal(r.body.email, 'jedna@example.cz');
    assert.equal(r.body.language, 'en');
    assert.equal(r.body.active, true);
    const same = await admin.patch(`/api/users/${id}`, {});
    assert.equal(same.status, 200);
    assert.equal(same.body.display_name, 'Pracovník Jedna', 'absent fields are kept');
    assertError(await admin.patch(`/api/users/${id}`, { email: 'bad' }), 400, 'invalid_input', 'email');
    assertError(await admin.patch(`/api/users/${id}`, { display_name: '' }), 400, 'invalid_input', 'display_name');
    assertError(await admin.patch(`/api/users/${id}`, { login: 'renamed' }), 400, 'invalid_input', 'login');
    assertError(await admin.patch('/api/users/987654', { display_name: 'X' }), 404, 'not_found');
    assertError(await admin.patch('/api/users/abc', { display_name: 'X' }), 404, 'not_found');
    const back = await admin.patch(`/api/users/${id}`, { display_name: 'p1 worker', language: 'cs' });
    assert.equal(back.status, 200);
  });

  test('an organisation admin cannot edit users of another organisation', async () => {
    const c = await world.as('p1_admin');
    assertError(await c.patch(`/api/users/${world.users.p2_worker.id}`, { display_name: 'X' }), 404, 'not_found');
    assertError(await c.patch(`/api/users/${world.users.admin.id}`, { active: false }), 404, 'not_found');
    assertError(await c.put(`/api/users/${world.users.p2_worker.id}/memberships`, { memberships: [] }), 404, 'not_found');
    const p2w = await userByLogin('p2_worker');
    assert.equal(p2w.display_name, 'p2 worker');
    assert.equal(p2w.memberships.length, 1);
  });

  test('deactivate: the user’s sessions stop working and they cannot log in; reactivate restores', async () => {
    const created = await admin.post('/api/users', newUser('leaving'));
    assert.equal(created.status, 201);
    const id = created.body.id;
    const s1 = await world.as('leaving', { fresh: true });
    const s2 = await world.as('leaving', { fresh: true });
    assert.equal((await s1.get('/api/session')).status, 200);

    const c = await world.as('p1_admin');
    const r = await c.patch(`/api/users/${id}`, { active: false });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.active, false);
    for (const s of [s1, s2]) {
      assertError(await s.get('/api/session'), 401, 'unauthorized');
      assertError(await s.get('/api/services'), 401, 'unauthorized');
    }
    const login = await server.client().post('/api/session', { login: 'leaving', password: PASSWORD });
    assertError(login, 401, 'invalid_credentials');
    assert.equal((await userByLogin('leaving')).active, false);

    assert.equal((await c.patch(`/api/users/${id}`, { active: true })).status, 200);
    await server.client().login('leaving');
  });

  test('nobody deactivates their own account (they would be locked out with nobody to undo it)', async () => {
    const c = await world.as('p1_admin');
    const me = (await c.get('/api/session')).body.user;
    const r = await c.patch(`/api/users/${me.id}`, { active: false });
    assertError(r, 400, 'invalid_input', 'active');
    assert.match(r.body.error.message, /vlastní účet/);
    assert.equal((await userByLogin(me.login)).active, true);
    assert.equal((await c.get('/api/session')).status, 200);
    // Other changes of one's own account still go through.
    assert.equal((await c.patch(`/api/users/${me.id}`, { active: true })).status, 200);
  });

  test('memberships replace: the user’s sessions end (ASVS 3.3); a new login has the new roles', async () => {
    const created = await admin.post('/api/users', newUser('promoted'));
    const id = created.body.id;
    const s = await world.as('promoted', { fresh: true });
    const s2 = await world.as('promoted', { fresh: true });
    assertError(await s.get('/api/users'), 403, 'forbidden');

    const up = await admin.put(`/api/users/${id}/memberships`, { memberships: [{ organisation_id: world.orgs.p1, role: 'admin' }] });
    assert.equal(up.status, 200, up.text);
    assert.deepEqual(up.body.memberships.map((m) => [m.organisation_id, m.role]), [[world.orgs.p1, 'admin']]);
    for (const old of [s, s2]) {
      assertError(await old.get('/api/session'), 401, 'unauthorized');
      assertError(await old.get('/api/users'), 401, 'unauthorized');
    }
    const fresh = await world.as('promoted', { fresh: true });
    assert.notEqual(fresh.cookie, s.cookie, 'a new login gets a new token');
    assert.equal((await fresh.get('/api/users')).status, 200, 'the new role holds in the new session');
    assert.ok((await fresh.get('/api/session')).body.user.permissions.includes('users.manage'));

    const down = await admin.put(`/api/users/${id}/memberships`, {
      memberships: [{ organisation_id: world.orgs.p1, role: 'readonly' }, { organisation_id: world.orgs.p1, role: 'readonly' }],
    });
    assert.equal(down.status, 200, down.text);
    assert.deepEqual(down.body.memberships.map((m) => m.role), ['readonly'], 'duplicates collapse');
    assertError(await fresh.get('/api/users'), 401, 'unauthorized');
    const reader = await world.as('promoted', { fresh: true });
    assertError(await reader.get('/api/users'), 403, 'forbidden');

    const same = await admin.put(`/api/users/${id}/memberships`, { memberships: [{ organisation_id: world.orgs.p1, role: 'readonly' }] });
    assert.equal(same.status, 200);
    assert.equal((await reader.get('/api/session')).status, 200, 'the same roles again change no rights: the session stays');

    const none = await admin.put(`/api/users/${id}/memberships`, { memberships: [] });
    assert.equal(none.status, 200);
    assert.deepEqual(none.body.memberships, []);
    const bare = await world.as('promoted', { fresh: true });
    assertError(await bare.get('/api/services'), 403, 'forbidden', null);
    assert.deepEqual((await bare.get('/api/session')).body.user.permissions, ['authenticated'], 'no roles: only authenticated');
    assertError(await admin.put(`/api/users/${id}/memberships`, { memberships: [{ organisation_id: world.orgs.p1, role: 'boss' }] }), 400, 'invalid_input', 'memberships[0].role');
    assert.equal((await bare.get('/api/session')).status, 200, 'a refused change ends nothing');
  });

  test('PUT memberships without the memberships field → 400 (the schema marks it required), roles untouched', async () => {
    const created = await admin.post('/api/users', newUser('keeps_roles'));
    const r = await admin.put(`/api/users/${created.body.id}/memberships`, {});
    const roles = (await userByLogin('keeps_roles')).memberships.map((m) => m.role);
    assertError(r, 400, 'invalid_input', 'memberships');
    assert.deepEqual(roles, ['worker'], 'an empty body must not remove every role');
  });

  test('an organisation admin replacing roles keeps the user’s roles elsewhere', async () => {
    const created = await admin.post('/api/users', newUser('dual', {
      memberships: [{ organisation_id: world.orgs.p1, role: 'worker' }, { organisation_id: world.orgs.p2, role: 'worker' }],
    }));
    assert.equal(created.status, 201, created.text);
    const c = await world.as('p1_admin');
    const r = await c.put(`/api/users/${created.body.id}/memberships`, { memberships: [{ organisation_id: world.orgs.p1, role: 'manager' }] });
    assert.equal(r.status, 200, r.text);
    const roles = r.body.memberships.map((m) => [m.organisation_id, m.role]).sort((a, b) => a[0] - b[0]);
    assert.deepEqual(roles, [[world.orgs.p1, 'manager'], [world.orgs.p2, 'worker']]);
  });

  test('an organisation admin cannot deactivate or re-role a platform administrator who is also a member', async () => {
    kvalisCli(['user', 'add', 'root2', '--password', ADMIN_PASSWORD, '--platform-admin', '--org', String(world.orgs.p1), '--role', 'readonly', '--db', server.db.url]);
    const root2 = server.client();
    await root2.login('root2', ADMIN_PASSWORD);
    const id = root2.user.id;
    assert.equal(root2.user.platform_admin, true);
    const c = await world.as('p1_admin');
    const deactivate = await c.patch(`/api/users/${id}`, { active: false });
    const reRole = await c.put(`/api/users/${id}/memberships`, { memberships: [] });
    const alive = await root2.get('/api/session');
    try {
      assert.ok([403, 404].includes(deactivate.status), `deactivating the platform admin: ${deactivate.status} ${deactivate.text}`);
      assert.ok([403, 404].includes(reRole.status), `re-roling the platform admin: ${reRole.status} ${reRole.text}`);
      assert.equal(alive.status, 200, 'the platform admin is still logged in');
    } finally {
      await admin.patch(`/api/users/${id}`, { active: true });
    }
  });

  test('change own password', async () => {
    await admin.post('/api/users', newUser('pw_changer'));
    const c = await world.as('pw_changer', { fresh: true });
    const other = await world.as('pw_changer', { fresh: true });
    assertError(await c.post('/api/me/password', { current_password: 'spatne-heslo-1', new_password: 'nove-heslo-2026' }), 400, 'invalid_input', 'current_password');
    assertError(await c.post('/api/me/password', { current_password: PASSWORD, new_password: 'kratke' }), 400, 'invalid_input', 'new_password');
    assertError(await c.post('/api/me/password', { current_password: PASSWORD }), 400, 'invalid_input', 'new_password');
    assertError(await c.post('/api/me/password', { current_password: PASSWORD, new_password: '12345678901' }), 400, 'invalid_input', 'new_password');
    assertError(await c.post('/api/me/password', { current_password: PASSWORD, new_password: 'x'.repeat(129) }), 400, 'invalid_input', 'new_password');
    assertError(await c.post('/api/me/password', { current_password: PASSWORD, new_password: 'nove-heslo-2026' }, { csrf: false }), 403, 'csrf_invalid');
    const oldCookie = c.cookie;
    const oldCsrf = c.csrf;
    const ok = await c.post('/api/me/password', { current_password: PASSWORD, new_password: 'nove-heslo-2026' });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.user.login, 'pw_changer');
    assert.ok(ok.body.csrf_token && ok.body.csrf_token !== oldCsrf, 'a new CSRF token');
    const cookie = ok.headers.getSetCookie().find((x) => x.startsWith('kvalis_session='));
    assert.match(cookie, /HttpOnly/);
    c.adoptSession(ok);
    assert.notEqual(c.cookie, oldCookie, 'this session goes on under a new token');
    assert.equal((await c.get('/api/session')).status, 200, 'this session stays');
    assert.equal((await c.patch('/api/me', { display_name: 'Měnič hesla' })).status, 200, 'with the new CSRF token');
    const stale = server.client();
    stale.cookie = oldCookie;
    stale.csrf = oldCsrf;
    assertError(await stale.get('/api/session'), 401, 'unauthorized');
    assertError(await other.get('/api/session'), 401, 'unauthorized');
    assertError(await server.client().post('/api/session', { login: 'pw_changer', password: PASSWORD }), 401, 'invalid_credentials');
    await server.client().login('pw_changer', 'nove-heslo-2026');
  });

  test('PATCH /api/me switches the language of error messages', async () => {
    await admin.post('/api/users', newUser('linguist'));
    const c = await world.as('linguist', { fresh: true });
    const cs = await c.get('/api/users');
    assertError(cs, 403, 'forbidden');
    assert.equal(cs.body.error.message, 'K této akci nemáte oprávnění.');

    const r = await c.patch('/api/me', { language: 'en' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.language, 'en');
    assert.equal(r.body.login, 'linguist');
    const en = await c.get('/api/users');
    assert.equal(en.body.error.message, 'You do not have permission for this action.');
    const enDespiteHeader = await c.get('/api/users', { headers: { 'Accept-Language': 'cs' } });
    assert.equal(enDespiteHeader.body.error.message, 'You do not have permission for this action.', 'the user’s language wins');
    assert.equal((await c.get('/api/session')).body.user.language, 'en');
    const bad = await c.patch('/api/me', { language: 'de' });
    assertError(bad, 400, 'invalid_input', 'language');
    assert.match(bad.body.error.message, /language/);

    const name = await c.patch('/api/me', { display_name: 'Lingvista' });
    assert.equal(name.body.display_name, 'Lingvista');
    assert.equal(name.body.language, 'en', 'absent language is kept');
    assertError(await c.patch('/api/me', { display_name: '' }), 400, 'invalid_input', 'display_name');
    assertError(await c.patch('/api/me', { platform_admin: true }), 400, 'invalid_input', 'platform_admin');

    assert.equal((await c.patch('/api/me', { language: 'cs' })).status, 200);
    assert.equal((await c.get('/api/users')).body.error.message, 'K této akci nemáte oprávnění.');
    // A fresh login gets the stored language.
    await c.patch('/api/me', { language: 'en' });
    const again = await server.client().login('linguist');
    assert.equal(again.body.user.language, 'en');
  });

  test('users list: search and paging', async () => {
    const all = await admin.get('/api/users?page_size=200');
    assert.equal(all.status, 200);
    assert.equal(all.body.items.length, all.body.total);
    const logins = all.body.items.map((u) => u.login);
    assert.ok(logins.includes('admin') && logins.includes('p2_worker'));
    const page = await admin.get('/api/users?page_size=2&page=2');
    assert.equal(page.body.items.length, 2);
    assert.equal(page.body.page, 2);
    assert.deepEqual(page.body.items.map((u) => u.login), logins.slice(2, 4));
    const q = await admin.get(`/api/users?q=${encodeURIComponent('Nová')}`);
    assert.deepEqual(q.body.items.map((u) => u.login), ['nova']);
    const mail = await admin.get('/api/users?q=p2_worker@example');
    assert.deepEqual(mail.body.items.map((u) => u.login), ['p2_worker']);
    const adminRow = all.body.items.find((u) => u.login === 'admin');
    assert.equal(adminRow.platform_admin, true);
  });
});
