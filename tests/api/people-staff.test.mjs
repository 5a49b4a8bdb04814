// People module, staff part (issue 14 items 1, 3, 4) over HTTP on SQLite and PostgreSQL: a provider's
// manager records workers with absences, external trainings, education plans and appraisals; the
// requirement per worker counts attended Kvalis sessions and external trainings, shows the reading of the
// absence rule used and exports to Excel; the region sees aggregates only (cells below 5 suppressed);
// supervision hours come from the quality module's records. Access: the employer's admin and manager read and
// write, a worker reads their own record, another provider, the region, an auditor of the employer: 404;
// every read of a worker record is in the activity log; refusals and bad input change nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, assertUnchanged, setupTenants, unzipText } from './lib/harness.mjs';

let server;
let world;
const ids = {};
const year = new Date().getUTCFullYear();
const last = year - 1;

function worker(name, category, start, extra = {}) {
  return { organisation_id: world.orgs.p1, name, category, employment_start: start, ...extra };
}

// A region's module and a session of it, and a registration of a worker (the training part's tables, by SQL).
function session(heldOn, hours, inHouse, state) {
  const n = server.db.scalar('SELECT COUNT(*) FROM pe_modules') + 1;
  server.db.run(
    `INSERT INTO pe_modules (organiser_org_id, code, title, hours, accreditation_number, in_house, created_at, updated_at) ` +
      `VALUES (${world.orgs.region}, 'M${n}', 'Modul ${n}', ${hours}, '${inHouse ? '' : 'A2025/0001-SP'}', ${inHouse ? 1 : 0}, 1, 1)`,
  );
  const module = server.db.scalar(`SELECT id FROM pe_modules WHERE code = 'M${n}'`);
  server.db.run(
    `INSERT INTO pe_sessions (module_id, held_on, place, capacity, state, created_at, updated_at) ` +
      `VALUES (${module}, '${heldOn}', 'Hradec Králové', 15, '${state}', 1, 1)`,
  );
  return server.db.scalar(`SELECT id FROM pe_sessions WHERE module_id = ${module}`);
}

function register(sessionId, workerId, state, hours = 'NULL') {
  server.db.run(
    `INSERT INTO pe_registrations (session_id, worker_id, organisation_id, state, hours_attended, registered_at, updated_at) ` +
      `VALUES (${sessionId}, ${workerId}, ${world.orgs.p1}, '${state}', ${hours}, 1, 1)`,
  );
}

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
});
after(async () => {
  await server?.stop();
});

