// Who may conduct which audit, whose findings an audit body reads and links, and no findings on a closed
// audit (issue 9 items 2–4), on SQLite and PostgreSQL. The rule of item 2 is a pure function with its own
// table (tests/data/quality/audit_conductors.csv); here every case goes through the HTTP routes, and a
// refused request changes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, assertUnchanged, setupTenants, regionSqssTemplate } from './lib/harness.mjs';

let server;
let world;
let template;

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  template = await regionSqssTemplate(world, 'Přístup');
});
after(async () => {
  await server?.stop();
});

async function refused(send, status, field, message) {
  const before = server.db.snapshot();
  const r = await send();
  assert.equal(r.status, status, r.text);
  if (field !== undefined) assert.equal(r.body.error.field, field, r.text);
  if (message) assert.match(r.body.error.message, message);
  assertUnchanged(before, server.db.snapshot());
  return r;
}

const audit = (body) => ({ template_id: template.id, title: `${body.type} ${Math.random()}`, ...body });

describe('who conducts which audit (item 2)', () => {
  test("a provider's manager cannot audit another provider's service in its own name", async () => {
    const manager = await world.as('p1_manager');
    await refused(
      () => manager.post('/api/quality/audits', audit({ type: 'external', service_id: world.services.s5, conducted_by_org_id: world.orgs.p1 })),
      400, 'conducted_by_org_id', /auditorský subjekt nebo kraj/,
    );
    await refused(
      () => manager.post('/api/quality/audits', audit({ type: 'process', service_id: world.services.s1, conducted_by_org_id: world.orgs.p1 })),
      400, 'conducted_by_org_id',
    );
    // Nothing of it reaches the other provider.
    const other = await (await world.as('p2_admin')).get('/api/quality/audits');
    assert.equal(other.body.total, 0);
  });

  test('a self-assessment or internal audit only by the audited organisation itself', async () => {
    const manager = await world.as('p1_manager');
    await refused(
      () => manager.post('/api/quality/audits', audit({ type: 'self_assessment', service_id: world.services.s5 })),
      400, 'conducted_by_org_id', /organizace, jejímž jste členem/,
    );
    await refused(
      () => manager.post('/api/quality/audits', audit({ type: 'internal', service_id: world.services.s5, conducted_by_org_id: world.orgs.p1 })),
      400, 'conducted_by_org_id', /sama hodnocená organizace/,
    );
    const auditor = await world.as('audit_auditor');
    await refused(
      () => auditor.post('/api/quality/audits', audit({ type: 'self_assessment', service_id: world.services.s1 })),
      400, 'conducted_by_org_id',
    );
    const own = await manager.post('/api/quality/audits', audit({ type: 'internal', service_id: world.services.s1 }));
    assert.equal(own.status, 201, own.text);
    assert.equal(own.body.summary.conducted_by_org_id, world.orgs.p1);
  });

  test('external and process audits by an audit body, or by the region within its region', async () => {
    const auditor = await world.as('audit_auditor');
    // An audit body audits any registered service, also outside the region.
    const byBody = await auditor.post('/api/quality/audits', audit({ type: 'process', service_id: world.services.s6 }));
    assert.equal(byBody.status, 201, byBody.text);
    assert.equal(byBody.body.summary.conducted_by_org_id, world.orgs.audit);
    const region = await world.as('region_officer');
    const byRegion = await region.post('/api/quality/audits', audit({ type: 'external', service_id: world.services.s1 }));
    assert.equal(byRegion.status, 201, byRegion.text);
    assert.equal(byRegion.body.summary.conducted_by_org_id, world.orgs.region);
    // Praha's service is outside Královéhradecký kraj.
    await refused(
      () => region.post('/api/quality/audits', audit({ type: 'external', service_id: world.services.s6 })),
      400, 'service_id', /ve svém kraji/,
    );
    await refused(
      () => region.post('/api/quality/audits', audit({ type: 'external', audited_org_id: world.orgs.p3, conducted_by_org_id: world.orgs.region })),
      400, 'audited_org_id',
    );
  });

  test('a state inspection record only by the region (or the platform administrator in its name)', async () => {
    const manager = await world.as('p1_manager');
    await refused(
      () => manager.post('/api/quality/audits', audit({ type: 'inspection_basic', audited_org_id: world.orgs.muni, conducted_by_org_id: world.orgs.p1 })),
      400, 'conducted_by_org_id', /inspekci vede kraj/,
    );
    await refused(
      () => manager.post('/api/quality/audits', audit({ type: 'inspection_followup', service_id: world.services.s1 })),
      400, 'conducted_by_org_id',
    );
    const auditor = await world.as('audit_auditor');
    await refused(
      () => auditor.post('/api/quality/audits', audit({ type: 'inspection_notice', service_id: world.services.s1 })),
      400, 'conducted_by_org_id',
    );
    await refused(
      () => world.admin.post('/api/quality/audits', audit({ type: 'inspection_basic', service_id: world.services.s1, conducted_by_org_id: world.orgs.p1 })),
      400, 'conducted_by_org_id',
    );
    const region = await world.as('region_officer');
    const r = await region.post('/api/quality/audits', audit({ type: 'inspection_basic', service_id: world.services.s1 }));
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.summary.conducted_by_org_id, world.orgs.region);
    const byAdmin = await world.admin.post('/api/quality/audits',
      audit({ type: 'inspection_notice', service_id: world.services.s1, conducted_by_org_id: world.orgs.region }));
    assert.equal(byAdmin.status, 201, byAdmin.text);
  });

  test('PATCH cannot turn an audit into a type its conductor may not run', async () => {
    const auditor = await world.as('audit_auditor');
    const ext = await auditor.post('/api/quality/audits', audit({ type: 'external', service_id: world.services.s1 }));
    assert.equal(ext.status, 201, ext.text);
    await refused(() => auditor.patch(`/api/quality/audits/${ext.body.summary.id}`, { type: 'self_assessment' }), 400, 'conducted_by_org_id');
    await refused(() => auditor.patch(`/api/quality/audits/${ext.body.summary.id}`, { type: 'inspection_basic' }), 400, 'conducted_by_org_id');
    const toProcess = await auditor.patch(`/api/quality/audits/${ext.body.summary.id}`, { type: 'process' });
    assert.equal(toProcess.status, 200, toProcess.text);
    assert.equal(toProcess.body.summary.type, 'process');

    const manager = await world.as('p1_manager');
    const self = await manager.post('/api/quality/audits', audit({ type: 'self_assessment', service_id: world.services.s1 }));
    assert.equal(self.status, 201, self.text);
    await refused(() => manager.patch(`/api/quality/audits/${self.body.summary.id}`, { type: 'external' }), 400, 'conducted_by_org_id');
    const internal = await manager.patch(`/api/quality/audits/${self.body.summary.id}`, { type: 'internal' });
    assert.equal(internal.status, 200, internal.text);
  });
});

