// The care part of the quality module (issue 10 section 5), on SQLite and PostgreSQL: the places of a
// transformation plan are edited in place, inclusion-indicator definitions are managed (created, edited,
// retired) by the region's managers and a retired one takes no new values, and the supervision page's
// provider list holds every provider the caller may record for (an audit body: those it audits; a region:
// those of its region), searchable by name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, assertUnchanged, setupTenants, regionSqssTemplate } from './lib/harness.mjs';

let server;
let world;

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
});
after(async () => {
  await server?.stop();
});

async function refused(send, status, field) {
  const before = server.db.snapshot();
  const r = await send();
  assert.equal(r.status, status, r.text);
  if (field !== undefined) assert.equal(r.body.error.field, field, r.text);
  assertUnchanged(before, server.db.snapshot());
  return r;
}

const place = (extra = {}) => ({
  name: 'Byt Komenského', address: 'Komenského 1, Hradec Králové', ordinary_housing: true, capacity: 4,
  household_sizes: [2, 2], equipment_complete: true, support_separated: true, equipment_note: '', note: '', ...extra,
});

describe('places of a transformation plan (5a)', () => {
  let plan;
  let placeId;
  before(async () => {
    const manager = await world.as('p1_manager');
    const r = await manager.post('/api/quality/care/transformation/plans', {
      service_id: world.services.s1, title: 'Transformace Světlá', baseline_capacity: 80, target_capacity: 20,
      baseline_on: '2024-01-01', target_on: '2030-12-31',
    });
    assert.equal(r.status, 201, r.text);
    plan = r.body;
    const added = await manager.post(`/api/quality/care/transformation/plans/${plan.summary.id}/places`, place());
    assert.equal(added.status, 201, added.text);
    placeId = added.body.places[0].id;
  });

  test('a place is edited in place: every field, with its community check recomputed', async () => {
    const manager = await world.as('p1_manager');
    const r = await manager.put(`/api/quality/care/transformation/places/${placeId}`,
      place({ name: 'Byt Komenského 2', capacity: 6, household_sizes: [3, 3], support_separated: false, note: 'Po úpravě' }));
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.places.length, 1);
    const p = r.body.places[0];
    assert.equal(p.id, placeId);
    assert.equal(p.name, 'Byt Komenského 2');
    assert.equal(p.capacity, 6);
    assert.deepEqual(p.household_sizes, [3, 3]);
    assert.equal(p.support_separated, false);
    assert.equal(p.note, 'Po úpravě');
    assert.equal(p.checks.find((c) => c.criterion === 'separation').state, 'not_met');
    assert.equal(p.result, 'not_met');
  });

  test('a bad edit names the field and changes nothing', async () => {
    const manager = await world.as('p1_manager');
    const url = `/api/quality/care/transformation/places/${placeId}`;
    await refused(() => manager.put(url, place({ capacity: 0 })), 400, 'capacity');
    await refused(() => manager.put(url, place({ household_sizes: [2, 0] })), 400, 'household_sizes');
    await refused(() => manager.put(url, place({ household_sizes: [] })), 400, 'household_sizes');
    await refused(() => manager.put(url, place({ name: '  ' })), 400, 'name');
    await refused(() => manager.put(url, place({ service_id: world.services.s5 })), 400, 'service_id');
  });

  test('only who may write the plan edits its places', async () => {
    const url = `/api/quality/care/transformation/places/${placeId}`;
    const [worker, other, manager] = [await world.as('p1_worker'), await world.as('p2_admin'), await world.as('p1_manager')];
    await refused(() => worker.put(url, place()), 403);
    await refused(() => other.put(url, place()), 404);
    await refused(() => manager.put('/api/quality/care/transformation/places/999999', place()), 404);
  });
});

