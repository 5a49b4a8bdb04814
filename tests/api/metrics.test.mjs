// GET /api/metrics: the Prometheus text format, for the bearer token of --metrics-token-file or a platform
// administrator's session; 401 anonymous or with a wrong token, 403 for other users. Requests are counted by
// route pattern and status class, with latency histograms, and the gauges are there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { ADMIN_PASSWORD, DB_KIND, KvalisServer, setupTenants } from './lib/harness.mjs';

const TOKEN = 'metrics-token-for-the-tests-2026';
let server;
let users;
let tmpDir;

before(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kvalis-metrics-'));
  const tokenFile = path.join(tmpDir, 'token');
  fs.writeFileSync(tokenFile, TOKEN + '\n');
  server = await KvalisServer.start({ serveArgs: ['--metrics-token-file', tokenFile] });
  ({ users } = await setupTenants(server, { users: ['p1_readonly'], services: false }));
});

after(async () => {
  await server?.stop();
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

// metric line → value, e.g. 'kvalis_http_open_connections' → 1.
function parse(text) {
  const values = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    values.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return values;
}

const scrape = (headers = {}) => server.client().request('GET', '/api/metrics', { headers });

describe(`GET /api/metrics (${DB_KIND})`, () => {
  test('anonymous and a wrong token get 401; a user who is not the platform administrator 403', async () => {
    const anonymous = await scrape();
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.error.code, 'unauthorized');
    const wrong = await scrape({ Authorization: `Bearer ${TOKEN}x` });
    assert.equal(wrong.status, 401);
    const basic = await scrape({ Authorization: `Basic ${Buffer.from('admin:' + ADMIN_PASSWORD).toString('base64')}` });
    assert.equal(basic.status, 401);
    const reader = server.client();
    await reader.login('p1_readonly');
    const refused = await reader.get('/api/metrics');
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'forbidden');
  });

  test('the token reads the metrics in the Prometheus text format', async () => {
    // Known traffic: three answers of one route with an id, one 404 of an unknown path.
    const c = server.client();
    for (let i = 0; i < 3; i++) assert.equal((await c.get('/api/health')).status, 200);
    assert.equal((await c.get('/api/no-such-route/17')).status, 404);
    const r = await scrape({ Authorization: `Bearer ${TOKEN}` });
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^text\/plain; version=0\.0\.4/);
    for (const name of [
      'kvalis_http_requests_total',
      'kvalis_http_request_duration_seconds',
      'kvalis_http_open_connections',
      'kvalis_db_pool_connections_in_use',
      'kvalis_db_pool_connections',
      'kvalis_data_version_reads_total',
      'process_resident_memory_bytes',
      'process_open_fds',
      'kvalis_build_info',
    ])
      assert.match(r.text, new RegExp(`^# TYPE ${name} (counter|gauge|histogram)$`, 'm'), name);
    const m = parse(r.text);
    assert.ok(m.get('kvalis_http_requests_total{method="GET",route="/api/health",status="2xx"}') >= 3);
    assert.equal(m.get('kvalis_http_requests_total{method="GET",route="unmatched",status="4xx"}'), 1);
    // Paths with ids are counted under their pattern only.
    assert.ok(![...m.keys()].some((k) => k.includes('/17')));
    const labels = 'method="GET",route="/api/health",status="2xx"';
    const count = m.get(`kvalis_http_request_duration_seconds_count{${labels}}`);
    assert.equal(m.get(`kvalis_http_request_duration_seconds_bucket{${labels},le="+Inf"}`), count);
    assert.equal(count, m.get(`kvalis_http_requests_total{${labels}}`));
    // Buckets are cumulative.
    const buckets = [...m.entries()].filter(([k]) => k.startsWith(`kvalis_http_request_duration_seconds_bucket{${labels},`)).map(([, v]) => v);
    assert.equal(buckets.length, 13);
    assert.deepEqual(buckets, [...buckets].sort((a, b) => a - b));
    assert.ok(m.get('kvalis_http_open_connections') >= 1);
    assert.ok(m.get('kvalis_db_pool_connections') >= 1);
    assert.ok(m.get('kvalis_db_pool_connections_in_use') >= 0);
    assert.ok(m.get('kvalis_data_version_reads_total') >= 1, 'the login of the first test read the data versions');
    assert.ok(m.get('process_resident_memory_bytes') > 1_000_000);
    assert.ok(m.get('process_open_fds') >= 3);
    assert.equal(m.get(`kvalis_build_info{version="${(await c.get('/api/health')).body.version}",database="${DB_KIND}"}`), 1);
  });

  test('the platform administrator reads them with a session', async () => {
    const admin = server.client();
    await admin.login('admin', ADMIN_PASSWORD);
    const r = await admin.get('/api/metrics');
    assert.equal(r.status, 200);
    const m = parse(r.text);
    assert.ok(m.get('kvalis_http_requests_total{method="POST",route="/api/session",status="2xx"}') >= 2);
  });
});
