// The write workload of the crash-safety tests (tests/fault/*.test.mjs): writes of four kinds sent over
// many concurrent "lanes" of the demo region, and the check of what the database holds afterwards.
//
// Each lane owns its own piece of data and sends its writes one after another, so the state a lane must
// find after a crash is exact: the value of its last write answered 2xx, or of a write sent after it whose
// answer never came (or was not 2xx: its outcome is unknown to the client). A write answered 2xx that is
// missing, or any write seen half-done, fails the check.
//   assessment  PUT /api/quality/audits/{id}/assessments: a batch scoring all criteria of one audit, with
//               one note naming the batch; a batch is stored whole or not at all
//   form        PUT /api/benchmark/rounds/{id}/services/{id}/form: one value of a benchmark form
//   action      POST /api/quality/findings/{id}/actions, then the transitions open → in_progress → done:
//               an action exists only with its first history row; its status is its last history row's
//   user        POST /api/users: a user exists only with the membership it was created with
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ADMIN_PASSWORD, DB_KIND, KvalisServer, PASSWORD, TestDatabase, kvalisCli, sleep } from '../../api/lib/harness.mjs';
import { psqlAdmin } from './pg.mjs';

export const DEMO_PASSWORD = 'kvalis-demo-2026';
const ROUND_ID = 11; // the open round of the demo
const SERVICE_ID = 75; // Pečovatelská služba Náchod of Charita Kladské pomezí (organisation 26)
const PROVIDER_ORG = 26;

// ---- the demo database -------------------------------------------------------------------------------

// A fresh copy of the demo region: from the template the runner made (KVALIS_FAULT_DEMO_SQLITE, a file;
// KVALIS_FAULT_DEMO_PG, a database of the same cluster), else made here. PostgreSQL gets the SQLite demo
// through `kvalis backup` and `kvalis restore` (a few seconds; `kvalis demo` on PostgreSQL takes minutes on
// a busy 2-core machine).
export function demoDatabase(tmpDir, { dir } = {}) {
  if (DB_KIND === 'sqlite') {
    const file = path.join(dir || tmpDir, 'kvalis.db');
    const template = process.env.KVALIS_FAULT_DEMO_SQLITE;
    if (template && fs.existsSync(template)) fs.copyFileSync(template, file);
    else makeSqliteDemo(file);
    return new TestDatabase('sqlite', file, () => {});
  }
  const template = process.env.KVALIS_FAULT_DEMO_PG;
  const db = TestDatabase.create(tmpDir);
  if (template) {
    const name = new URL(db.url).pathname.slice(1);
    psqlAdmin(`DROP DATABASE ${name}`);
    psqlAdmin(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } else {
    const file = path.join(tmpDir, 'demo-source.db');
    makeSqliteDemo(file);
    kvalisCli(['backup', '--db', file, '--out', `${file}.kvb`]);
    kvalisCli(['restore', '--db', db.url, '--in', `${file}.kvb`]);
  }
  return db;
}

function makeSqliteDemo(file) {
  kvalisCli(['migrate', '--db', file]);
  kvalisCli(['demo', '--db', file, '--admin-password', ADMIN_PASSWORD]);
}

// `kvalis serve` on an existing database (the demo's): no migration, no new administrator.
export async function serveOn(db, tmpDir, serveArgs = []) {
  const s = new KvalisServer();
  s.db = db;
  s.tmpDir = tmpDir;
  s.serveArgs = serveArgs;
  const web = path.join(tmpDir, 'web');
  fs.mkdirSync(web, { recursive: true });
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Kvalis fault test</title>\n');
  await s.spawn(web);
  return s;
}

export function makeTmpDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kvalis-fault-'));
}

// ---- lanes --------------------------------------------------------------------------------------------

const LEVELS = ['0', '1', '2', '3'];
const FORM_ITEMS = ['clients_total', 'clients_high_need', 'clients_refused', 'clients_to_residential', 'complaints', 'ip_total', 'ip_evaluated', 'staff_left'];

