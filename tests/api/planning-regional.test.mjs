// GET /api/planning/outcomes/regional on SQLite and PostgreSQL: client outcomes by region and kind of service
// for a period, computed from the planning tables (latest GAS rating of each goal in the period, T with the
// provider's ρ, ladder change first → last assessment in the period), cells of fewer than 5 clients suppressed; region staff see their region, the platform
// administrator the whole country, nobody else any; bad parameters are 400 naming the parameter.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { KvalisServer, setupTenants } from './lib/harness.mjs';

let server;
let world;

const q = (s) => `'${String(s).replace(/'/g, "''")}'`;

// Clients of a service with their goals (weight) and ratings [held_on, goal index, level].
const CLIENTS = [
  // Charita Hradec Králové (ρ 0.5), Pečovatelská služba Náchodsko: kind 4, region 86.
  { service: 's2', code: 'A1', goals: [1], ratings: [['2024-11-10', 0, -2], ['2025-03-01', 0, -1], ['2025-11-20', 0, 2]] },
  { service: 's2', code: 'A2', goals: [1], ratings: [['2025-05-05', 0, 1]] },
  { service: 's2', code: 'A3', goals: [1, 1], ratings: [['2025-06-01', 0, 0], ['2026-01-15', 1, 2]] },
  { service: 's2', code: 'A4', goals: [1], ratings: [['2025-02-02', 0, -1]] },
  { service: 's2', code: 'A5', goals: [1], ratings: [['2025-04-04', 0, -0.5]] },
  { service: 's2', code: 'A6', goals: [1, 1], ratings: [['2025-09-09', 0, 1], ['2025-09-09', 1, 1]] },
  // Krkonošská asistence (default ρ), Osobní asistence Krkonoše: kind 3, region 86 — two clients.
  { service: 's5', code: 'B1', goals: [1], ratings: [['2025-03-03', 0, 1]] },
  { service: 's5', code: 'B2', goals: [2], ratings: [['2025-03-03', 0, 0]] },
  // Armáda spásy Praha, Noclehárna: kind 26, region 19.
  { service: 's6', code: 'C1', goals: [1], ratings: [['2025-01-10', 0, 2]] },
  { service: 's6', code: 'C2', goals: [1], ratings: [['2025-01-10', 0, 2]] },
  { service: 's6', code: 'C3', goals: [1], ratings: [['2025-01-10', 0, 1]] },
  { service: 's6', code: 'C4', goals: [1], ratings: [['2025-01-10', 0, 0]] },
  { service: 's6', code: 'C5', goals: [1], ratings: [['2025-01-10', 0, -2]] },
  // Domov pro seniory Světlá (kind 13, region 86): rated only in 2024.
  { service: 's1', code: 'D1', goals: [1], ratings: [['2024-06-06', 0, 1]] },
];

// Ladder assessments [client code, assessed_on, [value of area 1, value of area 2 or null]] of one ladder of
// Charita Hradec Králové: A1 travels +3 and +1 (2), A4 +3 from its first 2025 assessment (the 2024 one is
// outside the period), A2 is assessed once (no change), D1 has no rating in 2025 (no outcome at all).
const LADDER = [
  ['A1', '2025-02-01', [3, 4]], ['A1', '2025-10-01', [6, 5]],
  ['A2', '2025-05-05', [2, 2]],
  ['A4', '2024-12-01', [1, 1]], ['A4', '2025-03-01', [2, null]], ['A4', '2025-09-01', [5, 8]],
  ['D1', '2025-03-01', [1, 1]], ['D1', '2025-09-01', [9, 9]],
];

