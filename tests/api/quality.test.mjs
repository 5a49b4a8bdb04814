// Quality audits over HTTP on SQLite and PostgreSQL: templates, a self-assessment scored with an essential
// criterion failed, evidence uploads (limits, bad files, checksums, logged reads), findings and corrective
// actions through their whole life, overdue lists, close, a follow-up with its comparison, a new version of
// the standard set that leaves the old audit's criteria alone, reports, exports, the region overview, and
// who sees what.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, setupTenants, unzipText } from './lib/harness.mjs';

let server;
let world;
let sqss;          // the SQSS set version in force
let template;      // met / partly / not met, every essential criterion met
let audit;         // the self-assessment of s1
let essential;     // the essential criterion scored "not met"

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  const sets = await world.admin.get('/api/quality/sets');
  assert.equal(sets.status, 200, sets.text);
  sqss = sets.body.items.find((s) => s.code === 'SQSS' && s.latest);
  assert.ok(sqss, 'the built-in SQSS set is loaded');
});
after(async () => {
  await server?.stop();
});

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function upload(client, path, name, bytes) {
  return client.request('POST', `${path}?file_name=${encodeURIComponent(name)}`, {
    body: bytes,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
}

describe('templates', () => {
  test('a template keeps a scale, pass rule and weights as data; bad input names the field', async () => {
    const list = await world.admin.get('/api/quality/templates');
    assert.equal(list.status, 200);
    const metPartly = list.body.builtin_scales.find((s) => s.code === 'met_partly');
    assert.equal(metPartly.max_points, 2);
    const region = await world.as('region_officer');
    const bad = await region.post('/api/quality/templates', {
      name: 'Špatné váhy', set_id: sqss.id, scale: metPartly, pass_rule: { essential_min_points: 2 },
      weights: [{ code: '99z', weight: 2 }],
    });
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.body.error.field, 'weights[0].code');
    const noRule = await region.post('/api/quality/templates', { name: 'Bez pravidla', set_id: sqss.id, scale: metPartly });
    assert.equal(noRule.status, 400);
    assert.equal(noRule.body.error.field, 'pass_rule');
    const r = await region.post('/api/quality/templates', {
      name: 'Sebehodnocení SQSS', set_id: sqss.id, scale: metPartly,
      pass_rule: { essential_min_points: 2, min_share: 0.5 }, weights: [{ code: '1a', weight: 2 }],
    });
    assert.equal(r.status, 201, r.text);
    template = r.body;
    assert.equal(template.scale.code, 'met_partly');
    assert.deepEqual(template.weights, [{ code: '1a', weight: 2 }]);
    assert.match(template.pass_rule.text, /zásadní kritérium alespoň „splněno“/);
    // A provider reads it but may not change the region's template.
    const provider = await world.as('p1_manager');
    assert.equal((await provider.patch(`/api/quality/templates/${template.id}`, { name: 'x' })).status, 403);
  });
});

describe('self-assessment', () => {
  test('the provider creates it with a team; bad team input names the field', async () => {
    const manager = await world.as('p1_manager');
    const bad = await manager.post('/api/quality/audits', {
      type: 'self_assessment', template_id: template.id, service_id: world.services.s1, title: 'x',
      team: [{ user_id: world.users.p1_manager.id, role: 'boss' }],
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'team[0].role');
    const badType = await manager.post('/api/quality/audits', { type: 'audit', template_id: template.id, service_id: world.services.s1, title: 'x' });
    assert.equal(badType.status, 400);
    assert.equal(badType.body.error.field, 'type');
    const r = await manager.post('/api/quality/audits', {
      type: 'self_assessment', template_id: template.id, service_id: world.services.s1,
      title: 'Sebehodnocení 2026', starts_on: '2026-10-01', ends_on: '2026-10-15',
      methods: ['document_study', 'interviews_staff'],
      team: [{ user_id: world.users.p1_manager.id, role: 'leader' }, { user_id: world.users.audit_auditor.id, role: 'member' }],
    });
    assert.equal(r.status, 201, r.text);
    audit = r.body;
    assert.equal(audit.summary.status, 'draft');
    assert.equal(audit.summary.set_code, 'SQSS');
    assert.ok(audit.criteria.length > 0);
    assert.equal(audit.results.verdict, 'incomplete');
    // nothing scored yet: not assessed, no share (null), never 0 %
    assert.ok(audit.results.standards.length > 0);
    for (const st of audit.results.standards) assert.equal(st.score.percent ?? null, null, `standard ${st.standard}`);
    assert.equal(audit.results.total.percent ?? null, null);
    assert.equal(audit.summary.total_percent ?? null, null);
    essential = audit.criteria.find((c) => c.essential);
    assert.ok(essential, 'SQSS has essential criteria');
  });

  test("an audit body's auditor finds services and starts an external audit; a provider's worker may not", async () => {
    const auditor = await world.as('audit_auditor');
    const found = await auditor.get('/api/quality/services?q=svetla');
    assert.equal(found.status, 200, found.text);
    assert.ok(found.body.items.some((s) => s.id === world.services.s1));
    const r = await auditor.post('/api/quality/audits', {
      type: 'external', template_id: template.id, service_id: world.services.s1, title: 'Externí audit 2026',
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.summary.conducted_by_org_id, world.orgs.audit);
    assert.deepEqual(r.body.team.map((m) => m.role), ['leader']);
    const worker = await world.as('p1_worker');
    assert.equal((await worker.get('/api/quality/services?q=svetla')).status, 403);
    const refused = await worker.post('/api/quality/audits', { type: 'external', template_id: template.id, service_id: world.services.s1, title: 'x' });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.field, 'conducted_by_org_id');
  });

  test('who sees it: the provider, the team, the region; not another provider nor a municipality', async () => {
    const path = `/api/quality/audits/${audit.summary.id}`;
    for (const login of ['p1_readonly', 'audit_auditor', 'region_officer'])
      assert.equal((await (await world.as(login)).get(path)).status, 200, login);
    for (const login of ['p2_admin', 'muni_worker'])
      assert.equal((await (await world.as(login)).get(path)).status, 404, login);
    const foreignList = await (await world.as('p2_admin')).get('/api/quality/audits');
    assert.equal(foreignList.body.items.some((a) => a.id === audit.summary.id), false);
    const auditorList = await (await world.as('audit_auditor')).get('/api/quality/audits');
    assert.equal(auditorList.body.items.some((a) => a.id === audit.summary.id), true);
  });

  test('an auditor scores it with one essential criterion failed: fail, with the reason', async () => {
    const auditor = await world.as('audit_auditor');
    const path = `/api/quality/audits/${audit.summary.id}/assessments`;
    const bad = await auditor.put(path, { assessments: [{ criterion_id: essential.criterion_id, level_code: 'excellent' }] });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'assessments[0].level_code');
    const foreign = await auditor.put(path, { assessments: [{ criterion_id: 999999, level_code: 'met' }] });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.error.field, 'assessments[0].criterion_id');
    const readonly = await world.as('p1_readonly');
    assert.equal((await readonly.put(path, { assessments: [] })).status, 403);
    const assessments = audit.criteria.map((c) => ({
      criterion_id: c.criterion_id,
      level_code: c.criterion_id === essential.criterion_id ? 'not_met' : 'met',
      note: c.criterion_id === essential.criterion_id ? 'Pravidla nejsou písemně zpracována.' : '',
    }));
    const r = await auditor.put(path, { assessments });
    assert.equal(r.status, 200, r.text);
    // Sending the same batch again (a client's retry after a network error) changes nothing.
    const again = await auditor.put(path, { assessments });
    assert.equal(again.status, 200);
    assert.equal(again.body.results.verdict, 'fail');
    const reason = again.body.results.reasons.find((x) => x.kind === 'essential_failed');
    assert.equal(reason.criterion_code, essential.code);
    assert.match(reason.message, new RegExp(`Zásadní kritérium ${essential.code} je hodnoceno „nesplněno“`));
    const scored = again.body.criteria.find((c) => c.criterion_id === essential.criterion_id);
    assert.equal(scored.note, 'Pravidla nejsou písemně zpracována.');
    assert.ok(again.body.results.standards.length > 0);
    assert.ok(again.body.revision > audit.revision);
    audit = again.body;
  });

  test('evidence: checksum, size limit, type checked by content, every read logged', async () => {
    const auditor = await world.as('audit_auditor');
    const base = `/api/quality/audits/${audit.summary.id}/evidence`;
    const ok = await auditor.request('POST', `${base}?file_name=${encodeURIComponent('Zápis z rozhovoru.pdf')}&criterion_id=${essential.criterion_id}`, {
      body: pdf, headers: { 'Content-Type': 'application/pdf' },
    });
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.body.sha256, crypto.createHash('sha256').update(pdf).digest('hex'));
    assert.equal(ok.body.size_bytes, pdf.length);
    assert.equal(ok.body.content_type, 'application/pdf');
    const exe = await upload(auditor, base, 'program.exe', Buffer.from('MZ\x90\x00'));
    assert.equal(exe.status, 400);
    assert.equal(exe.body.error.field, 'file_name');
    const fake = await upload(auditor, base, 'faktura.pdf', Buffer.from('<html>nic</html>'));
    assert.equal(fake.status, 400);
    assert.equal(fake.body.error.field, 'body');
    const empty = await upload(auditor, base, 'prazdny.txt', Buffer.alloc(0));
    assert.equal(empty.status, 400);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 10, 0x20)]);
    const tooBig = await upload(auditor, base, 'velky.pdf', big);
    assert.equal(tooBig.status, 400, tooBig.text.slice(0, 200));
    assert.match(tooBig.body.error.message, /10 MB/);
    // Over the route's body limit the server answers 413 without reading the rest (or just closes).
    const huge = await upload(auditor, base, 'obrovsky.pdf', Buffer.alloc(12 * 1024 * 1024, 0x20)).catch(() => ({ status: 'closed' }));
    assert.ok([413, 'closed'].includes(huge.status), String(huge.status));
    assert.equal((await server.client().get('/api/health')).status, 200);
    const noName = await auditor.request('POST', base, { body: pdf });
    assert.equal(noName.status, 400);
    assert.equal(noName.body.error.field, 'file_name');
    // Download: the same bytes, and the read is in the audit log.
    const provider = await world.as('p1_manager');
    const down = await fetch(`${server.baseUrl}/api/quality/evidence/${ok.body.id}`, { headers: { Cookie: provider.cookie } });
    assert.equal(down.status, 200);
    assert.deepEqual(Buffer.from(await down.arrayBuffer()), pdf);
    assert.match(down.headers.get('content-disposition'), /filename\*=UTF-8''Z%C3%A1pis/);
    const foreign = await (await world.as('p2_admin')).get(`/api/quality/evidence/${ok.body.id}`);
    assert.equal(foreign.status, 404);
    const log = server.db.query("SELECT user_login FROM audit_log WHERE action = 'quality.evidence.read'");
    assert.deepEqual(log.map((r) => r.user_login), ['p1_manager']);
    const detail = await auditor.get(`/api/quality/audits/${audit.summary.id}`);
    assert.equal(detail.body.criteria.find((c) => c.criterion_id === essential.criterion_id).evidence, 1);
  });
});

