// Soak test of `kvalis serve` (issue 15, item 4): the demo region (`kvalis demo`) on a fresh database,
// N persistent keep-alive connections (default 200) driven by as many virtual users, each a logged-in demo
// user of one of several tenants and roles, doing a mix of reads (dashboards, lists, detail pages of audits,
// services, benchmark forms, actions, network pages) and valid writes (assessment saves, benchmark form values,
// corrective-action transitions, network card comments, the user's language preference) for a given time.
//
// Every answer that is not 2xx (and every failed request) is an error: counted by route and printed with its
// body. A monitor samples the server's resident memory (VmRSS of /proc/PID/status) and open file descriptors
// (/proc/PID/fd) every few seconds. The run fails (exit 1) on any error, on a server log line about an internal
// error, on RSS growth of 10 % or more from the end of the warm-up (the first 10 % of the run) to the end, and on
// file-descriptor growth: under load the connections are the same N sockets from start to end, so the count at
// the end may exceed the count at the end of the warm-up by at most KVALIS_SOAK_FD_SLACK (default 2: a
// descriptor the server holds for a moment while the sample is read); and once the test's connections are closed
// the server must be back to the descriptors it had before the load (no slack).
//
//   node tests/soak/soak.mjs [--seconds 120] [--connections 200] [--out result.json]
//
// Environment: KVALIS_BIN, KVALIS_DB_KIND (sqlite | postgresql), KVALIS_TEST_PG_ADMIN_URI (see
// tests/api/lib/harness.mjs), KVALIS_SOAK_WRITE_SHARE (share of requests that write, default 0.25),
// KVALIS_SOAK_SAMPLE_SECONDS (monitor interval, default 5; 2 for runs under 5 minutes), KVALIS_SOAK_WITHOUT (a
// regular expression: route kinds left out, for diagnosis).
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { ADMIN_PASSWORD, DB_KIND, KvalisServer, TestDatabase, kvalisCli, sleep } from '../api/lib/harness.mjs';
import { Latencies, percentile } from './stats.mjs';

const DEMO_PASSWORD = 'kvalis-demo-2026';
const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '120' },
    connections: { type: 'string', default: '200' },
    'sessions-per-login': { type: 'string', default: '2' },
    out: { type: 'string' },
  },
});
const SECONDS = Number(opt.seconds);
const CONNECTIONS = Number(opt.connections);
const SESSIONS_PER_LOGIN = Number(opt['sessions-per-login']);
const WRITE_SHARE = Number(process.env.KVALIS_SOAK_WRITE_SHARE ?? 0.25);
const SAMPLE_SECONDS = Number(process.env.KVALIS_SOAK_SAMPLE_SECONDS ?? (SECONDS < 300 ? 2 : 5));
const WARMUP_SECONDS = SECONDS * 0.1;
const RSS_LIMIT = 0.1;
const FD_SLACK = Number(process.env.KVALIS_SOAK_FD_SLACK ?? 2);
const label = `[soak ${DB_KIND}]`;
const log = (...a) => console.log(label, ...a);

// ---- HTTP over one keep-alive connection per virtual user ------------------------------------------

let port;
function request(agent, session, method, path, json) {
  const headers = {};
  if (session.cookie) headers.Cookie = session.cookie;
  if (method !== 'GET' && session.csrf) headers['X-CSRF-Token'] = session.csrf;
  let payload;
  if (json !== undefined) {
    payload = Buffer.from(JSON.stringify(json));
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = payload.length;
  }
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode, text, ms: performance.now() - started, reused: req.reusedSocket, headers: res.headers });
      });
      res.on('error', (e) => resolve({ status: 0, text: String(e), ms: performance.now() - started }));
    });
    req.on('error', (e) => resolve({ status: 0, text: `${e.code ?? ''} ${e.message}`, ms: performance.now() - started }));
    if (payload) req.write(payload);
    req.end();
  });
}
const body = (r) => {
  try {
    return JSON.parse(r.text);
  } catch {
    return undefined;
  }
};

