// Output encoding and formula injection (issue 15, item 7) over every export of the demo region.
//
// After `kvalis demo`, every stored name, title, note, description and text (the text columns of that name
// in every table but the legal catalogues and the logs) gets a formula before it and markup after it:
//   =HYPERLINK("http://evil.example","x") <name> <script>alert(1)</script>"><img src=x onerror=alert(2)>
// Then every GET route (for up to SAMPLE objects of the table behind it) and every page of the public portal
// is fetched as the platform administrator, and by the answer's type:
//   HTML   the markup is text (escaped), never an element; the page carries the strict CSP;
//   CSV    no field begins with = + @ TAB or CR (a neutralised one begins with an apostrophe);
//   XLSX   no cell is a formula but the workbook's own sums;
// and the routes known to print a stored name must have shown the escaped payload at least once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { ADMIN_PASSWORD, KvalisServer, kvalisCli, unzipText } from './lib/harness.mjs';
import { fill, tableOf } from './lib/objects.mjs';

const SAMPLE = process.env.KVALIS_ACCESS_FULL === '1' ? Infinity : 3;
const FORMULA = '=HYPERLINK("http://evil.example","x") ';
const MARKUP = ' <script>alert(1)</script>"><img src=x onerror=alert(2)>';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';
const COLUMNS = ['name', 'title', 'display_name', 'note', 'notes', 'description', 'text', 'comment', 'answer', 'summary', 'problem', 'vision', 'mission', 'minutes', 'reason'];
// Legal reference data, logs and what the server manages itself: not user input.
const SKIP_TABLES = new Set(['catalogue_items', 'standards', 'criteria', 'audit_log', 'data_versions', 'sessions', 'login_attempts', 'login_throttle', 'schema_migrations']);

// HTML outputs that print a stored name: each must have shown the escaped payload.
const HTML_ROUTES = [
  '/api/quality/audits/{id}/report',
  '/api/benchmark/groups/{id}/report',
  '/api/planning/clients/{id}/export.html',
  '/api/people/projects/{id}/monitoring.html',
  '/api/people/registrations/{id}/certificate.html',
  '/api/network/card-versions/{id}/print',
];

let server;
let admin;
let staff; // clients of the services' staff: client records are read by them only
let injected = [];

before(async () => {
  server = await KvalisServer.start();
  kvalisCli(['demo', '--db', server.db.url, '--admin-password', ADMIN_PASSWORD]);
  const db = server.db;
  const list = COLUMNS.map((c) => `'${c}'`).join(', ');
  const columns =
    db.kind === 'sqlite'
      ? db.query(`SELECT m.name AS tbl, p.name AS col FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND p.name IN (${list}) AND upper(p.type) = 'TEXT'`)
      : db.query(`SELECT table_name AS tbl, column_name AS col FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN (${list}) AND data_type IN ('text', 'character varying')`);
  // (Not t and c: the harness wraps a PostgreSQL query as a subquery named t.)
  for (const { tbl: t, col: c } of columns) {
    if (SKIP_TABLES.has(t)) continue;
    const r = db.exec(`UPDATE ${t} SET ${c} = '${FORMULA.replace(/'/g, "''")}' || ${c} || '${MARKUP}' WHERE ${c} IS NOT NULL AND ${c} <> '';`);
    if (r.ok) injected.push(`${t}.${c}`);
  }
  // The server's caches follow the data versions.
  db.run("UPDATE data_versions SET version = version + 1;");
  admin = server.client();
  await admin.login('admin', ADMIN_PASSWORD);
  staff = [];
  for (const { login } of db.query('SELECT DISTINCT u.login FROM pl_service_staff s JOIN users u ON u.id = s.user_id ORDER BY u.login')) {
    const c = server.client();
    await c.login(login, 'kvalis-demo-2026');
    staff.push(c);
  }
});

after(async () => {
  await server?.stop();
});

