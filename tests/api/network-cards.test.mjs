// Service cards of the network module (issue 12 items 1 and 2), on SQLite and PostgreSQL: the region's need areas
// (the default list of 15) and basic activities (the national catalogue and the region's own rows), a card of
// pečovatelská služba drafted, sent to the providers of the kind, commented on, answered (accepted / partly /
// rejected with the reason), finalised, published, a second version compared with the first, the printable
// card, and meetings per kind with invitations and attendance. Access: only the region manages; a provider of
// another kind cannot comment; a provider sees only its own organisation's comments; drafts are the region's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, assertUnchanged, setupTenants } from './lib/harness.mjs';
import { pragueDate } from './lib/dates.mjs';

let server;
let world;
const ids = {};

const isoDate = (daysFromToday) => pragueDate(daysFromToday);

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server);
  // Krkonošská asistence (p2) also runs a pečovatelská služba (kind 4) in the region: two providers of the kind.
  const now = Math.floor(Date.now() / 1000);
  server.db.run(
    `INSERT INTO services (provider_id, registry_id, name, kind_code, region_code, forms, status, created_at, updated_at) ` +
      `VALUES (${world.orgs.p2}, '9000099', 'Pečovatelská služba Trutnov', '4', '86', ';ter;', 'active', ${now}, ${now})`,
  );
  const r = await world.admin.post('/api/users', {
    login: 'p2_manager', display_name: 'Manažerka Krkonošské asistence', email: 'p2m@example.cz', password: PASSWORD,
    language: 'cs', memberships: [{ organisation_id: world.orgs.p2, role: 'manager' }],
  });
  assert.equal(r.status, 201, r.text);
  world.users.p2_manager = { id: r.body.id };
  // Logged in before any refusal is checked against an unchanged database.
  for (const login of ['region_officer', 'p1_admin', 'p1_manager', 'p1_worker', 'p1_readonly', 'p2_manager', 'muni_worker', 'audit_auditor'])
    await world.as(login);
});
after(async () => {
  await server?.stop();
});

async function refused(send, status, field) {
  const snap = server.db.snapshot();
  const r = await send();
  assert.equal(r.status, status, r.text);
  if (field !== undefined) assert.equal(r.body.error.field, field, r.text);
  assertUnchanged(snap, server.db.snapshot());
  return r;
}

