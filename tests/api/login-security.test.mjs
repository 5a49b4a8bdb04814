// Login throttling per account and client address (a wrong password from one address never locks the owner out
// elsewhere), an atomic count under concurrent wrong logins, X-Forwarded-For only from a trusted proxy, and 415
// for a JSON route called with another Content-Type (a login CSRF through a plain HTML form).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, REPO_ROOT, setupTenants } from './lib/harness.mjs';

let proxied;  // kvalis serve --trusted-proxy 127.0.0.1: the tests play the proxy and name clients in X-Forwarded-For
let direct;   // kvalis serve without trusted proxies
let world;
let directWorld;
before(async () => {
  proxied = await KvalisServer.start({ serveArgs: ['--trusted-proxy', '127.0.0.1'] });
  world = await setupTenants(proxied, { users: ['p1_worker', 'p1_manager', 'p1_readonly', 'p1_admin'], services: false });
  direct = await KvalisServer.start();
  directWorld = await setupTenants(direct, { users: ['p1_worker'], services: false });
});
after(async () => {
  await proxied?.stop();
  await direct?.stop();
});

function login(server, user, password, { from, contentType = 'application/json', body } = {}) {
  const headers = { 'Content-Type': contentType };
  if (contentType === null) delete headers['Content-Type'];
  if (from) headers['X-Forwarded-For'] = from;
  return server.client().request('POST', '/api/session', { body: body ?? JSON.stringify({ login: user, password }), headers, csrf: false });
}

const counter = (server, scope, user, ip) =>
  server.db.scalar(`SELECT failures FROM login_throttle WHERE scope = '${scope}' AND login = '${user}' AND ip = '${ip}'`);

describe('login throttling', () => {
  test('wrong passwords from one address do not block the right password from another address', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await login(proxied, 'p1_worker', `spatne-heslo-${i}`, { from: '203.0.113.5' });
      assert.equal(r.status, 401, r.text);
    }
    const blocked = await login(proxied, 'p1_worker', 'spatne-heslo-6', { from: '203.0.113.5' });
    assert.equal(blocked.status, 429, blocked.text);
    assert.equal(blocked.body.error.code, 'too_many_requests');
    const retry = Number(blocked.headers.get('retry-after'));
    assert.ok(Number.isInteger(retry) && retry >= 1 && retry <= 30, `Retry-After ${blocked.headers.get('retry-after')}`);
    // The attacker's address waits even with the right password (no oracle) ...
    assert.equal((await login(proxied, 'p1_worker', PASSWORD, { from: '203.0.113.5' })).status, 429);
    // ... the owner elsewhere logs in.
    const owner = await login(proxied, 'p1_worker', PASSWORD, { from: '198.51.100.7' });
    assert.equal(owner.status, 200, owner.text);
    assert.equal(owner.body.user.login, 'p1_worker');
    // The failures are recorded with the address the proxy named.
    const ips = proxied.db.query("SELECT ip FROM audit_log WHERE action = 'login_failed' AND detail = 'login: p1_worker'").map((r) => r.ip);
    assert.deepEqual([...new Set(ips)], ['203.0.113.5']);
  });

  test('25 concurrent wrong logins get 5 password checks; the other 20 are throttled', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => login(proxied, 'p1_manager', `spatne-heslo-${i}`, { from: '203.0.113.20' })),
    );
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 401).length, 5, `statuses ${statuses}`);
    assert.equal(statuses.filter((s) => s === 429).length, 20, `statuses ${statuses}`);
    assert.equal(counter(proxied, 'pair', 'p1_manager', '203.0.113.20'), 5);
    assert.equal(
      proxied.db.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed' AND detail = 'login: p1_manager'"),
      5,
      'five passwords were checked',
    );
    assert.equal((await login(proxied, 'p1_manager', PASSWORD, { from: '198.51.100.20' })).status, 200);
  });

  test('a guess spread over many addresses slows the addresses that failed, never the owner at a clean one', async () => {
    // Eleven addresses, one wrong password each: the account is past its limit of ten.
    for (let i = 1; i <= 11; i++) assert.equal((await login(proxied, 'p1_readonly', 'spatne-heslo', { from: `192.0.2.${i}` })).status, 401);
    assert.equal(counter(proxied, 'account', 'p1_readonly', ''), 11);
    const again = await login(proxied, 'p1_readonly', 'spatne-heslo-2', { from: '192.0.2.1' });
    assert.equal(again.status, 429, 'an address that already failed waits for the account');
    assert.ok(Number(again.headers.get('retry-after')) >= 1);
    assert.equal((await login(proxied, 'p1_readonly', PASSWORD, { from: '192.0.2.1' })).status, 429);
    const owner = await login(proxied, 'p1_readonly', PASSWORD, { from: '198.51.100.30' });
    assert.equal(owner.status, 200, owner.text);
  });

  test('X-Forwarded-For: the nearest hop that is not a trusted proxy; ignored when the peer is not trusted', async () => {
    // Behind the proxy the client may prepend anything; only the hop the proxy appended counts.
    for (let i = 0; i < 5; i++)
      assert.equal((await login(proxied, 'p1_admin', 'spatne-heslo', { from: `10.9.9.${i}, 203.0.113.40` })).status, 401);
    assert.equal((await login(proxied, 'p1_admin', PASSWORD, { from: '1.2.3.4, 203.0.113.40' })).status, 429);
    assert.equal((await login(proxied, 'p1_admin', PASSWORD, { from: '203.0.113.40, 203.0.113.41' })).status, 200);
    assert.equal(counter(proxied, 'pair', 'p1_admin', '203.0.113.40'), 5);

    // Without --trusted-proxy the header changes nothing: all five failures are the connection's address.
    for (let i = 0; i < 5; i++)
      assert.equal((await login(direct, 'p1_worker', 'spatne-heslo', { from: `203.0.113.${50 + i}` })).status, 401);
    const spoofed = await login(direct, 'p1_worker', PASSWORD, { from: '198.51.100.99' });
    assert.equal(spoofed.status, 429, spoofed.text);
    assert.equal(counter(direct, 'pair', 'p1_worker', '127.0.0.1'), 5);
    const ips = direct.db.query("SELECT DISTINCT ip FROM audit_log WHERE action = 'login_failed'").map((r) => r.ip);
    assert.deepEqual(ips, ['127.0.0.1']);
    assert.ok(directWorld.users.p1_worker.id > 0);
  });

  test('kvalis serve documents --trusted-proxy and refuses a malformed one', async () => {
    const { spawnSync } = await import('node:child_process');
    const help = spawnSync(process.env.KVALIS_BIN ? path.resolve(process.env.KVALIS_BIN) : path.join(REPO_ROOT, 'build/kvalis'), ['serve', '--help'], { encoding: 'utf8' });
    assert.match(help.stdout, /--trusted-proxy ADDRESS\|CIDR/);
    const bad = spawnSync(process.env.KVALIS_BIN ? path.resolve(process.env.KVALIS_BIN) : path.join(REPO_ROOT, 'build/kvalis'),
      ['serve', '--db', ':memory:', '--trusted-proxy', '10.0.0.0/33'], { encoding: 'utf8', timeout: 10000 });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--trusted-proxy/);
    assert.match(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'), /--trusted-proxy/);
  });
});

