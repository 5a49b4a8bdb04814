// Malformed input: broken JSON, wrong types, unknown and missing fields, oversized bodies, unknown routes
// and methods, bad request targets, slow clients. Afterwards nothing has changed and the server answers.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, rawRequest, setupTenants, sleep } from './lib/harness.mjs';

let server;
let world;
let admin;
let countsBefore;
const counts = () => ({
  users: server.db.scalar('SELECT COUNT(*) FROM users'),
  memberships: server.db.scalar('SELECT COUNT(*) FROM memberships'),
  organisations: server.db.scalar('SELECT COUNT(*) FROM organisations'),
  sessions: server.db.scalar('SELECT COUNT(*) FROM sessions'),
});

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, { users: ['p1_worker'], services: false });
  admin = world.admin;
  countsBefore = counts();
});
after(async () => {
  await server?.stop();
});

function assertInvalid(r, field, what) {
  assert.equal(r.status, 400, `${what}: ${r.status} ${r.text}`);
  assert.equal(r.body?.error?.code, 'invalid_input', what);
  assert.equal(r.body.error.field, field, `${what}: field`);
  assert.ok(r.body.error.message.length > 0);
}

const login = (body, opts) => server.client(opts).request('POST', '/api/session', { body, headers: { 'Content-Type': 'application/json' } });