// Setup requests: one agent; every answer must be what is expected or the soak cannot start.
const setupAgent = new http.Agent({ keepAlive: true, maxSockets: 32 });
async function must(session, method, path, json, expect = [200, 201]) {
  const r = await request(setupAgent, session, method, path, json);
  if (!expect.includes(r.status)) throw new Error(`setup: ${method} ${path} → ${r.status} ${r.text.slice(0, 500)}`);
  return body(r);
}
async function probe(session, path) {
  const r = await request(setupAgent, session, 'GET', path);
  return r.status === 200 ? body(r) ?? {} : undefined;
}
async function login(loginName, password) {
  const r = await request(setupAgent, { cookie: '' }, 'POST', '/api/session', { login: loginName, password });
  if (r.status !== 200) throw new Error(`login ${loginName}: ${r.status} ${r.text}`);
  const cookie = [].concat(r.headers['set-cookie'] ?? []).find((c) => c.startsWith('kvalis_session='));
  const b = body(r);
  return { login: loginName, cookie: cookie.split(';')[0], csrf: b.csrf_token, user: b.user };
}

const isoDate = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
const pick = (a) => a[Math.floor(Math.random() * a.length)];
const ids = (b, n) => (b?.items ?? []).slice(0, n).map((x) => x.id);

// ---- what each login reads and writes ----------------------------------------------------------------

// The GET pages a login may open (probed: only those answering 200 are used), each with its route kind.
async function readsOf(s) {
  const reads = [];
  const add = (kind, path) => reads.push({ kind: `GET ${kind}`, method: 'GET', path });
  const tryAdd = async (kind, path) => {
    const b = await probe(s, path);
    if (b !== undefined) add(kind, path);
    return b;
  };
  await tryAdd('/api/session', '/api/session');
  const dash = await tryAdd('/api/dashboard', '/api/dashboard');
  const services = await tryAdd('/api/services', '/api/services');
  for (const id of ids(services, 3)) await tryAdd('/api/services/{id}', `/api/services/${id}`);
  await tryAdd('/api/organisations', '/api/organisations');
  const audits = await tryAdd('/api/quality/audits', '/api/quality/audits');
  for (const id of ids(audits, 3)) await tryAdd('/api/quality/audits/{id}', `/api/quality/audits/${id}`);
  const actions = await tryAdd('/api/quality/actions', '/api/quality/actions');
  for (const id of ids(actions, 3)) await tryAdd('/api/quality/actions/{id}', `/api/quality/actions/${id}`);
  await tryAdd('/api/quality/overview', '/api/quality/overview');
  const groups = await tryAdd('/api/benchmark/groups', '/api/benchmark/groups');
  for (const id of ids(groups, 1)) await tryAdd('/api/benchmark/groups/{id}/rounds', `/api/benchmark/groups/${id}/rounds`);
  for (const r of (dash?.open_rounds ?? []).slice(0, 1)) await tryAdd('/api/benchmark/rounds/{id}', `/api/benchmark/rounds/${r.round_id}`);
  for (const f of (dash?.forms_to_fill?.items ?? []).slice(0, 2))
    await tryAdd('/api/benchmark/rounds/{id}/services/{service_id}/form', `/api/benchmark/rounds/${f.round_id}/services/${f.service_id}/form`);
  const cards = await tryAdd('/api/network/cards', '/api/network/cards');
  for (const id of ids(cards, 2)) await tryAdd('/api/network/cards/{id}', `/api/network/cards/${id}`);
  await tryAdd('/api/network/years', '/api/network/years');
  const plans = await tryAdd('/api/network/plans', '/api/network/plans');
  for (const id of ids(plans, 1)) await tryAdd('/api/network/plans/{id}', `/api/network/plans/${id}`);
  await tryAdd('/api/network/coverage/rounds', '/api/network/coverage/rounds');
  await tryAdd('/api/people/workers', '/api/people/workers');
  return reads;
}

