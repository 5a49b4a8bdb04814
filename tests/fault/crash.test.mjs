// Crash safety (issue 15): `kvalis serve` on the demo region takes 1,000 concurrent writes of four kinds
// (assessment batches, benchmark form values, corrective actions and their transitions, users) and is
// killed with SIGKILL in the middle; after a restart every write answered 2xx is there with its exact
// values, nothing is half-done (no batch partly stored, no action without its first history row, no user
// without the membership it was created with) and SQLite's integrity_check and foreign_key_check are clean.
// On SQLite and PostgreSQL (KVALIS_DB_KIND). Run by scripts/run-fault-tests.sh.
//
//   KVALIS_FAULT_CYCLES   kill cycles (default 1; the long form: 20)
//   KVALIS_FAULT_WRITES   writes sent per cycle (default 1000)
//   KVALIS_FAULT_REPORT   a file the figures of each cycle are appended to (JSON lines)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { DB_KIND } from '../api/lib/harness.mjs';
import { startCluster } from './lib/pg.mjs';
import { checkDatabase, demoDatabase, makeTmpDir, prepareWorkload, runWrites, serveOn, report } from './lib/workload.mjs';

const CYCLES = Number(process.env.KVALIS_FAULT_CYCLES || 1);
const WRITES = Number(process.env.KVALIS_FAULT_WRITES || 1000);

let server;
let db;
let tmpDir;
let workload;

before(async () => {
  if (DB_KIND === 'postgresql' && !process.env.KVALIS_TEST_PG_ADMIN_URI) startCluster();
  tmpDir = makeTmpDir();
  db = demoDatabase(tmpDir);
  server = await serveOn(db, tmpDir);
  workload = await prepareWorkload(server);
});

after(async () => {
  if (server) await server.stop();
});

describe(`SIGKILL during writes (${DB_KIND})`, () => {
  test(`${CYCLES} kill cycle(s) of ${WRITES} concurrent writes: every acknowledged write survives, nothing half-done`, async () => {
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      // Kill at a random point between a quarter and three quarters of the answers.
      const killAt = Math.floor(WRITES * (0.25 + Math.random() * 0.5));
      let killed = false;
      let inFlightAtKill = 0;
      const counts = await runWrites(workload, WRITES, {
        onResponse: (c) => {
          const answered = c.network + Object.values(c.statuses).reduce((a, b) => a + b, 0);
          if (!killed && answered >= killAt) {
            killed = true;
            inFlightAtKill = c.sent - answered;
            server.signal('SIGKILL');
          }
        },
      });
      assert.equal(killed, true, 'the server was killed during the writes');
      const exit = await server.exitPromise;
      assert.equal(exit.signal, 'SIGKILL');
      assert.deepEqual(
        Object.keys(counts.statuses).filter((s) => Number(s) >= 300),
        [],
        `every write answered before the kill succeeded: ${JSON.stringify(counts.statuses)} ${counts.bodies503.join(' ')}\n${server.internalErrors().slice(0, 8).join('\n')}`,
      );

      const started = Date.now();
      server = await serveOn(db, tmpDir);
      const restartMs = Date.now() - started;
      for (const c of Object.values(workload.clients)) c.baseUrl = server.baseUrl;
      assert.equal((await workload.clients.auditor.get('/api/health')).status, 200);

      const { problems, found, ackedThisCycle } = checkDatabase(workload, db);
      report({ test: 'sigkill', db: DB_KIND, cycle, planned: WRITES, sent: counts.sent, acknowledged: counts.acked, in_flight_at_kill: inFlightAtKill, unanswered: counts.network, found, kinds: counts.kinds, restart_ms: restartMs, problems: problems.length });
      assert.deepEqual(problems, [], `cycle ${cycle}`);
      assert.equal(found, ackedThisCycle, 'every acknowledged write of the cycle is found');
      assert.equal(found, counts.acked);
    }
  });
});