function planningSql() {
  const now = 1764547200;
  const lines = ['BEGIN;'];
  lines.push(`INSERT INTO pl_settings (organisation_id, gas_rho, updated_at) VALUES (${world.orgs.p1}, 0.5, ${now});`);
  const providerOf = { s1: 'p1', s2: 'p1', s5: 'p2', s6: 'p3' };
  for (const c of CLIENTS) {
    const service = world.services[c.service];
    const client = `(SELECT id FROM pl_clients WHERE service_id = ${service} AND code = ${q(c.code)})`;
    lines.push(
      `INSERT INTO pl_clients (organisation_id, service_id, code, contract_from, created_at, updated_at) VALUES ` +
        `(${world.orgs[providerOf[c.service]]}, ${service}, ${q(c.code)}, '2024-01-01', ${now}, ${now});`,
    );
    c.goals.forEach((weight, i) =>
      lines.push(
        `INSERT INTO pl_client_goals (client_id, wording, weight, set_on, position, created_at, updated_at) VALUES ` +
          `(${client}, ${q(`${c.code} cíl ${i + 1}`)}, ${weight}, '2024-01-01', ${i}, ${now}, ${now});`,
      ),
    );
    for (const day of [...new Set(c.ratings.map((r) => r[0]))])
      lines.push(`INSERT INTO pl_reviews (client_id, held_on, created_at) VALUES (${client}, ${q(day)}, ${now});`);
    for (const [day, goal, level] of c.ratings)
      lines.push(
        `INSERT INTO pl_goal_ratings (review_id, client_goal_id, level) VALUES (` +
          `(SELECT id FROM pl_reviews WHERE client_id = ${client} AND held_on = ${q(day)}), ` +
          `(SELECT id FROM pl_client_goals WHERE client_id = ${client} AND position = ${goal}), ${level});`,
      );
  }
  const ladder = `(SELECT id FROM pl_ladders WHERE name = 'Cesta ke změně')`;
  lines.push(
    `INSERT INTO pl_ladders (organisation_id, name, created_at, updated_at) VALUES (${world.orgs.p1}, 'Cesta ke změně', ${now}, ${now});`,
  );
  for (const position of [1, 2])
    lines.push(`INSERT INTO pl_ladder_areas (ladder_id, position, name) VALUES (${ladder}, ${position}, 'Oblast ${position}');`);
  for (const [code, day, values] of LADDER) {
    const c = CLIENTS.find((x) => x.code === code);
    const client = `(SELECT id FROM pl_clients WHERE service_id = ${world.services[c.service]} AND code = ${q(code)})`;
    lines.push(`INSERT INTO pl_ladder_assessments (client_id, ladder_id, assessed_on, created_at) VALUES (${client}, ${ladder}, ${q(day)}, ${now});`);
    values.forEach((value, i) => {
      if (value === null) return;
      lines.push(
        `INSERT INTO pl_ladder_values (assessment_id, area_id, value) VALUES (` +
          `(SELECT id FROM pl_ladder_assessments WHERE client_id = ${client} AND assessed_on = ${q(day)}), ` +
          `(SELECT id FROM pl_ladder_areas WHERE ladder_id = ${ladder} AND position = ${i + 1}), ${value});`,
      );
    });
  }
  lines.push('COMMIT;');
  return lines.join('\n') + '\n';
}

before(async () => {
  server = await KvalisServer.start();
  world = await setupTenants(server, { users: ['region_officer', 'p1_admin', 'p1_manager'] });
  server.db.run(planningSql());
});
after(async () => {
  await server?.stop();
});

const YEAR_2025 = 'from=2025-01-01&to=2025-12-31';
const BLANK = {
  clients: null, goals: null, attained: null, share_attained: null, mean_t: null, sd_t: null,
  mean_ladder_change: null, ladder_clients: null, suppressed: true,
};

async function regional(login, query) {
  const c = login === 'admin' ? world.admin : await world.as(login);
  return c.get(`/api/planning/outcomes/regional?${query}`);
}

function close(actual, expected, what) {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);
}