describe("a provider's findings and supervision records (item 3)", () => {
  let internalFinding;
  let externalFinding;
  before(async () => {
    const manager = await world.as('p1_manager');
    const self = await manager.post('/api/quality/audits', audit({ type: 'self_assessment', service_id: world.services.s2, title: 'Vlastní sebehodnocení' }));
    assert.equal(self.status, 201, self.text);
    const f1 = await manager.post(`/api/quality/audits/${self.body.summary.id}/findings`, { severity: 'medium', text: 'Interní zjištění' });
    assert.equal(f1.status, 201, f1.text);
    internalFinding = f1.body;
    const auditor = await world.as('audit_auditor');
    const ext = await auditor.post('/api/quality/audits', audit({ type: 'external', service_id: world.services.s2, title: 'Externí audit PS' }));
    assert.equal(ext.status, 201, ext.text);
    const f2 = await auditor.post(`/api/quality/audits/${ext.body.summary.id}/findings`, { severity: 'high', text: 'Externí zjištění' });
    assert.equal(f2.status, 201, f2.text);
    externalFinding = f2.body;
    // The audit body's auditor cannot open the self-assessment.
    assert.equal((await auditor.get(`/api/quality/audits/${self.body.summary.id}`)).status, 404);
  });

  const findingsOf = async (login, org) => (await world.as(login)).get(`/api/quality/care/providers/${org}/findings`);

  test('an audit body reads only the findings of audits it may open', async () => {
    const r = await findingsOf('audit_auditor', world.orgs.p1);
    assert.equal(r.status, 200, r.text);
    const ids = r.body.items.map((f) => f.id);
    assert.ok(ids.includes(externalFinding.id));
    assert.equal(ids.includes(internalFinding.id), false, 'the self-assessment finding is hidden');
    for (const login of ['p1_manager', 'region_officer']) {
      const all = await findingsOf(login, world.orgs.p1);
      assert.equal(all.status, 200, login);
      assert.deepEqual(all.body.items.map((f) => f.id).filter((id) => [internalFinding.id, externalFinding.id].includes(id)).sort(),
        [internalFinding.id, externalFinding.id].sort(), login);
    }
    // A provider it has no audit of, and another provider's staff: not found.
    assert.equal((await findingsOf('audit_auditor', world.orgs.p2)).status, 404);
    assert.equal((await findingsOf('p2_admin', world.orgs.p1)).status, 404);
  });

  const record = (provider, extra = {}) => ({
    provider_org_id: provider, kind: 'consultation', form: 'team', supervisor: 'Institut kvality', held_on: '2026-04-01',
    hours: 2, participants: [{ name: 'Eva Dvořáková', team: 'Domov' }], ...extra,
  });

  test('an audit body records only for providers it sees and links only findings it may read', async () => {
    const auditor = await world.as('audit_auditor');
    await refused(() => auditor.post('/api/quality/care/supervisions', record(world.orgs.p2)), 400, 'provider_org_id');
    await refused(
      () => auditor.post('/api/quality/care/supervisions', record(world.orgs.p1, { finding_ids: [externalFinding.id, internalFinding.id] })),
      400, 'finding_ids[1]',
    );
    const ok = await auditor.post('/api/quality/care/supervisions', record(world.orgs.p1, { finding_ids: [externalFinding.id] }));
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.body.recorded_by_org_id, world.orgs.audit);
    assert.deepEqual(ok.body.findings.map((f) => f.id), [externalFinding.id]);
    await refused(
      () => auditor.put(`/api/quality/care/supervisions/${ok.body.id}`, record(world.orgs.p1, { finding_ids: [internalFinding.id] })),
      400, 'finding_ids[0]',
    );
    // The provider links its own self-assessment's finding.
    const manager = await world.as('p1_manager');
    const own = await manager.post('/api/quality/care/supervisions', record(world.orgs.p1, { finding_ids: [internalFinding.id] }));
    assert.equal(own.status, 201, own.text);
  });
});