describe('staff records', () => {
  test('the manager records workers; the detail holds absences, trainings, plans, appraisals and the requirement', async () => {
    const manager = await world.as('p1_manager');
    const created = await manager.post('/api/people/workers',
      worker('Jana Nováková', 'social_worker', '2019-03-01', {
        position: 'sociální pracovnice', team: 'Terénní tým', fte: 0.8, service_id: world.services.s2,
        user_id: world.users.p1_worker.id,
      }));
    assert.equal(created.status, 201, created.text);
    ids.jana = created.body.worker.id;
    assert.equal(created.body.worker.service_name, 'Pečovatelská služba Náchodsko');
    assert.equal(created.body.worker.fte, 0.8);
    assert.equal(created.body.can_manage, true);
    assert.deepEqual(created.body.requirements.map((r) => r.year), [year, last]);
    assert.equal(created.body.requirements[0].required_hours, 24);
    assert.equal(created.body.rule.reading, 'one_twelfth_once');

    const petr = await manager.post('/api/people/workers', worker('Petr Svoboda', 'social_services_worker', `${last}-05-01`));
    assert.equal(petr.status, 201, petr.text);
    ids.petr = petr.body.worker.id;

    let r = await manager.post(`/api/people/workers/${ids.jana}/absences`, { date_from: `${last}-02-01`, date_to: `${last}-05-15`, reason: 'nemoc' });
    assert.equal(r.status, 201, r.text);
    ids.absence = r.body.absences[0].id;
    r = await manager.post(`/api/people/workers/${ids.jana}/trainings`, {
      held_on: `${last}-03-12`, title: 'Motivační rozhovory', organiser: 'KVI', hours: 8, kind: 'accredited_course',
      accreditation_number: 'A2023/0334-SP',
    });
    assert.equal(r.status, 201, r.text);
    r = await manager.post(`/api/people/workers/${ids.jana}/trainings`, {
      held_on: `${last}-05-20`, title: 'Porada s kazuistikou', hours: 12, kind: 'in_house',
    });
    assert.equal(r.status, 201, r.text);
    ids.inHouse = r.body.trainings.find((t) => t.kind === 'in_house').id;
    r = await manager.post(`/api/people/workers/${ids.jana}/education-plans`, { year: last, agreed_on: `${last}-01-20`, content: 'Kurzy' });
    assert.equal(r.status, 201, r.text);
    ids.plan = r.body.education_plans[0].id;
    r = await manager.put(`/api/people/education-plans/${ids.plan}`, { year: last, agreed_on: `${last}-01-21`, content: 'Kurzy a stáž', next_review_on: `${year}-01-21` });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.education_plans[0].content, 'Kurzy a stáž');
    r = await manager.post(`/api/people/workers/${ids.jana}/appraisals`, { held_on: `${last - 1}-11-15`, appraiser: 'vedoucí', next_due_on: `${last}-11-15` });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.appraisal_state, 'overdue');

    // Kvalis sessions: an accredited module of 8 h attended for 6 h, an in-house module of 4 h attended.
    register(session(`${last}-06-10`, 8, false, 'held'), ids.jana, 'attended', 6);
    register(session(`${last}-09-15`, 4, true, 'held'), ids.jana, 'attended');
    const detail = await manager.get(`/api/people/workers/${ids.jana}`);
    assert.equal(detail.status, 200, detail.text);
    assert.equal(detail.body.absences.length, 1);
    assert.equal(detail.body.trainings.length, 2);
    assert.equal(detail.body.sessions.length, 2);
    assert.deepEqual(detail.body.sessions.map((s) => s.hours), [6, 4]);
    const lastYear = detail.body.requirements.find((x) => x.year === last);
    assert.equal(lastYear.required_hours, 22); // one twelfth off for the absence
    assert.equal(lastYear.in_house_counted, 8); // 12 + 4 in-house hours, at most 8
    assert.equal(lastYear.counted_hours, 22); // 8 + 6 courses + 8 in-house
    assert.equal(lastYear.shortfall_hours, 0);
    assert.ok(lastYear.notes.some((n) => n.key === 'people.requirement.in_house_capped' && n.text.includes('8 h')), detail.text);
    assert.ok(lastYear.notes.some((n) => n.key === 'people.absence_reading.one_twelfth_once'));
  });

  test('the list of workers with this year\'s requirement, search and category', async () => {
    const manager = await world.as('p1_manager');
    const list = await manager.get(`/api/people/workers?organisation_id=${world.orgs.p1}`);
    assert.equal(list.status, 200, list.text);
    assert.deepEqual(list.body.items.map((w) => w.name), ['Jana Nováková', 'Petr Svoboda']);
    const jana = list.body.items[0];
    assert.equal(jana.requirement.year, year);
    assert.equal(jana.requirement.required_hours, 24);
    assert.equal(jana.user_id, world.users.p1_worker.id);
    const found = await manager.get(`/api/people/workers?organisation_id=${world.orgs.p1}&q=svob&category=social_services_worker`);
    assert.deepEqual(found.body.items.map((w) => w.name), ['Petr Svoboda']);
    const orgs = await manager.get('/api/people/organisations');
    assert.deepEqual(orgs.body.items.map((o) => [o.id, o.can_manage]), [[world.orgs.p1, true]]);
    const bad = await manager.get(`/api/people/workers?organisation_id=${world.orgs.p1}&category=nurse`);
    assert.equal(bad.status, 400, bad.text);
  });

  test('a worker reads their own record only; others get 404 and nothing in lists; reads are logged', async () => {
    const self = await world.as('p1_worker');
    const own = await self.get(`/api/people/workers/${ids.jana}`);
    assert.equal(own.status, 200, own.text);
    assert.equal(own.body.can_manage, false);
    const mine = await self.get('/api/people/workers');
    assert.deepEqual(mine.body.items.map((w) => w.id), [ids.jana]);
    const orgs = await self.get('/api/people/organisations');
    assert.deepEqual(orgs.body.items.map((o) => [o.id, o.can_manage]), [[world.orgs.p1, false]]);
    assert.equal((await self.get(`/api/people/workers/${ids.petr}`)).status, 404);
    assert.equal((await self.get(`/api/people/requirement?organisation_id=${world.orgs.p1}`)).status, 403);

    const outsiders = ['p1_auditor', 'p1_readonly', 'p2_admin', 'region_admin', 'region_officer', 'muni_worker'];
    for (const login of outsiders) await world.as(login);
    const before = server.db.snapshot({ skip: ['sessions', 'login_attempts', 'audit_log'] });
    assert.equal((await self.put(`/api/people/workers/${ids.jana}`, worker('Jana N.', 'social_worker', '2019-03-01'))).status, 403);
    for (const login of outsiders) {
      const c = await world.as(login);
      const r = await c.get(`/api/people/workers/${ids.jana}`);
      assert.equal(r.status, 404, `${login}: ${r.text}`);
      const list = await c.get('/api/people/workers');
      assert.equal(list.status, 200, `${login}: ${list.text}`);
      assert.deepEqual(list.body.items, [], login);
      const byOrg = await c.get(`/api/people/workers?organisation_id=${world.orgs.p1}`);
      assert.equal(byOrg.status, 404, `${login}: ${byOrg.text}`);
      const put = await c.put(`/api/people/workers/${ids.jana}`, worker('X', 'other', '2019-03-01'));
      assert.ok([403, 404].includes(put.status), `${login}: ${put.status}`);
      const del = await c.delete(`/api/people/absences/${ids.absence}`);
      assert.ok([403, 404].includes(del.status), `${login}: ${del.status}`);
    }
    assertUnchanged(before, server.db.snapshot({ skip: ['sessions', 'login_attempts', 'audit_log'] }));

    const reads = server.db.scalar(
      `SELECT COUNT(*) FROM audit_log WHERE action = 'people.worker.read' AND entity_id = '${ids.jana}'`);
    assert.equal(Number(reads), 2); // the manager's and the worker's own
    const admin = world.admin;
    assert.equal((await admin.get(`/api/people/workers/${ids.jana}`)).status, 200);
  });

  test('bad input is 4xx naming the field and changes nothing', async () => {
    const manager = await world.as('p1_manager');
    const before = server.db.snapshot({ skip: ['sessions', 'login_attempts', 'audit_log'] });
    const cases = [
      ['POST', '/api/people/workers', { ...worker('Jana', 'nurse', '2020-01-01') }, 'category'],
      ['POST', '/api/people/workers', { ...worker('Jana', 'other', '2020-13-01') }, 'employment_start'],
      ['POST', '/api/people/workers', { ...worker('Jana', 'other', '2020-01-01'), employment_end: '2019-01-01' }, 'employment_end'],
      ['POST', '/api/people/workers', { ...worker('Jana', 'other', '2020-01-01'), fte: 3 }, 'fte'],
      ['POST', '/api/people/workers', { ...worker('Jana', 'other', '2020-01-01'), service_id: world.services.s5 }, 'service_id'],
      ['POST', '/api/people/workers', { ...worker('Jana', 'other', '2020-01-01'), user_id: world.users.p2_worker.id }, 'user_id'],
      ['POST', '/api/people/workers', { name: 'Jana', category: 'other', employment_start: '2020-01-01' }, 'organisation_id'],
      ['POST', '/api/people/workers', { ...worker('Jana', 'other', '2020-01-01'), fte: 'plný' }, 'fte'],
      ['POST', `/api/people/workers/${ids.petr}/absences`, { date_from: `${last}-03-10`, date_to: `${last}-04-09` }, 'date_to'],
      ['POST', `/api/people/workers/${ids.petr}/trainings`, { held_on: `${last}-03-10`, title: 'Kurz', hours: 0, kind: 'in_house' }, 'hours'],
      ['POST', `/api/people/workers/${ids.petr}/trainings`, { held_on: `${last}-03-10`, title: 'Kurz', hours: 8, kind: 'webinar' }, 'kind'],
      ['POST', `/api/people/workers/${ids.jana}/education-plans`, { year: last, agreed_on: `${last}-02-01` }, 'year'],
      ['POST', `/api/people/workers/${ids.petr}/appraisals`, { held_on: `${last}-02-01`, next_due_on: `${last}-01-01` }, 'next_due_on'],
    ];
    for (const [method, url, body, field] of cases) {
      const r = await manager.request(method, url, { json: body });
      assert.ok(r.status >= 400 && r.status < 500, `${url} ${field}: ${r.status} ${r.text}`);
      assert.equal(r.body?.error?.field ?? r.body?.field, field, `${url}: ${r.text}`);
    }
    assert.equal((await manager.get(`/api/people/requirement?organisation_id=${world.orgs.p1}&year=20250`)).status, 400);
    assert.equal((await manager.get('/api/people/requirement')).status, 400);
    assert.equal((await manager.get('/api/people/workers/999999')).status, 404);
    assertUnchanged(before, server.db.snapshot({ skip: ['sessions', 'login_attempts', 'audit_log'] }));
  });
});

