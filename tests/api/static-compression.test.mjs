// The built front end sent compressed (issue 16, "First load"): web/scripts/compress-dist.mjs writes .br and .gz
// siblings where compression pays, and kvalis serve sends the one the request's Accept-Encoding takes best (the
// choice itself is table-tested in tests/unit/platform/content_coding_test.cpp), with the original's Content-Type,
// Content-Encoding, Vary: Accept-Encoding and the caching of today (hashed assets immutable, index.html no-cache).
// HEAD answers the same head; a Range header is not honoured (200 with the whole representation).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { KvalisServer } from './lib/harness.mjs';
import { compressDist } from '../../web/scripts/compress-dist.mjs';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const PAGE_CSP = /^default-src 'self'; script-src 'self'/;

let server;
let web;
const files = {};

// A file of text that compresses the way a bundle does (repeated identifiers, some variety).
function bundleLike(lines) {
  const out = [];
  for (let i = 0; i < lines; i++) out.push(`export function handler${i % 97}(value${i}) { return value${i} * ${i} + "${'ž'.repeat(i % 7)}"; }`);
  return out.join('\n') + '\n';
}

before(async () => {
  server = await KvalisServer.start();
  web = path.join(server.tmpDir, 'web');
  const write = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(web, rel)), { recursive: true });
    fs.writeFileSync(path.join(web, rel), text);
    files[rel] = Buffer.from(text);
  };
  write('index.html', `<!doctype html><html lang="cs"><head><title>Kvalis</title></head><body>${'<div id="root"></div>\n'.repeat(80)}</body></html>\n`);
  write('assets/index-Ab12Cd34.js', bundleLike(3000));
  write('assets/index-Ab12Cd34.css', '.kv-fullpage { display: flex; align-items: center; }\n'.repeat(200));
  write('assets/tiny-Zz99.js', 'export{};\n');
  write('favicon.svg', `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${'<rect x="1" y="1" width="2" height="2"/>'.repeat(60)}</svg>\n`);
  write('geo/kraje.geojson', JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 200 }, (_, i) => ({ type: 'Feature', properties: { kod: `CZ0${i}` }, geometry: { type: 'Point', coordinates: [14 + i / 1000, 50] } })) }));
  compressDist(web);
});
after(async () => {
  await server?.stop();
});