// One write's record: sent, answered (status or a network error).
class Lane {
  constructor(kind, id) {
    this.kind = kind;
    this.id = id;
    this.writes = []; // { seq, value, status, error }
    this.baseline = undefined; // what the lane found before this cycle (set by check)
  }
  // Writes whose outcome may be in the database: from the last acknowledged one on (or all when none).
  candidates() {
    let from = -1;
    this.writes.forEach((w, i) => {
      if (w.status >= 200 && w.status < 300) from = i;
    });
    return { acked: from >= 0 ? this.writes[from] : null, after: this.writes.slice(from + 1) };
  }
}

// Sets up the lanes of one run: audits to score, findings to act on, the clients of each role.
export async function prepareWorkload(server, { assessmentLanes = 16, formLanes = FORM_ITEMS.length, actionLanes = 12, userLanes = 4 } = {}) {
  const as = async (login, password = DEMO_PASSWORD) => {
    const c = server.client();
    await c.login(login, password);
    return c;
  };
  const w = {
    clients: {
      auditor: await as('auditor'),
      worker: await as('poskytovatel.pracovnik'),
      manager: await as('poskytovatel.manazer'),
      admin: await as('admin', ADMIN_PASSWORD),
    },
    lanes: [],
    cycle: 0,
  };
  for (let i = 0; i < assessmentLanes; i++) {
    const r = await w.clients.auditor.post('/api/quality/audits', { type: 'external', template_id: 1, service_id: SERVICE_ID, title: `Test odolnosti ${i + 1}` });
    if (r.status !== 201) throw new Error(`creating audit: ${r.status} ${r.text}`);
    const lane = new Lane('assessment', `a${i}`);
    lane.auditId = r.body.summary.id;
    lane.criteria = r.body.criteria.map((c) => c.criterion_id);
    w.lanes.push(lane);
  }
  for (let i = 0; i < formLanes; i++) {
    const lane = new Lane('form', `f${i}`);
    lane.item = FORM_ITEMS[i % FORM_ITEMS.length];
    w.lanes.push(lane);
  }
  const first = w.lanes.find((l) => l.kind === 'assessment');
  for (let i = 0; i < actionLanes; i++) {
    const r = await w.clients.auditor.post(`/api/quality/audits/${first.auditId}/findings`, { criterion_id: first.criteria[i % first.criteria.length], severity: 'low', text: `Zjištění ${i + 1}` });
    if (r.status !== 201) throw new Error(`creating finding: ${r.status} ${r.text}`);
    const lane = new Lane('action', `c${i}`);
    lane.findingId = r.body.id;
    lane.actions = []; // { tag, id, created (acked), steps: [{ to, status }] }
    w.lanes.push(lane);
  }
  for (let i = 0; i < userLanes; i++) w.lanes.push(new Lane('user', `u${i}`));
  // What the form lanes start from (the demo's values); the new audits have no scores yet.
  const values = server.db.query(`SELECT item_code, value FROM bm_values WHERE round_id = ${ROUND_ID} AND service_id = ${SERVICE_ID}`);
  for (const lane of w.lanes) {
    if (lane.kind === 'assessment') lane.baseline = null;
    if (lane.kind === 'form') {
      const row = values.find((r) => r.item_code === lane.item);
      lane.baseline = row ? Number(row.value) : null;
    }
  }
  return w;
}