describe('the requirement', () => {
  test('the organisation\'s list with the reading of the absence rule, and its Excel export', async () => {
    const manager = await world.as('p1_manager');
    const list = await manager.get(`/api/people/requirement?organisation_id=${world.orgs.p1}&year=${last}`);
    assert.equal(list.status, 200, list.text);
    assert.equal(list.body.rule.reading, 'one_twelfth_once');
    assert.match(list.body.rule.text, /jednou/);
    const petr = list.body.items.find((i) => i.worker.id === ids.petr);
    assert.equal(petr.required_hours, 16); // May–December of last year: 8/12 of 24 h
    assert.equal(petr.shortfall_hours, 16);
    const jana = list.body.items.find((i) => i.worker.id === ids.jana);
    assert.equal(jana.shortfall_hours, 0);
    assert.equal(jana.education_plan, true);
    assert.equal(jana.appraisal_next_due_on, `${last}-11-15`);
    assert.equal(jana.appraisal_state, 'overdue');
    assert.ok(jana.notes.every((n) => n.key && n.text));

    const started = await manager.get(`/api/people/requirement?organisation_id=${world.orgs.p1}&year=${last}&reading=started_months`);
    assert.equal(started.body.rule.reading, 'started_months');
    assert.equal(started.body.items.find((i) => i.worker.id === ids.jana).required_hours, 16); // Feb–May off


    const res = await fetch(`${manager.baseUrl}/api/people/requirement/export.xlsx?organisation_id=${world.orgs.p1}&year=${last}`,
      { headers: { Cookie: manager.cookie } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /spreadsheetml/);
    const files = unzipText(new Uint8Array(await res.arrayBuffer()));
    const strings = Object.entries(files).filter(([n]) => n.includes('sharedStrings') || n.includes('sheet1')).map(([, t]) => t).join('');
    assert.ok(strings.includes('Petr Svoboda') && strings.includes('Jana Nováková'), 'both workers in the sheet');
    assert.ok(strings.includes('Chybí (h)'), 'Czech header');
    assert.equal((await (await world.as('p2_admin')).get(`/api/people/requirement/export.xlsx?organisation_id=${world.orgs.p1}`)).status, 404);
  });

  test('planned hours come from registrations for future sessions', async () => {
    const manager = await world.as('p1_manager');
    const next = year + 1;
    register(session(`${next}-03-01`, 16, false, 'open'), ids.petr, 'registered');
    register(session(`${next}-04-01`, 8, false, 'open'), ids.petr, 'waiting');
    const list = await manager.get(`/api/people/requirement?organisation_id=${world.orgs.p1}&year=${next}`);
    assert.equal(list.status, 200, list.text);
    const petr = list.body.items.find((i) => i.worker.id === ids.petr);
    assert.equal(petr.planned_hours, 16);
    assert.ok(petr.notes.some((n) => n.key === 'people.staff.planned'));
    // A worker with registrations is not deleted (end the employment instead).
    assert.equal((await manager.delete(`/api/people/workers/${ids.petr}`)).status, 409);
  });

  test('the region sees aggregates per provider with cells below 5 suppressed; others are refused', async () => {
    const manager = await world.as('p1_manager');
    for (let i = 0; i < 4; i++) {
      const r = await manager.post('/api/people/workers', worker(`Sociální pracovník ${i}`, 'social_worker', '2018-01-01'));
      assert.equal(r.status, 201, r.text);
    }
    // A single small cell could be read back from the total: a second one (the manager) keeps both hidden.
    const head = await manager.post('/api/people/workers', worker('Vedoucí Služby', 'manager', '2015-01-01'));
    assert.equal(head.status, 201, head.text);
    const region = await world.as('region_officer');
    const agg = await region.get(`/api/people/requirement/regional?year=${last}`);
    assert.equal(agg.status, 200, agg.text);
    assert.equal(agg.body.region_code, '86');
    assert.equal(agg.body.min_cell, 5);
    assert.equal(agg.body.items.length, 1);
    const p1 = agg.body.items[0];
    assert.equal(p1.organisation_id, world.orgs.p1);
    const sw = p1.categories.find((c) => c.category === 'social_worker');
    assert.deepEqual([sw.workers, sw.short_workers, sw.shortfall_hours, sw.suppressed], [5, 4, 96, false]);
    const ssw = p1.categories.find((c) => c.category === 'social_services_worker');
    assert.deepEqual([ssw.workers, ssw.short_workers, ssw.shortfall_hours, ssw.suppressed], [null, null, null, true]);
    assert.equal(p1.categories.find((c) => c.category === 'manager').suppressed, true);
    assert.deepEqual([p1.total.workers, p1.total.short_workers, p1.total.shortfall_hours, p1.total.suppressed], [7, 5, 112, false]);
    assert.ok(!agg.text.includes('Nováková'), 'no names in the aggregates');

    assert.equal((await manager.get(`/api/people/requirement/regional?region_code=86`)).status, 403);
    assert.equal((await manager.get(`/api/people/requirement/regional`)).status, 400);
    assert.equal((await world.admin.get(`/api/people/requirement/regional?region_code=86`)).status, 200);
    assert.equal((await region.get(`/api/people/requirement?organisation_id=${world.orgs.p1}`)).status, 404);
  });

  test('supervision hours per worker and team from the quality module, beside training hours', async () => {
    const manager = await world.as('p1_manager');
    const rec = await manager.post('/api/quality/care/supervisions', {
      provider_org_id: world.orgs.p1, kind: 'supervision', form: 'team', supervisor: 'Mgr. Hana Veselá',
      held_on: `${last}-04-14`, hours: 3, topics: 'Hranice ve vztahu s klientem',
      participants: [{ name: 'Jana Nováková', team: 'Terénní tým' }, { name: 'Host Zvenku', team: 'Terénní tým' }],
    });
    assert.equal(rec.status, 201, rec.text);
    const sup = await manager.get(`/api/people/supervision?organisation_id=${world.orgs.p1}&year=${last}`);
    assert.equal(sup.status, 200, sup.text);
    assert.equal(sup.body.sessions, 1);
    const jana = sup.body.items.find((w) => w.worker_id === ids.jana);
    assert.equal(jana.supervision_hours, 3);
    assert.equal(jana.team, 'Terénní tým');
    assert.equal(jana.training_hours, 30); // 8 + 12 external, 6 + 4 Kvalis sessions
    assert.deepEqual(sup.body.unmatched.map((u) => u.name), ['Host Zvenku']);
    assert.deepEqual(sup.body.teams.map((t) => [t.team, t.hours]), [['Terénní tým', 3]]);
    assert.equal((await (await world.as('p1_worker')).get(`/api/people/supervision?organisation_id=${world.orgs.p1}`)).status, 403);
    assert.equal((await (await world.as('p2_admin')).get(`/api/people/supervision?organisation_id=${world.orgs.p1}`)).status, 404);
  });

  test('deleting an absence, a training and a worker without registrations', async () => {
    const manager = await world.as('p1_manager');
    assert.equal((await manager.delete(`/api/people/absences/${ids.absence}`)).status, 204);
    assert.equal((await manager.delete(`/api/people/trainings/${ids.inHouse}`)).status, 204);
    assert.equal((await manager.delete(`/api/people/absences/${ids.absence}`)).status, 404);
    const w = await manager.post('/api/people/workers', worker('Krátce Zaměstnaný', 'other', '2024-01-01'));
    assert.equal((await manager.delete(`/api/people/workers/${w.body.worker.id}`)).status, 204);
    assert.equal((await manager.get(`/api/people/workers/${w.body.worker.id}`)).status, 404);
  });
});