describe('findings of a closed audit (item 4)', () => {
  test('cannot be added or edited until the audit is reopened', async () => {
    const auditor = await world.as('audit_auditor');
    const a = await auditor.post('/api/quality/audits', audit({ type: 'external', service_id: world.services.s1, title: 'K uzavření' }));
    assert.equal(a.status, 201, a.text);
    const id = a.body.summary.id;
    const f = await auditor.post(`/api/quality/audits/${id}/findings`, { severity: 'low', text: 'Před uzavřením' });
    assert.equal(f.status, 201, f.text);
    const closed = await auditor.post(`/api/quality/audits/${id}/close`);
    assert.equal(closed.status, 200, closed.text);
    const closedMsg = /uzavřen; pro změny ho nejprve znovu otevřete/;
    await refused(() => auditor.post(`/api/quality/audits/${id}/findings`, { severity: 'high', text: 'Po uzavření' }), 400, 'status', closedMsg);
    await refused(() => auditor.patch(`/api/quality/findings/${f.body.id}`, { text: 'Přepsáno po uzavření' }), 400, 'status', closedMsg);
    await refused(() => auditor.delete(`/api/quality/findings/${f.body.id}`), 400, 'status');
    // Corrective actions are still planned after close.
    const action = await auditor.post(`/api/quality/findings/${f.body.id}/actions`, { text: 'Opravit', owner: 'Vedoucí', due_date: '2099-01-01' });
    assert.equal(action.status, 201, action.text);
    assert.equal((await auditor.post(`/api/quality/audits/${id}/reopen`)).status, 200);
    const edited = await auditor.patch(`/api/quality/findings/${f.body.id}`, { text: 'Po znovuotevření' });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.text, 'Po znovuotevření');
  });
});

describe('an audit never links to a page its team cannot open (item 18)', () => {
  test("an audit body's auditor reads the service it audits, and its results, but no other", async () => {
    const auditor = await world.as('audit_auditor');
    // s3 and s4 are audited nowhere else in this file.
    assert.equal((await auditor.get(`/api/services/${world.services.s3}`)).status, 404);
    const a = await auditor.post('/api/quality/audits', audit({ type: 'external', service_id: world.services.s3 }));
    assert.equal(a.status, 201, a.text);
    const service = await auditor.get(`/api/services/${world.services.s3}`);
    assert.equal(service.status, 200, service.text);
    assert.equal(service.body.id, world.services.s3);
    const scores = await auditor.get(`/api/benchmark/services/${world.services.s3}/scores`);
    assert.equal(scores.status, 200, scores.text);
    assert.equal((await auditor.get(`/api/services/${world.services.s4}`)).status, 404);
    assert.equal((await auditor.get(`/api/benchmark/services/${world.services.s4}/scores`)).status, 404);
  });
});