describe('malformed JSON bodies', () => {
  test('broken JSON → 400 with a JSON error (Czech by default, English on request)', async () => {
    for (const body of ['{"login":', '{login: "a"}', "{'login':'a'}", '{"login":"a",}', 'nul', '{"a":1}x', '']) {
      const r = await login(body);
      assertInvalid(r, null, `body ${JSON.stringify(body)}`);
    }
    const cs = await login('{"login":');
    assert.match(cs.body.error.message, /není platný JSON/);
    const en = await login('{"login":', { lang: 'en' });
    assert.match(en.body.error.message, /JSON/);
    assert.notEqual(en.body.error.message, cs.body.error.message);
  });

  test('not an object → 400', async () => {
    for (const body of ['[]', '"login"', '42', 'null', 'true', '[{"login":"a","password":"b"}]']) {
      const r = await login(body);
      assert.equal(r.status, 400, `${body}: ${r.text}`);
      assert.equal(r.body.error.code, 'invalid_input');
    }
  });

  test('wrong types name the field', async () => {
    assertInvalid(await login(JSON.stringify({ login: 5, password: 'x' })), 'login', 'login: 5');
    assertInvalid(await login(JSON.stringify({ login: ['a'], password: 'x' })), 'login', 'login: array');
    assertInvalid(await login(JSON.stringify({ login: null, password: 'x' })), 'login', 'login: null');
    assertInvalid(await login(JSON.stringify({ login: 'a', password: { p: 1 } })), 'password', 'password: object');
    const typed = await login(JSON.stringify({ login: 5, password: 'x' }));
    assert.match(typed.body.error.message, /login/);
    assert.match(typed.body.error.message, /text/);
  });

  test('unknown and missing fields name the field', async () => {
    assertInvalid(await login(JSON.stringify({ login: 'a', password: 'b', remember: true })), 'remember', 'unknown field');
    assertInvalid(await login(JSON.stringify({ login: 'a' })), 'password', 'missing password');
    assertInvalid(await login(JSON.stringify({ password: 'b' })), 'login', 'missing login');
    assertInvalid(await login('{}'), 'login', 'empty object');
    assertInvalid(await login(JSON.stringify({ login: '', password: 'b' })), 'login', 'empty login');
  });

  test('nested fields of a user body name their path', async () => {
    const base = { login: 'bad_user', display_name: 'Bad', password: PASSWORD };
    const cases = [
      [{ ...base, memberships: 'none' }, 'memberships'],
      [{ ...base, memberships: [5] }, 'memberships[0]'],
      [{ ...base, memberships: [{ organisation_id: '1', role: 'admin' }] }, 'memberships[0].organisation_id'],
      [{ ...base, memberships: [{ organisation_id: 1.5, role: 'admin' }] }, 'memberships[0].organisation_id'],
      [{ ...base, memberships: [{ organisation_id: 1e300, role: 'admin' }] }, 'memberships[0].organisation_id'],
      [{ ...base, memberships: [{ organisation_id: world.orgs.p1 }] }, 'memberships[0].role'],
      [{ ...base, memberships: [{ organisation_id: world.orgs.p1, role: 'admin', extra: 1 }] }, 'memberships[0].extra'],
      [{ ...base, memberships: [{ organisation_id: world.orgs.p1, role: 'owner' }] }, 'memberships[0].role'],
      [{ ...base, memberships: [{ organisation_id: 999999, role: 'admin' }] }, 'memberships[0].organisation_id'],
      [{ ...base, platform_admin: true, memberships: [] }, 'platform_admin'],
      [{ ...base, email: 5, memberships: [] }, 'email'],
      [{ ...base, language: 'de', memberships: [] }, 'language'],
    ];
    for (const [body, field] of cases) assertInvalid(await admin.post('/api/users', body), field, JSON.stringify(body));
    assertInvalid(await admin.patch(`/api/users/${world.users.p1_worker.id}`, { active: 'no' }), 'active', 'active: string');
    assertInvalid(await admin.patch(`/api/users/${world.users.p1_worker.id}`, { active: 0 }), 'active', 'active: 0');
    assertInvalid(await admin.patch(`/api/organisations/${world.orgs.p1}`, { name: 12 }), 'name', 'name: number');
    assertInvalid(await admin.patch(`/api/organisations/${world.orgs.p1}`, { ico: '12345678' }), 'ico', 'bad IČO');
  });

  test('deep nesting and invalid UTF-8 are refused, not crashed on', async () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000);
    const r1 = await admin.request('POST', '/api/users', { body: deep, headers: { 'Content-Type': 'application/json' } });
    assert.ok([400, 413].includes(r1.status), `deep nesting: ${r1.status}`);
    const deepObj = '{"a":'.repeat(40) + '1' + '}'.repeat(40);
    assertInvalid(await login(deepObj), null, 'depth 40');
    const bad = Buffer.concat([Buffer.from('{"login":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('","password":"xxxxxxxxxxxx"}')]);
    const r2 = await server.client().request('POST', '/api/session', { body: bad, headers: { 'Content-Type': 'application/json' } });
    assert.equal(r2.status, 400, `invalid UTF-8: ${r2.text}`);
    const r3 = await login(JSON.stringify({ login: 'a\u0000b', password: 'xxxxxxxxxxxx' }));
    assert.ok([400, 401].includes(r3.status), `NUL in login: ${r3.status}`);
  });
});

describe('sizes, routes and targets', () => {
  test('a body over the route limit → 413 payload_too_large', async () => {
    const big = JSON.stringify({ login: 'a', password: 'x'.repeat(5000) });
    const r = await login(big);
    assert.equal(r.status, 413, r.text.slice(0, 200));
    assert.equal(r.body.error.code, 'payload_too_large');
    assert.match(r.body.error.message, /4096/);
    const users = await admin.request('POST', '/api/users', {
      body: JSON.stringify({ login: 'big_user', display_name: 'x'.repeat(70 * 1024), password: PASSWORD, memberships: [] }),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(users.status, 413);
    assert.equal(users.body.error.code, 'payload_too_large');
  });

  test('a 50 MB body is refused quickly and the server keeps running', async () => {
    const size = 50 * 1024 * 1024;
    const started = Date.now();
    const result = await new Promise((resolve) => {
      const sock = net.connect(server.port, '127.0.0.1');
      let answer = '';
      let sent = 0;
      let finished = false;
      const done = (how) => {
        if (finished) return;
        finished = true;
        sock.destroy();
        resolve({ how, answer, sent, ms: Date.now() - started });
      };
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (sent < size && !finished) {
          sent += chunk.length;
          if (!sock.write(chunk)) return sock.once('drain', pump);
        }
      };
      sock.on('connect', () => {
        sock.write(
          `POST /api/users HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nCookie: ${admin.cookie}\r\n` +
            `X-CSRF-Token: ${admin.csrf}\r\nContent-Length: ${size}\r\n\r\n`,
        );
        pump();
      });
      sock.on('data', (d) => {
        answer += d.toString('latin1');
        if (answer.includes('\r\n\r\n')) setTimeout(() => done('answered'), 50);
      });
      sock.on('error', (e) => done('error:' + e.code));
      sock.on('close', () => done('closed'));
      setTimeout(() => done('timeout'), 10000);
    });
    const info = JSON.stringify({ ...result, answer: result.answer.slice(0, 200) });
    assert.notEqual(result.how, 'timeout', `the server neither answered nor closed within 10 s: ${info}`);
    assert.ok(result.ms < 8000, `refused after ${result.ms} ms: ${info}`);
    assert.ok(result.sent < size, `the server did not wait for all 50 MB: ${info}`);
    if (result.answer) assert.match(result.answer, /^HTTP\/1\.1 4\d\d/, info);
    const health = await server.client().get('/api/health');
    assert.equal(health.status, 200);
  });

  test('a declared Content-Length above 1 MiB is answered 413 JSON (not 400 text)', async () => {
    // The last one is close to 2^63: the body's parser would try to reserve it (tests/fuzz/http_request_fuzz.cpp).
    for (const length of [2 * 1024 * 1024, 50 * 1024 * 1024, '8198552921648689567']) {
      // Only the headers: the server can refuse on the declared length without waiting for the body.
      const r = await rawRequest(
        server.port,
        `POST /api/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`,
        { timeoutMs: 3000 },
      );
      assert.equal(r.status, 413, `Content-Length ${length}: ${r.how} ${r.head.split('\r\n')[0]} ${r.body}`);
      assert.equal(JSON.parse(r.body).error.code, 'payload_too_large', `Content-Length ${length}`);
    }
  });

  test('a chunked body over the limit → 413', async () => {
    const chunk = 'x'.repeat(8192);
    let body = '';
    for (let i = 0; i < 4; i++) body += `${(8192).toString(16)}\r\n${chunk}\r\n`;
    body += '0\r\n\r\n';
    const r = await rawRequest(
      server.port,
      `POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${body}`,
    );
    assert.equal(r.status, 413, r.text.slice(0, 300));
  });

  test('unknown routes → 404 JSON not_found', async () => {
    const c = server.client();
    for (const p of ['/api/nope', '/api/services/1/extra', '/api/users/', '/api/', '/api', '/api/health/x', '/api//health']) {
      const r = await c.get(p);
      assert.equal(r.status, 404, `${p}: ${r.status} ${r.text}`);
      assert.equal(r.body?.error?.code, 'not_found', p);
      assert.match(r.headers.get('content-type'), /application\/json/, p);
    }
    assert.equal((await c.get('/api/nope')).body.error.message, 'Adresa neexistuje.');
  });

  test('an unknown route with a JSON body → 404 (not 413)', async () => {
    const r = await admin.post('/api/nope', { a: 1 });
    assert.equal(r.status, 404, `${r.status} ${r.text}`);
    assert.equal(r.body.error.code, 'not_found');
  });

  test('wrong method → 405 JSON', async () => {
    for (const [m, p] of [['DELETE', '/api/health'], ['PUT', '/api/session'], ['PATCH', '/api/services'], ['DELETE', '/api/users/1'], ['POST', '/api/audit-log']]) {
      const r = await admin.request(m, p);
      assert.equal(r.status, 405, `${m} ${p}: ${r.status} ${r.text}`);
      assert.ok(r.body?.error?.code, `${m} ${p}: JSON error body`);
    }
  });

  test('a 405 names the allowed methods (Allow header, RFC 9110 §15.5.6)', async () => {
    const r = await admin.request('DELETE', '/api/health');
    assert.equal(r.status, 405);
    assert.ok(r.headers.get('allow'), 'Allow header');
    assert.match(r.headers.get('allow'), /GET/);
  });

  test('wrong method with a JSON body → 405 (not 413)', async () => {
    const r = await admin.post('/api/health', { a: 1 });
    assert.equal(r.status, 405, `${r.status} ${r.text}`);
  });

  test('a bad percent-encoded target → 400', async () => {
    for (const target of ['/api/services?q=%ZZ', '/api/%zz', '/api/services?q=%', '/api/services/%G1']) {
      const r = await rawRequest(server.port, `GET ${target} HTTP/1.1\r\nHost: x\r\nCookie: ${admin.cookie}\r\n\r\n`);
      assert.equal(r.status, 400, `${target}: ${r.head}`);
    }
  });

  test('garbage, oversized headers and absolute targets are refused with 4xx', async () => {
    const garbage = await rawRequest(server.port, 'HELLO WORLD\r\n\r\n');
    assert.equal(garbage.status, 400);
    const huge = await rawRequest(server.port, `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`);
    assert.ok(huge.status >= 400 && huge.status < 500, `huge header: ${huge.status}`);
    const lf = await rawRequest(server.port, 'GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.equal(lf.status, 200);
    const absolute = await rawRequest(server.port, 'GET http://evil.example/api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.ok(absolute.status === 400 || absolute.status === 200, `absolute-form: ${absolute.status}`);
    const badCl = await rawRequest(server.port, 'POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n');
    assert.equal(badCl.status, 400);
  });

  test('path traversal outside /api never serves other files', async () => {
    for (const target of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/assets/../../../../etc/passwd', '/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/%2e%2e%5c%2e%2e%5cetc%5cpasswd', '//etc/passwd']) {
      const r = await rawRequest(server.port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      assert.ok(r.status === 404 || r.status === 400 || (r.status === 200 && r.body.includes('Kvalis test')), `${target}: ${r.head}`);
      assert.ok(!r.body.includes('root:'), `${target} served /etc/passwd`);
    }
    const spa = await server.client().get('/services/12');
    assert.equal(spa.status, 200, 'client-side routes get index.html');
    assert.match(spa.text, /Kvalis test/);
  });

  test('a very long query value → 400 naming the parameter', async () => {
    const r = await admin.get(`/api/organisations?q=${'a'.repeat(5000)}`);
    assert.equal(r.status, 400);
    assert.equal(r.body.error.field, 'q');
  });
});

describe('slow clients', () => {
  test('a client sending its headers slowly does not hold up others', async () => {
    const slow = net.connect(server.port, '127.0.0.1');
    let closed = false;
    slow.on('close', () => (closed = true));
    slow.on('error', () => {});
    await new Promise((r) => slow.once('connect', r));
    slow.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
    const half = net.connect(server.port, '127.0.0.1');
    half.on('error', () => {});
    await new Promise((r) => half.once('connect', r));
    // Half a request: headers promising a body that never fully comes.
    half.write('POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"login":');
    for (let i = 0; i < 6; i++) {
      slow.write(`X-Slow-${i}: ${'z'.repeat(10)}\r\n`);
      const t = Date.now();
      const r = await server.client().get('/api/health');
      assert.equal(r.status, 200);
      assert.ok(Date.now() - t < 3000, `others are answered promptly (${Date.now() - t} ms)`);
      await sleep(500);
    }
    assert.equal(closed, false, 'a client still within the read timeout is not cut off');
    slow.destroy();
    half.destroy();
  });
});

describe('afterwards', () => {
  test('nothing changed in the database and the server still answers', async () => {
    const now = counts();
    assert.equal(now.users, countsBefore.users, 'user count');
    assert.equal(now.memberships, countsBefore.memberships, 'membership count');
    assert.equal(now.organisations, countsBefore.organisations, 'organisation count');
    const org = await admin.get(`/api/organisations/${world.orgs.p1}`);
    assert.equal(org.body.name, 'Charita Hradec Králové');
    assert.equal(org.body.ico, (await admin.get(`/api/organisations/${world.orgs.p1}`)).body.ico);
    const health = await server.client().get('/api/health');
    assert.equal(health.status, 200);
    assert.equal(health.body.status, 'ok');
    assert.equal(server.exited, null, 'the server process is alive');
    assert.deepEqual(server.internalErrors(), [], 'no internal errors logged');
    await server.client().login('p1_worker');
  });
});
