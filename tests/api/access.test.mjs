// Authorization over the whole route table, and tenant isolation (who sees which organisations,
// services, users and audit entries).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, USERS, setupTenants } from './lib/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const expectations = JSON.parse(fs.readFileSync(path.join(here, 'route-permissions.json'), 'utf8'));

let server;
let world;
let walkTarget;
let walkTargetSession;
before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  // The user the walk edits (PATCH /api/users/{id}, PUT …/memberships) with idempotent bodies.
  const r = await world.admin.post('/api/users', {
    login: 'walk_target', display_name: 'Walk target', password: PASSWORD,
    memberships: [{ organisation_id: world.orgs.p1, role: 'readonly' }],
  });
  assert.equal(r.status, 201, r.text);
  walkTarget = r.body.id;
  // A session of the walk target: DELETE /api/me/sessions/{id} walks it, and no walker owns it (404 for all).
  const target = server.client();
  await target.login('walk_target', PASSWORD);
  walkTargetSession = (await target.get('/api/me/sessions')).body.items[0].id;
});
after(async () => {
  await server?.stop();
});

const key = (method, p) => `${method.toUpperCase()} ${p}`;

async function servedRoutes() {
  const doc = (await server.client().get('/api/openapi.json')).body;
  const out = [];
  for (const [p, item] of Object.entries(doc.paths))
    for (const [m, op] of Object.entries(item)) out.push({ method: m.toUpperCase(), path: p, permission: op['x-permission'] });
  return out;
}

// Principals of the walk: login (null = anonymous) and the permissions they should hold.
function principals() {
  const list = [{ name: 'anonymous', login: null, permissions: new Set() }];
  for (const [login, [org, role]] of Object.entries(USERS)) {
    if (login === 'p2_worker') continue;
    const label = { p1: `provider ${role}`, region: role === 'admin' ? 'region admin' : 'region officer', muni: 'municipality user', audit: 'audit body auditor', p2: 'foreign tenant admin' }[org];
    list.push({ name: `${label} (${login})`, login, permissions: new Set(expectations.role_permissions[role]) });
  }
  list.push({ name: 'platform admin', login: 'admin', permissions: new Set(expectations.all_permissions) });
  return list;
}

describe('route table', () => {
  test('every served route is listed in route-permissions.json with the same permission', async () => {
    const served = await servedRoutes();
    const listed = new Map(expectations.routes.map((r) => [key(r.method, r.path), r.permission]));
    const missing = served.filter((r) => !listed.has(key(r.method, r.path))).map((r) => `${key(r.method, r.path)} (${r.permission})`);
    assert.deepEqual(missing, [], 'routes served but not in tests/api/route-permissions.json: decide their permission and add them');
    const differing = served
      .filter((r) => listed.get(key(r.method, r.path)) !== r.permission)
      .map((r) => `${key(r.method, r.path)}: served ${r.permission}, expected ${listed.get(key(r.method, r.path))}`);
    assert.deepEqual(differing, [], 'routes whose permission differs from tests/api/route-permissions.json');
  });

  test('route-permissions.json lists no route the server does not have', async () => {
    const served = new Set((await servedRoutes()).map((r) => key(r.method, r.path)));
    const stale = expectations.routes.map((r) => key(r.method, r.path)).filter((k) => !served.has(k));
    assert.deepEqual(stale, [], 'routes listed in route-permissions.json but not served');
  });

  test('every permission is either public, authenticated or one a role or the platform admin holds', async () => {
    const known = new Set(['public', ...expectations.all_permissions]);
    for (const r of await servedRoutes()) assert.ok(known.has(r.permission), `${key(r.method, r.path)}: unknown permission ${r.permission}`);
  });
});