// The next write of a lane as { method, path, json, client, record(res) }.
function nextWrite(w, lane) {
  const seq = lane.writes.length;
  const tag = `c${w.cycle}-${lane.id}-${seq}`;
  if (lane.kind === 'assessment') {
    const assessments = lane.criteria.map((criterion_id, i) => ({ criterion_id, level_code: LEVELS[(seq + i) % LEVELS.length], note: `dávka ${tag}` }));
    return { client: w.clients.auditor, method: 'PUT', path: `/api/quality/audits/${lane.auditId}/assessments`, json: { assessments }, value: { note: `dávka ${tag}`, levels: assessments.map((a) => a.level_code) } };
  }
  if (lane.kind === 'form') {
    const value = 100 + seq; // unique in the lane, within every item's range
    return { client: w.clients.manager, method: 'PUT', path: `/api/benchmark/rounds/${ROUND_ID}/services/${SERVICE_ID}/form`, json: { values: { [lane.item]: value } }, value };
  }
  if (lane.kind === 'action') {
    const current = lane.actions[lane.actions.length - 1];
    const next = current && current.id && current.steps.length < 2 && current.steps.every((s) => s.status === 200);
    if (next) {
      const to = current.steps.length === 0 ? 'in_progress' : 'done';
      const json = to === 'done' ? { to, date: '2026-11-20', note: `Splněno ${current.tag}` } : { to };
      // Recorded as tried before it is sent: its answer may never come.
      const step = { to, status: null, cycle: w.cycle };
      current.steps.push(step);
      return { client: w.clients.worker, method: 'POST', path: `/api/quality/actions/${current.id}/transition`, json, value: { action: current, to, step } };
    }
    const action = { tag: `Opatření ${tag}`, id: null, created: false, steps: [], cycle: w.cycle };
    lane.actions.push(action);
    return { client: w.clients.auditor, method: 'POST', path: `/api/quality/findings/${lane.findingId}/actions`, json: { text: action.tag, owner: 'Vedoucí služby', due_date: '2099-03-31' }, value: { action } };
  }
  const login = `odolnost.${tag}`.replace(/[^a-z0-9.]/gi, '.').toLowerCase();
  return {
    client: w.clients.admin, method: 'POST', path: '/api/users',
    json: { login, display_name: `Zkouška ${tag}`, email: `${login}@example.cz`, password: PASSWORD, language: 'cs', memberships: [{ organisation_id: PROVIDER_ORG, role: 'worker' }] },
    value: { login, display_name: `Zkouška ${tag}` },
  };
}

// Writes of one cycle, `total` of them spread over the lanes (users get one write in 25: a password hash
// takes ~0.5 s of CPU). Lanes run concurrently, each sequential. onResponse(counts) is called after every
// answer; a lane stops at its first network error (the server is gone) unless keepGoing says otherwise.
// Returns the counts: sent, acked (2xx), by status, network errors.
export async function runWrites(w, total, { onResponse = () => {}, keepGoing = () => false, pauseAfterError = 0 } = {}) {
  w.cycle += 1;
  const counts = { planned: total, sent: 0, acked: 0, network: 0, statuses: {}, bodies503: [], kinds: {} };
  const share = { assessment: 8, form: 8, action: 8, user: 1 };
  const weights = w.lanes.map((l) => share[l.kind]);
  const sum = weights.reduce((a, b) => a + b, 0);
  const quota = w.lanes.map((_, i) => Math.max(1, Math.round((total * weights[i]) / sum)));
  let budget = total;
  await Promise.all(
    w.lanes.map(async (lane, i) => {
      for (let n = 0; n < quota[i] && budget > 0; n++) {
        budget -= 1;
        const write = nextWrite(w, lane);
        const rec = { seq: lane.writes.length, cycle: w.cycle, value: write.value, status: null, error: null, sentAt: Date.now() };
        lane.writes.push(rec);
        counts.sent += 1;
        counts.kinds[lane.kind] = (counts.kinds[lane.kind] || 0) + 1;
        let res;
        try {
          res = await write.client.request(write.method, write.path, { json: write.json });
        } catch (e) {
          rec.error = String(e.cause?.code || e.message);
          counts.network += 1;
          onResponse(counts, rec);
          if (keepGoing()) {
            if (pauseAfterError) await sleep(pauseAfterError);
            continue;
          }
          return;
        }
        rec.status = res.status;
        counts.statuses[res.status] = (counts.statuses[res.status] || 0) + 1;
        if (res.status >= 200 && res.status < 300) counts.acked += 1;
        if (res.status === 503 && counts.bodies503.length < 5) counts.bodies503.push(res.text);
        if (lane.kind === 'action') {
          const { action, to, step } = write.value;
          if (to) step.status = res.status;
          else {
            action.createSeq = rec.seq;
            if (res.status === 201) {
              action.id = res.body.id;
              action.created = true;
            }
          }
        }
        onResponse(counts, rec);
        if (res.status >= 300 && pauseAfterError) await sleep(pauseAfterError);
      }
    }),
  );
  return counts;
}

// ---- the check ----------------------------------------------------------------------------------------