// A request whose body arrives as sent (node:http does not decode Content-Encoding).
function request(target, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: target, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(r) {
  const coding = r.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(r.body);
  if (coding === 'gzip') return gunzipSync(r.body);
  assert.equal(coding, undefined, `unexpected Content-Encoding ${coding}`);
  return r.body;
}

describe('compressed static files', () => {
  test('the build script writes both siblings where compression pays, none where it does not', () => {
    for (const rel of ['index.html', 'assets/index-Ab12Cd34.js', 'assets/index-Ab12Cd34.css', 'favicon.svg', 'geo/kraje.geojson']) {
      for (const suffix of ['.br', '.gz']) assert.ok(fs.existsSync(path.join(web, rel + suffix)), `${rel}${suffix}`);
      assert.equal(gunzipSync(fs.readFileSync(path.join(web, `${rel}.gz`))).toString(), files[rel].toString(), rel);
      assert.equal(brotliDecompressSync(fs.readFileSync(path.join(web, `${rel}.br`))).toString(), files[rel].toString(), rel);
    }
    assert.ok(!fs.existsSync(path.join(web, 'assets/tiny-Zz99.js.br')));
    assert.ok(!fs.existsSync(path.join(web, 'assets/tiny-Zz99.js.gz')));
  });

  // [Accept-Encoding (null: no header), the coding expected]
  const CASES = [
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.4, br;q=0.2', 'gzip'],
    ['*', 'br'],
    ['*;q=0, identity', undefined],
    ['identity', undefined],
    ['', undefined],
    [null, undefined],
    ['deflate, zstd', undefined],
  ];

  test('a hashed asset in the coding Accept-Encoding takes best, immutable, its body decoding to the file', async () => {
    const original = files['assets/index-Ab12Cd34.js'];
    for (const [accept, coding] of CASES) {
      const what = `Accept-Encoding: ${accept}`;
      const r = await request('/assets/index-Ab12Cd34.js', { headers: accept === null ? {} : { 'Accept-Encoding': accept } });
      assert.equal(r.status, 200, what);
      assert.equal(r.headers['content-encoding'], coding, what);
      assert.equal(r.headers['content-type'], 'text/javascript; charset=utf-8', what);
      assert.equal(r.headers['cache-control'], IMMUTABLE, what);
      assert.equal(r.headers.vary, 'Accept-Encoding', what);
      assert.equal(Number(r.headers['content-length']), r.body.length, what);
      assert.ok(decoded(r).equals(original), `${what}: the decoded body differs from the file`);
      if (coding) assert.ok(r.body.length < original.length / 3, `${what}: ${r.body.length} bytes is hardly compressed`);
    }
  });

  test('index.html, the single-page fallback, CSS, SVG and GeoJSON keep their type, caching and page policy', async () => {
    const checks = [
      ['/', 'index.html', 'text/html; charset=utf-8', 'no-cache'],
      ['/index.html', 'index.html', 'text/html; charset=utf-8', 'no-cache'],
      ['/services/12', 'index.html', 'text/html; charset=utf-8', 'no-cache'],
      ['/assets/index-Ab12Cd34.css', 'assets/index-Ab12Cd34.css', 'text/css; charset=utf-8', IMMUTABLE],
      ['/favicon.svg', 'favicon.svg', 'image/svg+xml', 'no-cache'],
      ['/geo/kraje.geojson', 'geo/kraje.geojson', 'application/geo+json', 'no-cache'],
    ];
    for (const [target, rel, type, cache] of checks) {
      for (const [accept, coding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['identity', undefined]]) {
        const r = await request(target, { headers: { 'Accept-Encoding': accept } });
        const what = `${target} with ${accept}`;
        assert.equal(r.status, 200, what);
        assert.equal(r.headers['content-encoding'], coding, what);
        assert.equal(r.headers['content-type'], type, what);
        assert.equal(r.headers['cache-control'], cache, what);
        assert.equal(r.headers.vary, 'Accept-Encoding', what);
        assert.equal(r.headers['x-content-type-options'], 'nosniff', what);
        if (type.startsWith('text/html')) assert.match(r.headers['content-security-policy'], PAGE_CSP, what);
        assert.ok(decoded(r).equals(files[rel]), `${what}: the decoded body differs from the file`);
      }
    }
  });

  test('a file compression did not pay for goes as it is, without Vary', async () => {
    const r = await request('/assets/tiny-Zz99.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-encoding'], undefined);
    assert.equal(r.headers.vary, undefined);
    assert.equal(r.headers['cache-control'], IMMUTABLE);
    assert.equal(r.body.toString(), 'export{};\n');
  });

  test('HEAD answers the head of the GET in the same coding, without a body', async () => {
    for (const [accept, coding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['identity', undefined]]) {
      const get = await request('/assets/index-Ab12Cd34.js', { headers: { 'Accept-Encoding': accept } });
      const head = await request('/assets/index-Ab12Cd34.js', { method: 'HEAD', headers: { 'Accept-Encoding': accept } });
      assert.equal(head.status, 200, accept);
      assert.equal(head.headers['content-encoding'], coding, accept);
      assert.equal(head.headers['content-length'], get.headers['content-length'], accept);
      assert.equal(head.headers.vary, 'Accept-Encoding', accept);
      assert.equal(head.body.length, 0, accept);
    }
  });

  test('a Range request gets the whole representation with 200 (ranges are not served)', async () => {
    for (const [accept, coding] of [['gzip, deflate, br', 'br'], ['identity', undefined]]) {
      const r = await request('/assets/index-Ab12Cd34.js', { headers: { 'Accept-Encoding': accept, Range: 'bytes=0-99' } });
      assert.equal(r.status, 200, accept);
      assert.equal(r.headers['content-range'], undefined, accept);
      assert.equal(r.headers['content-encoding'], coding, accept);
      assert.ok(decoded(r).equals(files['assets/index-Ab12Cd34.js']), accept);
    }
  });

  test('the siblings are no way around the static rules: missing files stay 404, hidden paths too', async () => {
    assert.equal((await request('/assets/none.js', { headers: { 'Accept-Encoding': 'br' } })).status, 404);
    assert.equal((await request('/.hidden.js', { headers: { 'Accept-Encoding': 'br' } })).status, 404);
    const api = await request('/api/health', { headers: { 'Accept-Encoding': 'gzip, br' } });
    assert.equal(api.status, 200);
    assert.equal(api.headers['content-encoding'], undefined);
  });
});
