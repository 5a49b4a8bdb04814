// Health check and the OpenAPI document generated from the route table.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { DB_KIND, KvalisServer, REPO_ROOT } from './lib/harness.mjs';

let server;
before(async () => {
  server = await KvalisServer.start();
});
after(async () => {
  await server?.stop();
});

describe('system', () => {
  test('GET /api/health answers ok with version and database kind', async () => {
    const r = await server.client().get('/api/health');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^application\/json/);
    assert.equal(r.headers.get('cache-control'), 'no-store');
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(r.body.status, 'ok');
    assert.match(r.body.version, /^\d+\.\d+\.\d+/);
    assert.equal(r.body.database, DB_KIND);
    assert.deepEqual(Object.keys(r.body).sort(), ['database', 'status', 'version']);
  });

  test('HEAD /api/health answers without a body', async () => {
    const r = await server.client().request('HEAD', '/api/health');
    // HEAD is not a route of its own: either served like GET (200) or refused as a method (405).
    assert.ok([200, 405].includes(r.status), `status ${r.status}`);
    assert.equal(r.text, '');
  });

  test('GET /api/openapi.json is an OpenAPI 3.1 document of every route', async () => {
    const r = await server.client().get('/api/openapi.json');
    assert.equal(r.status, 200);
    const doc = r.body;
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.info.title, 'Kvalis API');
    assert.equal(typeof doc.info.version, 'string');
    const opCount = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    assert.ok(opCount >= 19, `at least the 19 foundation routes (got ${opCount})`);
    const schemas = doc.components?.schemas;
    assert.ok(schemas && typeof schemas === 'object', 'components.schemas');
    for (const name of ['ErrorBody', 'Health', 'LoginRequest', 'SessionResponse', 'CurrentUser', 'User', 'Organisation', 'ServiceDetail'])
      assert.ok(schemas[name], `components.schemas.${name}`);
    assert.deepEqual(doc.components.securitySchemes.session, { type: 'apiKey', in: 'cookie', name: 'kvalis_session' });

    const refs = new Set();
    const collectRefs = (v) => {
      if (Array.isArray(v)) v.forEach(collectRefs);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref') refs.add(x);
          else collectRefs(x);
        }
    };
    const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
    for (const [p, item] of Object.entries(doc.paths)) {
      assert.match(p, /^\/api\//, `path ${p}`);
      const ops = Object.entries(item).filter(([m]) => methods.includes(m));
      assert.ok(ops.length > 0, `${p} has operations`);
      for (const [m, op] of ops) {
        const where = `${m.toUpperCase()} ${p}`;
        assert.equal(typeof op['x-permission'], 'string', `${where} has x-permission`);
        assert.ok(op['x-permission'].length > 0, `${where} x-permission not empty`);
        assert.equal(typeof op.operationId, 'string', `${where} operationId`);
        assert.ok(op.responses && Object.keys(op.responses).length > 0, `${where} responses`);
        assert.ok(op.responses.default, `${where} documents the error body`);
        if (op['x-permission'] !== 'public') assert.deepEqual(op.security, [{ session: [] }], `${where} security`);
        const pathParams = [...p.matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
        for (const name of pathParams)
          assert.ok(op.parameters?.some((x) => x.in === 'path' && x.name === name && x.required), `${where} documents {${name}}`);
        if (['post', 'put', 'patch'].includes(m) && p !== '/api/session')
          assert.ok(op.requestBody || m === 'post', `${where} has a request body schema`);
        collectRefs(op);
      }
    }
    collectRefs(schemas);
    for (const ref of refs) {
      const m = /^#\/components\/schemas\/(.+)$/.exec(ref);
      assert.ok(m, `unexpected $ref ${ref}`);
      assert.ok(schemas[m[1]], `$ref ${ref} resolves`);
    }
    const ids = [];
    for (const item of Object.values(doc.paths)) for (const [m, op] of Object.entries(item)) if (methods.includes(m)) ids.push(op.operationId);
    assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
  });

  test('the committed web/openapi.json agrees with the served document', async (t) => {
    const file = path.join(REPO_ROOT, 'web/openapi.json');
    if (!fs.existsSync(file)) return t.skip('web/openapi.json not present');
    const committed = JSON.parse(fs.readFileSync(file, 'utf8'));
    const served = (await server.client().get('/api/openapi.json')).body;
    // The version string follows the build; everything else must be the same.
    delete committed.info?.version;
    delete served.info.version;
    const opsOf = (doc) =>
      Object.entries(doc.paths)
        .flatMap(([p, item]) => Object.entries(item).map(([m, op]) => `${m.toUpperCase()} ${p} ${op['x-permission']}`))
        .sort();
    assert.deepEqual(opsOf(committed), opsOf(served), 'routes and permissions (regenerate web/openapi.json)');
    assert.deepEqual(committed, served, 'web/openapi.json is stale: regenerate it from GET /api/openapi.json');
  });
});
