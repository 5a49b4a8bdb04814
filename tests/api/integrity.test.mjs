// Writes are all-or-nothing (issue 9 item 1): a request that fails changes nothing, also when the route
// validates inside its transaction after it has written part of the change. Every case takes a snapshot of
// every table before and after the failed request (TestDatabase.snapshot) on SQLite and on PostgreSQL.
//
// The first three describe blocks failed before Database::write rolled back on an error result: the
// assessments, the audit and its header were stored although the request answered 4xx. The last block
// surveys the other write routes that validate inside a transaction.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, assertUnchanged, setupTenants, regionSqssTemplate } from './lib/harness.mjs';

let server;
let world;
let template;
let criteria; // of an external audit of s1, for the scoring cases

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  template = await regionSqssTemplate(world, 'Integrita');
});
after(async () => {
  await server?.stop();
});

// Sends the request and checks that it fails with the status (and field) and leaves every table as it was.
async function failsAndChangesNothing(send, status, field) {
  const before = server.db.snapshot();
  const r = await send();
  assert.equal(r.status, status, r.text);
  if (field !== undefined) assert.equal(r.body.error.field, field, r.text);
  assertUnchanged(before, server.db.snapshot());
  return r;
}

async function externalAudit(title) {
  const auditor = await world.as('audit_auditor');
  const r = await auditor.post('/api/quality/audits', {
    type: 'external', template_id: template.id, service_id: world.services.s1, title,
  });
  assert.equal(r.status, 201, r.text);
  return r.body;
}

describe('PUT /api/quality/audits/{id}/assessments', () => {
  let audit;
  let path;
  before(async () => {
    audit = await externalAudit('Hodnocení po částech');
    criteria = audit.criteria;
    path = `/api/quality/audits/${audit.summary.id}/assessments`;
  });

  // A valid first item, different in every case so that a stored one would show.
  const first = (note) => ({ criterion_id: criteria[0].criterion_id, level_code: 'met', note });

  test('an unknown criterion in the second item: 400 and the first item is not stored', async () => {
    const auditor = await world.as('audit_auditor');
    await failsAndChangesNothing(
      () => auditor.put(path, { assessments: [first('neznámé kritérium za mnou'), { criterion_id: 99999999, level_code: 'met' }] }),
      400, 'assessments[1].criterion_id',
    );
    const detail = await auditor.get(`/api/quality/audits/${audit.summary.id}`);
    assert.equal(detail.body.criteria.find((c) => c.criterion_id === criteria[0].criterion_id).level_code ?? '', '');
    assert.equal(detail.body.revision, audit.revision);
  });

  test('an unknown level in the second item: 400, nothing stored', async () => {
    const auditor = await world.as('audit_auditor');
    await failsAndChangesNothing(
      () => auditor.put(path, { assessments: [first('neznámá úroveň za mnou'), { criterion_id: criteria[1].criterion_id, level_code: 'excellent' }] }),
      400, 'assessments[1].level_code',
    );
  });

  test('a note over 4000 characters in the second item: 400, nothing stored', async () => {
    const auditor = await world.as('audit_auditor');
    await failsAndChangesNothing(
      () => auditor.put(path, {
        assessments: [first('dlouhá poznámka za mnou'), { criterion_id: criteria[1].criterion_id, level_code: 'met', note: 'x'.repeat(4001) }],
      }),
      400, 'assessments[1].note',
    );
  });

  test('the same batch without the bad item is stored whole', async () => {
    const auditor = await world.as('audit_auditor');
    const r = await auditor.put(path, { assessments: [first('uloženo'), { criterion_id: criteria[1].criterion_id, level_code: 'not_met' }] });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.criteria.find((c) => c.criterion_id === criteria[0].criterion_id).level_code, 'met');
    assert.equal(r.body.criteria.find((c) => c.criterion_id === criteria[1].criterion_id).level_code, 'not_met');
  });
});

describe('POST /api/quality/audits with a team that leaves out the caller', () => {
  test('refused naming the team; no audit, team or log entry is created', async () => {
    const auditor = await world.as('audit_auditor');
    const audits = server.db.scalar('SELECT COUNT(*) FROM q_audits');
    const r = await failsAndChangesNothing(
      () => auditor.post('/api/quality/audits', {
        type: 'external', template_id: template.id, service_id: world.services.s1, title: 'Audit pro jiné',
        team: [{ user_id: world.users.region_admin.id, role: 'leader' }],
      }),
      400, 'team',
    );
    assert.match(r.body.error.message, /týmu|tým/);
    assert.equal(server.db.scalar('SELECT COUNT(*) FROM q_audits'), audits);
    assert.equal(server.db.scalar("SELECT COUNT(*) FROM q_audits WHERE title = 'Audit pro jiné'"), 0);
  });
});