describe('authorization walk', () => {
  test('each principal holds exactly the permissions of its roles', async () => {
    for (const p of principals().filter((x) => x.login)) {
      const c = await world.as(p.login);
      const got = new Set(c.user.permissions);
      assert.deepEqual([...got].sort(), [...p.permissions].sort(), `${p.name}: permissions`);
    }
  });

  test('no route answers 500; 401 for anonymous; 403 without the permission; never 401/403 with it', async (t) => {
    const routes = await servedRoutes();
    const rule = new Map(expectations.routes.map((r) => [key(r.method, r.path), r]));
    const idFor = (p) =>
      p.startsWith('/api/organisations/') ? world.orgs.p1 : p.startsWith('/api/services/') ? world.services.s1 : p.startsWith('/api/users/') ? walkTarget : p.startsWith('/api/me/sessions/') ? walkTargetSession : 1;
    const validBody = {
      'PATCH /api/users/{id}': { display_name: 'Walk target' },
      'PUT /api/users/{id}/memberships': { memberships: [{ organisation_id: world.orgs.p1, role: 'readonly' }] },
    };
    // DELETE /api/session ends the walker's session: it goes last.
    routes.sort((a, b) => (key(a.method, a.path) === 'DELETE /api/session') - (key(b.method, b.path) === 'DELETE /api/session'));
    const failures = [];
    let requests = 0;
    for (const p of principals()) {
      let c = p.login ? await world.as(p.login) : server.client();
      for (const r of routes) {
        const k = key(r.method, r.path);
        // Logging out ends the session: only a fresh session of one principal walks it (every
        // logged-in principal holds `authenticated`); anonymous walks it too.
        if (k === 'DELETE /api/session' && p.login) {
          if (p.login !== 'p1_readonly') continue;
          c = await world.as(p.login, { fresh: true });
        }
        const hasParams = r.path.includes('{');
        const targets = hasParams
          ? [String(idFor(r.path)), '999999', 'abc'].map((id) => r.path.replace(/\{\w+\}/g, id))
          : [r.path];
        const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(r.method);
        // Unsafe routes: a minimal body and a few broken ones on the real object; other ids get the
        // minimal body only.
        const bodies = unsafe ? [JSON.stringify(validBody[k] ?? {}), '[1]', '{"no_such_field": true}', 'not json'] : [undefined];
        const expectedPermission = rule.get(k)?.permission ?? r.permission;
        for (const target of targets)
          for (const body of bodies) {
            if (body !== bodies[0] && target !== targets[0]) continue;
            // Broken bodies and other ids matter where the permission check lets the request through.
            const passes = expectedPermission === 'public' || p.permissions.has(expectedPermission);
            if (!passes && (body !== bodies[0] || target !== targets[0])) continue;
            if (k === 'DELETE /api/session' && (body !== bodies[0] || target !== targets[0])) continue;
            const res = await c.request(r.method, target, {
              body,
              headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
            });
            requests++;
            const where = `${p.name}: ${r.method} ${target}${body !== undefined ? ' ' + body.slice(0, 40) : ''} → ${res.status} ${res.text.slice(0, 120)}`;
            if (res.status >= 500) failures.push(`server error: ${where}`);
            if (res.status >= 400 && !res.body?.error?.code) failures.push(`error without JSON error body: ${where}`);
            if (expectedPermission === 'public') {
              if (res.status === 401 || res.status === 403) failures.push(`public route refused: ${where}`);
            } else if (!p.login) {
              if (res.status !== 401 || res.body?.error?.code !== 'unauthorized') failures.push(`anonymous not 401: ${where}`);
            } else if (!p.permissions.has(expectedPermission)) {
              if (res.status !== 403 || res.body?.error?.code !== 'forbidden') failures.push(`expected 403 (lacks ${expectedPermission}): ${where}`);
            } else {
              if (res.status === 401) failures.push(`401 for a logged-in holder of ${expectedPermission}: ${where}`);
              if (res.status === 403 && !rule.get(k)?.handler_may_forbid)
                failures.push(`403 for a holder of ${expectedPermission}: ${where}`);
            }
          }
      }
    }
    assert.ok(requests > 300, `walked ${requests} requests`);
    t.diagnostic(`${requests} requests`);
    assert.deepEqual(failures, []);
    assert.deepEqual(server.internalErrors(), [], 'the server logged internal errors');
  });

  test('after the walk the tenants are unchanged', async () => {
    const users = await world.admin.get('/api/users?page_size=200');
    assert.equal(users.status, 200);
    assert.equal(users.body.total, Object.keys(USERS).length + 2, 'admin + tenant users + walk target');
    const target = users.body.items.find((u) => u.id === walkTarget);
    assert.equal(target.display_name, 'Walk target');
    assert.deepEqual(target.memberships.map((m) => [m.organisation_id, m.role]), [[world.orgs.p1, 'readonly']]);
    const orgs = await world.admin.get('/api/organisations?page_size=200');
    assert.equal(orgs.body.total, 6);
    assert.equal(orgs.body.items.find((o) => o.id === world.orgs.p1).name, 'Charita Hradec Králové');
  });
});

