// GET /api/services: filters, search, sorting, paging, validation; GET /api/services/{id}.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, SERVICES, setupTenants } from './lib/harness.mjs';

let server;
let world;
let admin;
before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, { users: ['region_officer'] });
  admin = world.admin;
});
after(async () => {
  await server?.stop();
});

// Service keys (s1…s6) of a list answer, in order.
async function list(query, client = admin) {
  const r = await client.get(`/api/services${query ? '?' + query : ''}`);
  assert.equal(r.status, 200, `${query}: ${r.text}`);
  const keys = r.body.items.map((s) => Object.keys(SERVICES).find((k) => SERVICES[k].registry_id === s.registry_id));
  return { keys, body: r.body };
}
const sorted = (keys) => [...keys].sort();

// Runs fn with the region officer switched to English (a logged-in user's language wins over
// Accept-Language), then switches back.
async function inEnglish(fn) {
  const c = await world.as('region_officer');
  assert.equal((await c.patch('/api/me', { language: 'en' })).status, 200);
  try {
    return await fn(c);
  } finally {
    assert.equal((await c.patch('/api/me', { language: 'cs' })).status, 200);
  }
}

async function assertInvalid(query, field, client = admin) {
  const r = await client.get(`/api/services?${query}`);
  assert.equal(r.status, 400, `${query} → ${r.status} ${r.text}`);
  assert.equal(r.body.error.code, 'invalid_input', query);
  assert.equal(r.body.error.field, field, `${query}: field`);
  assert.ok(r.body.error.message.length > 0);
  return r;
}

