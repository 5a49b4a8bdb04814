// Holes found by probing Kvalis as an attacker with an account would (issue 9, item 10): request framing,
// static paths, the Content-Security-Policy of HTML, control and text-direction characters in names, LIKE
// wildcards in searches.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, ORGANISATIONS, rawRequest, setupTenants } from './lib/harness.mjs';

let server;
let world;
let admin;

before(async () => {
  server = await KvalisServer.start();
  // A built front end has an assets folder beside index.html.
  const web = path.join(server.tmpDir, 'web');
  fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(web, 'assets', 'app-1a2b.js'), 'console.log(1);\n');
  fs.mkdirSync(path.join(web, 'geo'), { recursive: true });
  fs.writeFileSync(path.join(web, 'geo', 'kraje.geojson'), '{"type":"FeatureCollection","features":[]}\n');
  world = await setupTenants(server, { users: ['audit_auditor', 'p1_manager', 'region_officer'] });
  admin = world.admin;
});
after(async () => {
  await server?.stop();
});

const get = (target) => rawRequest(server.port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
const headerOf = (r, name) => {
  const line = r.head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
};

describe('request framing', () => {
  test('Transfer-Encoding other than chunked, or beside Content-Length, → 400', async () => {
    const body = '{"login":"admin","password":"x"}';
    const cases = [
      ['gzip', true],
      ['gzip, chunked', false],
      ['chunked', true],
      ['identity', true],
      ['gzip', false],
    ];
    for (const [te, withLength] of cases) {
      const head = `POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: ${te}\r\n` +
        (withLength ? `Content-Length: ${body.length}\r\n` : '') + '\r\n';
      const r = await rawRequest(server.port, head + body);
      assert.equal(r.status, 400, `TE ${te}, Content-Length ${withLength}: ${r.head.split('\r\n')[0]}`);
    }
    // Chunked alone is still read.
    const chunked = `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
    const ok = await rawRequest(server.port,
      `POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunked}`);
    assert.equal(ok.status, 401, ok.head);  // read and answered: a wrong password
  });
});

describe('static paths', () => {
  test('a folder, a dot segment or a NUL in the path → 404, never an empty 200 or HTML as an image', async () => {
    for (const target of ['/assets', '/assets/', '/.', '/./', '/%00', '/index.html%00.png', '/index.html%00', '/%2e', '/assets/%00x.js',
      '/.git/config', '/a%0Ab']) {
      const r = await get(target);
      assert.equal(r.status, 404, `${target}: ${r.head.split('\r\n')[0]}`);
      assert.doesNotMatch(headerOf(r, 'Content-Type') ?? '', /image|html/, target);
    }
    const asset = await get('/assets/app-1a2b.js');
    assert.equal(asset.status, 200);
    assert.match(headerOf(asset, 'Content-Type'), /javascript/);
    const geo = await get('/geo/kraje.geojson');
    assert.equal(geo.status, 200);
    assert.equal(headerOf(geo, 'Content-Type'), 'application/geo+json', 'the map boundaries as GeoJSON');
    const spa = await get('/services/12');
    assert.equal(spa.status, 200);
    assert.match(spa.body, /Kvalis test/);
  });

  test('HTML pages carry a strict Content-Security-Policy (no inline scripts)', async () => {
    for (const target of ['/', '/index.html', '/services/12']) {
      const r = await get(target);
      assert.equal(r.status, 200, target);
      const csp = headerOf(r, 'Content-Security-Policy');
      assert.ok(csp, `${target}: no Content-Security-Policy`);
      const script = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
      assert.equal(script, "script-src 'self'", target);
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /object-src 'none'/);
    }
    const api = await get('/api/health');
    assert.equal(headerOf(api, 'Content-Security-Policy'), "default-src 'none'; frame-ancestors 'none'", 'JSON: nothing loads or runs');
  });
});

describe('control and text-direction characters', () => {
  const bad = [
    ['NUL', 'Domov\u0000.exe', 'U+0000'],
    ['right-to-left override', 'Domov \u202Eexe.pdf', 'U+202E'],
    ['left-to-right embedding', '\u202ADomov', 'U+202A'],
    ['isolate', 'Domov \u2066x\u2069', 'U+2066'],
    ['escape', 'Domov \u001b[31m', 'U+001B'],
    ['line break in a name', 'Domov\nLípa', 'U+000A'],
  ];

  test('an organisation name → 400 naming the field and the character', async () => {
    for (const [what, name, code] of bad) {
      const r = await admin.post('/api/organisations', { ...ORGANISATIONS.p2, ico: undefined, name });
      assert.equal(r.status, 400, `${what}: ${r.status} ${r.text}`);
      assert.equal(r.body.error.field, 'name', what);
      assert.ok(r.body.error.message.includes(code), `${what}: ${r.body.error.message}`);
    }
    const address = await admin.post('/api/organisations', { ...ORGANISATIONS.p2, ico: undefined, name: 'Domov', address: 'Horská 5\u202E' });
    assert.equal(address.status, 400);
    assert.equal(address.body.error.field, 'address');
    const ok = await admin.post('/api/organisations', { ...ORGANISATIONS.p2, ico: undefined, name: 'Domov „Lípa“ – Ústí 2' });
    assert.equal(ok.status, 201, ok.text);
  });

  test("a user's display name → 400 naming the field", async () => {
    const me = await world.as('p1_manager');
    for (const [what, name] of bad) {
      const r = await me.request('PATCH', '/api/me', { json: { display_name: name } });
      assert.equal(r.status, 400, `${what}: ${r.status} ${r.text}`);
      assert.equal(r.body.error.field, 'display_name', what);
    }
  });

  test('a template: multi-line text keeps its line breaks, names do not', async () => {
    const sets = await admin.get('/api/quality/sets');
    const sqss = sets.body.items.find((x) => x.code === 'SQSS' && x.latest);
    const scale = (await admin.get('/api/quality/templates')).body.builtin_scales.find((x) => x.code === 'met_partly');
    const region = await world.as('region_officer');
    const base = { set_id: sqss.id, scale, pass_rule: { essential_min_points: 2, min_share: 0.5 } };
    const name = await region.post('/api/quality/templates', { ...base, name: 'Šablona \u202Egnp.exe' });
    assert.equal(name.status, 400, name.text);
    assert.equal(name.body.error.field, 'name');
    const nul = await region.post('/api/quality/templates', { ...base, name: 'Šablona', description: 'a\u0000b' });
    assert.equal(nul.status, 400, nul.text);
    assert.equal(nul.body.error.field, 'description');
    const lines = await region.post('/api/quality/templates', { ...base, name: 'Šablona', description: 'první řádek\ndruhý\třádek' });
    assert.equal(lines.status, 201, lines.text);
    assert.equal(lines.body.description, 'první řádek\ndruhý\třádek');
  });

  test('an evidence file name → 400 naming file_name', async () => {
    const sets = await admin.get('/api/quality/sets');
    const sqss = sets.body.items.find((x) => x.code === 'SQSS' && x.latest);
    const scale = (await admin.get('/api/quality/templates')).body.builtin_scales.find((x) => x.code === 'met_partly');
    const template = (await (await world.as('region_officer')).post('/api/quality/templates', {
      set_id: sqss.id, scale, pass_rule: { essential_min_points: 2, min_share: 0.5 }, name: 'Šablona pro důkazy',
    })).body;
    const auditor = await world.as('audit_auditor');
    const audit = await auditor.post('/api/quality/audits', {
      type: 'external', template_id: template.id, service_id: world.services.s1, title: 'Externí audit',
    });
    assert.equal(audit.status, 201, audit.text);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const upload = (name) => auditor.request('POST', `/api/quality/audits/${audit.body.summary.id}/evidence?file_name=${encodeURIComponent(name)}`, {
      body: pdf, headers: { 'Content-Type': 'application/pdf' },
    });
    for (const name of ['faktura\u202Eexe.pdf', 'zapis\u0000.pdf', 'zapis\u2067x.pdf', 'a\u0007b.pdf']) {
      const r = await upload(name);
      assert.equal(r.status, 400, `${JSON.stringify(name)}: ${r.status} ${r.text}`);
      assert.equal(r.body.error.field, 'file_name', JSON.stringify(name));
    }
    assert.equal((await upload('Zápis z rozhovoru.pdf')).status, 201);
  });
});

describe('LIKE wildcards in searches', () => {
  test('/api/quality/services and /api/services search for % and _ as themselves', async () => {
    // Give the names of two services of two services with the characters.
    server.db.run(`UPDATE services SET name = 'Domov 100% péče', search_text = 'domov 100% pece | 9000001' WHERE id = ${world.services.s1}`);
    server.db.run(`UPDATE services SET name = 'Služba plán_směn', search_text = 'sluzba plan_smen | 9000002' WHERE id = ${world.services.s2}`);
    const auditor = await world.as('audit_auditor');
    const ids = async (q) => {
      const r = await auditor.get(`/api/quality/services?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, r.text);
      return r.body.items.map((s) => s.id).sort();
    };
    assert.deepEqual(await ids('100%'), [world.services.s1]);
    assert.deepEqual(await ids('%'), [world.services.s1]);
    assert.deepEqual(await ids('plan_smen'), [world.services.s2]);
    assert.deepEqual(await ids('_'), [world.services.s2]);
    assert.deepEqual(await ids('100_'), []);
    assert.deepEqual(await ids('d%v'), []);
    assert.deepEqual(await ids('\\'), []);
    const registry = async (q) => {
      const r = await admin.get(`/api/services?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, r.text);
      return r.body.items.map((s) => s.id).sort();
    };
    assert.deepEqual(await registry('%'), [world.services.s1]);
    assert.deepEqual(await registry('_'), [world.services.s2]);
  });
});

describe('error lists of uploads are capped (issue 9, item 5)', () => {
  test('a set import of 40,000 bad lines answers the first 100 problems and their count', async () => {
    const sets = await admin.get('/api/quality/sets');
    const sqss = sets.body.items.find((x) => x.code === 'SQSS' && x.latest);
    const exported = await admin.get(`/api/quality/sets/${sqss.id}/export.csv`);
    assert.equal(exported.status, 200);
    const header = exported.text.split('\n')[0];
    let csv = `${header}\n`;
    for (let i = 0; i < 40000; i++) csv += `SQSS,1,b,perhaps${i % 10 === 5 ? '\u202E' : ''},x,,\n`;
    const r = await admin.request('POST', `/api/quality/sets/${sqss.id}/import?valid_from=2027-01-01`, { body: csv });
    assert.equal(r.status, 422, r.text.slice(0, 500));
    assert.ok(r.text.length < 100 * 1024, `body of ${r.text.length} bytes`);
    assert.equal(r.body.problems.length, 100);
    assert.ok(r.body.problems_total >= 40000, `problems_total ${r.body.problems_total}`);
    assert.equal(r.body.problems[0].line, 2);
    assert.equal(r.body.problems[0].field, 'essential');
    assert.match(r.body.error.message, new RegExp(String(r.body.problems_total)));
    const after = await admin.get('/api/quality/sets');
    assert.equal(after.body.items.find((x) => x.code === 'SQSS' && x.latest).version, sqss.version, 'nothing imported');
  });
});
