// People module, training part (issue 14 item 2) over HTTP on SQLite and PostgreSQL: modules and the run plan
// (places × runs in one step), sessions and their states, registration by a provider of its workers with a
// waiting list, cancellation moving the first waiting one up, who sees names and who only counts, attendance
// (the session held, hours and certificate numbers), the certificate as HTML and PDF (checked with pdftotext),
// the anonymous feedback given once per attended registration and its results per module and lecturer, and the
// activity log.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, setupTenants } from './lib/harness.mjs';
import { pragueDate } from './lib/dates.mjs';

let server;
let world;
const ids = { workers: {} };

const day = (offset) => pragueDate(offset);

// A worker of an organisation straight into pe_workers (the staff part's API is another helper's).
function addWorker(key, org, name, userLogin) {
  const user = userLogin ? world.users[userLogin].id : 'NULL';
  server.db.run(
    `INSERT INTO pe_workers (organisation_id, user_id, name, position, category, employment_start, created_at, updated_at) ` +
      `VALUES (${world.orgs[org]}, ${user}, '${name}', 'sociální pracovník', 'social_worker', '2020-01-01', 1, 1)`,
  );
  ids.workers[key] = Number(server.db.scalar(`SELECT id FROM pe_workers WHERE name = '${name}'`));
}

async function as(login) {
  return world.as(login);
}

async function binary(client, urlPath) {
  const res = await fetch(client.baseUrl + urlPath, { headers: { Cookie: client.cookie } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

const moduleBody = {
  code: 'KV-01',
  title: 'Komunikace s klientem s kognitivním deficitem',
  topic: 'Komunikace',
  hours: 8,
  accreditation_number: 'A2024/0123-SP/PC',
  accreditation_body: 'MPSV',
  accredited_until: '2028-06-30',
};

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, { services: false });
  addWorker('anna', 'p1', 'Anna Šťastná', 'p1_worker');
  addWorker('bohus', 'p1', 'Bohuslav Řehoř', null);
  addWorker('cyril', 'p1', 'Cyril Novák', null);
  addWorker('dana', 'p2', 'Dana Krkonošská', null);
});
after(async () => {
  await server?.stop();
});