describe('need areas and basic activities', () => {
  test('the region starts from the default list of 15 need areas and manages it; providers read it', async () => {
    const region = await world.as('region_officer');
    const list = await region.get('/api/network/need-areas');
    assert.equal(list.status, 200, list.text);
    assert.equal(list.body.items.length, 15);
    assert.deepEqual(list.body.items.slice(0, 3).map((n) => n.name_cs), ['Bydlení', 'Strava', 'Osobní hygiena']);
    assert.equal(list.body.items[0].name_en, 'Housing');
    ids.need = Object.fromEntries(list.body.items.map((n) => [n.code, n.id]));

    const created = await region.post('/api/network/need-areas', { code: 'digitalni', name_cs: 'Digitální dovednosti', name_en: 'digital skills' });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.position, 16);
    ids.need.digitalni = created.body.id;
    const worker = await world.as('p1_worker');
    const seen = await worker.get('/api/network/need-areas');
    assert.equal(seen.status, 200);
    assert.equal(seen.body.items.length, 16);

    await refused(() => region.post('/api/network/need-areas', { code: 'digitalni', name_cs: 'Znovu' }), 400, 'code');
    await refused(() => region.post('/api/network/need-areas', { code: 'Špatný kód', name_cs: 'X' }), 400, 'code');
    await refused(() => region.post('/api/network/need-areas', { code: 'x', name_cs: ' ' }), 400, 'name_cs');
    const providerAdmin = await world.as('p1_admin');
    await refused(() => providerAdmin.post('/api/network/need-areas', { code: 'y', name_cs: 'Y' }), 403);
    await refused(() => providerAdmin.put(`/api/network/need-areas/${ids.need.digitalni}`, { code: 'y', name_cs: 'Y' }), 403);

    const off = await region.put(`/api/network/need-areas/${ids.need.digitalni}`, { code: 'digitalni', name_cs: 'Digitální dovednosti', active: false });
    assert.equal(off.status, 200, off.text);
    assert.equal(off.body.active, false);
    assert.equal((await region.get('/api/network/need-areas')).body.items.length, 15);
    assert.equal((await region.get('/api/network/need-areas?all=1')).body.items.length, 16);
  });

  test('basic activities: the national catalogue, completed by the region with rows of its own', async () => {
    const region = await world.as('region_officer');
    const ps = await region.get('/api/network/activities?kind=4');
    assert.equal(ps.status, 200, ps.text);
    assert.equal(ps.body.items.length, 5);
    assert.ok(ps.body.items.every((a) => a.national && a.paragraph === '§40' && a.kind_name === 'Pečovatelská služba'));
    ids.act4 = ps.body.items.map((a) => a.id);
    ids.act3 = (await region.get('/api/network/activities?kind=3')).body.items.map((a) => a.id);
    assert.equal((await region.get('/api/network/activities?kind=13')).body.items.length, 0, 'the catalogue lacks § 49');

    const own = await region.post('/api/network/activities', {
      kind_code: '13', paragraph: '§49', letter: 'a', form_scope: 'pob', text_cs: 'poskytnutí ubytování', source: 'doplněno krajem',
    });
    assert.equal(own.status, 201, own.text);
    assert.equal(own.body.national, false);
    assert.equal(own.body.verified, false);
    assert.equal(own.body.form_scope, ';pob;');
    const changed = await region.put(`/api/network/activities/${own.body.id}`, {
      kind_code: '13', paragraph: '§49', letter: 'a', form_scope: 'pob', text_cs: 'poskytnutí ubytování', source: 'doplněno krajem', verified: true,
    });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.verified, true);
    await refused(() => region.put(`/api/network/activities/${ids.act4[0]}`, { kind_code: '4', text_cs: 'jinak' }), 409);
    await refused(() => region.post('/api/network/activities', { kind_code: '999', text_cs: 'x' }), 400, 'kind_code');
    await refused(() => region.post('/api/network/activities', { kind_code: '13', text_cs: '' }), 400, 'text_cs');
    await refused(() => region.post('/api/network/activities', { kind_code: '13', text_cs: 'x', form_scope: 'xyz' }), 400, 'form_scope');
    const providerAdmin = await world.as('p1_admin');
    await refused(() => providerAdmin.post('/api/network/activities', { kind_code: '13', text_cs: 'x' }), 403);
  });
});

