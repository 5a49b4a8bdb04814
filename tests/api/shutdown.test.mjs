// Graceful shutdown: on SIGTERM the server stops accepting, finishes requests in flight and exits 0.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, describe, test } from 'node:test';

import { ADMIN_PASSWORD, KvalisServer, sleep } from './lib/harness.mjs';

const servers = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function fresh() {
  const s = await KvalisServer.start();
  servers.push(s);
  return s;
}

// Opens a connection, sends `first`, and resolves with everything received once the server closes.
function openRequest(port, first) {
  const sock = net.connect(port, '127.0.0.1');
  let data = '';
  const closed = new Promise((resolve) => {
    sock.on('data', (d) => (data += d.toString('utf8')));
    sock.on('error', (e) => resolve({ data, error: e.code }));
    sock.on('close', () => resolve({ data, error: null }));
  });
  const connected = new Promise((resolve) => sock.once('connect', resolve));
  connected.then(() => first && sock.write(first));
  return { sock, connected, closed };
}

const loginBody = JSON.stringify({ login: 'admin', password: ADMIN_PASSWORD });
const loginHead = `POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(loginBody)}\r\n\r\n`;

function refused(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => {
      // Accepted by the kernel: refused only if the server closes it without answering a request.
      s.write('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      let got = '';
      s.on('data', (d) => (got += d));
      s.on('close', () => resolve(!got.startsWith('HTTP/1.1 200')));
      s.on('error', () => resolve(true));
    });
    s.on('error', () => resolve(true));
  });
}

describe('graceful shutdown', () => {
  test('a request being processed completes after SIGTERM, new connections are refused, exit code 0', async () => {
    const s = await fresh();
    // Logging in hashes a password (argon2id, 40-60 ms here): the request is in the handler when the signal
    // comes, 20 ms after it was sent on loopback.
    const req = openRequest(s.port, loginHead + loginBody);
    await req.connected;
    await sleep(20);
    s.signal('SIGTERM');
    const res = await req.closed;
    assert.match(res.data, /^HTTP\/1\.1 200 /, `the in-flight login was answered: ${JSON.stringify(res)}`);
    assert.match(res.data, /kvalis_session=/);
    const body = JSON.parse(res.data.slice(res.data.indexOf('\r\n\r\n') + 4));
    assert.equal(body.user.login, 'admin');
    assert.match(res.data, /[Cc]onnection: close/, 'the connection is not kept alive while stopping');
    assert.equal(await refused(s.port), true, 'no new requests after SIGTERM');
    const exit = await s.waitExit(15000);
    assert.deepEqual(exit, { code: 0, signal: null });
  });

  test('idle keep-alive connections do not hold up the exit', async () => {
    const s = await fresh();
    const idle = openRequest(s.port, 'GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    await idle.connected;
    await sleep(200);
    const t = Date.now();
    s.signal('SIGTERM');
    const exit = await s.waitExit(10000);
    assert.deepEqual(exit, { code: 0, signal: null });
    assert.ok(Date.now() - t < 3000, `exit took ${Date.now() - t} ms`);
    idle.sock.destroy();
  });

  test('a request whose body is still arriving when SIGTERM comes is completed', async () => {
    const s = await fresh();
    const half = Math.floor(loginBody.length / 2);
    const req = openRequest(s.port, loginHead + loginBody.slice(0, half));
    await req.connected;
    await sleep(100);
    s.signal('SIGTERM');
    await sleep(300);
    if (!req.sock.destroyed) req.sock.write(loginBody.slice(half));
    const res = await req.closed;
    assert.match(res.data, /^HTTP\/1\.1 200 /, `the request begun before SIGTERM was answered: ${JSON.stringify(res)}`);
    const exit = await s.waitExit(15000);
    assert.deepEqual(exit, { code: 0, signal: null });
  });
});
