// The PostgreSQL cluster of the fault tests: scripts/pg-test-cluster.sh on a port of its own
// (KVALIS_FAULT_PG_PORT, default 55439), so crashing it (`pg_ctl stop -m immediate`) disturbs no other
// test. Unlike the API suite's cluster it commits synchronously (synchronous_commit = on, the production
// default): an acknowledged commit must survive the server's crash. fsync stays off: the tests kill
// processes, not the machine, and what was written to the kernel survives a process.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from '../../api/lib/harness.mjs';

export const PG_PORT = process.env.KVALIS_FAULT_PG_PORT || '55439';
export const PG_DIR = process.env.KVALIS_FAULT_PG_DIR || `/tmp/kvalis-fault-pg-${PG_PORT}`;
const env = { ...process.env, KVALIS_PG_PORT: PG_PORT, KVALIS_PG_DIR: PG_DIR };

function pgBin() {
  if (process.env.KVALIS_PG_BIN) return process.env.KVALIS_PG_BIN;
  if (fs.existsSync('/usr/lib/postgresql/15/bin/pg_ctl')) return '/usr/lib/postgresql/15/bin';
  const dirs = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return `/usr/lib/postgresql/${dirs[0]}/bin`;
}

// As root the cluster runs as the postgres system user (as scripts/pg-test-cluster.sh does it).
function asPg(cmd, args, opts = {}) {
  const root = process.getuid && process.getuid() === 0;
  return root ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8', ...opts }) : spawnSync(cmd, args, { encoding: 'utf8', ...opts });
}

function cluster(...args) {
  return execFileSync('bash', [path.join(REPO_ROOT, 'scripts/pg-test-cluster.sh'), ...args], { encoding: 'utf8', env }).trim().split('\n').pop();
}

// Starts (or finds) the cluster, makes commits synchronous, and points the harness at it.
export function startCluster() {
  const uri = cluster('start');
  superuser(`ALTER SYSTEM SET synchronous_commit = on`);
  superuser(`SELECT pg_reload_conf()`);
  process.env.KVALIS_TEST_PG_ADMIN_URI = uri;
  return uri;
}

export function stopCluster() {
  cluster('stop');
}

export function superuser(sql) {
  const r = asPg(path.join(pgBin(), 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', PG_DIR, '-p', PG_PORT, '-U', 'postgres', '-d', 'postgres', '-c', sql], {
    env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' },
  });
  if (r.status !== 0) throw new Error(`psql (superuser) failed: ${r.stderr}`);
  return r.stdout;
}

// SQL on the cluster's admin database as the kvalis role (CREATE/DROP DATABASE).
export function psqlAdmin(sql) {
  execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', process.env.KVALIS_TEST_PG_ADMIN_URI, '-c', sql], {
    encoding: 'utf8',
    env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' },
  });
}

// The database server crashes: every backend ends at once, nothing is flushed or checkpointed
// (`pg_ctl stop -m immediate`; the next start runs crash recovery).
export function crashServer() {
  const r = asPg(path.join(pgBin(), 'pg_ctl'), ['-D', path.join(PG_DIR, 'data'), '-m', 'immediate', '-w', 'stop'], { stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`pg_ctl stop -m immediate failed: ${r.stderr}${r.stdout}`);
}

// Starts it again (crash recovery) and waits until it accepts connections.
export function startServer() {
  // No pipes: the server would inherit them and keep them open.
  const r = asPg(path.join(pgBin(), 'pg_ctl'), ['-D', path.join(PG_DIR, 'data'), '-l', path.join(PG_DIR, 'server.log'), '-w', '-t', '60', '-o', `-p ${PG_PORT}`, 'start'], {
    stdio: 'ignore',
  });
  if (r.status !== 0) throw new Error(`pg_ctl start failed (${r.status}); see ${path.join(PG_DIR, 'server.log')}`);
}