// Shared write targets, prepared once through the API (so every write of the soak is valid: 2xx expected).
async function prepareTargets(sessions) {
  const first = (l) => sessions.find((s) => s.login === l);
  const auditor = first('auditor');
  const region = first('kraj.admin');
  // The demo's draft audit the auditor may score, and one finding on it for the corrective actions.
  const audits = await must(auditor, 'GET', '/api/quality/audits');
  let audit;
  for (const a of audits.items.filter((x) => x.status === 'draft')) {
    const d = await must(auditor, 'GET', `/api/quality/audits/${a.id}`);
    if (d.can_edit) {
      audit = d;
      break;
    }
  }
  if (!audit) throw new Error('setup: the demo has no draft audit the auditor may edit');
  const levels = audit.scale.levels.map((l) => l.code);
  const criteria = audit.criteria.map((c) => c.criterion_id);
  const finding = await must(auditor, 'POST', `/api/quality/audits/${audit.summary.id}/findings`, {
    criterion_id: criteria[0], severity: 'low', text: 'Zátěžový test: zjištění pro nápravná opatření',
  });
  // A network card version in comment procedure (a new version of a published card, sent by the region).
  const cards = await must(region, 'GET', '/api/network/cards');
  let version = cards.items.find((c) => c.latest?.status === 'comments')?.latest.version_id;
  if (!version) {
    const card = cards.items.find((c) => c.latest?.status === 'published');
    if (!card) throw new Error('setup: the demo has no published network card');
    version = (await must(region, 'POST', `/api/network/cards/${card.id}/versions`)).version_id;
    await must(region, 'POST', `/api/network/card-versions/${version}/send`, { comments_until: isoDate(60) });
  }
  return { audit: audit.summary.id, levels, criteria, finding: finding.id, version };
}

// The writes a login may do, checked once (each must answer 2xx now), with per-user state where a write
// needs it (the user's own corrective action, the user's own comment).
async function writerFor(s, targets, auditor, vu) {
  const writes = [];
  // User preference: the language, toggled.
  writes.push({
    kind: 'PATCH /api/me',
    next: () => ['PATCH', '/api/me', { language: Math.random() < 0.5 ? 'cs' : 'en' }],
  });
  if (s.canAssess) {
    writes.push({
      kind: 'PUT /api/quality/audits/{id}/assessments',
      next: () => [
        'PUT', `/api/quality/audits/${targets.audit}/assessments`,
        { assessments: [{ criterion_id: pick(targets.criteria), level_code: pick(targets.levels), note: `Zátěžový test ${vu}: ${Date.now()}` }] },
      ],
    });
  }
  if (s.canTransition) {
    // The virtual user's own action: open → in_progress, then done (with a report) and back to in_progress
    // (the verifier's rejection with a reason), for ever.
    const a = await must(auditor, 'POST', `/api/quality/findings/${targets.finding}/actions`, {
      text: `Zátěžový test: opatření uživatele ${vu}`, owner: s.login, due_date: isoDate(365),
    });
    let status = 'open';
    writes.push({
      kind: 'POST /api/quality/actions/{id}/transition',
      next: () => {
        const to = status === 'in_progress' ? 'done' : 'in_progress';
        const note = to === 'done' ? 'Splněno, doklad předán.' : status === 'done' ? 'Doklad nestačí, doplnit.' : '';
        return ['POST', `/api/quality/actions/${a.id}/transition`, { to, note }];
      },
      done: (r) => (status = body(r)?.status ?? status),
    });
  }
  for (const f of s.forms ?? []) {
    writes.push({
      kind: 'PUT /api/benchmark/rounds/{id}/services/{service_id}/form',
      next: () => {
        const item = pick(f.items);
        const value = Math.round(item.min + Math.random() * Math.min(item.max - item.min, 1000));
        return ['PUT', `/api/benchmark/rounds/${f.round}/services/${f.service}/form`, { values: { [item.code]: value } }];
      },
    });
  }
  if (s.canComment) {
    const c = await must(s, 'POST', `/api/network/card-versions/${targets.version}/comments`, { part: 'general', text: `Připomínka ${vu}` });
    let edits = 0;
    writes.push({
      kind: 'PUT /api/network/comments/{id}',
      next: () => ['PUT', `/api/network/comments/${c.id}`, { part: 'general', text: `Připomínka ${vu}, úprava ${++edits}` }],
    });
    writes.push({
      kind: 'POST /api/network/card-versions/{id}/comments',
      weight: 0.2,
      next: () => ['POST', `/api/network/card-versions/${targets.version}/comments`, { part: 'general', text: `Další připomínka ${vu}` }],
    });
  }
  return writes;
}

