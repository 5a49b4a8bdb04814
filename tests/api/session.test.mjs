// Login, the session cookie, CSRF, logout, throttling of failed logins and the language of messages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, setupTenants } from './lib/harness.mjs';

let server;
let world;
before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, { users: ['p1_worker', 'p1_readonly', 'p1_manager'], services: false });
});
after(async () => {
  await server?.stop();
});

const CS_WRONG = 'Nesprávné přihlašovací jméno nebo heslo.';
const EN_WRONG = 'Wrong login or password.';

function assertError(r, status, code, field = null) {
  assert.equal(r.status, status, `status (body ${r.text})`);
  assert.match(r.headers.get('content-type') || '', /^application\/json/);
  assert.ok(r.body?.error, `error body: ${r.text}`);
  assert.equal(r.body.error.code, code);
  assert.equal(r.body.error.field, field);
  assert.equal(typeof r.body.error.message, 'string');
  assert.ok(r.body.error.message.length > 0);
}

describe('session', () => {
  test('login sets an HttpOnly, SameSite=Strict session cookie and returns the CSRF token and user', async () => {
    const c = server.client();
    const r = await c.post('/api/session', { login: 'p1_worker', password: PASSWORD }, { csrf: false });
    assert.equal(r.status, 200);
    const cookies = r.headers.getSetCookie();
    const cookie = cookies.find((x) => x.startsWith('kvalis_session='));
    assert.ok(cookie, `Set-Cookie: ${cookies}`);
    const attrs = cookie.split(';').map((x) => x.trim());
    const token = attrs[0].slice('kvalis_session='.length);
    assert.ok(token.length >= 32, 'a long random token');
    assert.ok(attrs.includes('HttpOnly'), cookie);
    assert.ok(attrs.includes('SameSite=Strict'), cookie);
    assert.ok(attrs.includes('Path=/'), cookie);
    assert.ok(!attrs.includes('Secure'), 'no Secure flag over plain HTTP');
    const maxAge = Number(attrs.find((a) => a.startsWith('Max-Age='))?.split('=')[1]);
    assert.ok(maxAge > 0, cookie);

    const { csrf_token, user } = r.body;
    assert.equal(typeof csrf_token, 'string');
    assert.ok(csrf_token.length >= 32);
    assert.notEqual(csrf_token, token, 'the CSRF token is not the session token');
    assert.equal(user.id, world.users.p1_worker.id);
    assert.equal(user.login, 'p1_worker');
    assert.equal(user.language, 'cs');
    assert.equal(user.platform_admin, false);
    assert.deepEqual(user.memberships, [
      { organisation_id: world.orgs.p1, organisation_name: 'Charita Hradec Králové', organisation_type: 'provider', role: 'worker' },
    ]);
    assert.ok(user.permissions.includes('services.read'));
    assert.ok(user.permissions.includes('organisations.read'));
    assert.ok(!user.permissions.includes('users.manage'));
    assert.ok(!user.permissions.includes('public'));
    assert.ok(!/password|hash/i.test(r.text), 'no password material in the answer');

    c.adoptSession(r);
    const me = await c.get('/api/session');
    assert.equal(me.status, 200);
    assert.equal(me.body.csrf_token, csrf_token);
    assert.equal(me.body.user.login, 'p1_worker');
  });

  test('anonymous and unknown sessions are 401 unauthorized', async () => {
    const anon = await server.client().get('/api/session');
    assertError(anon, 401, 'unauthorized');
    assert.equal(anon.body.error.message, 'Přihlaste se prosím.');
    const forged = await server.client({ cookie: 'kvalis_session=' + 'A'.repeat(43) }).get('/api/session');
    assertError(forged, 401, 'unauthorized');
    const empty = await server.client({ cookie: 'kvalis_session=' }).get('/api/session');
    assertError(empty, 401, 'unauthorized');
  });

  test('wrong password: 401 invalid_credentials in Czech, in English with Accept-Language: en', async () => {
    const cs = await server.client().post('/api/session', { login: 'p1_manager', password: 'nespravne-heslo' });
    assertError(cs, 401, 'invalid_credentials');
    assert.equal(cs.body.error.message, CS_WRONG);
    assert.equal(cs.headers.getSetCookie().filter((x) => x.startsWith('kvalis_session=') && !x.includes('Max-Age=0')).length, 0);

    const en = await server.client({ lang: 'en' }).post('/api/session', { login: 'p1_manager', password: 'nespravne-heslo' });
    assertError(en, 401, 'invalid_credentials');
    assert.equal(en.body.error.message, EN_WRONG);

    const enGb = await server.client({ lang: 'en-GB,en;q=0.9' }).post('/api/session', { login: 'nobody-here', password: 'whatever-long' });
    assertError(enGb, 401, 'invalid_credentials');
    assert.equal(enGb.body.error.message, EN_WRONG, 'an unknown login answers exactly like a wrong password');

    // The right password still works after two failures.
    await server.client().login('p1_manager');
  });

  test('unsafe methods need the session X-CSRF-Token: missing or wrong → 403 csrf_invalid', async () => {
    const c = await world.as('p1_worker', { fresh: true });
    const other = await world.as('p1_worker', { fresh: true });
    assert.notEqual(c.csrf, other.csrf, 'each session has its own CSRF token');

    const missing = await c.patch('/api/me', { display_name: 'Bez tokenu' }, { csrf: false });
    assertError(missing, 403, 'csrf_invalid');
    assert.match(missing.body.error.message, /X-CSRF-Token/);
    const wrong = await c.patch('/api/me', { display_name: 'Špatný token' }, { csrf: 'x'.repeat(c.csrf.length) });
    assertError(wrong, 403, 'csrf_invalid');
    const foreign = await c.patch('/api/me', { display_name: 'Cizí token' }, { csrf: other.csrf });
    assertError(foreign, 403, 'csrf_invalid');
    const empty = await c.patch('/api/me', { display_name: 'Prázdný token' }, { csrf: '' });
    assertError(empty, 403, 'csrf_invalid');
    const logoutNoToken = await c.delete('/api/session', { csrf: false });
    assertError(logoutNoToken, 403, 'csrf_invalid');
    assert.equal((await c.get('/api/session')).status, 200, 'a refused logout leaves the session alive');

    const me = await c.get('/api/session');
    assert.equal(me.body.user.display_name, 'p1 worker', 'nothing was changed by refused requests');
    const ok = await c.patch('/api/me', { display_name: 'p1 worker' });
    assert.equal(ok.status, 200);
  });

  test('logout: 204, cookie cleared, the old cookie no longer works, other sessions stay', async () => {
    const c = await world.as('p1_worker', { fresh: true });
    const other = await world.as('p1_worker', { fresh: true });
    const oldCookie = c.cookie;
    const r = await c.delete('/api/session');
    assert.equal(r.status, 204);
    assert.equal(r.text, '');
    const cleared = r.headers.getSetCookie().find((x) => x.startsWith('kvalis_session='));
    assert.ok(cleared && /Max-Age=0/.test(cleared), `cookie cleared: ${cleared}`);

    const after = await server.client({ cookie: oldCookie }).get('/api/session');
    assertError(after, 401, 'unauthorized');
    const again = await server.client({ cookie: oldCookie, csrf: c.csrf }).delete('/api/session');
    assertError(again, 401, 'unauthorized');
    assert.equal((await other.get('/api/session')).status, 200, 'another session of the same user is untouched');
  });

  test('throttling: after repeated failures 429 with Retry-After, other accounts unaffected', async () => {
    const c = server.client();
    for (let i = 0; i < 5; i++) {
      const r = await c.post('/api/session', { login: 'p1_readonly', password: `spatne-heslo-${i}` });
      assertError(r, 401, 'invalid_credentials');
    }
    const blocked = await c.post('/api/session', { login: 'p1_readonly', password: 'spatne-heslo-6' });
    assertError(blocked, 429, 'too_many_requests');
    const retry = Number(blocked.headers.get('retry-after'));
    assert.ok(Number.isInteger(retry) && retry >= 1 && retry <= 30, `Retry-After ${blocked.headers.get('retry-after')}`);
    assert.match(blocked.body.error.message, /Příliš mnoho neúspěšných pokusů/);
    assert.match(blocked.body.error.message, new RegExp(`${retry}|${retry + 1}|${retry - 1}`));

    // While throttled, even the right password waits (no oracle for guessing).
    const right = await c.post('/api/session', { login: 'p1_readonly', password: PASSWORD });
    assertError(right, 429, 'too_many_requests');
    const en = await server.client({ lang: 'en' }).post('/api/session', { login: 'p1_readonly', password: PASSWORD });
    assertError(en, 429, 'too_many_requests');
    assert.match(en.body.error.message, /[Tt]oo many/);

    // Another account from the same address logs in.
    await server.client().login('p1_manager');
  });
});
