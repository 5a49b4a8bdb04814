// A region other than Královéhradecký set up end to end over the API: Jihomoravský kraj (116) and a
// municipal office of its ORP Znojmo as tenants, a registry import of the kraj's services (one ORP given by
// its RÚIAN code), and the service lists its members see beside the Královéhradecký data.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, PASSWORD, ico, kvalisCli, setupTenants } from './lib/harness.mjs';

let server;
let world;
let orgs;
before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, { users: [] });
});
after(async () => {
  await server?.stop();
});

const ref = (list, code) => ({ id: `${list}/${code}` });

// One service of the export: its provider, ORP reference and the municipality of its facility.
function item(n, providerIco, orp, municipality, name) {
  const address = { ulice: { nazev: 'Hlavní' }, cisloDomovni: n, psc: '60200', obec: ref('Obec', municipality), kraj: ref('Kraj', '116') };
  return {
    id: 700000 + n,
    identifikator: 7000000 + n,
    nazevSluzby: name,
    datumPoskytovaniOd: '2012-01-01',
    datumPoskytovaniDo: null,
    druhSocialniSluzby: ref('DruhSocialniSluzby', '13'),
    poskytovatel: { ico: providerIco, nazev: `Poskytovatel ${name}`, pravniForma: ref('FormaPravniSubjektivity', '331'), adresa: address },
    formy: [{ forma: ref('FormaSocialniSluzby', 'pob'), nepretrzitePoskytovani: true, kapacity: [{ pocet: 40, popis: null, typ: ref('TypKapacitySocialniSluzby', 'luzka') }] }],
    ciloveSkupiny: [ref('CilovaSkupinaOsoby', '24')],
    vekoveSkupiny: [],
    rozsirenePusobnostiVKraji: [ref('Orp', orp)],
    zarizeni: [{ nazev: 'Domov', adresa: address, utajenaAdresa: false, kapacita: 40, poskytujeOd: '2012-01-01', poskytujeDo: null }],
    emaily: [],
    telefony: [],
    weby: [],
    kontaktniAdresy: [],
  };
}

async function create(body) {
  const r = await world.admin.post('/api/organisations', body);
  assert.equal(r.status, 201, r.text);
  return r.body;
}

async function user(login, organisation_id, role) {
  const r = await world.admin.post('/api/users', {
    login, display_name: login, email: `${login}@example.cz`, password: PASSWORD, language: 'cs',
    memberships: [{ organisation_id, role }],
  });
  assert.equal(r.status, 201, r.text);
  const c = server.client();
  await c.login(login, PASSWORD);
  return c;
}

async function names(client, query = '') {
  const r = await client.get(`/api/services${query}`);
  assert.equal(r.status, 200, r.text);
  return r.body.items.map((s) => s.name).sort();
}

describe('another region: Jihomoravský kraj', () => {
  test('the catalogues hold the ORP of the whole country', async () => {
    const r = await world.admin.get('/api/catalogues');
    assert.equal(r.status, 200);
    assert.equal(r.body.territories.length, 206);
    const znojmo = r.body.territories.find((t) => t.code === '6220');
    assert.equal(znojmo?.name_cs, 'Znojmo');
    assert.equal(znojmo?.parent_code, '116');
  });

  test('its kraj and a municipal office are tenants, its services are imported and listed by visibility', async () => {
    const region = await create({ type: 'region', name: 'Jihomoravský kraj', ico: ico('7089137'), legal_form_code: '804', region_code: '116', territory_code: '6203', address: 'Žerotínovo náměstí 3, 601 82 Brno' });
    const office = await create({ type: 'municipality', name: 'Městský úřad Znojmo', region_code: '116', territory_code: '6220', address: 'Obroková 1/12, 669 02 Znojmo' });
    orgs = { region: region.id, office: office.id };
    assert.equal(office.territory_code, '6220');

    const file = path.join(server.tmpDir, 'rpss-jmk.json');
    fs.writeFileSync(file, JSON.stringify({ polozky: [item(1, '44556675', '1317', '582786', 'Domov Brno'), item(2, '12345679', '6220', '593711', 'Domov Znojmo')] }));
    const imported = kvalisCli(['import', 'registry', file, '--region', '116', '--db', server.db.url]);
    assert.match(imported.stdout, /services: 2 new/, imported.stdout + imported.stderr);
    assert.doesNotMatch(imported.stdout, /unknown territories/, 'every ORP is known');

    const officer = await user('jmk_officer', orgs.region, 'manager');
    assert.deepEqual(await names(officer), ['Domov Brno', 'Domov Znojmo'], 'the kraj sees its own services, none of Královéhradecký');
    assert.deepEqual(await names(officer, '?territory=6220'), ['Domov Znojmo']);
    assert.deepEqual(await names(officer, '?region=116'), ['Domov Brno', 'Domov Znojmo']);
    const worker = await user('znojmo_worker', orgs.office, 'worker');
    assert.deepEqual(await names(worker), ['Domov Znojmo'], 'the office sees its ORP');

    const list = await officer.get('/api/services?territory=6203');
    assert.equal(list.body.items.length, 1);
    assert.deepEqual(list.body.items[0].territory_codes, ['6203'], 'the RÚIAN code 1317 is stored as the ČSÚ code of Brno');
    const detail = await officer.get(`/api/services/${list.body.items[0].id}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.region_name, 'Jihomoravský kraj');
    assert.deepEqual(detail.body.territories, [{ code: '6203', name: 'Brno' }]);
    assert.equal(detail.body.facilities[0].territory_code, '6203', "the facility's ORP from its municipality");

    const all = await world.admin.get('/api/services?page_size=200');
    assert.equal(all.body.total, 7, 'five active services of Královéhradecký kraj and two of Jihomoravský');
  });
});
