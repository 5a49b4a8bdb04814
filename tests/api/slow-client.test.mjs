// A client that sends half a request and waits is disconnected after the server's read timeout (30 s),
// while everyone else is served. Runs alongside the other files (it mostly waits).
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, sleep } from './lib/harness.mjs';

const READ_TIMEOUT_S = 30;
let server;
before(async () => {
  server = await KvalisServer.start();
});
after(async () => {
  await server?.stop();
});

function slowConnection(port, first) {
  const sock = net.connect(port, '127.0.0.1');
  const started = Date.now();
  let data = '';
  const closed = new Promise((resolve) => {
    sock.on('data', (d) => (data += d));
    sock.on('close', () => resolve({ afterMs: Date.now() - started, data }));
    sock.on('error', () => {});
  });
  sock.on('connect', () => sock.write(first));
  return { sock, closed };
}

describe('slow clients', () => {
  test(`half a request is cut off after the ${READ_TIMEOUT_S} s read timeout; others are served meanwhile`, async () => {
    // Headers trickling in one line every 2 s, and a body that stops half way.
    const trickle = slowConnection(server.port, 'GET /api/health HTTP/1.1\r\nHost: x\r\n');
    const halfBody = slowConnection(server.port, 'POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"login":');
    const silent = slowConnection(server.port, '');
    let i = 0;
    const timer = setInterval(() => {
      if (!trickle.sock.destroyed) trickle.sock.write(`X-Trickle-${i++}: z\r\n`);
    }, 2000);
    try {
      const deadline = Date.now() + (READ_TIMEOUT_S + 10) * 1000;
      let served = 0;
      const all = Promise.all([trickle.closed, halfBody.closed, silent.closed]);
      let settled = false;
      all.then(() => (settled = true));
      while (!settled && Date.now() < deadline) {
        const t = Date.now();
        const r = await server.client().get('/api/health');
        assert.equal(r.status, 200);
        assert.ok(Date.now() - t < 5000, `others are answered promptly (${Date.now() - t} ms)`);
        served++;
        await sleep(1000);
      }
      assert.ok(settled, `slow connections still open after ${READ_TIMEOUT_S + 10} s`);
      for (const [name, c] of [['trickling headers', trickle], ['half a body', halfBody], ['silent', silent]]) {
        const { afterMs, data } = await c.closed;
        assert.ok(afterMs >= (READ_TIMEOUT_S - 2) * 1000, `${name}: closed too early (${afterMs} ms)`);
        assert.ok(afterMs <= (READ_TIMEOUT_S + 8) * 1000, `${name}: closed after ${afterMs} ms`);
        assert.ok(!data.startsWith('HTTP/1.1 200'), `${name}: not answered as if complete`);
      }
      assert.ok(served >= 20);
    } finally {
      clearInterval(timer);
    }
    assert.equal((await server.client().get('/api/health')).status, 200);
  });
});