describe('PATCH /api/quality/audits/{id} with a team that leaves out the caller', () => {
  test('refused naming the team; the title and the team stay as they were', async () => {
    const audit = await externalAudit('Původní název');
    const auditor = await world.as('audit_auditor');
    await failsAndChangesNothing(
      () => auditor.patch(`/api/quality/audits/${audit.summary.id}`, {
        title: 'Změněný název', team: [{ user_id: world.users.region_admin.id, role: 'leader' }],
      }),
      400, 'team',
    );
    const detail = await auditor.get(`/api/quality/audits/${audit.summary.id}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.summary.title, 'Původní název');
    assert.deepEqual(detail.body.team.map((m) => [m.user_id, m.role]), [[world.users.audit_auditor.id, 'leader']]);
  });
});

describe('other write routes that validate inside their transaction change nothing when they fail', () => {
  test('quality: findings, actions, templates, sets', async () => {
    const audit = await externalAudit('Zjištění a opatření');
    const auditor = await world.as('audit_auditor');
    await failsAndChangesNothing(
      () => auditor.post(`/api/quality/audits/${audit.summary.id}/findings`, { criterion_id: 99999999, severity: 'high', text: 'x' }),
      400, 'criterion_id',
    );
    const f = await auditor.post(`/api/quality/audits/${audit.summary.id}/findings`, { severity: 'high', text: 'Chybí pravidla.' });
    assert.equal(f.status, 201, f.text);
    await failsAndChangesNothing(
      () => auditor.patch(`/api/quality/findings/${f.body.id}`, { text: 'jiný text', severity: 'fatal' }),
      400, 'severity',
    );
    await failsAndChangesNothing(
      () => auditor.post(`/api/quality/findings/${f.body.id}/actions`, {
        text: 'Zpracovat', owner: 'Vedoucí', due_date: '2099-01-01', bm_indicator_code: 'no_such', bm_group_id: 99999999,
      }),
      400, 'bm_indicator_code',
    );
    const region = await world.as('region_officer');
    await failsAndChangesNothing(
      () => region.patch(`/api/quality/templates/${template.id}`, { name: 'Nový název', weights: [{ code: '99z', weight: 2 }] }),
      400, 'weights[0].code',
    );
  });

  test('care: a supervision linking an unknown finding second', async () => {
    const manager = await world.as('p1_manager');
    await failsAndChangesNothing(
      () => manager.post('/api/quality/care/supervisions', {
        provider_org_id: world.orgs.p1, kind: 'supervision', form: 'team', supervisor: 'Mgr. Veselá', held_on: '2026-03-01',
        hours: 2, participants: [{ name: 'Jana Nováková', team: 'Terén' }], finding_ids: [99999998, 99999999],
      }),
      400, 'finding_ids[0]',
    );
  });

  test('benchmark: members of a working group with an unknown second member', async () => {
    const region = await world.as('region_officer');
    const g = await region.post('/api/benchmark/groups', { name: 'Domovy pro seniory', kinds: ['13'] });
    assert.equal(g.status, 201, g.text);
    await failsAndChangesNothing(
      () => region.put(`/api/benchmark/groups/${g.body.id}/members`, {
        members: [{ provider_org_id: world.orgs.p1, participation: 'full' }, { provider_org_id: 99999999, participation: 'full' }],
      }),
      400, 'members[1].provider_org_id',
    );
    await failsAndChangesNothing(
      () => region.patch(`/api/benchmark/groups/${g.body.id}`, { name: 'Jiný název', kinds: ['13', 'xx'] }),
      400, 'kinds[1]',
    );
  });

  test('accounts and registry: memberships with a bad second item, a provider moving itself', async () => {
    const p1admin = await world.as('p1_admin');
    await failsAndChangesNothing(
      () => p1admin.put(`/api/users/${world.users.p1_worker.id}/memberships`, {
        memberships: [{ organisation_id: world.orgs.p1, role: 'manager' }, { organisation_id: world.orgs.p1, role: 'boss' }],
      }),
      400, 'memberships[1].role',
    );
    await failsAndChangesNothing(
      () => p1admin.patch(`/api/organisations/${world.orgs.p1}`, { name: 'Přejmenovaná charita', region_code: '19' }),
      403,
    );
  });
});
