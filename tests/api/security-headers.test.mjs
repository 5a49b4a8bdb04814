// Security headers on every response (issue 15, item 7): each class of answer the server gives — JSON of the
// API (success, errors, 401, unknown routes), HTML reports, CSV and Excel downloads, the public portal's pages
// and open data, the web front end (index.html, assets, the single-page fallback), static 404s and the
// listener's own 400s and 413s — carries nosniff, a Referrer-Policy, X-Frame-Options and a
// Content-Security-Policy that forbids framing and inline scripts; HTML gets the page policy. HSTS is sent
// with `kvalis serve --hsts`, or when a trusted proxy forwards X-Forwarded-Proto: https, and never otherwise.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { ADMIN_PASSWORD, KvalisServer, kvalisCli, rawRequest } from './lib/harness.mjs';

const PAGE_CSP = /^default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';.*frame-ancestors 'none'$/;
const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'";

let server;
let admin;
before(async () => {
  server = await KvalisServer.start();
  const web = path.join(server.tmpDir, 'web');
  fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(web, 'assets', 'app-1a2b.js'), 'console.log(1);\n');
  kvalisCli(['demo', '--db', server.db.url, '--admin-password', ADMIN_PASSWORD]);
  admin = server.client();
  await admin.login('admin', ADMIN_PASSWORD);
});
after(async () => {
  await server?.stop();
});

const headerOf = (r, name) => {
  const line = r.head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
};

function checkHeaders(what, r, failures, { html }) {
  const csp = headerOf(r, 'Content-Security-Policy');
  const expect = (name, value) => {
    if (headerOf(r, name) !== value) failures.push(`${what}: ${name} is ${headerOf(r, name)}, not ${value}`);
  };
  expect('X-Content-Type-Options', 'nosniff');
  expect('Referrer-Policy', 'same-origin');
  expect('X-Frame-Options', 'DENY');
  if (!csp) return failures.push(`${what}: no Content-Security-Policy`);
  if (!/frame-ancestors 'none'/.test(csp)) failures.push(`${what}: the CSP allows framing: ${csp}`);
  const script = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? csp.split(';')[0];
  if (/unsafe-inline|unsafe-eval/.test(script)) failures.push(`${what}: scripts may run inline: ${csp}`);
  if (html && !PAGE_CSP.test(csp)) failures.push(`${what}: an HTML answer without the page policy: ${csp}`);
  if (!html && csp !== RESOURCE_CSP && csp !== "frame-ancestors 'none'") failures.push(`${what}: ${csp}`);
  if (headerOf(r, 'Strict-Transport-Security')) failures.push(`${what}: HSTS over plain HTTP without --hsts`);
  const type = headerOf(r, 'Content-Type') ?? '';
  if (/^(text\/html|application\/json|text\/csv)/.test(type) && !/charset=utf-8/i.test(type)) failures.push(`${what}: ${type} without its charset`);
}

async function get(port, target, extra = '') {
  return rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${admin.cookie ? `Cookie: ${admin.cookie}\r\n` : ''}${extra}\r\n`);
}

describe('security headers', () => {
  test('every class of answer carries them', async () => {
    const audit = server.db.query('SELECT id FROM q_audits ORDER BY id LIMIT 1')[0].id;
    const group = server.db.query('SELECT id FROM bm_groups ORDER BY id LIMIT 1')[0].id;
    const version = server.db.query("SELECT id FROM nw_card_versions WHERE status = 'published' ORDER BY id LIMIT 1")[0].id;
    const cases = [
      ['JSON', '/api/health', 200, false],
      ['JSON of a list', '/api/services?page_size=1', 200, false],
      ['a 400 naming the field', '/api/services?page_size=x', 400, false],
      ['an unknown API route', '/api/no-such-route', 404, false],
      ['a missing object', '/api/quality/audits/999999999', 404, false],
      ['a printable audit report', `/api/quality/audits/${audit}/report`, 200, true],
      ['a printable group report', `/api/benchmark/groups/${group}/report`, 200, true],
      ['a printable service card', `/api/network/card-versions/${version}/print`, 200, true],
      ['a CSV download', `/api/quality/audits/${audit}/export.csv`, 200, false],
      ['an Excel download', `/api/quality/audits/${audit}/export.xlsx`, 200, false],
      ['the OpenAPI document', '/api/openapi.json', 200, false],
      ['the portal’s open data (JSON)', '/api/public/regions/86/services.json', 200, false],
      ['the portal’s open data (CSV)', '/api/public/regions/86/services.csv', 200, false],
      ['a portal page', '/portal', 200, true],
      ['a portal page in English', '/portal/en', 200, true],
      ['a missing portal page', '/portal/kraj/99/nic', 404, true],
      ['the front end', '/', 200, true],
      ['the single-page fallback', '/services/12', 200, true],
      ['an asset', '/assets/app-1a2b.js', 200, false],
      ['a missing static file', '/assets/none.js', 404, false],
    ];
    const failures = [];
    for (const [what, target, status, html] of cases) {
      const r = await get(server.port, target);
      if (r.status !== status) failures.push(`${what} (${target}): ${r.status}, expected ${status}`);
      checkHeaders(`${what} (${target})`, r, failures, { html });
    }
    const anonymous = await rawRequest(server.port, 'GET /api/session HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.equal(anonymous.status, 401);
    checkHeaders('a 401', anonymous, failures, { html: false });
    const bad = await rawRequest(server.port, 'GET /a%0Ab%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.equal(bad.status, 400, bad.head);
    checkHeaders('the listener’s 400', bad, failures, { html: false });
    const big = await rawRequest(server.port, `POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\nConnection: close\r\n\r\n{}`);
    assert.equal(big.status, 413, big.head);
    checkHeaders('a 413', big, failures, { html: false });
    assert.deepEqual(failures, []);
  });

  test('HSTS with --hsts, or from a trusted proxy over HTTPS; never from anyone else', async () => {
    const hsts = 'max-age=31536000; includeSubDomains';
    const forwarded = 'X-Forwarded-Proto: https\r\n';
    // Without a trusted proxy the header of a client counts for nothing.
    assert.equal(headerOf(await get(server.port, '/api/health', forwarded), 'Strict-Transport-Security'), null);
    const behindProxy = await KvalisServer.start({ serveArgs: ['--trusted-proxy', '127.0.0.1'] });
    try {
      assert.equal(headerOf(await get(behindProxy.port, '/api/health', forwarded), 'Strict-Transport-Security'), hsts);
      assert.equal(headerOf(await get(behindProxy.port, '/', forwarded), 'Strict-Transport-Security'), hsts);
      assert.equal(headerOf(await get(behindProxy.port, '/api/health'), 'Strict-Transport-Security'), null, 'plain HTTP through the proxy');
    } finally {
      await behindProxy.stop();
    }
    const untrusted = await KvalisServer.start({ serveArgs: ['--trusted-proxy', '10.0.0.1'] });
    try {
      assert.equal(headerOf(await get(untrusted.port, '/api/health', forwarded), 'Strict-Transport-Security'), null, 'a peer that is not the proxy');
    } finally {
      await untrusted.stop();
    }
    const always = await KvalisServer.start({ serveArgs: ['--hsts'] });
    try {
      for (const target of ['/api/health', '/', '/api/no-such-route'])
        assert.equal(headerOf(await get(always.port, target), 'Strict-Transport-Security'), hsts, target);
    } finally {
      await always.stop();
    }
  });
});