describe('services list', () => {
  test('default: active services, sorted by name, first page of 50', async () => {
    const { keys, body } = await list('');
    assert.deepEqual(keys, ['s3', 's1', 's6', 's5', 's2'], 'by name without diacritics: Azylový, Domov, Noclehárna, Osobní, Pečovatelská');
    assert.equal(body.total, 5);
    assert.equal(body.page, 1);
    assert.equal(body.page_size, 50);
  });

  test('a summary has the documented fields', async () => {
    const { body } = await list('kind=4');
    assert.equal(body.items.length, 1);
    const s = body.items[0];
    assert.deepEqual(s, {
      id: world.services.s2,
      registry_id: '9000002',
      name: 'Pečovatelská služba Náchodsko',
      kind_code: '4',
      kind_name: 'Pečovatelská služba',
      provider_id: world.orgs.p1,
      provider_name: 'Charita Hradec Králové',
      forms: ['amb', 'ter'],
      capacity_total: 120,
      capacity_unit: 'klient',
      territory_codes: ['5209', '5210'],
      region_code: '86',
      status: 'active',
      registered_from: '2012-05-01',
      ended_on: '',
    });
    const en = await inEnglish((c) => c.get('/api/services?kind=4'));
    assert.equal(en.body.items[0].kind_name, 'home care service', 'names follow the user’s language');
  });

  test('filters: kind, territory, region, target_group, form, status, provider_id and combinations', async () => {
    assert.deepEqual((await list('kind=13')).keys, ['s1']);
    assert.deepEqual((await list('kind=10')).keys, [], 'the only day care centre has ended');
    assert.deepEqual((await list('kind=10&status=ended')).keys, ['s4']);
    assert.deepEqual(sorted((await list('territory=5209')).keys), ['s2', 's3']);
    assert.deepEqual((await list('territory=5210')).keys, ['s2']);
    assert.deepEqual((await list('territory=5201')).keys, []);
    assert.deepEqual((await list('region=19')).keys, ['s6']);
    assert.deepEqual(sorted((await list('region=86')).keys), ['s1', 's2', 's3', 's5']);
    assert.deepEqual(sorted((await list('target_group=24')).keys), ['s1', 's2', 's5']);
    assert.deepEqual((await list('target_group=3')).keys, ['s3']);
    assert.deepEqual(sorted((await list('form=pob')).keys), ['s1', 's3']);
    assert.deepEqual(sorted((await list('form=ter')).keys), ['s2', 's5']);
    assert.deepEqual(sorted((await list('form=amb')).keys), ['s2', 's6']);
    assert.deepEqual((await list('status=ended')).keys, ['s4']);
    assert.equal((await list('status=all')).body.total, 6);
    assert.deepEqual(sorted((await list(`provider_id=${world.orgs.p1}&status=all`)).keys), ['s1', 's2', 's3', 's4']);
    assert.deepEqual((await list('kind=4&territory=5209&form=ter&target_group=17')).keys, ['s2']);
    assert.deepEqual((await list('kind=4&form=pob')).keys, []);
    assert.deepEqual((await list('territory=5209&status=all&form=amb')).keys, ['s2']);
    // Filters narrow the caller's scope, never widen it.
    const officer = await world.as('region_officer');
    assert.deepEqual((await list('region=19', officer)).keys, []);
    assert.deepEqual((await list('territory=5214', officer)).keys, ['s5']);
  });

  test('q: case and diacritics do not matter, the registry identifier matches', async () => {
    for (const q of ['svetla', 'Světlá', 'SVĚTLÁ', 'SvEtLa', 'seniory svetla', '  světlá  ', 'domov pro'])
      assert.deepEqual((await list(`q=${encodeURIComponent(q)}`)).keys, ['s1'], `q=${q}`);
    assert.deepEqual((await list(`q=${encodeURIComponent('ŽOFIE')}`)).keys, ['s3']);
    assert.deepEqual((await list(`q=${encodeURIComponent('náchodsko')}`)).keys, ['s2']);
    assert.deepEqual((await list('q=9000005')).keys, ['s5']);
    assert.deepEqual(sorted((await list('q=dum')).keys), ['s3'], 'dům without diacritics');
    assert.deepEqual((await list('q=neexistuje')).keys, []);
    assert.deepEqual((await list(`q=${encodeURIComponent('úsvit')}`)).keys, [], 'ended services need status');
    assert.deepEqual((await list(`q=${encodeURIComponent('úsvit')}&status=all`)).keys, ['s4']);
  });

  test('q is plain text: LIKE wildcards % and _ match only themselves', async () => {
    for (const q of ['%', '_', '%%', 'dom_v', 'a%b'])
      assert.deepEqual((await list(`q=${encodeURIComponent(q)}`)).keys, [], `q=${q} matches no name`);
  });

  test('answers to different queries never get mixed up (q containing & and =)', async () => {
    // The literal text "domov&kind=13" matches no name; kind=13 with q=domov matches s1. Asked in both
    // orders so that a cached answer of one cannot stand in for the other.
    const literal = `q=${encodeURIComponent('domov&kind=13')}`;
    assert.deepEqual((await list(literal)).keys, [], 'literal first');
    assert.deepEqual((await list('q=domov&kind=13')).keys, ['s1'], 'the real filter after the literal');
    const literal2 = `q=${encodeURIComponent('seniory&form=pob')}`;
    assert.deepEqual((await list('q=seniory&form=pob')).keys, ['s1'], 'the real filter first');
    assert.deepEqual((await list(literal2)).keys, [], 'the literal after the real filter');
  });

  test('sort and order', async () => {
    assert.deepEqual((await list('sort=name&order=desc')).keys, ['s2', 's5', 's6', 's1', 's3']);
    assert.deepEqual((await list('sort=capacity')).keys, ['s3', 's6', 's5', 's1', 's2']);
    assert.deepEqual((await list('sort=capacity&order=desc')).keys, ['s2', 's1', 's5', 's6', 's3']);
    assert.deepEqual((await list('sort=kind')).keys, ['s5', 's2', 's1', 's3', 's6'], 'kind codes numerically (3, 4, 13, 20, 26)');
    assert.deepEqual((await list('sort=kind&order=desc')).keys, ['s6', 's3', 's1', 's2', 's5']);
    assert.deepEqual((await list('sort=registered_from')).keys, ['s1', 's5', 's2', 's3', 's6']);
    const byProvider = (await list('sort=provider')).keys;
    assert.deepEqual(byProvider[0], 's6', 'Armáda spásy first');
    assert.deepEqual(sorted(byProvider.slice(1, 4)), ['s1', 's2', 's3'], 'then Charita');
    assert.deepEqual(byProvider[4], 's5', 'Krkonošská asistence last');
  });

  test('paging', async () => {
    const p1 = await list('page_size=2');
    assert.deepEqual(p1.keys, ['s3', 's1']);
    assert.equal(p1.body.total, 5);
    assert.equal(p1.body.page, 1);
    assert.equal(p1.body.page_size, 2);
    const p2 = await list('page_size=2&page=2');
    assert.deepEqual(p2.keys, ['s6', 's5']);
    assert.equal(p2.body.page, 2);
    const p3 = await list('page_size=2&page=3');
    assert.deepEqual(p3.keys, ['s2']);
    const p4 = await list('page_size=2&page=4');
    assert.deepEqual(p4.keys, []);
    assert.equal(p4.body.total, 5, 'total is the count of all matches, also past the end');
    assert.equal((await list('page_size=200')).body.items.length, 5);
    assert.equal((await list('page_size=1&sort=capacity&order=desc')).keys[0], 's2');
  });

  test('unknown codes and bad parameters → 400 naming the field', async () => {
    await assertInvalid('kind=2', 'kind');
    await assertInvalid('kind=999', 'kind');
    await assertInvalid('territory=9999', 'territory');
    await assertInvalid('region=99', 'region');
    await assertInvalid('target_group=99', 'target_group');
    await assertInvalid('form=xyz', 'form');
    await assertInvalid('form=POB', 'form');
    await assertInvalid('status=bogus', 'status');
    await assertInvalid('sort=price', 'sort');
    await assertInvalid('order=up', 'order');
    await assertInvalid('provider_id=abc', 'provider_id');
    await assertInvalid('provider_id=0', 'provider_id');
    await assertInvalid(`q=${'x'.repeat(201)}`, 'q');
    const unknown = await assertInvalid('kind=999', 'kind');
    assert.match(unknown.body.error.message, /999/);
    const en = await inEnglish((c) => c.get('/api/services?territory=9999'));
    assert.equal(en.status, 400);
    assert.match(en.body.error.message, /territory/);
    assert.match(en.body.error.message, /unknown|Unknown/);
  });

  test('page_size > 200 and other paging errors → 400 naming page_size or page', async () => {
    const r = await assertInvalid('page_size=201', 'page_size');
    assert.match(r.body.error.message, /200/);
    await assertInvalid('page_size=1000000', 'page_size');
    await assertInvalid('page_size=0', 'page_size');
    await assertInvalid('page_size=-5', 'page_size');
    await assertInvalid('page_size=abc', 'page_size');
    await assertInvalid('page_size=2.5', 'page_size');
    await assertInvalid('page=0', 'page');
    await assertInvalid('page=abc', 'page');
    await assertInvalid('page=99999999999999999999', 'page');
    // Other list routes share the paging rules.
    for (const route of ['/api/organisations', '/api/users', '/api/audit-log']) {
      const x = await admin.get(`${route}?page_size=201`);
      assert.equal(x.status, 400, route);
      assert.equal(x.body.error.field, 'page_size', route);
    }
  });
});