describe('findings and corrective actions', () => {
  let finding;
  let action;
  test('the auditor records a finding and an action; bad input names the field', async () => {
    const auditor = await world.as('audit_auditor');
    const bad = await auditor.post(`/api/quality/audits/${audit.summary.id}/findings`, { criterion_id: essential.criterion_id, severity: 'fatal', text: 'x' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'severity');
    const f = await auditor.post(`/api/quality/audits/${audit.summary.id}/findings`, {
      criterion_id: essential.criterion_id, severity: 'high', text: 'Chybí písemná pravidla.', recommendation: 'Zpracovat pravidla.',
    });
    assert.equal(f.status, 201, f.text);
    finding = f.body;
    assert.equal(finding.criterion_code, essential.code);
    const noDue = await auditor.post(`/api/quality/findings/${finding.id}/actions`, { text: 'Zpracovat pravidla', owner: 'Vedoucí služby' });
    assert.equal(noDue.status, 400);
    assert.equal(noDue.body.error.field, 'due_date');
    const badDate = await auditor.post(`/api/quality/findings/${finding.id}/actions`, { text: 'Zpracovat pravidla', owner: 'Vedoucí služby', due_date: '2026-02-30' });
    assert.equal(badDate.status, 400);
    assert.equal(badDate.body.error.field, 'due_date');
    const a = await auditor.post(`/api/quality/findings/${finding.id}/actions`, { text: 'Zpracovat pravidla', owner: 'Vedoucí služby', due_date: '2099-03-31' });
    assert.equal(a.status, 201, a.text);
    action = a.body;
    assert.equal(action.status, 'open');
    assert.equal(action.due_state, 'on_track');
  });

  test('an action links to an indicator chosen by name among those of the working groups of the audited organisation', async () => {
    // Working groups as a region sets them up: p1 takes part in 9101 (every kind) and 9103 (home care
    // only); 9102 is another provider's. The audited service s1 is a home for the elderly (kind 13).
    const { orgs } = world;
    world.server.db.run(`
      INSERT INTO bm_groups (id, region_org_id, name, kinds, created_at) VALUES
        (9101, ${orgs.region}, 'Pobytové služby', '', 1), (9102, ${orgs.region}, 'Cizí skupina', '', 1),
        (9103, ${orgs.region}, 'Pečovatelská služba', ';4;', 1);
      INSERT INTO bm_group_members (group_id, provider_org_id, participation) VALUES
        (9101, ${orgs.p1}, 'full'), (9102, ${orgs.p2}, 'full'), (9103, ${orgs.p1}, 'full');
      INSERT INTO bm_methodologies (id, group_id, version, name, status, created_at) VALUES
        (9201, 9101, 1, 'M1', 'published', 1), (9202, 9101, 2, 'M2', 'published', 2),
        (9203, 9102, 1, 'M', 'published', 1), (9204, 9103, 1, 'M', 'published', 1);
      INSERT INTO bm_indicators (methodology_id, code, name_cs, name_en, numerator, unit, direction, rba, kinds, position) VALUES
        (9201, 'old_only', 'Jen ve staré verzi', '', 'x', '', 'higher', 'how_well', '', 1),
        (9202, 'refused_per_100_beds', 'Odmítnutí zájemci na 100 lůžek', 'Refused applicants per 100 beds', 'x', 'zájemci', 'lower', 'how_well', '', 1),
        (9202, 'visits_per_client', 'Návštěvy na klienta', '', 'x', '', 'higher', 'how_much', ';4;', 2),
        (9203, 'foreign', 'Cizí ukazatel', '', 'x', '', 'higher', 'how_much', '', 1),
        (9204, 'hours_per_client', 'Hodiny péče na klienta', '', 'x', 'h', 'higher', 'how_much', '', 1);
    `);
    const path = `/api/quality/audits/${audit.summary.id}/indicators`;
    const manager = await world.as('p1_manager');
    const r = await manager.get(path);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.items, [{
      group_id: 9101, group_name: 'Pobytové služby', code: 'refused_per_100_beds',
      name_cs: 'Odmítnutí zájemci na 100 lůžek', name_en: 'Refused applicants per 100 beds', unit: 'zájemci',
    }]);
    // the auditor of the audit sees the same; another provider does not see the audit
    assert.deepEqual((await (await world.as('audit_auditor')).get(path)).body.items.map((i) => i.code), ['refused_per_100_beds']);
    assert.equal((await (await world.as('p2_admin')).get(path)).status, 404);
    // the chosen indicator is linked and named on the action
    const auditor = await world.as('audit_auditor');
    const a = await auditor.post(`/api/quality/findings/${finding.id}/actions`, {
      text: 'Vést evidenci odmítnutých zájemců', owner: 'Vedoucí služby', due_date: '2099-06-30', bm_group_id: 9101, bm_indicator_code: 'refused_per_100_beds',
    });
    assert.equal(a.status, 201, a.text);
    assert.equal(a.body.bm_indicator_code, 'refused_per_100_beds');
    assert.equal(a.body.bm_indicator_name, 'Odmítnutí zájemci na 100 lůžek');
    // the export names it too, not by its code
    const csv = await (await world.as('region_officer')).get(`/api/quality/actions/export.csv?audit_id=${audit.summary.id}`);
    assert.equal(csv.status, 200);
    assert.match(csv.text, /Odmítnutí zájemci na 100 lůžek/);
    assert.doesNotMatch(csv.text, /refused_per_100_beds/);
  });

  test('the provider starts and finishes it; only the auditor verifies, with evidence', async () => {
    const worker = await world.as('p1_worker');
    const path = `/api/quality/actions/${action.id}/transition`;
    const skip = await worker.post(path, { to: 'done' });
    assert.equal(skip.status, 409);
    assert.match(skip.body.error.message, /ze stavu „otevřené“ do stavu „splněné“/);
    const unknown = await worker.post(path, { to: 'finished' });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.field, 'to');
    let r = await worker.post(path, { to: 'in_progress' });
    assert.equal(r.status, 200, r.text);
    // Marking done says what was done: no note, or only blanks, is refused naming the note.
    for (const body of [{ to: 'done', date: '2026-11-20' }, { to: 'done', date: '2026-11-20', note: '  ' }]) {
      const silent = await worker.post(path, body);
      assert.equal(silent.status, 400, silent.text);
      assert.equal(silent.body.error.field, 'note');
      assert.match(silent.body.error.message, /co bylo .*uděláno/);
    }
    assert.equal((await worker.get(`/api/quality/actions/${action.id}`)).body.status, 'in_progress');
    r = await worker.post(path, { to: 'done', date: '2026-11-20', note: ' Pravidla zpracována a projednána s týmem. ' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.done_date, '2026-11-20');
    assert.equal(r.body.due_state, 'awaiting_verification');
    assert.deepEqual(r.body.allowed_transitions, []);
    const selfVerify = await worker.post(path, { to: 'verified', note: 'hotovo' });
    assert.equal(selfVerify.status, 403);
    assert.match(selfVerify.body.error.message, /auditor nebo kraj/);
    const auditor = await world.as('audit_auditor');
    const noEvidence = await auditor.post(path, { to: 'verified' });
    assert.equal(noEvidence.status, 400);
    assert.match(noEvidence.body.error.message, /doklad/);
    const verified = await auditor.post(path, { to: 'verified', note: 'Pravidla předložena, viz zápis.' });
    assert.equal(verified.status, 200, verified.text);
    assert.equal(verified.body.status, 'verified');
    assert.equal(verified.body.verification_evidence, 'Pravidla předložena, viz zápis.');
    const detail = await auditor.get(`/api/quality/actions/${action.id}`);
    assert.deepEqual(detail.body.history.map((h) => `${h.from_status}>${h.to_status}:${h.actor_kind}`),
      ['>open:auditor', 'open>in_progress:provider', 'in_progress>done:provider', 'done>verified:auditor']);
    // the history keeps what was done, by whom and when
    const doneEvent = detail.body.history.find((h) => h.to_status === 'done');
    assert.equal(doneEvent.note, 'Pravidla zpracována a projednána s týmem.');
    assert.equal(doneEvent.on_date, '2026-11-20');
    assert.ok(doneEvent.user_name.length > 0);
    const after = await auditor.post(path, { to: 'in_progress', note: 'znovu' });
    assert.equal(after.status, 409);
  });

  test('an overdue action is listed for the provider and for the region', async () => {
    const auditor = await world.as('audit_auditor');
    const a = await auditor.post(`/api/quality/findings/${finding.id}/actions`, { text: 'Proškolit pracovníky', owner: 'Metodik', due_date: '2026-01-15' });
    assert.equal(a.status, 201, a.text);
    assert.equal(a.body.due_state, 'overdue');
    assert.ok(a.body.days_overdue > 0);
    for (const login of ['p1_manager', 'region_officer']) {
      const list = await (await world.as(login)).get('/api/quality/actions?overdue=1');
      assert.equal(list.status, 200);
      assert.ok(list.body.items.some((x) => x.id === a.body.id), login);
      assert.ok(list.body.overdue >= 1);
    }
    const foreign = await (await world.as('p2_admin')).get('/api/quality/actions?overdue=1');
    assert.equal(foreign.body.items.length, 0);
    const csv = await (await world.as('region_officer')).get('/api/quality/actions/export.csv?overdue=1');
    assert.equal(csv.status, 200);
    assert.match(csv.text, /Proškolit pracovníky/);
    const bad = await (await world.as('region_officer')).get('/api/quality/actions?status=lost');
    assert.equal(bad.status, 400);
  });

  test('exports neutralise formula text: CSV with a leading apostrophe, XLSX as a string cell', async () => {
    const auditor = await world.as('audit_auditor');
    const formula = '=HYPERLINK("http://evil.example/x","Klikni")';
    const a = await auditor.post(`/api/quality/findings/${finding.id}/actions`, { text: formula, owner: '@Metodik', due_date: '2026-03-31' });
    assert.equal(a.status, 201, a.text);
    const region = await world.as('region_officer');
    const csv = await region.get('/api/quality/actions/export.csv');
    assert.equal(csv.status, 200);
    assert.ok(csv.text.includes('"\'=HYPERLINK(""http://evil.example/x"",""Klikni"")"'), csv.text);
    assert.ok(csv.text.includes('"\'@Metodik"'), csv.text);
    // No field of the export starts with a formula character (fields are split naively: none holds a comma here).
    for (const line of csv.text.replace(/^\uFEFF/, '').split('\r\n'))
      for (const field of line.split(','))
        assert.ok(!/^"?[=+\-@\t\r]/.test(field), `field ${field} of ${line}`);
    // For Excel in Czech: semicolons on request, the same neutralised text; an unknown separator is refused.
    const semi = await region.get('/api/quality/actions/export.csv?delimiter=semicolon');
    assert.equal(semi.status, 200);
    const head = semi.text.replace(/^\uFEFF/, '').split('\r\n')[0];
    assert.ok(head.split(';').length > 3 && !head.includes(','), head);
    assert.ok(semi.text.includes('"\'=HYPERLINK(""http://evil.example/x"",""Klikni"")"'), semi.text);
    const bad = await region.get('/api/quality/actions/export.csv?delimiter=tab');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'delimiter');
    const xlsx = await fetch(`${server.baseUrl}/api/quality/actions/export.xlsx`, { headers: { Cookie: region.cookie } });
    assert.equal(xlsx.status, 200);
    const files = unzipText(Buffer.from(await xlsx.arrayBuffer()));
    const sheet = files['xl/worksheets/sheet1.xml'];
    assert.ok(sheet, Object.keys(files).join(' '));
    assert.ok(!sheet.includes('<f>'), 'no formula cell in the workbook');
    const strings = files['xl/sharedStrings.xml'] ?? sheet;
    assert.ok(strings.includes('=HYPERLINK(&quot;http://evil.example/x&quot;,&quot;Klikni&quot;)') ||
      strings.includes('=HYPERLINK("http://evil.example/x","Klikni")'), 'the text is a string of the workbook');
  });
});

