// DEA and the comparison over HTTP on the demo region, on SQLite and PostgreSQL (issue 10, benchmarking):
// a large round runs as a job with progress whose state lives in the database, so a second server process
// on the same database answers it; zero values are accepted and a service without any positive output is
// named; no service is its own peer; anonymous labels follow the round's random salt; English names beside
// the Czech ones.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { ADMIN_PASSWORD, KvalisServer, kvalisCli } from './lib/harness.mjs';

const DEMO_PASSWORD = 'kvalis-demo-2026';
const BODY = { model: 'bcc', orientation: 'input', inputs: ['costs_total', 'fte_total'], outputs: ['bed_days', 'clients_high_dependency'] };
let server; // rounds of more than 5 services run as a job
let second; // another process on the same database, with the default threshold (200 services)
let roundId;
let zeroInput;
let zeroOutput;

before(async () => {
  server = await KvalisServer.start({ serveArgs: ['--dea-inline-max', '5'] });
  kvalisCli(['demo', '--db', server.db.url, '--admin-password', ADMIN_PASSWORD]);
  second = new KvalisServer();
  second.db = server.db;
  await second.spawn(path.join(server.tmpDir, 'web'));
  roundId = server.db.scalar('SELECT round_id FROM bm_dea_runs');
  const scored = server.db.query(
    `SELECT service_id FROM bm_dea_results WHERE efficiency IS NOT NULL AND efficiency < 0.99 ORDER BY service_id`,
  );
  assert.ok(scored.length >= 2);
  zeroInput = Number(scored[0].service_id);
  zeroOutput = Number(scored[1].service_id);
  // A service without staff on its books (fte 0: the rules then want no direct fte and hours either), and
  // one that produced neither output.
  server.db.run(
    `UPDATE bm_values SET value = 0 WHERE round_id = ${roundId} AND service_id = ${zeroInput} AND item_code IN ('fte_total', 'fte_direct', 'hours_direct');
     UPDATE bm_values SET value = 0 WHERE round_id = ${roundId} AND service_id = ${zeroOutput} AND item_code IN ('bed_days', 'clients_high_dependency');`,
  );
});

after(async () => {
  if (second?.proc && !second.exited) {
    second.proc.kill('SIGTERM');
    await second.waitExit().catch(() => second.proc.kill('SIGKILL'));
  }
  await server?.stop();
});

async function as(s, login) {
  const c = s.client();
  await c.login(login, login === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD);
  return c;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('DEA as a job', () => {
  test('a large round is queued, runs on the worker thread and any process reports its progress and result', async () => {
    const region = await as(server, 'kraj.referent');
    const started = await region.post(`/api/benchmark/rounds/${roundId}/dea`, BODY);
    assert.equal(started.status, 202, started.text);
    const services = server.db.scalar(`SELECT COUNT(DISTINCT service_id) FROM bm_values WHERE round_id = ${roundId}`);
    assert.equal(started.body.total, services);
    assert.ok(services > 5);
    assert.ok(['queued', 'running', 'done'].includes(started.body.state), started.body.state);

    // The other process answers from the database.
    const other = await as(second, 'kraj.referent');
    const seen = [];
    let job;
    for (let i = 0; i < 300; i++) {
      const r = await other.get(`/api/benchmark/dea-jobs/${started.body.id}`);
      assert.equal(r.status, 200, r.text);
      job = r.body;
      seen.push(job.done);
      if (job.state === 'done' || job.state === 'failed') break;
      await sleep(100);
    }
    assert.equal(job.state, 'done', JSON.stringify(job));
    assert.equal(job.done, job.total);
    assert.ok(Number.isInteger(job.run_id));
    assert.equal(job.error ?? null, null);
    for (let k = 1; k < seen.length; k++) assert.ok(seen[k] >= seen[k - 1], `progress went back: ${seen}`);
    const state = server.db.query(`SELECT state, done, total, run_id FROM bm_dea_jobs WHERE id = ${started.body.id}`)[0];
    assert.equal(state.state, 'done');
    assert.equal(Number(state.run_id), job.run_id);

    const run = await region.get(`/api/benchmark/dea/${job.run_id}`);
    assert.equal(run.status, 200);
    const byId = new Map(run.body.results.map((r) => [r.service.service_id, r]));
    // No service is listed as its own peer; efficient ones have no peers at all here.
    for (const r of run.body.results) {
      for (const p of r.peers) assert.notEqual(p.service.service_id, r.service.service_id, `${r.service.name} is its own peer`);
      if (r.efficient) assert.deepEqual(r.peers, [], `${r.service.name}`);
    }
    // Zero inputs are valid data: the service without staff is scored.
    const staffless = byId.get(zeroInput);
    assert.equal(staffless.status, 'ok');
    assert.equal(typeof staffless.efficiency, 'number');
    // A service without any positive output is named, with what is missing, in both languages.
    const idle = byId.get(zeroOutput);
    assert.equal(idle.status, 'no_positive_output: bed_days, clients_high_dependency');
    assert.equal(idle.efficiency ?? null, null);
    assert.match(idle.status_text, /žádný výstup není kladný \(Obsazené lůžkodny za rok, Klienti ve III\. a IV\. stupni závislosti\)/);
    assert.match(idle.status_text_en, /no output is positive/);
  });

  test('a small round answers at once with the same job shape', async () => {
    const region = await as(second, 'kraj.referent');
    const r = await region.post(`/api/benchmark/rounds/${roundId}/dea`, { ...BODY, model: 'ccr' });
    assert.equal(r.status, 202, r.text);
    assert.equal(r.body.state, 'done');
    assert.equal(r.body.done, r.body.total);
    const run = await region.get(`/api/benchmark/dea/${r.body.run_id}`);
    assert.equal(run.body.run.model, 'ccr');
  });

  test('bad input is refused naming the field; a job is read only by readers of its round', async () => {
    const region = await as(server, 'kraj.referent');
    const bad = await region.post(`/api/benchmark/rounds/${roundId}/dea`, { ...BODY, inputs: ['nope'] });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'inputs[0]');
    const started = await region.post(`/api/benchmark/rounds/${roundId}/dea`, { ...BODY, orientation: 'output' });
    assert.equal(started.status, 202);
    const outsider = await as(server, 'auditor');
    assert.equal((await outsider.get(`/api/benchmark/dea-jobs/${started.body.id}`)).status, 404);
    assert.equal((await region.get('/api/benchmark/dea-jobs/999999')).status, 404);
    const member = await as(second, 'poskytovatel.manazer');
    assert.equal((await member.post(`/api/benchmark/rounds/${roundId}/dea`, BODY)).status, 403);
    assert.equal((await member.get(`/api/benchmark/dea-jobs/${started.body.id}`)).status, 200);
  });
});