describe('a card through its workflow', () => {
  test('the region drafts a card of pečovatelská služba; providers do not see the draft', async () => {
    const region = await world.as('region_officer');
    const r = await region.post('/api/network/cards', { kind_code: '4' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.card.kind_name, 'Pečovatelská služba');
    assert.equal(r.body.card.latest.status, 'draft');
    assert.equal(r.body.card.latest.version_no, 1);
    assert.equal(r.body.card.published, null);
    assert.equal(r.body.card.can_manage, true);
    ids.card = r.body.card.id;
    ids.v1 = r.body.card.latest.version_id;
    await refused(() => region.post('/api/network/cards', { kind_code: '4' }), 400, 'kind_code');
    await refused(() => region.post('/api/network/cards', { kind_code: '999' }), 400, 'kind_code');
    await refused(() => region.post('/api/network/cards', { kind_code: '13', form_code: 'xyz' }), 400, 'form_code');
    await refused(async () => (await world.as('p1_manager')).post('/api/network/cards', { kind_code: '13' }), 403);

    const content = {
      title: 'Pečovatelská služba',
      summary: 'Pomáhá lidem zůstat doma.',
      user_expect: 'Pomoc s hygienou, jídlem a domácností.',
      user_not_expect: 'Nepřetržitou péči.',
      needs: [
        { need_area_id: ids.need.hygiena, description: 'Péče o tělo', answer: 'Pomoc při osobní hygieně', activity_ids: [ids.act4[1]] },
        { need_area_id: ids.need.strava, description: 'Jídlo', answer: 'Dovoz obědů', activity_ids: [ids.act4[2]] },
      ],
    };
    const saved = await region.put(`/api/network/card-versions/${ids.v1}`, content);
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual(saved.body.needs.map((n) => n.name), ['Osobní hygiena', 'Strava']);
    assert.equal(saved.body.needs[1].activities[0].paragraph, '§40');
    assert.ok(saved.body.allowed.includes('send') && saved.body.allowed.includes('edit'));
    ids.content = content;

    await refused(() => region.put(`/api/network/card-versions/${ids.v1}`, { ...content, needs: [{ need_area_id: ids.need.strava, activity_ids: [ids.act3[0]] }] }), 400, 'needs[0].activity_ids');
    await refused(() => region.put(`/api/network/card-versions/${ids.v1}`, { ...content, needs: [{ need_area_id: 999999 }] }), 400, 'needs[0].need_area_id');
    await refused(() => region.put(`/api/network/card-versions/${ids.v1}`, { ...content, needs: [{ need_area_id: ids.need.strava }, { need_area_id: ids.need.strava }] }), 400, 'needs[1].need_area_id');

    const worker = await world.as('p1_worker');
    await refused(() => worker.get(`/api/network/card-versions/${ids.v1}`), 404);
    assert.deepEqual((await worker.get('/api/network/cards')).body.items, []);
  });

  test('sent for comments to the providers of the kind: they comment, another kind cannot', async () => {
    const region = await world.as('region_officer');
    await refused(() => region.post(`/api/network/card-versions/${ids.v1}/send`, { comments_until: isoDate(-1) }), 400, 'comments_until');
    await refused(() => region.post(`/api/network/card-versions/${ids.v1}/send`, { comments_until: '2026-02-30' }), 400, 'comments_until');
    const sent = await region.post(`/api/network/card-versions/${ids.v1}/send`, { comments_until: isoDate(30) });
    assert.equal(sent.status, 200, sent.text);
    assert.equal(sent.body.status, 'comments');
    assert.equal(sent.body.recipients, 2, 'p1 and p2 run pečovatelská služba');
    await refused(() => region.put(`/api/network/card-versions/${ids.v1}`, ids.content), 409);

    const worker = await world.as('p1_worker');
    const v = await worker.get(`/api/network/card-versions/${ids.v1}`);
    assert.equal(v.status, 200, v.text);
    assert.deepEqual(v.body.allowed, ['comment']);
    const cards = await worker.get('/api/network/cards');
    assert.equal(cards.body.items.length, 1);
    assert.equal(cards.body.items[0].can_comment, true);
    assert.equal(cards.body.items[0].can_manage, false);

    const c1 = await worker.post(`/api/network/card-versions/${ids.v1}/comments`, { part: 'need:strava', text: 'Chybí pomoc při podání jídla.' });
    assert.equal(c1.status, 201, c1.text);
    assert.equal(c1.body.part_label, 'Potřeba: Strava');
    assert.equal(c1.body.part_label_en, 'Need: Food');
    assert.equal(c1.body.author_org_name, 'Charita Hradec Králové');
    assert.equal(c1.body.status, 'open');
    assert.equal(c1.body.mine, true);
    ids.c1 = c1.body.id;
    const manager = await world.as('p1_manager');
    const c2 = await manager.post(`/api/network/card-versions/${ids.v1}/comments`, { part: 'user_not_expect', text: 'Doplnit, že služba nezajišťuje zdravotní péči.' });
    assert.equal(c2.status, 201, c2.text);
    ids.c2 = c2.body.id;
    const p2 = await world.as('p2_manager');
    const c3 = await p2.post(`/api/network/card-versions/${ids.v1}/comments`, { part: 'general', text: 'Karta je příliš obecná.' });
    assert.equal(c3.status, 201, c3.text);
    ids.c3 = c3.body.id;
    const edited = await worker.put(`/api/network/comments/${ids.c1}`, { part: 'need:strava', text: 'Chybí pomoc při podání jídla a pití.' });
    assert.equal(edited.status, 200, edited.text);

    await refused(() => worker.post(`/api/network/card-versions/${ids.v1}/comments`, { part: 'need:finance', text: 'x' }), 400, 'part');
    await refused(() => worker.post(`/api/network/card-versions/${ids.v1}/comments`, { part: 'general', text: '' }), 400, 'text');
    await refused(async () => (await world.as('p1_readonly')).post(`/api/network/card-versions/${ids.v1}/comments`, { part: 'general', text: 'x' }), 403);
    await refused(() => region.post(`/api/network/card-versions/${ids.v1}/comments`, { part: 'general', text: 'x' }), 403);
    await refused(() => p2.put(`/api/network/comments/${ids.c1}`, { part: 'general', text: 'x' }), 404);

    // the cards list counts the comments the reader sees: the region all three, a provider its own
    const total = async (client) =>
      (await client.get('/api/network/cards')).body.items.find((c) => c.latest.version_id === ids.v1).latest.comments_total;
    assert.equal(await total(region), 3);
    assert.equal(await total(p2), 1);
    assert.equal(await total(worker), 2);

    // A card of domovy pro seniory (kind 13) goes to p1 only: p2, a provider of another kind, cannot comment.
    const card13 = await region.post('/api/network/cards', { kind_code: '13' });
    assert.equal(card13.status, 201, card13.text);
    ids.v13 = card13.body.card.latest.version_id;
    const s13 = await region.put(`/api/network/card-versions/${ids.v13}`, { title: 'Domovy pro seniory', needs: [{ need_area_id: ids.need.bydleni }] });
    assert.equal(s13.status, 200, s13.text);
    const sent13 = await region.post(`/api/network/card-versions/${ids.v13}/send`, { comments_until: isoDate(10) });
    assert.equal(sent13.body.recipients, 1);
    await refused(() => p2.get(`/api/network/card-versions/${ids.v13}`), 404);
    // an evaluator of p1, a recipient, reads published cards only: not the version in comments
    const made = await world.admin.post('/api/users', {
      login: 'p1_evaluator', display_name: 'Hodnotitelka p1', email: 'p1e@example.cz', password: PASSWORD,
      language: 'cs', memberships: [{ organisation_id: world.orgs.p1, role: 'evaluator' }],
    });
    assert.equal(made.status, 201, made.text);
    const evaluator = server.client();
    await evaluator.login('p1_evaluator', PASSWORD);
    assert.equal((await evaluator.get(`/api/network/card-versions/${ids.v13}`)).status, 404);
    assert.equal((await (await world.as('p1_readonly')).get(`/api/network/card-versions/${ids.v13}`)).status, 200);
    const other = await refused(() => p2.post(`/api/network/card-versions/${ids.v13}/comments`, { part: 'general', text: 'x' }), 404);
    assert.equal(other.body.error.code, 'not_found');
  });

  test('the region sees every comment, a provider only its own organisation’s', async () => {
    const region = await world.as('region_officer');
    const all = await region.get(`/api/network/card-versions/${ids.v1}/comments`);
    assert.equal(all.status, 200, all.text);
    assert.deepEqual(all.body.items.map((c) => c.id), [ids.c1, ids.c2, ids.c3]);
    assert.ok(all.body.items.every((c) => c.can_answer && !c.mine));
    const p1 = await (await world.as('p1_worker')).get(`/api/network/card-versions/${ids.v1}/comments`);
    assert.deepEqual(p1.body.items.map((c) => c.id), [ids.c1, ids.c2]);
    assert.ok(p1.body.items.every((c) => c.mine && !c.can_answer));
    assert.equal(p1.body.items[0].text, 'Chybí pomoc při podání jídla a pití.');
    const p2 = await (await world.as('p2_manager')).get(`/api/network/card-versions/${ids.v1}/comments`);
    assert.deepEqual(p2.body.items.map((c) => c.author_org_name), ['Krkonošská asistence, z.ú.']);
    const muni = await (await world.as('muni_worker')).get(`/api/network/card-versions/${ids.v1}/comments`);
    assert.equal(muni.status, 404, 'a version in comments is not shown to a municipality');
  });

  test('the region answers each comment (a reason when not accepted); the answers are visible to the author', async () => {
    const region = await world.as('region_officer');
    const open = await refused(() => region.post(`/api/network/card-versions/${ids.v1}/finalise`), 409);
    assert.match(open.body.error.message, /3/);
    await refused(() => region.post(`/api/network/comments/${ids.c1}/answer`, { status: 'rejected' }), 400, 'answer');
    await refused(() => region.post(`/api/network/comments/${ids.c1}/answer`, { status: 'partly', answer: ' ' }), 400, 'answer');
    await refused(() => region.post(`/api/network/comments/${ids.c1}/answer`, { status: 'open', answer: 'x' }), 400, 'status');
    await refused(async () => (await world.as('p1_manager')).post(`/api/network/comments/${ids.c1}/answer`, { status: 'accepted' }), 403);

    const a1 = await region.post(`/api/network/comments/${ids.c1}/answer`, { status: 'accepted', answer: 'Doplníme podání jídla.' });
    assert.equal(a1.status, 200, a1.text);
    assert.equal(a1.body.status, 'accepted');
    assert.equal(a1.body.status_label, 'akceptováno');
    const a2 = await region.post(`/api/network/comments/${ids.c2}/answer`, { status: 'partly', answer: 'Uvedeme jen obecně.' });
    assert.equal(a2.status, 200, a2.text);
    const a3 = await region.post(`/api/network/comments/${ids.c3}/answer`, { status: 'rejected', answer: 'Karta popisuje základní činnosti podle § 40.' });
    assert.equal(a3.status, 200, a3.text);

    const worker = await world.as('p1_worker');
    await refused(() => worker.put(`/api/network/comments/${ids.c1}`, { part: 'general', text: 'jinak' }), 409);
    const mine = await worker.get('/api/network/comments/mine');
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.items.map((c) => [c.status, c.answer]).sort(), [
      ['accepted', 'Doplníme podání jídla.'], ['partly', 'Uvedeme jen obecně.'],
    ]);
    assert.ok(mine.body.items.every((c) => c.kind_name === 'Pečovatelská služba'));
    const p2mine = await (await world.as('p2_manager')).get('/api/network/comments/mine');
    assert.deepEqual(p2mine.body.items.map((c) => [c.status, c.status_label, c.answer]), [
      ['rejected', 'neakceptováno', 'Karta popisuje základní činnosti podle § 40.'],
    ]);
  });

  test('finalised and published; a new version compared with the first; the first superseded', async () => {
    const region = await world.as('region_officer');
    await refused(() => region.post(`/api/network/card-versions/${ids.v1}/publish`), 409);
    const fin = await region.post(`/api/network/card-versions/${ids.v1}/finalise`);
    assert.equal(fin.status, 200, fin.text);
    assert.equal(fin.body.status, 'final');
    await refused(async () => (await world.as('p1_worker')).post(`/api/network/card-versions/${ids.v1}/comments`, { part: 'general', text: 'pozdě' }), 409);
    const pub = await region.post(`/api/network/card-versions/${ids.v1}/publish`);
    assert.equal(pub.status, 200, pub.text);
    assert.equal(pub.body.status, 'published');
    assert.match(pub.body.published_at, /^\d{4}-\d{2}-\d{2}$/);

    // Published cards are read by a municipality and an audit body, never their comments.
    for (const login of ['muni_worker', 'audit_auditor']) {
      const c = await world.as(login);
      const list = await c.get('/api/network/cards?region=86');
      assert.equal(list.status, 200, list.text);
      assert.deepEqual(list.body.items.map((x) => [x.kind_code, x.latest.status]), [['4', 'published']], login);
      assert.equal((await c.get(`/api/network/card-versions/${ids.v1}`)).status, 200);
      assert.deepEqual((await c.get(`/api/network/card-versions/${ids.v1}/comments`)).body.items, [], login);
    }
    // Comments are closed once the version is final.
    await refused(async () => (await world.as('p2_manager')).post(`/api/network/card-versions/${ids.v1}/comments`, { part: 'general', text: 'x' }), 409);

    const v2 = await region.post(`/api/network/cards/${ids.card}/versions`);
    assert.equal(v2.status, 201, v2.text);
    assert.equal(v2.body.version_no, 2);
    assert.equal(v2.body.status, 'draft');
    assert.deepEqual(v2.body.needs.map((n) => n.code), ['hygiena', 'strava']);
    ids.v2 = v2.body.version_id;
    await refused(() => region.post(`/api/network/cards/${ids.card}/versions`), 409);
    const edited = await region.put(`/api/network/card-versions/${ids.v2}`, {
      ...ids.content,
      user_not_expect: 'Nepřetržitou péči ani zdravotní péči.',
      change_note: 'Podle připomínek poskytovatelů.',
      needs: [
        ...ids.content.needs.map((n, i) => (i === 1 ? { ...n, answer: 'Dovoz obědů a pomoc při podání jídla', activity_ids: [ids.act4[2], ids.act4[3]] } : n)),
        { need_area_id: ids.need.domacnost, description: 'Úklid', answer: 'Pomoc s úklidem', activity_ids: [ids.act4[3]] },
      ],
    });
    assert.equal(edited.status, 200, edited.text);
    const cmp = await region.get(`/api/network/card-versions/${ids.v2}/compare`);
    assert.equal(cmp.status, 200, cmp.text);
    assert.equal(cmp.body.with_no, 1);
    const change = Object.fromEntries(cmp.body.items.map((p) => [p.part, p.change]));
    assert.equal(change.title, 'same');
    assert.equal(change.user_not_expect, 'changed');
    assert.equal(change['need:hygiena'], 'same');
    assert.equal(change['need:strava'], 'changed');
    assert.equal(change['need:strava:activities'], 'changed');
    assert.equal(change['need:domacnost'], 'added');
    const label = cmp.body.items.find((p) => p.part === 'need:domacnost');
    assert.equal(label.label, 'Potřeba: Chod domácnosti');
    assert.equal(label.label_en, 'Need: Running the household');
    assert.equal(label.after, 'Úklid\nPomoc s úklidem');
    await refused(() => region.get(`/api/network/card-versions/${ids.v1}/compare`), 409);
    await refused(() => region.get(`/api/network/card-versions/${ids.v2}/compare?with=${ids.v13}`), 400, 'with');
    // The draft is the region's: a provider compares the published version only.
    await refused(async () => (await world.as('p1_worker')).get(`/api/network/card-versions/${ids.v2}/compare`), 404);

    for (const step of ['send', 'finalise', 'publish']) {
      const r = await region.post(`/api/network/card-versions/${ids.v2}/${step}`, step === 'send' ? { comments_until: isoDate(5) } : undefined);
      assert.equal(r.status, 200, `${step}: ${r.text}`);
    }
    const card = await region.get(`/api/network/cards/${ids.card}`);
    assert.deepEqual(card.body.versions.map((v) => [v.version_no, v.status]), [[1, 'superseded'], [2, 'published']]);
    assert.equal(card.body.card.published.version_no, 2);
    const muniCard = await (await world.as('muni_worker')).get(`/api/network/cards/${ids.card}`);
    assert.deepEqual(muniCard.body.versions.map((v) => v.status), ['superseded', 'published']);
    const muniCmp = await (await world.as('muni_worker')).get(`/api/network/card-versions/${ids.v2}/compare`);
    assert.equal(muniCmp.status, 200, 'published versions compare for every reader');
  });

  test('the printable card in Czech and English', async () => {
    const worker = await world.as('p1_worker');
    const cs = await worker.get(`/api/network/card-versions/${ids.v2}/print`);
    assert.equal(cs.status, 200);
    assert.match(cs.headers.get('content-type'), /text\/html/);
    assert.match(cs.text, /<html lang="cs">/);
    assert.match(cs.text, /Karta služby: Pečovatelská služba/);
    assert.match(cs.text, /Chod domácnosti/);
    assert.match(cs.text, /Dovoz obědů a pomoc při podání jídla/);
    const en = await worker.get(`/api/network/card-versions/${ids.v2}/print?lang=en`);
    assert.match(en.text, /<html lang="en">/);
    assert.match(en.text, /Service card: home care service/);
    assert.match(en.text, /Running the household/);
    await refused(() => worker.get(`/api/network/card-versions/${ids.v2}/print?lang=de`), 400);
    await refused(async () => (await world.as('p2_manager')).get(`/api/network/card-versions/${ids.v13}/print`), 404);
  });
});