describe('close, follow-up, versions, reports', () => {
  let followUp;
  test('closing records the verdict; a closed audit takes no more scores', async () => {
    const auditor = await world.as('audit_auditor');
    // The team member may score but not close; the leader (the provider's manager) closes.
    assert.equal((await auditor.post(`/api/quality/audits/${audit.summary.id}/close`)).status, 403);
    const manager = await world.as('p1_manager');
    const r = await manager.post(`/api/quality/audits/${audit.summary.id}/close`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.summary.status, 'closed');
    assert.equal(r.body.summary.verdict, 'fail');
    const late = await auditor.put(`/api/quality/audits/${audit.summary.id}/assessments`, { assessments: [] });
    assert.equal(late.status, 400);
    assert.equal(late.body.error.field, 'status');
  });

  test('a follow-up audit shows the change per criterion', async () => {
    const manager = await world.as('p1_manager');
    const r = await manager.post('/api/quality/audits', {
      type: 'self_assessment', template_id: template.id, service_id: world.services.s1,
      title: 'Následné sebehodnocení', previous_audit_id: audit.summary.id,
    });
    assert.equal(r.status, 201, r.text);
    followUp = r.body;
    const all = followUp.criteria.map((c) => ({ criterion_id: c.criterion_id, level_code: 'met' }));
    const s = await manager.put(`/api/quality/audits/${followUp.summary.id}/assessments`, { assessments: all });
    assert.equal(s.body.results.verdict, 'pass');
    const cmp = await manager.get(`/api/quality/audits/${followUp.summary.id}/comparison`);
    assert.equal(cmp.status, 200, cmp.text);
    const change = cmp.body.criteria.find((c) => c.code === essential.code);
    assert.equal(change.kind, 'improved');
    assert.equal(change.previous_level, 'not_met');
    assert.equal(cmp.body.improved, 1);
    assert.equal(cmp.body.total.kind, 'improved');
    const none = await manager.get(`/api/quality/audits/${audit.summary.id}/comparison`);
    assert.equal(none.status, 400);
  });

  test('a state inspection record of a residential service warns about a team under 3', async () => {
    const r = await world.admin.post('/api/quality/audits', {
      type: 'inspection_basic', template_id: template.id, service_id: world.services.s1, title: 'Inspekce 2026',
      conducted_by_org_id: world.orgs.region,
      team: [{ user_id: world.users.region_officer.id, role: 'leader' }, { user_id: world.users.region_admin.id, role: 'member' }],
    });
    assert.equal(r.status, 201, r.text);
    const warning = r.body.warnings.find((w) => w.code === 'quality.team.too_small');
    assert.ok(warning, JSON.stringify(r.body.warnings));
    assert.match(warning.message, /nejméně 3/);
    const region = await world.as('region_officer');
    const fixed = await region.patch(`/api/quality/audits/${r.body.summary.id}`, {
      team: [{ user_id: world.users.region_officer.id, role: 'leader' }, { user_id: world.users.region_admin.id, role: 'member' },
        { user_id: world.users.audit_auditor.id, role: 'member' }],
    });
    assert.equal(fixed.status, 200, fixed.text);
    assert.equal(fixed.body.warnings.some((w) => w.code === 'quality.team.too_small'), false);
  });

  test('a new version of the set: the old audit keeps its criteria', async () => {
    const csvPath = `/api/quality/sets/${sqss.id}/export.csv`;
    const exported = await world.admin.get(csvPath);
    assert.equal(exported.status, 200);
    const changed = exported.text.replace(/^(SQSS,1,a,yes,")[^"]*/m, '$1Nové znění kritéria 1a.');
    assert.notEqual(changed, exported.text);
    const region = await world.as('region_officer');
    assert.equal((await region.request('POST', `/api/quality/sets/${sqss.id}/import?valid_from=2027-01-01`, { body: changed })).status, 403);
    const badCsv = await world.admin.request('POST', `/api/quality/sets/${sqss.id}/import?valid_from=2027-01-01`, {
      body: changed + 'SQSS,1,b,perhaps,"x",,\n',
    });
    assert.equal(badCsv.status, 422, badCsv.text);
    assert.ok(badCsv.body.problems.length >= 1);
    assert.ok(badCsv.body.problems.every((p) => p.line > 0));
    // A quote left open: the problem names its line in the caller's language, not the CSV reader's English.
    const openQuote = await world.admin.request('POST', `/api/quality/sets/${sqss.id}/import?valid_from=2027-01-01`, {
      body: changed + 'SQSS,1,b,no,"neuzavřený text\n',
    });
    assert.equal(openQuote.status, 422, openQuote.text);
    const quoteProblem = openQuote.body.problems.find((p) => p.field === 'body');
    assert.ok(quoteProblem && quoteProblem.line > 1, openQuote.text);
    assert.equal(quoteProblem.message, `Řádek ${quoteProblem.line}: text v uvozovkách tu začíná, ale nemá uzavírací uvozovku.`);
    const dry = await world.admin.request('POST', `/api/quality/sets/${sqss.id}/import?valid_from=2027-01-01&dry_run=1`, { body: changed });
    assert.equal(dry.status, 200, dry.text);
    assert.deepEqual(dry.body.changes.map((c) => `${c.kind} ${c.code}`), ['changed 1a']);
    assert.equal(dry.body.created ?? null, null);
    const imported = await world.admin.request('POST', `/api/quality/sets/${sqss.id}/import?valid_from=2027-01-01`, { body: changed });
    assert.equal(imported.status, 201, imported.text);
    assert.equal(imported.body.created.version, sqss.version + 1);
    const old = await world.admin.get(`/api/quality/sets/${sqss.id}`);
    assert.equal(old.body.set.valid_to, '2026-12-31');
    assert.equal(old.body.versions.length, 2);
    const oldAudit = await world.admin.get(`/api/quality/audits/${audit.summary.id}`);
    const c1a = oldAudit.body.criteria.find((c) => c.code === '1a');
    assert.doesNotMatch(c1a.text_cs, /Nové znění/);
    assert.equal(oldAudit.body.summary.set_version, sqss.version);
  });

  test('the printable report and the exports', async () => {
    const provider = await world.as('p1_manager');
    const report = await provider.get(`/api/quality/audits/${audit.summary.id}/report`);
    assert.equal(report.status, 200);
    assert.match(report.headers.get('content-type'), /text\/html/);
    assert.match(report.text, /Sebehodnocení 2026/);
    assert.match(report.text, /Chybí písemná pravidla/);
    const xlsx = await fetch(`${server.baseUrl}/api/quality/audits/${audit.summary.id}/export.xlsx`, { headers: { Cookie: provider.cookie } });
    assert.equal(xlsx.status, 200);
    assert.equal(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString(), 'PK');
    const csv = await provider.get(`/api/quality/audits/${audit.summary.id}/export.csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.text, new RegExp(essential.code));
    assert.equal((await (await world.as('p2_admin')).get(`/api/quality/audits/${audit.summary.id}/report`)).status, 404);
  });

  test('the region overview: results by standard, most failed criteria, overdue actions', async () => {
    const region = await world.as('region_officer');
    const r = await region.get('/api/quality/overview');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.audits, 1);
    assert.equal(r.body.failed, 1);
    assert.equal(r.body.rows[0].standard_percents.length, r.body.standards.length);
    assert.equal(r.body.most_failed[0].code, essential.code);
    assert.ok(r.body.overdue_actions >= 1);
    const foreign = await (await world.as('p2_admin')).get('/api/quality/overview');
    assert.equal(foreign.body.audits, 0);
    // Only the region's contributory organisations: the charity is not one.
    const contributory = await region.get('/api/quality/overview?founder=region');
    assert.equal(contributory.status, 200);
    assert.equal(contributory.body.audits, 0);
    assert.equal(contributory.body.overdue_actions, 0);
    const bad = await region.get('/api/quality/overview?founder=kraj');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'founder');
  });
});
