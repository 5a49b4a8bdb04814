// The database server dies during the writes (PostgreSQL, `pg_ctl stop -m immediate`): kvalis keeps
// answering, with 503 and a JSON error (code "unavailable", the catalogue's Czech or English text, no
// internals) for whatever needs the database, never a 500 and never a crash; once PostgreSQL is back, kvalis
// serves again without a restart (its pool reconnects), and every write answered 2xx is there.
// Runs only with KVALIS_DB_KIND=postgresql, on the fault tests' own cluster (tests/fault/lib/pg.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { DB_KIND, sleep } from '../api/lib/harness.mjs';
import { crashServer, startCluster, startServer } from './lib/pg.mjs';
import { DEMO_PASSWORD, checkDatabase, demoDatabase, makeTmpDir, prepareWorkload, runWrites, serveOn, report } from './lib/workload.mjs';

const WRITES = Number(process.env.KVALIS_FAULT_WRITES || 1000);
const DOWN_MS = 2000;
const skip = DB_KIND !== 'postgresql' ? 'the database server is killed on PostgreSQL only (KVALIS_DB_KIND=postgresql)' : false;

let server;
let tmpDir;
let db;
let workload;

before(async () => {
  if (skip) return;
  startCluster(); // this test crashes the server: always the fault tests' own cluster
  tmpDir = makeTmpDir();
  db = demoDatabase(tmpDir);
  server = await serveOn(db, tmpDir);
  workload = await prepareWorkload(server);
});

after(async () => {
  if (server) await server.stop();
});

describe('PostgreSQL killed during the writes', { skip }, () => {
  test('503 while it is down, never 500, no restart of kvalis; it recovers by itself and keeps every acknowledged write', async () => {
    const pid = server.proc.pid;
    let phase = 'before';
    const byPhase = { before: {}, down: {}, recovering: {}, after: {} };
    let killed = false;
    const killAt = Math.floor(WRITES * 0.3);
    let downSince = 0;
    let afterSince = Infinity;
    let answered = 0;
    const writes = runWrites(workload, WRITES, {
      keepGoing: () => true, // a network error would mean kvalis died: counted, and the test fails on it
      pauseAfterError: 400,
      onResponse: (c, rec) => {
        answered += 1;
        const key = rec.error ? `network:${rec.error}` : String(rec.status);
        // A write counts as after the recovery only when it was sent after it: one sent while PostgreSQL was
        // still starting may be answered 503 a moment after the first read succeeded.
        const at = phase === 'after' && rec.sentAt < afterSince ? 'recovering' : phase;
        byPhase[at][key] = (byPhase[at][key] || 0) + 1;
        if (!killed && answered >= killAt) {
          killed = true;
          crashServer();
          phase = 'down';
          downSince = Date.now();
        }
      },
    });
    // While the writes go on: reads need the database too, and get the same clean 503.
    while (!killed) await sleep(10);
    await sleep(300);
    const readCs = await workload.clients.auditor.get('/api/quality/audits');
    // In English for a client that asks so (a logged-in user gets the language of the account).
    const readEn = await server.client({ lang: 'en' }).request('POST', '/api/session', { json: { login: 'auditor', password: DEMO_PASSWORD }, csrf: false });
    const portal = await workload.clients.auditor.get('/portal/86');
    await sleep(Math.max(0, DOWN_MS - (Date.now() - downSince)));
    const downMs = Date.now() - downSince;
    phase = 'recovering';
    startServer();
    const pgUp = Date.now();
    // Recovery: the first read answered from the database again (no kvalis restart, no manual step).
    let recoveryMs = null;
    for (let i = 0; i < 600; i++) {
      const r = await workload.clients.auditor.get('/api/quality/audits');
      if (r.status === 200) {
        recoveryMs = Date.now() - pgUp;
        break;
      }
      assert.equal(r.status, 503, r.text);
      await sleep(25);
    }
    afterSince = Date.now();
    phase = 'after';
    const counts = await writes;

    assert.equal(server.exited, null, 'kvalis kept running');
    assert.equal(server.proc.pid, pid);
    assert.ok(recoveryMs !== null, 'kvalis answered from the database again after PostgreSQL came back');

    for (const r of [readCs, readEn]) {
      assert.equal(r.status, 503, r.text);
      assert.equal(r.headers.get('content-type').split(';')[0], 'application/json');
      assert.equal(r.body.error.code, 'unavailable');
      assert.doesNotMatch(r.text, /postgres|soci|server closed|connection|libpq|sqlstate|terminating/i, 'no internals');
    }
    assert.equal(readCs.body.error.message, 'Databáze je právě nedostupná. Zkuste to prosím za chvíli.');
    assert.equal(readEn.body.error.message, 'The database is unavailable right now. Please try again shortly.');
    assert.equal(portal.status, 503);

    const statuses = Object.keys(counts.statuses).map(Number);
    // On a failure, what the server logged besides the expected "database unavailable" lines names the route.
    const logged = (server.stderr || '')
      .split('\n')
      .filter((l) => l.startsWith('kvalis: error in'))
      .slice(-20)
      .join('\n');
    assert.deepEqual(
      statuses.filter((s) => s >= 500 && s !== 503),
      [],
      `no 500: ${JSON.stringify(byPhase)}\nthe server logged:\n${logged}`,
    );
    assert.equal(counts.network, 0, `kvalis answered every request: ${JSON.stringify(byPhase)}`);
    assert.ok((counts.statuses[503] || 0) > 0, 'writes during the outage got 503');
    assert.deepEqual(Object.keys(byPhase.before).filter((s) => s !== '200' && s !== '201'), [], JSON.stringify(byPhase.before));
    // After recovery every write succeeds again (a transition whose request failed during the outage may
    // find its action already moved: 409 is the rule's answer, not a failure of the database).
    assert.deepEqual(Object.keys(byPhase.after).filter((s) => !['200', '201', '409'].includes(s)), [], JSON.stringify(byPhase.after));
    assert.ok(Object.keys(byPhase.after).some((s) => s === '200' || s === '201'), 'writes succeed after recovery');

    const { problems, found, ackedThisCycle } = checkDatabase(workload, db);
    report({ test: 'pg-server-killed', db: DB_KIND, planned: WRITES, sent: counts.sent, acknowledged: counts.acked, found, statuses: counts.statuses, by_phase: byPhase, down_ms: downMs, recovery_ms: recoveryMs, problems: problems.length });
    assert.deepEqual(problems, []);
    assert.equal(found, ackedThisCycle);
    const log = server.stderr.split('\n');
    assert.ok(log.some((l) => l.startsWith('kvalis: database unavailable:')), 'the outage is logged');
    assert.ok(log.some((l) => /database connection \d+ re-established/.test(l)), 'the reconnection is logged');
    assert.equal(server.internalErrors().filter((l) => l.includes('error in')).length, 0, server.internalErrors().join('\n'));
  });
});
