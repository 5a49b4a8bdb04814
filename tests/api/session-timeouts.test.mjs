// Session timeouts (OWASP ASVS 3.3.2, docs/SECURITY.md): a session ends after an idle time without a request
// (kvalis serve --session-idle SECONDS, 30 minutes by default) and 12 hours after login whatever its use.
// Here the idle time is 5 s: a session used every second outlives it; one left alone ends; a new login works.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { ADMIN_PASSWORD, KvalisServer, kvalisCli, sleep } from './lib/harness.mjs';

const IDLE = 5;
let server;
before(async () => {
  server = await KvalisServer.start({ serveArgs: ['--session-idle', String(IDLE)] });
});
after(async () => {
  await server?.stop();
});

describe('session timeouts', () => {
  test('a session in use outlives the idle time; left alone it ends; its expiry never passes 12 h after login', async () => {
    const expiry = (c) => server.db.scalar(`SELECT expires_at - created_at FROM sessions WHERE csrf_token = '${c.csrf}'`);
    const idle = server.client();
    await idle.login('admin', ADMIN_PASSWORD);
    const busy = server.client();
    await busy.login('admin', ADMIN_PASSWORD);
    // Used every second for 8 s: never idle for 5 s.
    for (let i = 0; i < 8; i++) {
      await sleep(1000);
      const r = await busy.get('/api/session');
      assert.equal(r.status, 200, `request ${i + 1}: ${r.text}`);
    }
    assert.ok(expiry(busy) > IDLE, `use moved the expiry on (${expiry(busy)} s after login)`);
    assert.ok(expiry(busy) <= 12 * 3600);
    const r = await idle.get('/api/session');
    assert.equal(r.status, 401, 'the session left alone for 8 s ended');
    assert.equal(r.body.error.code, 'unauthorized');
    assert.equal((await idle.patch('/api/me', { language: 'en' })).status, 401);
    await sleep((IDLE + 1.5) * 1000);
    assert.equal((await busy.get('/api/session')).status, 401, 'the busy session ended once left alone');
    const again = server.client();
    await again.login('admin', ADMIN_PASSWORD);
    assert.ok(expiry(again) <= IDLE, `a new session expires after the idle time, not ${expiry(again)} s`);
    assert.equal((await again.get('/api/session')).status, 200);
  });

  test('kvalis serve refuses a malformed --session-idle', async () => {
    const bad = kvalisCli(['serve', '--db', server.db.url, '--listen', '127.0.0.1:0', '--session-idle', 'soon'], { allowFail: true });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--session-idle/);
  });
});