// What a login may write, checked with one write of each kind (2xx expected); fills s.canAssess, … .
async function capabilities(s, targets, auditor) {
  const ok = async (method, path, json) => (await request(setupAgent, s, method, path, json)).status < 300;
  s.canAssess = await ok('PUT', `/api/quality/audits/${targets.audit}/assessments`, {
    assessments: [{ criterion_id: targets.criteria[0], level_code: targets.levels[0], note: 'Zátěžový test' }],
  });
  // Transitions: a throwaway action taken once round the cycle by this login.
  const a = await must(auditor, 'POST', `/api/quality/findings/${targets.finding}/actions`, {
    text: `Zátěžový test: zkouška oprávnění ${s.login}`, owner: s.login, due_date: isoDate(365),
  });
  s.canTransition =
    (await ok('POST', `/api/quality/actions/${a.id}/transition`, { to: 'in_progress', note: '' })) &&
    (await ok('POST', `/api/quality/actions/${a.id}/transition`, { to: 'done', note: 'Splněno.' })) &&
    (await ok('POST', `/api/quality/actions/${a.id}/transition`, { to: 'in_progress', note: 'Doplnit.' }));
  s.forms = [];
  const dash = await probe(s, '/api/dashboard');
  for (const f of dash?.forms_to_fill?.items ?? []) {
    const form = await probe(s, `/api/benchmark/rounds/${f.round_id}/services/${f.service_id}/form`);
    if (!form?.editable) continue;
    const items = form.items.filter((i) => i.source == null && i.min_value !== null && i.max_value !== null).map((i) => ({ code: i.code, min: Number(i.min_value), max: Number(i.max_value) }));
    if (items.length && (await ok('PUT', `/api/benchmark/rounds/${f.round_id}/services/${f.service_id}/form`, { values: { [items[0].code]: items[0].min } })))
      s.forms.push({ round: f.round_id, service: f.service_id, items });
  }
  const cards = await probe(s, '/api/network/cards');
  s.canComment = !!cards?.items?.some((c) => c.latest?.version_id === targets.version && c.can_comment);
}

// ---- the monitor -----------------------------------------------------------------------------------

function sampleProcess(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
  const threads = Number(/Threads:\s+(\d+)/.exec(status)[1]);
  let fds = 0;
  let sockets = 0;
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    fds++;
    try {
      if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:')) sockets++;
    } catch {
      // closed between readdir and readlink
    }
  }
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuTicks = Number(fields[11]) + Number(fields[12]); // utime + stime
  return { t: performance.now(), rssKb, fds, sockets, threads, cpuTicks };
}

// ---- the run ---------------------------------------------------------------------------------------

// A fresh database with the demo region and `kvalis serve` on it. The demo is built on a SQLite file; for
// PostgreSQL that file is copied with `kvalis backup` / `kvalis restore` (seconds, where building the demo over
// the network takes over a minute on a busy machine).
async function startServer() {
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kvalis-soak-'));
  const db = TestDatabase.create(tmpDir);
  const file = db.kind === 'sqlite' ? db.url : path.join(tmpDir, 'demo.db');
  const demo = kvalisCli(['demo', '--db', file, '--admin-password', ADMIN_PASSWORD]);
  if (db.kind !== 'sqlite') {
    const backup = path.join(tmpDir, 'demo.kvb');
    kvalisCli(['backup', '--db', file, '--out', backup]);
    kvalisCli(['restore', '--db', db.url, '--in', backup]);
  }
  const server = new KvalisServer();
  server.tmpDir = tmpDir;
  server.db = db;
  const web = path.join(tmpDir, 'web');
  fs.mkdirSync(web);
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Kvalis soak</title>\n');
  await server.spawn(web);
  return { server, demo };
}

