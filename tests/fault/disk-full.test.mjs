// The disk fills up during the writes (SQLite on a small tmpfs): writes get a clean 503 (code
// "unavailable", the catalogue's message unavailable.storage_full), never a 500; reads go on working; the
// database is not corrupted (integrity_check ok); once space is freed, writes succeed again without a
// restart, and every write answered 2xx is there. Needs `mount -t tmpfs` (root, as in CI); skipped with a
// message otherwise. Runs only with KVALIS_DB_KIND=sqlite.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { DB_KIND, sleep } from '../api/lib/harness.mjs';
import { DEMO_PASSWORD, checkDatabase, demoDatabase, makeTmpDir, prepareWorkload, runWrites, serveOn, report } from './lib/workload.mjs';

const WRITES = Number(process.env.KVALIS_FAULT_DISK_WRITES || 600);

let skip = DB_KIND !== 'sqlite' ? 'the disk-full case runs on SQLite (KVALIS_DB_KIND=sqlite)' : false;
let tmpDir;
let mountDir;
let server;
let db;
let workload;

function mountTmpfs(dir, size) {
  fs.mkdirSync(dir, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { encoding: 'utf8' });
  return r.status === 0 ? null : (r.stderr || r.error?.message || 'mount failed').trim();
}

// Fills the file system with one file until it is full; returns the file.
function fill(dir) {
  const file = path.join(dir, 'filler.bin');
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (e) {
    if (e.code !== 'ENOSPC') throw e;
  }
  // the last partial chunk: byte by byte up to the end
  const one = Buffer.alloc(4096, 0x5a);
  try {
    for (;;) fs.writeSync(fd, one);
  } catch (e) {
    if (e.code !== 'ENOSPC') throw e;
  }
  fs.closeSync(fd);
  return file;
}

before(async () => {
  if (skip) return;
  tmpDir = makeTmpDir();
  mountDir = path.join(tmpDir, 'small-disk');
  const refused = mountTmpfs(mountDir, '48m');
  if (refused) {
    skip = `mount -t tmpfs is not permitted here (${refused}): the disk-full case needs root (CI runs as root)`;
    console.log(`SKIP disk-full: ${skip}`);
    return;
  }
  db = demoDatabase(tmpDir, { dir: mountDir });
  server = await serveOn(db, tmpDir);
  workload = await prepareWorkload(server);
});

after(async () => {
  if (server) await server.stop().catch(() => {});
  if (mountDir) spawnSync('umount', ['-l', mountDir]);
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe('disk full under SQLite', () => {
  test('503 for writes while the disk is full, reads go on, no corruption, writes succeed again once space is freed', async (t) => {
    if (skip) return t.skip(skip);
    // The write-ahead log is emptied first, so the very next writes need new space.
    const cp = spawnSync('sqlite3', ['-cmd', '.timeout 10000', db.url, 'PRAGMA wal_checkpoint(TRUNCATE);'], { encoding: 'utf8' });
    assert.equal(cp.status, 0, cp.stderr);
    const filler = fill(mountDir);
    const auditor = workload.clients.auditor;
    const audit = workload.lanes.find((l) => l.kind === 'assessment').auditId;

    const counts = await runWrites(workload, WRITES, { keepGoing: () => true });
    assert.equal(counts.network, 0, 'kvalis answered every write');
    assert.deepEqual(Object.keys(counts.statuses).map(Number).filter((s) => s >= 500 && s !== 503), [], JSON.stringify(counts.statuses));
    assert.ok((counts.statuses[503] || 0) > 0, `writes were refused while the disk was full: ${JSON.stringify(counts.statuses)}`);
    const full = counts.bodies503.map((b) => JSON.parse(b));
    assert.equal(full[0].error.code, 'unavailable');
    assert.match(full[0].error.message, /došlo místo na disku/);
    assert.doesNotMatch(counts.bodies503.join(' '), /sqlite|SQLITE|disk I\/O|database or disk|soci/, 'no internals');
    // In English for a client that asks so (a login: it writes the throttling counters first).
    const en = await server.client({ lang: 'en' }).request('POST', '/api/session', { json: { login: 'auditor', password: DEMO_PASSWORD }, csrf: false });
    assert.equal(en.status, 503, en.text);
    assert.equal(en.body.error.code, 'unavailable');
    assert.match(en.body.error.message, /disk is full/);

    // Reads go on: lists, a detail, the session.
    for (const p of ['/api/quality/audits', `/api/quality/audits/${audit}`, '/api/session']) {
      const r = await auditor.get(p);
      assert.equal(r.status, 200, `${p}: ${r.text.slice(0, 300)}`);
    }
    assert.equal((await workload.clients.manager.get('/api/benchmark/rounds/11/services/75/form')).status, 200);
    const during = spawnSync('sqlite3', [db.url, 'PRAGMA integrity_check;'], { encoding: 'utf8' }).stdout.trim();
    assert.equal(during, 'ok', 'no corruption while the disk is full');

    // Space freed: writes succeed again, no restart.
    const pid = server.proc.pid;
    fs.rmSync(filler);
    const freed = Date.now();
    let recoveryMs = null;
    for (let i = 0; i < 400; i++) {
      const r = await workload.clients.manager.put('/api/benchmark/rounds/11/services/75/form', { values: { clients_total: 1234 } });
      if (r.status === 200) {
        recoveryMs = Date.now() - freed;
        break;
      }
      assert.equal(r.status, 503, r.text);
      await sleep(25);
    }
    assert.ok(recoveryMs !== null, 'a write succeeded after space was freed');
    // The form lane of clients_total now holds 1234: tell the check.
    const lane = workload.lanes.find((l) => l.kind === 'form' && l.item === 'clients_total');
    lane.writes.push({ seq: lane.writes.length, cycle: workload.cycle, value: 1234, status: 200 });
    const afterCounts = await runWrites(workload, 200, { keepGoing: () => true });
    assert.deepEqual(Object.keys(afterCounts.statuses).filter((s) => !['200', '201'].includes(s)), [], JSON.stringify(afterCounts.statuses));
    assert.equal(server.exited, null);
    assert.equal(server.proc.pid, pid);

    const { problems, found, ackedThisCycle } = checkDatabase(workload, db);
    report({ test: 'disk-full', db: DB_KIND, sent_while_full: counts.sent, acknowledged_while_full: counts.acked, statuses_while_full: counts.statuses, sent_after: afterCounts.sent, acknowledged_after: afterCounts.acked, recovery_ms: recoveryMs, problems: problems.length });
    assert.deepEqual(problems, []);
    assert.equal(found, ackedThisCycle);
    assert.equal(server.internalErrors().filter((l) => l.includes('error in')).length, 0, server.internalErrors().join('\n'));
  });
});