describe('national roll-up of client outcomes', () => {
  test('the platform administrator sees every region; numbers from the latest rating in the period', async () => {
    const r = await regional('admin', YEAR_2025);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(
      r.body.items.map((i) => `${i.region_code}/${i.kind_code}`),
      ['19/26', '86/3', '86/4'],
      'cells ordered by region then kind; the service rated only in 2024 has none',
    );
    const [prague, small, care] = r.body.items;
    assert.equal(prague.region_name, 'Hlavní město Praha');
    assert.equal(care.region_name, 'Královéhradecký kraj');
    assert.equal(care.kind_name.length > 0, true);
    // A1's latest 2025 rating is +2 (its 2024 rating does not count), A3's 2026 rating does not count,
    // A5's −0.5 counts as −1 and is not attained, A6's two goals with the provider's ρ 0.5.
    const t = [70, 60, 50, 40, 40, 50 + 20 / Math.sqrt(3)];
    assert.equal(care.cell.suppressed, false);
    assert.equal(care.cell.clients, 6);
    assert.equal(care.cell.goals, 7);
    assert.equal(care.cell.attained, 5);
    close(care.cell.share_attained, 5 / 7, 'share attained');
    close(care.cell.mean_t, 53.59116756396542, 'mean T');
    close(care.cell.mean_t, t.reduce((a, b) => a + b) / 6, 'mean T');
    close(care.cell.sd_t, 12.295970287036884, 'sd T');
    // Ladder change: A1 (+3, +1) → 2, A4 (area 1 only in both: +3) → 3.
    close(care.cell.mean_ladder_change, 2.5, 'mean ladder change');
    assert.equal(care.cell.ladder_clients, 2);
    // Two clients: suppressed, no number at all.
    assert.deepEqual(small.cell, BLANK);
    assert.equal(prague.cell.clients, 5);
    assert.equal(prague.cell.mean_ladder_change, null);
    assert.equal(prague.cell.ladder_clients, 0);
    assert.equal(prague.cell.goals, 5);
    assert.equal(prague.cell.attained, 4);
    close(prague.cell.share_attained, 0.8, 'share attained');
    close(prague.cell.mean_t, 56, 'mean T');
    close(prague.cell.sd_t, 16.73320053068151, 'sd T');
  });

  test('the period decides which ratings count', async () => {
    const r = await regional('admin', 'from=2024-01-01&to=2024-12-31');
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.items.map((i) => `${i.region_code}/${i.kind_code}`), ['86/13', '86/4']);
    assert.ok(r.body.items.every((i) => i.cell.suppressed));
    const later = await regional('admin', 'from=2025-06-01&to=2025-12-31&region_code=86&kind_code=4');
    assert.equal(later.status, 200, later.text);
    assert.equal(later.body.items.length, 1);
    assert.equal(later.body.items[0].cell.suppressed, true, 'A1, A3 and A6 only');
  });

  test('region staff see their region only', async () => {
    const own = await regional('region_officer', YEAR_2025);
    assert.equal(own.status, 200, own.text);
    assert.deepEqual(own.body.items.map((i) => `${i.region_code}/${i.kind_code}`), ['86/3', '86/4']);
    const kind = await regional('region_officer', `${YEAR_2025}&region_code=86&kind_code=4`);
    assert.equal(kind.status, 200, kind.text);
    assert.deepEqual(kind.body.items.map((i) => `${i.region_code}/${i.kind_code}`), ['86/4']);
    assert.equal(kind.body.items[0].cell.clients, 6);
    const other = await regional('region_officer', `${YEAR_2025}&region_code=19`);
    assert.equal(other.status, 403, other.text);
    assert.equal(other.body.error.field, 'region_code');
  });

  test('providers, even of the clients\' own service, do not see the national roll-up', async () => {
    for (const login of ['p1_admin', 'p1_manager']) {
      const r = await regional(login, YEAR_2025);
      assert.equal(r.status, 403, `${login}: ${r.text}`);
    }
  });

  test('bad parameters are 400 naming the parameter', async () => {
    const cases = [
      ['from=2025-13-01&to=2025-12-31', 'from'],
      ['from=2025-01-01&to=31.12.2025', 'to'],
      ['from=2025-12-31&to=2025-01-01', 'to'],
      [`${YEAR_2025}&region_code=99`, 'region_code'],
      [`${YEAR_2025}&kind_code=abc`, 'kind_code'],
      [`${YEAR_2025}&region_code=${'8'.repeat(40)}`, 'region_code'],
    ];
    for (const [query, field] of cases) {
      const r = await regional('admin', query);
      assert.equal(r.status, 400, `${query}: ${r.text}`);
      assert.equal(r.body.error.field, field, query);
    }
    const cs = await (await world.as('region_officer', { lang: 'cs' })).get(
      '/api/planning/outcomes/regional?from=2025-12-31&to=2025-01-01',
    );
    assert.equal(cs.status, 400);
    assert.match(cs.body.error.message, /konec období 2025-01-01 je před jeho začátkem 2025-12-31/);
  });

  test('without dates the period is this year up to today', async () => {
    const r = await regional('admin', '');
    assert.equal(r.status, 200, r.text);
    assert.ok(Array.isArray(r.body.items));
  });
});