async function main() {
  const t0 = performance.now();
  const { server, demo } = await startServer();
  const tDemo = performance.now();
  port = server.port;
  let exitCode = 1;
  try {
    const logins = [...demo.stdout.matchAll(/^(\S+)[ \t]+(\S+)[ \t]+(admin|manager|worker|readonly|auditor|evaluator|platform administrator)\b/gm)]
      .map((m) => m[1]);
    if (logins.length < 5) throw new Error(`kvalis demo printed too few logins:\n${demo.stdout}`);
    // Sessions: SESSIONS_PER_LOGIN per demo login (the administrator with its own password).
    // The setup's requests run several at a time (a PostgreSQL server on a busy machine answers each slowly).
    const sessions = await Promise.all(
      Array.from({ length: SESSIONS_PER_LOGIN * logins.length }, (_, i) => logins[i % logins.length]).map((l) =>
        login(l, l === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD),
      ),
    );
    const tLogins = performance.now();
    const auditor = sessions.find((s) => s.login === 'auditor');
    const targets = await prepareTargets(sessions);
    // Reads and capabilities once per login; every session of a login shares them.
    const perLogin = new Map();
    await Promise.all(
      sessions.slice(0, logins.length).map(async (s) => {
        await capabilities(s, targets, auditor);
        perLogin.set(s.login, { reads: await readsOf(s), caps: s });
      }),
    );
    const tProbes = performance.now();
    const vus = [];
    for (let from = 0; from < CONNECTIONS; from += 25) {
      const batch = [];
      for (let i = from; i < Math.min(CONNECTIONS, from + 25); i++) {
        const s = sessions[i % sessions.length];
        const { reads, caps } = perLogin.get(s.login);
        const sess = { ...s, canAssess: caps.canAssess, canTransition: caps.canTransition, forms: caps.forms, canComment: caps.canComment };
        batch.push(writerFor(sess, targets, auditor, i).then((writes) => ({ i, session: sess, reads, writes, agent: new http.Agent({ keepAlive: true, maxSockets: 1 }) })));
      }
      vus.push(...(await Promise.all(batch)));
    }
    // Diagnosis: KVALIS_SOAK_WITHOUT (a regular expression) leaves out the route kinds it matches.
    if (process.env.KVALIS_SOAK_WITHOUT) {
      const without = new RegExp(process.env.KVALIS_SOAK_WITHOUT);
      for (const v of vus) {
        v.reads = v.reads.filter((r) => !without.test(r.kind));
        v.writes = v.writes.filter((w) => !without.test(w.kind));
      }
    }
    const kinds = new Set();
    for (const v of vus) {
      v.reads.forEach((r) => kinds.add(r.kind));
      v.writes.forEach((w) => kinds.add(w.kind));
    }
    const sec = (a, b) => ((b - a) / 1000).toFixed(1);
    log(`setup ${sec(t0, performance.now())} s (demo and server ${sec(t0, tDemo)}, logins ${sec(tDemo, tLogins)}, pages and rights ${sec(tLogins, tProbes)}, writers ${sec(tProbes, performance.now())}): ${logins.length} logins, ${sessions.length} sessions, ${CONNECTIONS} connections, ${kinds.size} route kinds`);
    for (const l of logins) {
      const { reads, caps } = perLogin.get(l);
      log(`  ${l}: ${reads.length} pages; writes: language${caps.canAssess ? ', assessments' : ''}${caps.canTransition ? ', action transitions' : ''}${caps.forms.length ? `, ${caps.forms.length} benchmark forms` : ''}${caps.canComment ? ', card comments' : ''}`);
    }
    setupAgent.destroy();
    await sleep(500);

    // Load.
    const pid = server.proc.pid;
    const idleBefore = sampleProcess(pid);
    const samples = [];
    const lat = new Map(); // kind → Latencies
    const all = new Latencies();
    const errors = new Map(); // kind → { count, examples }
    const sizes = new Map(); // kind → answer bytes { first, max, last }: what grows with the data
    let requests = 0;
    let newConnections = 0;
    let stop = false;
    const start = performance.now();
    const end = start + SECONDS * 1000;
    const elu0 = performance.eventLoopUtilization();
    const cpu0 = process.cpuUsage();
    const monitor = setInterval(() => samples.push(sampleProcess(pid)), SAMPLE_SECONDS * 1000);
    const progress = setInterval(() => {
      const s = samples.at(-1);
      log(`${Math.round((performance.now() - start) / 1000)} s: ${requests} requests, ${[...errors.values()].reduce((n, e) => n + e.count, 0)} errors, RSS ${s ? (s.rssKb / 1024).toFixed(1) : '?'} MiB, ${s?.fds ?? '?'} fds`);
    }, Math.max(10, Math.min(60, SECONDS / 10)) * 1000);

    const runVu = async (v) => {
      const hasWrites = v.writes.length > 0;
      while (!stop && performance.now() < end) {
        let op;
        let method;
        let path;
        let json;
        if (hasWrites && Math.random() < WRITE_SHARE) {
          const total = v.writes.reduce((n, w) => n + (w.weight ?? 1), 0);
          let x = Math.random() * total;
          op = v.writes.find((w) => (x -= w.weight ?? 1) < 0) ?? v.writes[0];
          [method, path, json] = op.next();
        } else {
          op = pick(v.reads);
          ({ method, path } = op);
        }
        const r = await request(v.agent, v.session, method, path, json);
        requests++;
        if (!r.reused) newConnections++;
        if (!lat.has(op.kind)) lat.set(op.kind, new Latencies());
        lat.get(op.kind).add(r.ms);
        const size = Buffer.byteLength(r.text);
        const sz = sizes.get(op.kind) ?? { first: size, max: 0, last: 0 };
        sz.max = Math.max(sz.max, size);
        sz.last = size;
        sizes.set(op.kind, sz);
        all.add(r.ms);
        if (r.status >= 200 && r.status < 300) {
          op.done?.(r);
        } else {
          const e = errors.get(op.kind) ?? { count: 0, examples: [] };
          e.count++;
          if (e.examples.length < 5) e.examples.push(`${method} ${path} → ${r.status} ${r.text.slice(0, 400)}`);
          errors.set(op.kind, e);
        }
      }
    };
    await Promise.all(vus.map(runVu));
    const elapsed = (performance.now() - start) / 1000;
    const elu = performance.eventLoopUtilization(elu0);
    const cpu = process.cpuUsage(cpu0);
    clearInterval(monitor);
    clearInterval(progress);
    samples.push(sampleProcess(pid));
    // The connections closed: the server back at its descriptors from before the load.
    for (const v of vus) v.agent.destroy();
    let idleAfter = sampleProcess(pid);
    for (let i = 0; i < 50 && idleAfter.fds > idleBefore.fds; i++) {
      await sleep(100);
      idleAfter = sampleProcess(pid);
    }

    // Figures.
    const warm = samples.find((s) => s.t - start >= WARMUP_SECONDS * 1000) ?? samples[0];
    const last = samples.at(-1);
    const rssGrowth = (last.rssKb - warm.rssKb) / warm.rssKb;
    const rssMax = Math.max(...samples.map((s) => s.rssKb));
    const ticks = 100; // USER_HZ
    const serverCpu = (last.cpuTicks - idleBefore.cpuTicks) / ticks / elapsed;
    const errorCount = [...errors.values()].reduce((n, e) => n + e.count, 0);
    const internal = server.internalErrors();
    const routeRows = [...lat.entries()].sort((a, b) => b[1].count - a[1].count).map(([kind, l]) => {
      const sorted = l.sorted();
      return { kind, requests: l.count, errors: errors.get(kind)?.count ?? 0, bytes_first: sizes.get(kind).first, bytes_last: sizes.get(kind).last, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) };
    });
    const sortedAll = all.sorted();
    const result = {
      db: DB_KIND, date: new Date().toISOString(), seconds: Math.round(elapsed), connections: CONNECTIONS,
      sessions: sessions.length, logins: logins.length, write_share: WRITE_SHARE,
      requests, errors: errorCount, internal_errors: internal.length, requests_per_second: requests / elapsed,
      new_connections: newConnections,
      p50_ms: percentile(sortedAll, 50), p95_ms: percentile(sortedAll, 95), p99_ms: percentile(sortedAll, 99), max_ms: sortedAll.at(-1),
      rss_kb: { before_load: idleBefore.rssKb, warmup_end: warm.rssKb, end: last.rssKb, max: rssMax, growth_percent: rssGrowth * 100 },
      fds: { before_load: idleBefore.fds, warmup_end: warm.fds, end: last.fds, after_close: idleAfter.fds, sockets_end: last.sockets },
      server_threads: last.threads,
      server_cpu_cores: serverCpu,
      generator: { cpu_cores: (cpu.user + cpu.system) / 1e6 / elapsed, event_loop_utilisation: elu.utilization },
      routes: routeRows,
      samples: samples.map((s) => ({ s: Math.round((s.t - start) / 100) / 10, rss_kb: s.rssKb, fds: s.fds })),
    };

    const f = (x) => x.toFixed(1);
    console.log();
    log(`${requests} requests in ${f(elapsed)} s (${f(result.requests_per_second)}/s) over ${CONNECTIONS} connections (${newConnections} opened), ${errorCount} errors, ${internal.length} internal-error log lines`);
    log(`latency ms: p50 ${f(result.p50_ms)}  p95 ${f(result.p95_ms)}  p99 ${f(result.p99_ms)}  max ${f(result.max_ms)}`);
    log(`RSS KiB: before load ${idleBefore.rssKb}, end of warm-up ${warm.rssKb}, end ${last.rssKb}, max ${rssMax}: growth ${result.rss_kb.growth_percent.toFixed(2)} %`);
    log(`fds: before load ${idleBefore.fds}, end of warm-up ${warm.fds}, end ${last.fds} (${last.sockets} sockets), after the connections closed ${idleAfter.fds}`);
    log(`CPU: server ${serverCpu.toFixed(2)} cores, generator ${result.generator.cpu_cores.toFixed(2)} cores (event loop busy ${(elu.utilization * 100).toFixed(0)} %)`);
    console.log(`\n${label} ${'route kind'.padEnd(58)} ${'requests'.padStart(8)} ${'errors'.padStart(6)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ${'bytes first → last'.padStart(20)}`);
    for (const r of routeRows)
      console.log(`${label} ${r.kind.padEnd(58)} ${String(r.requests).padStart(8)} ${String(r.errors).padStart(6)} ${f(r.p50).padStart(7)} ${f(r.p95).padStart(7)} ${f(r.p99).padStart(7)} ${f(r.max).padStart(7)} ${`${r.bytes_first} → ${r.bytes_last}`.padStart(20)}`);

    const failures = [];
    if (errorCount) {
      failures.push(`${errorCount} requests answered non-2xx or failed`);
      for (const [kind, e] of errors) {
        console.log(`${label} ERRORS ${kind}: ${e.count}`);
        for (const x of e.examples) console.log(`${label}   ${x}`);
      }
    }
    if (internal.length) {
      failures.push(`${internal.length} internal errors in the server log`);
      for (const l of internal.slice(0, 20)) console.log(`${label}   server: ${l}`);
    }
    if (rssGrowth >= RSS_LIMIT) failures.push(`RSS grew ${result.rss_kb.growth_percent.toFixed(2)} % (limit 10 %)`);
    if (last.fds > warm.fds + FD_SLACK) failures.push(`open descriptors grew from ${warm.fds} to ${last.fds} under load (slack ${FD_SLACK})`);
    if (idleAfter.fds > idleBefore.fds) failures.push(`${idleAfter.fds - idleBefore.fds} descriptors more than before the load once the connections closed (${idleBefore.fds} → ${idleAfter.fds})`);
    if (newConnections !== CONNECTIONS) failures.push(`${newConnections} connections opened instead of ${CONNECTIONS}: the server closed kept-alive connections`);
    result.failures = failures;
    if (opt.out) fs.writeFileSync(opt.out, JSON.stringify(result, null, 1));
    if (failures.length) {
      log(`FAILED: ${failures.join('; ')}`);
    } else {
      log('passed');
      exitCode = 0;
    }
  } finally {
    await server.stop();
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(label, e);
    process.exit(1);
  },
);