describe('people training', () => {
  test('modules: the organiser creates and changes them, others read them only', async () => {
    const region = await as('region_officer');
    const r = await region.post('/api/people/modules', { ...moduleBody, organiser_org_id: world.orgs.region });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.module.title, moduleBody.title);
    assert.equal(r.body.module.accredited, true);
    assert.equal(r.body.module.can_manage, true);
    assert.equal(r.body.module.organiser_name, 'Královéhradecký kraj');
    ids.module = r.body.module.id;

    const p1 = await as('p1_manager');
    const refused = await p1.post('/api/people/modules', { ...moduleBody, organiser_org_id: world.orgs.region });
    assert.equal(refused.status, 403, refused.text);
    const bad = await region.post('/api/people/modules', { ...moduleBody, organiser_org_id: world.orgs.region, hours: 0 });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'hours');

    const list = await p1.get('/api/people/modules?q=kognitiv');
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.items.map((m) => [m.code, m.can_manage]), [['KV-01', false]]);
    const change = await p1.put(`/api/people/modules/${ids.module}`, { ...moduleBody, hours: 6 });
    assert.equal(change.status, 403);
    const changed = await region.put(`/api/people/modules/${ids.module}`, { ...moduleBody, topic: 'Komunikace a etika' });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.module.topic, 'Komunikace a etika');
  });

  test('the run plan creates places × runs sessions in one step', async () => {
    const region = await as('region_officer');
    const empty = await region.post(`/api/people/modules/${ids.module}/run-plan`, {
      places: [], runs_per_place: 2, first_date: day(30), capacity: 2,
    });
    assert.equal(empty.status, 400);
    assert.equal(empty.body.error.field, 'places');
    const twice = await region.post(`/api/people/modules/${ids.module}/run-plan`, {
      places: ['Náchod', 'Náchod'], runs_per_place: 2, first_date: day(30), capacity: 2,
    });
    assert.equal(twice.status, 400);
    assert.equal(twice.body.error.field, 'places[1]');
    const refused = await (await as('p1_manager')).post(`/api/people/modules/${ids.module}/run-plan`, {
      places: ['Náchod'], runs_per_place: 1, first_date: day(30), capacity: 2,
    });
    assert.equal(refused.status, 403);

    const r = await region.post(`/api/people/modules/${ids.module}/run-plan`, {
      places: ['Hradec Králové', 'Náchod'], runs_per_place: 2, first_date: day(30), interval_days: 7, capacity: 2,
      lecturer: 'Mgr. Jana Dvořáková', cost: 1200, state: 'open',
    });
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(
      r.body.sessions.map((s) => [s.held_on, s.place, s.run_label, s.capacity, s.state]),
      [
        [day(30), 'Hradec Králové', '1/2', 2, 'open'],
        [day(37), 'Náchod', '1/2', 2, 'open'],
        [day(44), 'Hradec Králové', '2/2', 2, 'open'],
        [day(51), 'Náchod', '2/2', 2, 'open'],
      ],
    );
    ids.session = r.body.sessions[0].id;
    ids.session2 = r.body.sessions[1].id;
    const list = await (await as('p2_worker')).get(`/api/people/sessions?module_id=${ids.module}&state=open`);
    assert.equal(list.status, 200);
    assert.equal(list.body.items.length, 4);
    assert.equal(list.body.items[0].module.code, 'KV-01');
    assert.equal(list.body.items[0].lecturer, 'Mgr. Jana Dvořáková');
    const badDate = await region.get('/api/people/sessions?from=2025-13-01');
    assert.equal(badDate.status, 400);
    assert.equal(badDate.body.error.field, 'from');
  });

  test('registration: places first, then the waiting list; a cancellation moves the first waiting one up', async () => {
    const p1 = await as('p1_manager');
    const p2 = await as('p2_admin');
    const r = await p1.post(`/api/people/sessions/${ids.session}/registrations`, {
      worker_ids: [ids.workers.anna, ids.workers.bohus, ids.workers.cyril],
    });
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(r.body.items.map((i) => [i.state, i.waiting_position ?? null]), [
      ['registered', null], ['registered', null], ['waiting', 1],
    ]);
    ids.regAnna = r.body.items[0].registration_id;
    ids.regBohus = r.body.items[1].registration_id;
    ids.regCyril = r.body.items[2].registration_id;

    const d = await p2.post(`/api/people/sessions/${ids.session}/registrations`, { worker_ids: [ids.workers.dana] });
    assert.equal(d.status, 201, d.text);
    assert.deepEqual([d.body.items[0].state, d.body.items[0].waiting_position], ['waiting', 2]);
    ids.regDana = d.body.items[0].registration_id;

    const notYours = await p2.post(`/api/people/sessions/${ids.session}/registrations`, { worker_ids: [ids.workers.bohus] });
    assert.equal(notYours.status, 400);
    assert.equal(notYours.body.error.field, 'worker_ids[0]');
    const again = await p1.post(`/api/people/sessions/${ids.session}/registrations`, { worker_ids: [ids.workers.anna] });
    assert.equal(again.status, 400);
    const worker = await (await as('p1_worker')).post(`/api/people/sessions/${ids.session}/registrations`, { worker_ids: [ids.workers.anna] });
    assert.equal(worker.status, 403);

    // Who sees whom: the organiser all names, a provider its own, a worker himself; counts for everyone.
    const seen = async (login) => {
      const x = await (await as(login)).get(`/api/people/sessions/${ids.session}`);
      assert.equal(x.status, 200, x.text);
      assert.deepEqual([x.body.session.registered, x.body.session.waiting], [2, 2]);
      return x.body.registrations.map((g) => g.worker_name);
    };
    assert.deepEqual(await seen('region_officer'), ['Anna Šťastná', 'Bohuslav Řehoř', 'Cyril Novák', 'Dana Krkonošská']);
    assert.deepEqual(await seen('p1_manager'), ['Anna Šťastná', 'Bohuslav Řehoř', 'Cyril Novák']);
    assert.deepEqual(await seen('p2_admin'), ['Dana Krkonošská']);
    assert.deepEqual(await seen('p1_worker'), ['Anna Šťastná']);
    assert.deepEqual(await seen('p2_worker'), []);

    // p2 cannot see Bohuslav's registration: 404; p1 cancels it and Cyril (first waiting) moves up.
    assert.equal((await p2.post(`/api/people/registrations/${ids.regBohus}/cancel`)).status, 404);
    const c = await p1.post(`/api/people/registrations/${ids.regBohus}/cancel`);
    assert.equal(c.status, 200, c.text);
    assert.deepEqual(
      c.body.registrations.map((g) => [g.worker_name, g.state, g.waiting_position ?? null]),
      [['Anna Šťastná', 'registered', null], ['Cyril Novák', 'registered', null], ['Bohuslav Řehoř', 'cancelled', null]],
    );
    const after = await (await as('region_officer')).get(`/api/people/sessions/${ids.session}`);
    const dana = after.body.registrations.find((g) => g.worker_name === 'Dana Krkonošská');
    assert.deepEqual([dana.state, dana.waiting_position], ['waiting', 1]);
    assert.deepEqual([after.body.session.registered, after.body.session.waiting], [2, 1]);
    // A cancelled one cannot be cancelled again; it can be registered again (at the end of the list).
    const twice = await p1.post(`/api/people/registrations/${ids.regBohus}/cancel`);
    assert.equal(twice.status, 400);
    assert.equal(twice.body.error.field, 'state');
    const back = await p1.post(`/api/people/sessions/${ids.session}/registrations`, { worker_ids: [ids.workers.bohus] });
    assert.equal(back.status, 201, back.text);
    assert.deepEqual([back.body.items[0].registration_id, back.body.items[0].state, back.body.items[0].waiting_position],
      [ids.regBohus, 'waiting', 2]);
    // The waiting Dana leaves: Bohuslav closes up to 1.
    const leave = await p2.post(`/api/people/registrations/${ids.regDana}/cancel`);
    assert.equal(leave.status, 200, leave.text);
    const bohus = (await p1.get(`/api/people/sessions/${ids.session}`)).body.registrations.find((g) => g.id === ids.regBohus);
    assert.deepEqual([bohus.state, bohus.waiting_position], ['waiting', 1]);
    // More places move the waiting up.
    const region = await as('region_officer');
    const s = (await region.get(`/api/people/sessions/${ids.session}`)).body.session;
    const more = await region.put(`/api/people/sessions/${ids.session}`, {
      held_on: s.held_on, place: s.place, capacity: 3, lecturer: s.lecturer, cost: s.cost, run_label: s.run_label,
    });
    assert.equal(more.status, 200, more.text);
    assert.deepEqual([more.body.session.registered, more.body.session.waiting], [3, 0]);

    const log = server.db.scalar(`SELECT COUNT(*) FROM audit_log WHERE action = 'people.training.register'`);
    assert.equal(Number(log), 5);
    assert.equal(Number(server.db.scalar(`SELECT COUNT(*) FROM audit_log WHERE action = 'people.training.cancel'`)), 2);
  });

  test('session states: planned → open → cancelled; registration only while open', async () => {
    const region = await as('region_officer');
    const r = await region.post('/api/people/sessions', {
      module_id: ids.module, held_on: day(60), place: 'Trutnov', capacity: 10, lecturer: 'Bc. Petr Malý',
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.session.state, 'planned');
    const id = r.body.session.id;
    const early = await (await as('p1_manager')).post(`/api/people/sessions/${id}/registrations`, { worker_ids: [ids.workers.anna] });
    assert.equal(early.status, 400);
    assert.equal(early.body.error.field, 'session_id');
    assert.equal((await region.post(`/api/people/sessions/${id}/open`)).body.session.state, 'open');
    assert.equal((await region.post(`/api/people/sessions/${id}/open`)).status, 400);
    assert.equal((await (await as('p1_manager')).post(`/api/people/sessions/${id}/cancel`)).status, 403);
    assert.equal((await region.post(`/api/people/sessions/${id}/cancel`)).body.session.state, 'cancelled');
    const badTime = await region.post('/api/people/sessions', {
      module_id: ids.module, held_on: day(60), time_from: '25:00', place: 'Trutnov', capacity: 10,
    });
    assert.equal(badTime.status, 400);
    assert.equal(badTime.body.error.field, 'time_from');
  });

  test('attendance, certificates (HTML, PDF) and feedback', async () => {
    const region = await as('region_officer');
    const p1 = await as('p1_manager');
    // Attendance of a future session is refused.
    const future = await region.put(`/api/people/sessions/${ids.session2}/attendance`, { items: [] });
    assert.equal(future.status, 400);

    const s = await region.post('/api/people/sessions', {
      module_id: ids.module, held_on: day(-3), time_from: '09:00', time_to: '16:00', place: 'Náchod, Karlovo nám. 1',
      capacity: 10, lecturer: 'Mgr. Jana Dvořáková', cost: 900, state: 'open',
    });
    assert.equal(s.status, 201, s.text);
    const id = s.body.session.id;
    const reg = await p1.post(`/api/people/sessions/${id}/registrations`, { worker_ids: [ids.workers.anna, ids.workers.bohus] });
    assert.equal(reg.status, 201, reg.text);
    const [anna, bohus] = reg.body.items.map((i) => i.registration_id);

    assert.equal((await p1.put(`/api/people/sessions/${id}/attendance`, { items: [{ registration_id: anna, attended: true }] })).status, 403);
    const tooMany = await region.put(`/api/people/sessions/${id}/attendance`, {
      items: [{ registration_id: anna, attended: true, hours: 9 }],
    });
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.error.field, 'items[0].hours');
    const other = await region.put(`/api/people/sessions/${id}/attendance`, {
      items: [{ registration_id: ids.regAnna, attended: true }],
    });
    assert.equal(other.status, 400);
    assert.equal(other.body.error.field, 'items[0].registration_id');

    const a = await region.put(`/api/people/sessions/${id}/attendance`, {
      items: [{ registration_id: anna, attended: true }, { registration_id: bohus, attended: false }],
    });
    assert.equal(a.status, 200, a.text);
    assert.equal(a.body.session.state, 'held');
    const annaReg = a.body.registrations.find((g) => g.id === anna);
    assert.equal(annaReg.state, 'attended');
    assert.equal(annaReg.hours_attended, 8);
    assert.match(annaReg.certificate_number, /^KV-01\/\d{4}\/\d{5}$/);
    assert.equal(a.body.registrations.find((g) => g.id === bohus).state, 'absent');

    // The certificate: HTML and PDF for the attended, refused for the absent and hidden from other providers.
    const html = await p1.get(`/api/people/registrations/${anna}/certificate.html`);
    assert.equal(html.status, 200);
    assert.match(html.headers.get('content-type'), /text\/html/);
    for (const text of ['OSVĚDČENÍ', 'Anna Šťastná', moduleBody.title, annaReg.certificate_number, 'A2024/0123-SP/PC',
      '8 hodin', 'Náchod, Karlovo nám. 1', 'Mgr. Jana Dvořáková', 'Královéhradecký kraj'])
      assert.ok(html.text.includes(text), text);
    assert.equal((await p1.get(`/api/people/registrations/${bohus}/certificate.html`)).status, 400);
    assert.equal((await (await as('p2_admin')).get(`/api/people/registrations/${anna}/certificate.html`)).status, 404);
    const pdf = await binary(await as('p1_worker'), `/api/people/registrations/${anna}/certificate.pdf`);
    assert.equal(pdf.status, 200, pdf.bytes.toString());
    assert.equal(pdf.type, 'application/pdf');
    assert.equal(pdf.bytes.subarray(0, 4).toString(), '%PDF');
    const file = path.join(server.tmpDir, 'certificate.pdf');
    fs.writeFileSync(file, pdf.bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString().replace(/\s+/g, ' ');
    assert.ok(text.includes('Anna Šťastná'), text);
    assert.ok(text.includes(moduleBody.title), text);
    assert.ok(text.includes(annaReg.certificate_number), text);
    assert.equal(Number(server.db.scalar(`SELECT COUNT(*) FROM audit_log WHERE action = 'people.training.certificate'`)), 2);

    // Feedback: the worker himself once, the employer not for an absent one, anonymous results for the organiser.
    const worker = await as('p1_worker');
    const answers = { content_rating: 5, lecturer_rating: 4, usefulness_rating: 5, organisation_rating: 3, comment: 'Výborné příklady z praxe.' };
    const f = await worker.post(`/api/people/sessions/${id}/feedback`, answers);
    assert.equal(f.status, 201, f.text);
    assert.equal(f.body.answers, 1);
    assert.equal((await worker.post(`/api/people/sessions/${id}/feedback`, answers)).status, 409);
    const absent = await p1.post(`/api/people/sessions/${id}/feedback`, { ...answers, registration_id: bohus });
    assert.equal(absent.status, 400);
    const rating = await p1.post(`/api/people/sessions/${id}/feedback`, { ...answers, registration_id: anna, content_rating: 6 });
    assert.equal(rating.status, 400);
    assert.equal(rating.body.error.field, 'content_rating');
    // The log of the feedback goes to the employer, not to the organiser who reads the answers.
    assert.deepEqual(
      server.db.query(`SELECT organisation_id FROM audit_log WHERE action = 'people.training.feedback'`).map((r) => Number(r.organisation_id)),
      [world.orgs.p1],
    );
    const columns = server.db.query(`SELECT * FROM pe_feedback`);
    assert.equal(columns.length, 1);
    assert.ok(!Object.keys(columns[0]).some((c) => /registration|worker|user/.test(c)));

    const results = await region.get(`/api/people/feedback?module_id=${ids.module}`);
    assert.equal(results.status, 200, results.text);
    assert.deepEqual(
      [results.body.results.n, results.body.results.content_rating, results.body.results.lecturer_rating,
        results.body.results.overall, results.body.results.comments],
      [1, 5, 4, 4.25, ['Výborné příklady z praxe.']],
    );
    const byLecturer = await region.get(`/api/people/feedback?lecturer=${encodeURIComponent('Mgr. Jana Dvořáková')}`);
    assert.equal(byLecturer.body.results.n, 1);
    assert.equal((await p1.get(`/api/people/feedback?module_id=${ids.module}`)).status, 403);
    assert.equal((await region.get('/api/people/feedback')).status, 400);
    const detail = await region.get(`/api/people/modules/${ids.module}`);
    assert.deepEqual(detail.body.feedback_by_lecturer.map((l) => [l.lecturer, l.results.n]), [['Mgr. Jana Dvořáková', 1]]);
    assert.equal((await p1.get(`/api/people/modules/${ids.module}`)).body.feedback, null);
  });
});