describe('tenant isolation', () => {
  const servicesOf = async (login, query = 'status=all') => {
    const r = await (await world.as(login)).get(`/api/services?${query}&page_size=200`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.items.length, r.body.total);
    return r.body.items.map((s) => s.registry_id).sort();
  };
  const rid = (...keys) => keys.map((k) => `900000${k.slice(1)}`).sort();

  test('a provider user sees only its own organisation’s services', async () => {
    for (const login of ['p1_admin', 'p1_manager', 'p1_worker', 'p1_auditor', 'p1_readonly'])
      assert.deepEqual(await servicesOf(login), rid('s1', 's2', 's3', 's4'), login);
    assert.deepEqual(await servicesOf('p1_worker', 'status=active'), rid('s1', 's2', 's3'));
    const c = await world.as('p1_worker');
    for (const s of ['s5', 's6']) {
      const r = await c.get(`/api/services/${world.services[s]}`);
      assert.equal(r.status, 404, `${s}: ${r.text}`);
      assert.equal(r.body.error.code, 'not_found');
    }
    const own = await c.get(`/api/services/${world.services.s1}`);
    assert.equal(own.status, 200);
    assert.equal(own.body.provider_id, world.orgs.p1);
    const filtered = await c.get(`/api/services?provider_id=${world.orgs.p2}&status=all`);
    assert.equal(filtered.body.total, 0, 'asking for a foreign provider gives nothing');
  });

  test('a region officer sees the services in the region’s territory only', async () => {
    assert.deepEqual(await servicesOf('region_officer'), rid('s1', 's2', 's3', 's4', 's5'));
    const c = await world.as('region_officer');
    assert.equal((await c.get(`/api/services/${world.services.s6}`)).status, 404, 'a service of another region');
    assert.equal((await c.get(`/api/services/${world.services.s5}`)).status, 200);
    assert.equal((await c.get('/api/services?region=19')).body.total, 0);
  });

  test('a municipality user sees the services in its ORP', async () => {
    assert.deepEqual(await servicesOf('muni_worker'), rid('s2', 's3'));
    const c = await world.as('muni_worker');
    for (const s of ['s1', 's4', 's5', 's6']) assert.equal((await c.get(`/api/services/${world.services[s]}`)).status, 404, s);
    assert.equal((await c.get(`/api/services/${world.services.s2}`)).status, 200);
  });

  test('an audit body sees no services; the platform admin sees all', async () => {
    assert.deepEqual(await servicesOf('audit_auditor'), []);
    assert.deepEqual(await servicesOf('admin'), rid('s1', 's2', 's3', 's4', 's5', 's6'));
  });

  test('a foreign-tenant user sees nothing of the first tenant', async () => {
    assert.deepEqual(await servicesOf('p2_admin'), rid('s5'));
    const c = await world.as('p2_admin');
    for (const s of ['s1', 's2', 's3', 's4']) {
      const r = await c.get(`/api/services/${world.services[s]}`);
      assert.equal(r.status, 404, s);
    }
    const org = await c.get(`/api/organisations/${world.orgs.p1}`);
    assert.equal(org.status, 404);
    assert.equal(org.body.error.code, 'not_found');
    const orgs = await c.get('/api/organisations?page_size=200');
    assert.deepEqual(orgs.body.items.map((o) => o.id), [world.orgs.p2]);
    const users = await c.get('/api/users?page_size=200');
    assert.equal(users.status, 200);
    assert.deepEqual(users.body.items.map((u) => u.login).sort(), ['p2_admin', 'p2_worker']);
    const patch = await c.patch(`/api/users/${world.users.p1_worker.id}`, { display_name: 'Převzato' });
    assert.equal(patch.status, 404, 'a foreign user cannot be edited (and is not revealed)');
    const roles = await c.put(`/api/users/${world.users.p1_worker.id}/memberships`, { memberships: [{ organisation_id: world.orgs.p2, role: 'worker' }] });
    assert.equal(roles.status, 404);
    const orgPatch = await c.patch(`/api/organisations/${world.orgs.p1}`, { name: 'Převzato' });
    assert.equal(orgPatch.status, 404);
    const audit = await c.get('/api/audit-log?page_size=200');
    assert.equal(audit.status, 200);
    const p1Logins = Object.keys(USERS).filter((l) => l.startsWith('p1_'));
    assert.deepEqual(audit.body.items.filter((e) => p1Logins.includes(e.user_login) || e.detail.includes('p1_')), []);
    const after = await world.admin.get(`/api/organisations/${world.orgs.p1}`);
    assert.equal(after.body.name, 'Charita Hradec Králové');
  });

  test('organisations visible to each kind of member', async () => {
    const visible = async (login) => {
      const r = await (await world.as(login)).get('/api/organisations?page_size=200');
      assert.equal(r.status, 200);
      assert.equal(r.body.items.length, r.body.total);
      return r.body.items.map((o) => o.id).sort((a, b) => a - b);
    };
    const ids = (...ks) => ks.map((k) => world.orgs[k]).sort((a, b) => a - b);
    assert.deepEqual(await visible('p1_worker'), ids('p1'));
    assert.deepEqual(await visible('region_officer'), ids('region', 'p1', 'p2', 'muni'));
    assert.deepEqual(await visible('muni_worker'), ids('muni', 'p1'));
    assert.deepEqual(await visible('audit_auditor'), ids('audit'));
    assert.deepEqual(await visible('admin'), ids('region', 'p1', 'p2', 'p3', 'muni', 'audit'));
    const p1 = await (await world.as('p1_worker')).get(`/api/organisations/${world.orgs.p1}`);
    assert.equal(p1.status, 200);
    assert.equal(p1.body.service_count, 3, 'active services of the provider');
  });

  test('secret facility addresses are null for everyone but the provider and the platform admin', async () => {
    const facilities = async (login) => {
      const r = await (await world.as(login)).get(`/api/services/${world.services.s3}`);
      assert.equal(r.status, 200, `${login}: ${r.text}`);
      return r.body.facilities;
    };
    for (const login of ['p1_readonly', 'p1_worker', 'admin']) {
      const f = await facilities(login);
      assert.equal(f.length, 2);
      assert.equal(f[0].secret, true);
      // The registry import never stores a secret street address (only region and municipality codes);
      // services entered directly keep it for the provider.
      if (world.loader === 'sql') assert.equal(f[0].address, 'Skrytá 7, 547 01 Náchod', login);
      else assert.equal(typeof f[0].address, 'string', `${login} gets the (stored part of the) address`);
      assert.equal(f[1].address, 'Kamenice 100, 547 01 Náchod');
    }
    for (const login of ['region_officer', 'muni_worker']) {
      const f = await facilities(login);
      assert.equal(f[0].secret, true);
      assert.equal(f[0].address, null, `${login} must not see the secret address`);
      assert.equal(f[1].secret, false);
      assert.equal(f[1].address, 'Kamenice 100, 547 01 Náchod');
      const raw = JSON.stringify(f);
      assert.ok(!raw.includes('Skrytá'), `${login}: the secret street appears somewhere: ${raw}`);
    }
  });

  test('an organisation admin lists only its organisation’s users', async () => {
    const c = await world.as('p1_admin');
    const r = await c.get('/api/users?page_size=200');
    assert.equal(r.status, 200);
    const logins = r.body.items.map((u) => u.login).sort();
    assert.deepEqual(logins, ['p1_admin', 'p1_auditor', 'p1_manager', 'p1_readonly', 'p1_worker', 'walk_target']);
    assert.equal(r.body.total, logins.length);
    for (const u of r.body.items) assert.ok(u.memberships.some((m) => m.organisation_id === world.orgs.p1), u.login);
    const search = await c.get('/api/users?q=p2_');
    assert.equal(search.body.total, 0);
  });

  test('an organisation admin cannot give roles in another organisation (403)', async () => {
    const c = await world.as('p1_admin');
    const before = (await world.admin.get('/api/users?page_size=1')).body.total;
    const create = await c.post('/api/users', {
      login: 'p1_intruder', display_name: 'Intruder', password: PASSWORD,
      memberships: [{ organisation_id: world.orgs.p2, role: 'admin' }],
    });
    assert.equal(create.status, 403, create.text);
    assert.equal(create.body.error.code, 'forbidden');
    assert.equal(create.body.error.field, 'memberships[0].organisation_id');
    const mixed = await c.post('/api/users', {
      login: 'p1_intruder', display_name: 'Intruder', password: PASSWORD,
      memberships: [{ organisation_id: world.orgs.p1, role: 'worker' }, { organisation_id: world.orgs.region, role: 'readonly' }],
    });
    assert.equal(mixed.status, 403, mixed.text);
    assert.equal(mixed.body.error.field, 'memberships[1].organisation_id');
    const put = await c.put(`/api/users/${world.users.p1_worker.id}/memberships`, {
      memberships: [{ organisation_id: world.orgs.p1, role: 'worker' }, { organisation_id: world.orgs.p2, role: 'admin' }],
    });
    assert.equal(put.status, 403, put.text);
    assert.equal((await world.admin.get('/api/users?page_size=1')).body.total, before, 'no user was created');
    const worker = (await world.admin.get('/api/users?q=p1_worker')).body.items[0];
    assert.deepEqual(worker.memberships.map((m) => [m.organisation_id, m.role]), [[world.orgs.p1, 'worker']]);
    const createOrg = await c.post('/api/organisations', { type: 'provider', name: 'Vlastní tenant' });
    assert.equal(createOrg.status, 403, 'only the platform admin creates organisations');
  });

  test('the audit log of an organisation admin shows only its organisation’s entries', async () => {
    // Activity elsewhere: the foreign tenant's admin logs in and creates a user; a region officer logs in.
    const p2 = await world.as('p2_admin', { fresh: true });
    const created = await p2.post('/api/users', {
      login: 'p2_new', display_name: 'P2 new', password: PASSWORD,
      memberships: [{ organisation_id: world.orgs.p2, role: 'readonly' }],
    });
    assert.equal(created.status, 201, created.text);
    await world.as('region_officer', { fresh: true });
    await world.as('p1_worker', { fresh: true });

    const r = await (await world.as('p1_admin')).get('/api/audit-log?page_size=200');
    assert.equal(r.status, 200);
    assert.ok(r.body.total > 0);
    const foreignLogins = ['p2_admin', 'p2_worker', 'p2_new', 'region_officer', 'region_admin', 'muni_worker', 'audit_auditor'];
    const foreignUserIds = foreignLogins.map((l) => String(world.users[l]?.id ?? created.body.id));
    const leaks = r.body.items.filter(
      (e) =>
        foreignLogins.includes(e.user_login) ||
        (e.entity === 'user' && foreignUserIds.includes(e.entity_id)) ||
        (e.entity === 'organisation' && e.entity_id !== String(world.orgs.p1)) ||
        foreignLogins.some((l) => e.detail.includes(l)),
    );
    assert.deepEqual(leaks, [], 'entries of other organisations');
    const own = r.body.items.filter((e) => e.action === 'login' && e.user_login === 'p1_worker');
    assert.ok(own.length > 0, 'logins of the organisation’s own users are there');
    const full = await world.admin.get('/api/audit-log?action=login&page_size=200');
    assert.ok(full.body.items.some((e) => e.user_login === 'p2_admin'), 'the platform admin sees every tenant');
  });
  test('an organisation admin cannot move its organisation into another region (widening what it sees)', async () => {
    const c = await world.as('region_admin');
    const before = await servicesOf('region_officer');
    const harmless = await c.patch(`/api/organisations/${world.orgs.region}`, { address: 'Pivovarské náměstí 1245/2, 500 03 Hradec Králové' });
    assert.equal(harmless.status, 200, `its own address: ${harmless.text}`);
    const r = await c.patch(`/api/organisations/${world.orgs.region}`, { region_code: '19' });
    try {
      assert.equal(r.status, 403, `changing region_code of its own organisation: ${r.status} ${r.text}`);
      assert.deepEqual(await servicesOf('region_officer'), before, 'the region still sees only its own services');
    } finally {
      if (r.status === 200) await world.admin.patch(`/api/organisations/${world.orgs.region}`, { region_code: '86' });
    }
  });

  test('what a member of two organisations does in one stays out of the other’s audit log', async () => {
    const dual = await world.admin.post('/api/users', {
      login: 'dual_member', display_name: 'Dual', password: PASSWORD,
      memberships: [{ organisation_id: world.orgs.p1, role: 'readonly' }, { organisation_id: world.orgs.p2, role: 'admin' }],
    });
    assert.equal(dual.status, 201, dual.text);
    const c = await world.as('dual_member', { fresh: true });
    const hire = await c.post('/api/users', {
      login: 'p2_secret_hire', display_name: 'Secret hire', password: PASSWORD,
      memberships: [{ organisation_id: world.orgs.p2, role: 'worker' }],
    });
    assert.equal(hire.status, 201, hire.text);
    const p2log = await (await world.as('p2_admin')).get('/api/audit-log?page_size=200');
    assert.ok(p2log.body.items.some((e) => e.detail.includes('p2_secret_hire')), 'P2 sees its new user');
    const p1log = await (await world.as('p1_admin')).get('/api/audit-log?page_size=200');
    const leaked = p1log.body.items.filter((e) => e.detail.includes('p2_secret_hire') || e.entity_id === String(hire.body.id));
    assert.deepEqual(leaked, [], 'P2’s user administration shows in P1’s audit log');
  });
});