describe('JSON routes take only application/json', () => {
  test('login with text/plain, a form or no Content-Type is 415 and logs nobody in', async () => {
    const body = JSON.stringify({ login: 'p1_worker', password: PASSWORD });
    for (const contentType of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null, 'application/json; charset=latin1', 'application/jsonx']) {
      const r = await login(proxied, 'p1_worker', PASSWORD, { contentType, body, from: '198.51.100.60' });
      assert.equal(r.status, 415, `${contentType}: ${r.text}`);
      assert.equal(r.body.error.code, 'unsupported_media_type');
      assert.match(r.body.error.message, /application\/json/);
      assert.equal(r.headers.getSetCookie().filter((c) => c.startsWith('kvalis_session=')).length, 0);
    }
    for (const contentType of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"']) {
      const r = await login(proxied, 'p1_worker', PASSWORD, { contentType, body, from: '198.51.100.60' });
      assert.equal(r.status, 200, `${contentType}: ${r.text}`);
    }
  });

  test('other JSON routes answer 415 and change nothing; uploads keep their own types', async () => {
    const admin = world.admin;
    const users = proxied.db.scalar('SELECT COUNT(*) FROM users');
    const userBody = JSON.stringify({ login: 'novy_uzivatel', display_name: 'Nový', password: PASSWORD, language: 'cs', memberships: [] });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', null]) {
      const headers = contentType ? { 'Content-Type': contentType } : {};
      const created = await admin.request('POST', '/api/users', { body: userBody, headers });
      assert.equal(created.status, 415, created.text);
      const me = await admin.request('PATCH', '/api/me', { body: JSON.stringify({ display_name: 'Změněno' }), headers });
      assert.equal(me.status, 415, me.text);
      assert.equal(me.body.error.code, 'unsupported_media_type');
    }
    assert.equal(proxied.db.scalar('SELECT COUNT(*) FROM users'), users, 'no user was created');
    assert.notEqual((await admin.get('/api/session')).body.user.display_name, 'Změněno');

    // Every route of the contract with a JSON body refuses text/plain (the check is in the routing layer).
    const doc = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'web/openapi.json'), 'utf8'));
    let checked = 0;
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!op.requestBody?.content?.['application/json']) continue;
        const url = p.replace(/\{[^}]+\}/g, '1');
        const r = await admin.request(method.toUpperCase(), url, { body: '{}', headers: { 'Content-Type': 'text/plain' } });
        assert.equal(r.status, 415, `${method} ${p}: ${r.status} ${r.text}`);
        checked++;
      }
    }
    assert.ok(checked >= 40, `routes checked: ${checked}`);

    // A CSV upload is not a JSON route: text/csv reaches its handler (404: no set 999999).
    const upload = await admin.request('POST', '/api/quality/sets/999999/import', { body: 'set,standard\n', headers: { 'Content-Type': 'text/csv' } });
    assert.notEqual(upload.status, 415, upload.text);
  });
});