// GET with a session (the admin's by default); the body as bytes.
async function fetchBytes(target, client = admin) {
  const res = await fetch(server.baseUrl + target, { headers: { Cookie: client.cookie } });
  return { status: res.status, type: res.headers.get('content-type') ?? '', headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

function sampleIds(table) {
  const ids = server.db.query(`SELECT id FROM ${table} ORDER BY id`).map((r) => Number(r.id));
  if (ids.length <= SAMPLE) return ids;
  return [...new Set(Array.from({ length: SAMPLE }, (_, i) => ids[Math.round((i * (ids.length - 1)) / (SAMPLE - 1))]))];
}

// Fields of a CSV text that a spreadsheet would run as a formula (a text field starting with = + @ TAB CR;
// '-' starts negative numbers, which are written as numbers).
function formulaFields(text) {
  const out = [];
  const re = /(^|[,;\n])("?)([=+@\t\r])/g;
  let m;
  while ((m = re.exec(text))) {
    // A quoted field that starts with a line break inside quotes is a continuation, not a field: CR before
    // LF at a line end is the record separator.
    if (m[3] === '\r' && text[m.index + m[0].length] === '\n') continue;
    out.push(text.slice(m.index, m.index + 60));
  }
  return out;
}

function checkHtml(where, html, failures) {
  if (html.includes('<script>alert(1)') || html.includes('<img src=x onerror')) failures.push(`${where}: the stored markup is live HTML`);
  return html.includes(ESCAPED);
}

describe('stored payloads in every export', () => {
  test('the payloads are stored in the demo region’s texts', () => {
    assert.ok(injected.length >= 30, `only ${injected.length} text columns: ${injected.join(', ')}`);
    const org = server.db.query("SELECT name FROM organisations WHERE type = 'provider' ORDER BY id LIMIT 1")[0];
    assert.ok(org.name.startsWith('=HYPERLINK(') && org.name.endsWith(MARKUP), org.name);
  });

  test('HTML renders them as text, CSV and Excel never as formulas', async (t) => {
    const doc = (await admin.get('/api/openapi.json')).body;
    const gets = [];
    for (const [p, item] of Object.entries(doc.paths)) if (item.get) gets.push(p);
    const failures = [];
    const carried = new Map(); // route → times the escaped payload was shown
    const kinds = { html: 0, csv: 0, xlsx: 0 };
    for (const p of gets) {
      // The public portal's datasets of the demo region (86); other routes for objects of their table.
      const publicPath = p.startsWith('/api/public/regions/{code}') && !p.includes('{kind}') ? [p.replace('{code}', '86')] : [];
      const targets = p.startsWith('/api/public/') ? publicPath : p.includes('{') ? (tableOf(p) ? sampleIds(tableOf(p)).map((id) => fill(p, id)) : []) : [p];
      for (const target of targets) {
        let r = await fetchBytes(target);
        // What the administrator may not read (client records), the services' staff may.
        for (const c of staff) {
          if (r.status !== 403 && r.status !== 404) break;
          r = await fetchBytes(target, c);
        }
        const where = `GET ${target} (${r.status} ${r.type})`;
        if (r.status >= 500) failures.push(`server error: ${where}`);
        if (r.status !== 200) continue;
        if (r.type.startsWith('text/html')) {
          kinds.html++;
          if (!/script-src 'self'(;|$)/.test(r.headers.get('content-security-policy') ?? '')) failures.push(`${where}: no strict CSP`);
          if (checkHtml(where, r.bytes.toString('utf8'), failures)) carried.set(p, (carried.get(p) ?? 0) + 1);
        } else if (r.type.startsWith('text/csv')) {
          kinds.csv++;
          const text = r.bytes.toString('utf8');
          for (const f of formulaFields(text)) failures.push(`${where}: a formula field: ${JSON.stringify(f)}`);
          if (text.includes("'=HYPERLINK(")) carried.set(p, (carried.get(p) ?? 0) + 1);
        } else if (r.type.includes('spreadsheetml')) {
          kinds.xlsx++;
          const parts = unzipText(r.bytes);
          for (const [name, xml] of Object.entries(parts)) {
            if (!name.startsWith('xl/worksheets/')) continue;
            for (const m of xml.matchAll(/<f>([^<]*)<\/f>/g))
              if (!/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/.test(m[1])) failures.push(`${where}: ${name} has the formula ${m[1].slice(0, 60)}`);
          }
          if ((parts['xl/sharedStrings.xml'] ?? '').includes('=HYPERLINK(')) carried.set(p, (carried.get(p) ?? 0) + 1);
        }
      }
    }
    t.diagnostic(`answers checked: ${kinds.html} HTML, ${kinds.csv} CSV, ${kinds.xlsx} Excel; routes that showed a stored payload: ${[...carried.keys()].join(', ')}`);
    assert.deepEqual(failures, []);
    for (const p of HTML_ROUTES) assert.ok(carried.get(p), `${p} never showed the stored name (escaped)`);
    assert.ok(kinds.csv >= 5 && kinds.xlsx >= 5, `too few exports answered: ${JSON.stringify(kinds)}`);
    const csvShown = [...carried.keys()].filter((p) => p.endsWith('.csv'));
    assert.ok(carried.get('/api/public/regions/{code}/services.csv'), 'the portal’s open data (CSV) carried a stored name');
    assert.ok(csvShown.length >= 4, `CSV exports that carried a stored payload: ${csvShown.join(', ')}`);
  });

  test('the public portal renders them as text', async (t) => {
    const seen = new Set();
    const queue = ['/portal', '/portal/en'];
    const failures = [];
    let shown = 0;
    while (queue.length && seen.size < 80) {
      const target = queue.shift();
      if (seen.has(target)) continue;
      seen.add(target);
      const r = await fetchBytes(target);
      if (r.status !== 200 || !r.type.startsWith('text/html')) continue;
      const html = r.bytes.toString('utf8');
      if (!/script-src 'self'(;|$)/.test(r.headers.get('content-security-policy') ?? '')) failures.push(`${target}: no strict CSP`);
      const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
      if (tags.some((tag) => /^<script/i.test(tag) || /\son[a-z]+\s*=/i.test(tag))) failures.push(`${target}: a script or an event handler in the page`);
      if (checkHtml(target, html, failures)) shown++;
      for (const m of html.matchAll(/href="(\/portal[^"#?]*)"/g)) if (!seen.has(m[1])) queue.push(m[1]);
    }
    t.diagnostic(`${seen.size} portal pages, ${shown} showed a stored payload`);
    assert.deepEqual(failures, []);
    assert.ok(seen.size >= 5, `the portal crawl found ${seen.size} pages`);
    assert.ok(shown >= 1, 'no portal page showed a stored name');
  });
});