describe('inclusion-indicator definitions (5b)', () => {
  const definition = (extra = {}) => ({ code: 'own_key', name: 'Vlastní klíč', unit: '%', direction: 'higher', description: '', ...extra });

  test("the region's managers create, edit and retire indicators; the list keeps retired ones", async () => {
    const region = await world.as('region_officer');
    const created = await region.post('/api/quality/care/inclusion-indicators', definition());
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.region_org_id, world.orgs.region);
    const id = created.body.id;
    const edited = await region.put(`/api/quality/care/inclusion-indicators/${id}`, definition({ name: 'Klienti s vlastním klíčem', unit: 'podíl %' }));
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.name, 'Klienti s vlastním klíčem');
    assert.equal(edited.body.unit, 'podíl %');
    assert.equal(edited.body.archived, false);
    const retired = await region.put(`/api/quality/care/inclusion-indicators/${id}`, definition({ name: 'Klienti s vlastním klíčem', archived: true }));
    assert.equal(retired.status, 200, retired.text);
    assert.equal(retired.body.archived, true);
    const list = await region.get('/api/quality/care/inclusion-indicators');
    assert.equal(list.status, 200, list.text);
    assert.equal(list.body.can_edit, true);
    assert.deepEqual(list.body.items.filter((i) => i.id === id).map((i) => [i.code, i.archived]), [['own_key', true]]);
    // Brought back.
    const back = await region.put(`/api/quality/care/inclusion-indicators/${id}`, definition({ name: 'Klienti s vlastním klíčem', archived: false }));
    assert.equal(back.body.archived, false);
  });

  test('bad definitions name the field; others than the region managers may not change them', async () => {
    const region = await world.as('region_officer');
    await refused(() => region.post('/api/quality/care/inclusion-indicators', definition({ code: 'Bad code' })), 400, 'code');
    await refused(() => region.post('/api/quality/care/inclusion-indicators', definition({ code: 'other', direction: 'up' })), 400, 'direction');
    await refused(() => region.post('/api/quality/care/inclusion-indicators', definition({ code: 'other', name: '' })), 400, 'name');
    await refused(() => region.post('/api/quality/care/inclusion-indicators', definition()), 409, 'code');
    const list = await (await world.as('p1_manager')).get(`/api/quality/care/inclusion-indicators?region_org_id=${world.orgs.region}`);
    assert.equal(list.status, 200, list.text);
    assert.equal(list.body.can_edit, false);
    const id = list.body.items.find((i) => i.code === 'own_key').id;
    const manager = await world.as('p1_manager');
    await refused(() => manager.put(`/api/quality/care/inclusion-indicators/${id}`, definition()), 403);
    await refused(() => manager.post('/api/quality/care/inclusion-indicators', definition({ code: 'p1_own', region_org_id: world.orgs.region })), 403);
  });

  test('a retired indicator keeps its values but takes no new ones', async () => {
    const region = await world.as('region_officer');
    const ind = await region.post('/api/quality/care/inclusion-indicators', definition({ code: 'paid_work', name: 'Placená práce' }));
    assert.equal(ind.status, 201, ind.text);
    const manager = await world.as('p1_manager');
    const plan = await manager.post('/api/quality/care/transformation/plans', {
      service_id: world.services.s3, title: 'Transformace Žofie', baseline_capacity: 25, target_capacity: 10,
      baseline_on: '2024-01-01', target_on: '2028-12-31',
    });
    assert.equal(plan.status, 201, plan.text);
    const url = `/api/quality/care/transformation/plans/${plan.body.summary.id}/inclusion-values`;
    const set = await manager.put(url, { values: [{ indicator_id: ind.body.id, period: '2024', value: 10 }] });
    assert.equal(set.status, 200, set.text);
    const retired = await region.put(`/api/quality/care/inclusion-indicators/${ind.body.id}`,
      definition({ code: 'paid_work', name: 'Placená práce', archived: true }));
    assert.equal(retired.status, 200, retired.text);
    await refused(() => manager.put(url, { values: [{ indicator_id: ind.body.id, period: '2025', value: 12 }] }), 400,
      'values[0].indicator_id');
    const kept = await manager.get(`/api/quality/care/transformation/plans/${plan.body.summary.id}`);
    assert.deepEqual(kept.body.values.filter((v) => v.indicator_id === ind.body.id).map((v) => [v.period, v.value]), [['2024', 10]]);
    // Its old value may still be removed.
    const removed = await manager.put(url, { values: [{ indicator_id: ind.body.id, period: '2024', value: null }] });
    assert.equal(removed.status, 200, removed.text);
    assert.equal(removed.body.values.filter((v) => v.indicator_id === ind.body.id).length, 0);
  });
});

describe('providers on the supervision page (5c)', () => {
  before(async () => {
    // The audit body audits a service of p1 (and of no other provider).
    const template = await regionSqssTemplate(world, 'Péče');
    const auditor = await world.as('audit_auditor');
    const r = await auditor.post('/api/quality/audits',
      { template_id: template.id, type: 'external', service_id: world.services.s2, title: 'Externí audit PS' });
    assert.equal(r.status, 201, r.text);
  });

  const providers = async (login, q) => {
    const r = await (await world.as(login)).get(`/api/quality/care/providers${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`);
    assert.equal(r.status, 200, r.text);
    return r.body.items.map((p) => p.id);
  };

  test('a region picks any provider of its region, an audit body those it audits, a provider itself', async () => {
    const region = await providers('region_officer');
    assert.ok(region.includes(world.orgs.p1) && region.includes(world.orgs.p2), JSON.stringify(region));
    assert.equal(region.includes(world.orgs.p3), false, 'a provider of another region');
    assert.deepEqual(await providers('audit_auditor'), [world.orgs.p1]);
    assert.deepEqual(await providers('p1_manager'), [world.orgs.p1]);
    assert.deepEqual(await providers('p2_worker'), [world.orgs.p2]);
    const all = await providers('admin');
    assert.ok([world.orgs.p1, world.orgs.p2, world.orgs.p3].every((id) => all.includes(id)));
  });

  test('the list is searched by name, ignoring case and diacritics', async () => {
    assert.deepEqual(await providers('region_officer', 'krkonosska'), [world.orgs.p2]);
    assert.deepEqual(await providers('region_officer', 'CHARITA'), [world.orgs.p1]);
    assert.deepEqual(await providers('region_officer', 'nic takového'), []);
  });

  test('every provider listed is one the caller may record for', async () => {
    const region = await world.as('region_officer');
    for (const id of await providers('region_officer')) {
      const r = await region.get(`/api/quality/care/providers/${id}/findings`);
      assert.equal(r.status, 200, `${id}: ${r.text}`);
    }
    const auditor = await world.as('audit_auditor');
    const r = await auditor.post('/api/quality/care/supervisions', {
      provider_org_id: world.orgs.p1, kind: 'supervision', form: 'team', supervisor: 'Mgr. Nováková', held_on: '2026-03-02',
      hours: 1.5, participants: [{ name: 'Eva Dvořáková', team: 'Terén' }],
    });
    assert.equal(r.status, 201, r.text);
  });
});