describe('service detail', () => {
  test('GET /api/services/{id}: forms, capacities, groups, facilities, contacts, territories', async () => {
    const r = await admin.get(`/api/services/${world.services.s1}`);
    assert.equal(r.status, 200);
    const d = r.body;
    assert.equal(d.id, world.services.s1);
    assert.equal(d.name, 'Domov pro seniory Světlá');
    assert.equal(d.kind_code, '13');
    assert.equal(d.kind_name, 'Domovy pro seniory');
    assert.equal(d.provider_id, world.orgs.p1);
    assert.equal(d.region_code, '86');
    assert.equal(d.status, 'active');
    assert.equal(d.forms.length, 1);
    assert.equal(d.forms[0].form, 'pob');
    assert.equal(d.forms[0].continuous, true);
    assert.equal(d.forms[0].capacities[0].count, 80);
    assert.deepEqual(d.target_groups, [{ code: '24', name: 'senioři' }]);
    assert.equal(d.age_groups.length, 1);
    assert.deepEqual(d.territories, [{ code: '5205', name: 'Hradec Králové' }]);
    assert.equal(d.facilities.length, 1);
    assert.equal(d.facilities[0].secret, false);
    assert.equal(d.facilities[0].address, 'Na Kopci 12, 500 02 Hradec Králové');
    assert.deepEqual(d.contacts, { emails: ['svetla@example.cz'], phones: ['+420 495 000 001'], webs: [] });
  });

  test('unknown or malformed ids → 404 not_found', async () => {
    for (const id of ['999999', '0', '-1', 'abc', '1.5', '99999999999999999999999']) {
      const r = await admin.get(`/api/services/${id}`);
      assert.equal(r.status, 404, `${id}: ${r.text}`);
      assert.equal(r.body.error.code, 'not_found');
    }
  });
});