describe('comparison', () => {
  // Labels of the first indicator's peers as the data-only member reads them, best first.
  async function labels(c) {
    const r = await c.get(`/api/benchmark/rounds/${roundId}/comparison`);
    assert.equal(r.status, 200, r.text);
    return r.body;
  }

  test('anonymous labels follow the round salt, are stable for it and come with English names', async () => {
    const member = await as(server, 'poskytovatel.manazer');
    const first = await labels(member);
    assert.equal(first.audience, 'data_only');
    const shown = (body) => body.indicators.flatMap((i) => i.groups.flatMap((g) => g.scores.map((s) => s.service.name)));
    const anonymised = first.indicators.flatMap((i) => i.groups.flatMap((g) => g.scores)).filter((s) => s.service.anonymised);
    assert.ok(anonymised.length > 5);
    for (const s of anonymised) {
      assert.equal(s.service.service_id ?? null, null);
      assert.match(s.service.name, /^Služba [A-Z]+$/);
      assert.equal(s.service.name_en, s.service.name.replace('Služba', 'Service'));
    }
    for (const i of first.indicators) {
      assert.ok(i.name_en && i.name_en.length > 0, i.code);
      for (const g of i.groups) assert.ok(g.label_en.length > 0, g.peer_key);
    }
    assert.deepEqual(shown(await labels(member)), shown(first), 'stable for the round');

    // The order comes from the stored salt: another salt, other labels (the data version refreshes the cache).
    const salt = server.db.query(`SELECT anon_salt FROM bm_rounds WHERE id = ${roundId}`)[0].anon_salt;
    assert.match(salt, /^[0-9a-f]{32}$/);
    const otherSalts = server.db.query(`SELECT COUNT(DISTINCT anon_salt) AS n, COUNT(*) AS total FROM bm_rounds`)[0];
    assert.equal(Number(otherSalts.n), Number(otherSalts.total), 'every round has its own salt');
    server.db.run(`UPDATE bm_rounds SET anon_salt = 'another-salt-for-the-test' WHERE id = ${roundId};
                   UPDATE data_versions SET version = version + 1 WHERE scope = 'benchmark';`);
    assert.notDeepEqual(shown(await labels(member)), shown(first));
    server.db.run(`UPDATE bm_rounds SET anon_salt = '${salt}' WHERE id = ${roundId};
                   UPDATE data_versions SET version = version + 1 WHERE scope = 'benchmark';`);
    assert.deepEqual(shown(await labels(member)), shown(first));
  });

  test('missing-value reasons name the items, in Czech and English', async () => {
    const region = await as(server, 'kraj.referent');
    const body = await labels(region);
    const missing = body.indicators.flatMap((i) => i.groups.flatMap((g) => g.scores)).filter((s) => s.missing_reason.startsWith('missing: '));
    assert.ok(missing.length > 0);
    const names = new Map(server.db.query(`SELECT i.code, i.name_cs FROM bm_items i JOIN bm_rounds r ON r.methodology_id = i.methodology_id WHERE r.id = ${roundId}`).map((x) => [x.code, x.name_cs]));
    for (const s of missing) {
      const code = s.missing_reason.slice('missing: '.length).split(', ')[0];
      if (!names.has(code)) continue;
      assert.ok(s.missing_reason_text.includes(names.get(code)), `${s.missing_reason_text} names ${names.get(code)}`);
      assert.match(s.missing_reason_text_en, /^missing value: /);
    }
    // The service's scores over time carry the same texts.
    const own = body.indicators[0].groups[0].scores.find((s) => s.service.service_id);
    const scores = await region.get(`/api/benchmark/services/${own.service.service_id}/scores`);
    assert.equal(scores.status, 200);
    for (const g of scores.body.groups)
      for (const t of g.indicators) {
        assert.ok(t.name_en.length > 0);
        for (const p of t.points) if (p.missing_reason) assert.ok(p.missing_reason_text.length > 0 && p.missing_reason_text_en.length > 0);
      }
  });
});