describe('meetings per kind', () => {
  test('the region plans a meeting with every provider of the kind and records who came', async () => {
    const region = await world.as('region_officer');
    const r = await region.post('/api/network/meetings', {
      kind_code: '4', title: 'Setkání k pečovatelské službě', held_on: '2026-03-10', starts_at: '09:30', place: 'Krajský úřad, Hradec Králové',
      card_version_id: ids.v1,
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.kind_name, 'Pečovatelská služba');
    assert.equal(r.body.status, 'planned');
    assert.equal(r.body.card_version_no, 1);
    assert.deepEqual(r.body.invitations.map((i) => i.org_name), ['Charita Hradec Králové', 'Krkonošská asistence, z.ú.']);
    ids.meeting = r.body.id;

    const att = await region.put(`/api/network/meetings/${ids.meeting}/attendance`, {
      items: [{ org_id: world.orgs.p1, attended: true, attendees: 'Mgr. Jana Nováková, vedoucí služby' }, { org_id: world.orgs.p2, attended: false }],
    });
    assert.equal(att.status, 200, att.text);
    assert.equal(att.body.attended, 1);
    const held = await region.put(`/api/network/meetings/${ids.meeting}`, {
      title: 'Setkání k pečovatelské službě', held_on: '2026-03-10', starts_at: '09:30', place: 'Krajský úřad, Hradec Králové',
      status: 'held', minutes: 'Projednány připomínky ke kartě.', card_version_id: ids.v1,
    });
    assert.equal(held.status, 200, held.text);
    assert.equal(held.body.status, 'held');
    assert.equal(held.body.minutes, 'Projednány připomínky ke kartě.');

    await refused(() => region.put(`/api/network/meetings/${ids.meeting}/attendance`, { items: [{ org_id: world.orgs.p3, attended: true }] }), 400, 'items[0].org_id');
    await refused(() => region.post('/api/network/meetings', { kind_code: '4', title: 'X', held_on: '10. 3. 2026' }), 400, 'held_on');
    await refused(() => region.post('/api/network/meetings', { kind_code: '4', title: 'X', held_on: '2026-03-10', starts_at: '25:00' }), 400, 'starts_at');
    await refused(() => region.post('/api/network/meetings', { kind_code: '3', title: 'X', held_on: '2026-03-10', card_version_id: ids.v1 }), 400, 'card_version_id');
    await refused(() => region.post('/api/network/meetings', { title: 'X', held_on: '2026-03-10' }), 400, 'kind_code');
    await refused(async () => (await world.as('p1_manager')).put(`/api/network/meetings/${ids.meeting}`, { title: 'X', held_on: '2026-03-10' }), 403);

    const p1 = await world.as('p1_worker');
    const list = await p1.get('/api/network/meetings?kind=4');
    assert.deepEqual(list.body.items.map((m) => [m.title, m.invited, m.attended]), [['Setkání k pečovatelské službě', 2, 1]]);
    const detail = await p1.get(`/api/network/meetings/${ids.meeting}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.can_manage, false);
    assert.deepEqual((await (await world.as('muni_worker')).get('/api/network/meetings')).body.items, []);
    await refused(async () => (await world.as('muni_worker')).get(`/api/network/meetings/${ids.meeting}`), 404);
  });

  test('regions: the region manages its own, a provider reads the region of its services', async () => {
    const region = await (await world.as('region_officer')).get('/api/network/regions');
    assert.deepEqual(region.body.items.map((r) => [r.region_code, r.name, r.can_manage]), [['86', 'Královéhradecký kraj', true]]);
    const p1 = await (await world.as('p1_worker')).get('/api/network/regions');
    assert.deepEqual(p1.body.items.map((r) => [r.region_code, r.can_manage]), [['86', false]]);
  });
});