function inList(ids) {
  return ids.length ? ids.map(Number).join(',') : '0';
}

// Checks every lane against the database; returns { found, problems } where found counts the acknowledged
// writes whose effect is there (for an assessment or form lane, the last acknowledged write or a later
// one; for actions and users, every acknowledged creation and transition).
export function checkDatabase(w, db) {
  const problems = [];
  let ackedThisCycle = 0;
  let found = 0;
  const isAck = (rec) => rec.status >= 200 && rec.status < 300;
  const ackedNow = (lane) => lane.writes.filter((r) => r.cycle === w.cycle && isAck(r)).length;
  for (const lane of w.lanes) ackedThisCycle += ackedNow(lane);

  // Assessment batches: all criteria of the audit carry one batch's note and its levels, or none does.
  const assess = w.lanes.filter((l) => l.kind === 'assessment');
  const rows = db.query(`SELECT audit_id, criterion_id, level_code, note FROM q_assessments WHERE audit_id IN (${inList(assess.map((l) => l.auditId))}) ORDER BY audit_id, criterion_id`);
  for (const lane of assess) {
    const mine = rows.filter((r) => Number(r.audit_id) === lane.auditId);
    const notes = [...new Set(mine.map((r) => r.note))];
    const state = mine.length === 0 ? null : notes.length === 1 && mine.length === lane.criteria.length ? notes[0] : 'HALF';
    if (state === 'HALF') {
      problems.push(`audit ${lane.auditId}: a batch partly stored (${mine.length} of ${lane.criteria.length} rows, notes ${notes.join(' | ')})`);
      continue;
    }
    const { acked, after } = lane.candidates();
    const allowed = [acked, ...after].filter(Boolean);
    const hit = allowed.find((rec) => rec.value.note === state);
    if (hit) {
      const levels = lane.criteria.map((c) => mine.find((r) => Number(r.criterion_id) === c)?.level_code);
      if (JSON.stringify(levels) !== JSON.stringify(hit.value.levels)) problems.push(`audit ${lane.auditId}: batch ${state} has levels ${levels} instead of ${hit.value.levels}`);
      else found += ackedNow(lane); // the last acknowledged batch or a later one: the earlier ones were overwritten in order
    } else if (acked || state !== (lane.baseline ?? null)) {
      problems.push(`audit ${lane.auditId}: found ${state === null ? 'no scores' : `batch ${state}`}, acknowledged ${acked ? acked.value.note : 'none'}, later ones ${after.map((r) => r.value.note).join(', ') || 'none'}`);
    }
    lane.baseline = state;
  }

  // Form values: the last acknowledged value or a later one.
  const forms = w.lanes.filter((l) => l.kind === 'form');
  const values = db.query(`SELECT item_code, value FROM bm_values WHERE round_id = ${ROUND_ID} AND service_id = ${SERVICE_ID}`);
  for (const lane of forms) {
    const row = values.find((r) => r.item_code === lane.item);
    const state = row ? Number(row.value) : null;
    const { acked, after } = lane.candidates();
    const hit = [acked, ...after].filter(Boolean).find((rec) => rec.value === state);
    if (hit) {
      found += ackedNow(lane);
    } else if (acked || state !== (lane.baseline ?? null)) {
      problems.push(`form value ${lane.item}: found ${state}, acknowledged ${acked ? acked.value : 'none'}, later ${after.map((r) => r.value).join(', ') || 'none'}`);
    }
    lane.baseline = state;
  }

  // Actions: every acknowledged one exists with its text; each has its first history row ('' → open); the
  // history is a chain and ends at the action's status; acknowledged transitions happened.
  const actionLanes = w.lanes.filter((l) => l.kind === 'action');
  const actions = db.query(`SELECT id, finding_id, text, status FROM q_actions WHERE finding_id IN (${inList(actionLanes.map((l) => l.findingId))}) ORDER BY id`);
  const events = db.query(`SELECT e.action_id, e.from_status, e.to_status FROM q_action_events e JOIN q_actions a ON a.id = e.action_id WHERE a.finding_id IN (${inList(actionLanes.map((l) => l.findingId))}) ORDER BY e.id`);
  const order = ['open', 'in_progress', 'done'];
  for (const a of actions) {
    const chain = events.filter((e) => Number(e.action_id) === Number(a.id));
    let prev = '';
    for (const e of chain) {
      if (e.from_status !== prev) problems.push(`action ${a.id}: history ${chain.map((x) => `${x.from_status}>${x.to_status}`).join(' ')} is not a chain`);
      prev = e.to_status;
    }
    if (!chain.length || chain[0].from_status !== '' || chain[0].to_status !== 'open') problems.push(`action ${a.id}: no first history row`);
    if (prev !== a.status) problems.push(`action ${a.id}: status ${a.status} but its last history row says ${prev}`);
  }
  for (const lane of actionLanes) {
    for (const act of lane.actions) {
      const row = actions.find((r) => r.text === act.tag);
      if (act.created) {
        if (!row) {
          problems.push(`action "${act.tag}" acknowledged (201) but missing`);
          continue;
        }
        if (Number(row.id) !== act.id) problems.push(`action "${act.tag}": id ${row.id}, acknowledged as ${act.id}`);
        if (act.cycle === w.cycle) found += 1;
        const ackedSteps = act.steps.filter((s) => s.status === 200);
        const tried = act.steps.map((s) => s.to);
        const reached = order.indexOf(row.status);
        const least = ackedSteps.length ? order.indexOf(ackedSteps[ackedSteps.length - 1].to) : 0;
        const most = tried.length ? order.indexOf(tried[tried.length - 1]) : 0;
        if (reached < least || reached > most) problems.push(`action ${act.id}: status ${row.status}, acknowledged up to ${order[least]}, tried up to ${order[most]}`);
        else found += ackedSteps.filter((s) => s.cycle === w.cycle).length;
      } else if (row && row.status !== 'open') {
        problems.push(`action "${act.tag}" never acknowledged but has status ${row.status}`);
      }
    }
  }

  // Users: every acknowledged one exists with its name and its membership; none exists without it.
  const userLanes = w.lanes.filter((l) => l.kind === 'user');
  const users = db.query(`SELECT u.login, u.display_name, (SELECT COUNT(*) FROM memberships m WHERE m.user_id = u.id AND m.organisation_id = ${PROVIDER_ORG} AND m.role = 'worker') AS members, (SELECT COUNT(*) FROM memberships m WHERE m.user_id = u.id) AS all_members FROM users u WHERE u.login LIKE 'odolnost.%'`);
  for (const u of users) {
    if (Number(u.members) !== 1 || Number(u.all_members) !== 1) problems.push(`user ${u.login} without its membership (${u.all_members} memberships)`);
  }
  for (const lane of userLanes) {
    for (const rec of lane.writes) {
      const row = users.find((u) => u.login === rec.value.login);
      if (isAck(rec)) {
        if (!row) problems.push(`user ${rec.value.login} acknowledged (201) but missing`);
        else if (row.display_name !== rec.value.display_name) problems.push(`user ${rec.value.login}: name ${row.display_name}`);
        else found += rec.cycle === w.cycle ? 1 : 0;
      }
    }
  }

  // The whole database: SQLite's own checks.
  if (db.kind === 'sqlite') {
    const integrity = spawnSync('sqlite3', [db.url, 'PRAGMA integrity_check;'], { encoding: 'utf8' }).stdout.trim();
    if (integrity !== 'ok') problems.push(`PRAGMA integrity_check: ${integrity.slice(0, 500)}`);
    const fk = spawnSync('sqlite3', [db.url, 'PRAGMA foreign_key_check;'], { encoding: 'utf8' }).stdout.trim();
    if (fk !== '') problems.push(`PRAGMA foreign_key_check: ${fk.slice(0, 500)}`);
  }
  return { problems, found, ackedThisCycle };
}

// Prints one line of a test's figures as JSON, and appends it to KVALIS_FAULT_REPORT when set (the runner's summary).
export function report(line) {
  const text = JSON.stringify(line);
  console.log(text);
  if (process.env.KVALIS_FAULT_REPORT) fs.appendFileSync(process.env.KVALIS_FAULT_REPORT, text + '\n');
}
