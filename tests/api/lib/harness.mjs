// Test harness of the HTTP API suite: a fresh database (SQLite file or PostgreSQL database), `kvalis serve`
// on a free port, tenants prepared through the CLI and the API, a small HTTP client with cookies and CSRF.
//
// Environment:
//   KVALIS_BIN                 the kvalis binary (default <repo>/build/kvalis)
//   KVALIS_DB_KIND             sqlite (default) | postgresql
//   KVALIS_TEST_PG_ADMIN_URI   postgresql://… of a database whose role may CREATE DATABASE; when unset
//                              and KVALIS_DB_KIND=postgresql, scripts/pg-test-cluster.sh start is used.
//   KVALIS_TEST_KEEP=1         keep the temporary directory and database (for debugging)
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const KVALIS_BIN = path.resolve(REPO_ROOT, process.env.KVALIS_BIN || 'build/kvalis');
export const DB_KIND = (process.env.KVALIS_DB_KIND || 'sqlite').toLowerCase();
export const PASSWORD = 'heslo-pro-testy-2026';
export const ADMIN_PASSWORD = 'admin-heslo-2026';

if (!['sqlite', 'postgresql'].includes(DB_KIND)) throw new Error(`KVALIS_DB_KIND must be sqlite or postgresql, not ${DB_KIND}`);

// ---- databases ----------------------------------------------------------------------------------

function pgAdminUri() {
  if (process.env.KVALIS_TEST_PG_ADMIN_URI) return process.env.KVALIS_TEST_PG_ADMIN_URI;
  const out = execFileSync('bash', [path.join(REPO_ROOT, 'scripts/pg-test-cluster.sh'), 'start'], { encoding: 'utf8' });
  const uri = out.trim().split('\n').pop();
  process.env.KVALIS_TEST_PG_ADMIN_URI = uri;
  return uri;
}

function withDatabase(uri, name) {
  const u = new URL(uri);
  u.pathname = '/' + name;
  return u.toString();
}

// A database the test can query with the sqlite3 / psql command-line tools.
export class TestDatabase {
  constructor(kind, url, cleanup) {
    this.kind = kind;
    this.url = url;
    this.cleanup = cleanup;
  }

  static create(tmpDir) {
    if (DB_KIND === 'sqlite') {
      const file = path.join(tmpDir, 'kvalis.db');
      return new TestDatabase('sqlite', file, () => {});
    }
    const admin = pgAdminUri();
    const name = `kvalis_api_${process.pid}_${randomBytes(4).toString('hex')}`;
    psql(admin, `CREATE DATABASE ${name}`);
    return new TestDatabase('postgresql', withDatabase(admin, name), () => {
      if (process.env.KVALIS_TEST_KEEP) return;
      try {
        psql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } catch {
        // the cluster may already be gone
      }
    });
  }

  // Runs SQL; returns { ok, stdout, stderr } without throwing.
  exec(sql) {
    const r =
      this.kind === 'sqlite'
        ? spawnSync('sqlite3', ['-bail', '-cmd', '.timeout 10000', this.url], { input: sql, encoding: 'utf8' })
        : spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-1', this.url], {
            input: sql,
            encoding: 'utf8',
            env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' },
          });
    return { ok: r.status === 0, stdout: r.stdout || '', stderr: r.stderr || '', status: r.status };
  }

  run(sql) {
    const r = this.exec(sql);
    if (!r.ok) throw new Error(`SQL failed (${this.kind}): ${r.stderr}\n${sql.slice(0, 2000)}`);
    return r.stdout;
  }

  // Rows of one SELECT as objects.
  query(select) {
    if (this.kind === 'sqlite') {
      const out = execFileSync('sqlite3', ['-json', '-cmd', '.timeout 10000', this.url, select], { encoding: 'utf8' });
      return out.trim() ? JSON.parse(out) : [];
    }
    const out = execFileSync(
      'psql',
      ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', this.url, '-c', `SELECT COALESCE(json_agg(t), '[]'::json) FROM (${select}) t`],
      { encoding: 'utf8' },
    );
    return JSON.parse(out.trim());
  }

  scalar(select) {
    const rows = this.query(select);
    if (!rows.length) return undefined;
    return Number(Object.values(rows[0])[0]);
  }

  // Every row of every table (but those named in skip) as sorted lines, to show that a request changed
  // nothing: compare a snapshot before with one after (assertUnchanged). Sessions and login attempts are
  // skipped by default (logging in writes them). PostgreSQL sequences are left out: a rolled-back insert
  // still advances them.
  snapshot({ skip = ['sessions', 'login_attempts'] } = {}) {
    const skipped = new RegExp(`^INSERT INTO (?:"?public"?\\.)?"?(?:${skip.join('|')})"?[ (]`);
    if (this.kind === 'sqlite') {
      const text = execFileSync('sqlite3', ['-cmd', '.timeout 10000', this.url, '.dump'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      return text
        .split('\n')
        .filter((l) => l.startsWith('INSERT INTO ') && !skipped.test(l))
        .sort();
    }
    // PostgreSQL: one query over every table, each row as its record text ("INSERT INTO t (1,abc,...)"); the
    // schema does not change under a test, so the query is built once. pg_dump would take a quarter of a second
    // more for each snapshot, reading the catalogue.
    if (!this.snapshotSql) {
      const tables = execFileSync(
        'psql',
        ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', this.url, '-c',
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"],
        { encoding: 'utf8' },
      ).split('\n').filter(Boolean);
      // a line break inside a value is written as \\n, so that each row stays one line
      this.snapshotSql = tables
        .map((t) => `SELECT 'INSERT INTO ${t} ' || replace(t::text, chr(10), '\\n') FROM "${t}" t`)
        .join(' UNION ALL ');
    }
    const text = execFileSync('psql', ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', this.url, '-c', this.snapshotSql], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    return text
      .split('\n')
      .filter((l) => l.startsWith('INSERT INTO ') && !skipped.test(l))
      .sort();
  }
}

// Fails with the rows that differ between two snapshots (TestDatabase.snapshot).
export function assertUnchanged(before, after, what = 'the database') {
  const a = new Set(before);
  const b = new Set(after);
  const removed = before.filter((l) => !b.has(l));
  const added = after.filter((l) => !a.has(l));
  if (removed.length || added.length) {
    const show = (ls) => ls.slice(0, 10).map((l) => '  ' + l.slice(0, 300)).join('\n');
    throw new Error(`${what} changed:\nrows gone (${removed.length}):\n${show(removed)}\nrows new (${added.length}):\n${show(added)}`);
  }
}

function psql(uri, sql) {
  execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', uri, '-c', sql], {
    encoding: 'utf8',
    env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' },
  });
}

// ---- the server -----------------------------------------------------------------------------------

export function kvalisCli(args, { allowFail = false } = {}) {
  const r = spawnSync(KVALIS_BIN, args, { encoding: 'utf8' });
  if (!allowFail && r.status !== 0)
    throw new Error(`kvalis ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
  return r;
}

export class KvalisServer {
  constructor() {
    this.stdout = '';
    this.stderr = '';
    this.exited = null;
  }

  // Starts `kvalis serve` on a fresh, migrated database with a platform administrator.
  // serveArgs: more options of `kvalis serve` (e.g. ['--trusted-proxy', '127.0.0.1']).
  static async start({ db, tmpDir, serveArgs = [] } = {}) {
    if (!fs.existsSync(KVALIS_BIN)) throw new Error(`kvalis binary not found at ${KVALIS_BIN} (set KVALIS_BIN)`);
    const s = new KvalisServer();
    s.serveArgs = serveArgs;
    s.tmpDir = tmpDir || fs.mkdtempSync(path.join(os.tmpdir(), 'kvalis-api-'));
    s.db = db || TestDatabase.create(s.tmpDir);
    kvalisCli(['migrate', '--db', s.db.url]);
    kvalisCli(['user', 'add', 'admin', '--password', ADMIN_PASSWORD, '--platform-admin', '--db', s.db.url]);
    const web = path.join(s.tmpDir, 'web');
    fs.mkdirSync(web, { recursive: true });
    fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Kvalis test</title>\n');
    await s.spawn(web);
    return s;
  }

  async spawn(web) {
    this.proc = spawn(KVALIS_BIN, ['serve', '--db', this.db.url, '--listen', '127.0.0.1:0', '--web', web, ...(this.serveArgs || [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exitPromise = new Promise((resolve) => {
      this.proc.on('exit', (code, signal) => {
        this.exited = { code, signal };
        resolve(this.exited);
      });
    });
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    const ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`kvalis serve did not start:\n${this.stdout}\n${this.stderr}`)), 30000);
      this.proc.stdout.on('data', (d) => {
        this.stdout += d;
        const m = /listening on http:\/\/[\d.]+:(\d+)/.exec(this.stdout);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      this.exitPromise.then(() => {
        clearTimeout(timer);
        reject(new Error(`kvalis serve exited early (${JSON.stringify(this.exited)}):\n${this.stdout}\n${this.stderr}`));
      });
    });
    this.port = await ready;
    this.baseUrl = `http://127.0.0.1:${this.port}`;
  }

  client(opts) {
    return new Client(this.baseUrl, opts);
  }

  // Lines the server wrote about internal errors (500s).
  internalErrors() {
    return this.stderr.split('\n').filter((l) => /error in|database unavailable/.test(l));
  }

  signal(sig = 'SIGTERM') {
    if (!this.exited) this.proc.kill(sig);
  }

  async waitExit(timeoutMs = 15000) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('kvalis serve did not exit in time')), timeoutMs);
    });
    try {
      return await Promise.race([this.exitPromise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async stop() {
    if (this.proc && !this.exited) {
      this.proc.kill('SIGTERM');
      try {
        await this.waitExit(10000);
      } catch {
        this.proc.kill('SIGKILL');
        await this.exitPromise;
      }
    }
    this.db.cleanup();
    if (!process.env.KVALIS_TEST_KEEP) fs.rmSync(this.tmpDir, { recursive: true, force: true });
  }
}

// ---- HTTP client ------------------------------------------------------------------------------------

export class Client {
  constructor(baseUrl, { lang, cookie, csrf } = {}) {
    this.baseUrl = baseUrl;
    this.lang = lang;
    this.cookie = cookie || '';
    this.csrf = csrf || '';
    this.user = null;
  }

  // request(method, path, { json, body, headers, csrf }) → { status, headers, text, body }.
  // csrf: true (default: the session's token on unsafe methods), false (none) or a string to send.
  async request(method, urlPath, { json, body, headers = {}, csrf = true } = {}) {
    const h = { ...headers };
    if (this.lang && !('Accept-Language' in h)) h['Accept-Language'] = this.lang;
    if (this.cookie) h.Cookie = this.cookie;
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
    if (unsafe && csrf === true && this.csrf) h['X-CSRF-Token'] = this.csrf;
    if (typeof csrf === 'string') h['X-CSRF-Token'] = csrf;
    let payload = body;
    if (json !== undefined) {
      payload = JSON.stringify(json);
      h['Content-Type'] = 'application/json';
    }
    let res;
    for (let attempt = 0; ; attempt++) {
      try {
        res = await fetch(this.baseUrl + urlPath, { method, headers: h, body: payload, redirect: 'manual' });
        break;
      } catch (e) {
        // A kept-alive connection that the server closed as idle (its read timeout, 30 s) while this process was
        // blocked (synchronous psql calls on a loaded machine): the request never reached the server, so it is
        // sent once more, on a new connection. A server that died refuses that one too.
        if (attempt === 0 && e?.cause?.code === 'UND_ERR_SOCKET' && e.cause.socket?.bytesRead > 0) continue;
        throw e;
      }
    }
    const text = await res.text();
    let parsed;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  }

  get(p, o) {
    return this.request('GET', p, o);
  }
  post(p, json, o = {}) {
    return this.request('POST', p, { ...o, json });
  }
  patch(p, json, o = {}) {
    return this.request('PATCH', p, { ...o, json });
  }
  put(p, json, o = {}) {
    return this.request('PUT', p, { ...o, json });
  }
  delete(p, o) {
    return this.request('DELETE', p, o);
  }

  // Logs in; keeps the session cookie and CSRF token. Throws unless 200.
  async login(login, password = PASSWORD) {
    const r = await this.request('POST', '/api/session', { json: { login, password }, csrf: false });
    if (r.status !== 200) throw new Error(`login ${login} failed: ${r.status} ${r.text}`);
    this.adoptSession(r);
    return r;
  }

  adoptSession(r) {
    const cookies = r.headers.getSetCookie();
    const c = cookies.find((x) => x.startsWith('kvalis_session='));
    if (c) this.cookie = c.split(';')[0];
    this.csrf = r.body.csrf_token;
    this.user = r.body.user;
  }
}

// ---- tenants --------------------------------------------------------------------------------------

// A valid IČO (8 digits with the mod-11 check digit) from 7 digits.
export function ico(seven) {
  const d = String(seven).padStart(7, '0');
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(d[i]) * (8 - i);
  const rest = sum % 11;
  const check = rest === 0 ? 1 : rest === 1 ? 0 : 11 - rest;
  return d + check;
}

// Lower case without diacritics, as the server's search_key.
export function searchKey(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export const ORGANISATIONS = {
  region: {
    type: 'region', name: 'Královéhradecký kraj', ico: ico('7088954'), legal_form_code: '804',
    region_code: '86', territory_code: '5205', address: 'Pivovarské náměstí 1245, 500 03 Hradec Králové',
  },
  p1: {
    type: 'provider', name: 'Charita Hradec Králové', ico: ico('4418001'), legal_form_code: '',
    region_code: '86', territory_code: '5205', address: 'Komenského 266, 500 03 Hradec Králové',
  },
  p2: {
    type: 'provider', name: 'Krkonošská asistence, z.ú.', ico: ico('2650002'),
    region_code: '86', territory_code: '5214', address: 'Horská 5, 541 01 Trutnov',
  },
  p3: {
    type: 'provider', name: 'Armáda spásy Praha', ico: ico('4061003'),
    region_code: '19', address: 'Tusarova 60, 170 00 Praha 7',
  },
  muni: {
    type: 'municipality', name: 'Město Náchod', ico: ico('0027204'),
    region_code: '86', territory_code: '5209', address: 'Masarykovo náměstí 40, 547 01 Náchod',
  },
  audit: { type: 'audit_body', name: 'Audit kvality s.r.o.', ico: ico('0930005'), address: 'Brno' },
};

// login → [organisation key, role]
export const USERS = {
  p1_admin: ['p1', 'admin'],
  p1_manager: ['p1', 'manager'],
  p1_worker: ['p1', 'worker'],
  p1_auditor: ['p1', 'auditor'],
  p1_readonly: ['p1', 'readonly'],
  region_officer: ['region', 'manager'],
  region_admin: ['region', 'admin'],
  muni_worker: ['muni', 'worker'],
  audit_auditor: ['audit', 'auditor'],
  p2_admin: ['p2', 'admin'],
  p2_worker: ['p2', 'worker'],
};

// Registered services: key → definition. provider is an organisation key.
export const SERVICES = {
  s1: {
    provider: 'p1', registry_id: '9000001', name: 'Domov pro seniory Světlá', kind: '13', region: '86',
    forms: [['pob', 1, [[80, 'luzka']]]], capacity: 80, unit: 'luzka', status: 'active',
    registered_from: '2010-01-01', ended_on: '', territories: ['5205'], target_groups: ['24'], age_groups: ['8'],
    facilities: [{ name: 'Domov Světlá', street: 'Na Kopci', house: '12', town: 'Hradec Králové', postcode: '50002', territory: '5205', secret: 0, capacity: 80 }],
    contacts: [['email', 'svetla@example.cz'], ['phone', '+420 495 000 001']],
  },
  s2: {
    provider: 'p1', registry_id: '9000002', name: 'Pečovatelská služba Náchodsko', kind: '4', region: '86',
    forms: [['amb', 0, [[20, 'klient']]], ['ter', 0, [[100, 'klient']]]], capacity: 120, unit: 'klient', status: 'active',
    registered_from: '2012-05-01', ended_on: '', territories: ['5209', '5210'], target_groups: ['17', '24'], age_groups: [],
    facilities: [{ name: 'Středisko Náchod', street: 'Palachova', house: '1', town: 'Náchod', postcode: '54701', territory: '5209', secret: 0, capacity: 0 }],
    contacts: [['web', 'https://example.cz/ps']],
  },
  s3: {
    provider: 'p1', registry_id: '9000003', name: 'Azylový dům Žofie', kind: '20', region: '86',
    forms: [['pob', 1, [[25, 'luzka']]]], capacity: 25, unit: 'luzka', status: 'active',
    registered_from: '2015-03-01', ended_on: '', territories: ['5209'], target_groups: ['3', '6'], age_groups: [],
    facilities: [
      { name: 'Azylový dům', street: 'Skrytá', house: '7', town: 'Náchod', postcode: '54701', territory: '5209', secret: 1, capacity: 25 },
      { name: 'Kontaktní místo', street: 'Kamenice', house: '100', town: 'Náchod', postcode: '54701', territory: '5209', secret: 0, capacity: 0 },
    ],
    contacts: [],
  },
  s4: {
    provider: 'p1', registry_id: '9000004', name: 'Denní stacionář Úsvit', kind: '10', region: '86',
    forms: [['amb', 0, [[15, 'klient']]]], capacity: 15, unit: 'klient', status: 'ended',
    registered_from: '2008-01-01', ended_on: '2024-12-31', territories: ['5205'], target_groups: ['14'], age_groups: [],
    facilities: [], contacts: [],
  },
  s5: {
    provider: 'p2', registry_id: '9000005', name: 'Osobní asistence Krkonoše', kind: '3', region: '86',
    forms: [['ter', 0, [[40, 'klient']]]], capacity: 40, unit: 'klient', status: 'active',
    registered_from: '2011-09-01', ended_on: '', territories: ['5214'], target_groups: ['15', '24'], age_groups: [],
    facilities: [], contacts: [],
  },
  s6: {
    provider: 'p3', registry_id: '9000006', name: 'Noclehárna Praha Holešovice', kind: '26', region: '19',
    forms: [['amb', 0, [[30, 'luzka']]]], capacity: 30, unit: 'luzka', status: 'active',
    registered_from: '2016-01-01', ended_on: '', territories: [], target_groups: ['6'], age_groups: [],
    facilities: [], contacts: [],
  },
};

const q = (s) => `'${String(s).replace(/'/g, "''")}'`;

// SQL inserting the services (same statements on SQLite and PostgreSQL).
export function servicesSql(orgIds) {
  const now = Math.floor(Date.now() / 1000);
  const lines = ['BEGIN;'];
  for (const s of Object.values(SERVICES)) {
    const sid = `(SELECT id FROM services WHERE registry_id = ${q(s.registry_id)})`;
    const forms = ';' + s.forms.map((f) => f[0]).sort().join(';') + ';';
    lines.push(
      `INSERT INTO services (provider_id, registry_id, registry_item_id, name, kind_code, region_code, forms, capacity_total, ` +
        `capacity_unit, status, registered_from, ended_on, age_note, source, search_text, created_at, updated_at) VALUES (` +
        [orgIds[s.provider], q(s.registry_id), q('item-' + s.registry_id), q(s.name), q(s.kind), q(s.region), q(forms), s.capacity,
          q(s.unit), q(s.status), q(s.registered_from), q(s.ended_on), q(''), q('test'), q(`${searchKey(s.name)} | ${s.registry_id}`), now, now].join(', ') +
        ');',
    );
    for (const [form, continuous, caps] of s.forms) {
      lines.push(`INSERT INTO service_forms (service_id, form_code, continuous) VALUES (${sid}, ${q(form)}, ${continuous});`);
      for (const [count, type] of caps)
        lines.push(
          `INSERT INTO service_capacities (service_form_id, count, type_code, description) VALUES (` +
            `(SELECT id FROM service_forms WHERE service_id = ${sid} AND form_code = ${q(form)}), ${count}, ${q(type)}, '');`,
        );
    }
    for (const t of s.territories) lines.push(`INSERT INTO service_territories (service_id, territory_code) VALUES (${sid}, ${q(t)});`);
    for (const g of s.target_groups) lines.push(`INSERT INTO service_target_groups (service_id, code) VALUES (${sid}, ${q(g)});`);
    for (const g of s.age_groups) lines.push(`INSERT INTO service_age_groups (service_id, code) VALUES (${sid}, ${q(g)});`);
    for (const f of s.facilities)
      lines.push(
        `INSERT INTO facilities (service_id, name, street, house_number, municipality_name, postcode, region_code, territory_code, ` +
          `secret, capacity, provided_from) VALUES (${sid}, ${q(f.name)}, ${q(f.street)}, ${q(f.house)}, ${q(f.town)}, ${q(f.postcode)}, ` +
          `${q(s.region)}, ${q(f.territory)}, ${f.secret}, ${f.capacity}, ${q(s.registered_from)});`,
      );
    for (const [kind, value] of s.contacts)
      lines.push(`INSERT INTO service_contacts (service_id, kind, value) VALUES (${sid}, ${q(kind)}, ${q(value)});`);
  }
  // Cached answers of the server refresh when the registry data version moves.
  lines.push(`UPDATE data_versions SET version = version + 1 WHERE scope = 'registry';`);
  lines.push('COMMIT;');
  return lines.join('\n') + '\n';
}

// The same services as an MPSV registry export (rpss.json), for `kvalis import registry`. Providers carry
// exactly the data of the organisations created through the API, so the import matches them by IČO and
// leaves them unchanged.
export function registryExport() {
  const ref = (list, code) => ({ id: `${list}/${code}` });
  // "Street 12, 500 02 Town" → the export's address object.
  const address = (text, region) => {
    const m = /^(.*?) (\d+), (\d{3}) (\d{2}) (.+)$/.exec(text);
    if (!m) throw new Error(`cannot split address ${text}`);
    return { ulice: { nazev: m[1] }, cisloDomovni: Number(m[2]), psc: m[3] + m[4], obec: { nazev: m[5] }, kraj: ref('Kraj', region) };
  };
  const polozky = Object.values(SERVICES).map((s, i) => {
    const org = ORGANISATIONS[s.provider];
    const provider = { ico: org.ico, nazev: org.name, adresa: address(org.address, org.region_code) };
    if (org.legal_form_code) provider.pravniForma = ref('FormaPravniSubjektivity', org.legal_form_code);
    const contacts = (kind, field) => s.contacts.filter((c) => c[0] === kind).map((c) => ({ [field]: c[1], poznamka: null }));
    return {
      id: 500000 + i,
      identifikator: Number(s.registry_id),
      nazevSluzby: s.name,
      datumPoskytovaniOd: s.registered_from,
      datumPoskytovaniDo: s.ended_on || null,
      druhSocialniSluzby: ref('DruhSocialniSluzby', s.kind),
      poskytovatel: provider,
      formy: s.forms.map(([form, continuous, caps]) => ({
        forma: ref('FormaSocialniSluzby', form),
        nepretrzitePoskytovani: continuous === 1,
        kapacity: caps.map(([count, type]) => ({ pocet: count, popis: null, typ: ref('TypKapacitySocialniSluzby', type) })),
      })),
      ciloveSkupiny: s.target_groups.map((g) => ref('CilovaSkupinaOsoby', g)),
      vekoveSkupiny: s.age_groups.map((g) => ref('VekovaSkupinaOsoby', g)),
      rozsirenePusobnostiVKraji: s.territories.map((t) => ref('Orp', t)),
      zarizeni: s.facilities.map((f) => ({
        nazev: f.name,
        adresa: { ...address(`${f.street} ${f.house}, ${f.postcode.slice(0, 3)} ${f.postcode.slice(3)} ${f.town}`, s.region), orp: ref('Orp', f.territory) },
        utajenaAdresa: f.secret === 1,
        kapacita: f.capacity,
        poskytujeOd: s.registered_from,
        poskytujeDo: null,
      })),
      emaily: contacts('email', 'email'),
      telefony: contacts('phone', 'telefon'),
      weby: contacts('web', 'web'),
      kontaktniAdresy: [],
    };
  });
  return JSON.stringify({ polozky }, null, 1);
}

// How services get into the database: `kvalis import registry FILE` when the binary has that command,
// else direct SQL through the sqlite3 / psql clients. KVALIS_TEST_SERVICES=sql|import forces one.
let loaderKind;
export function serviceLoader() {
  if (!loaderKind) {
    const forced = process.env.KVALIS_TEST_SERVICES;
    if (forced === 'sql' || forced === 'import') loaderKind = forced;
    else loaderKind = /^\s*import registry\b/m.test(kvalisCli(['--help'], { allowFail: true }).stdout) ? 'import' : 'sql';
  }
  return loaderKind;
}

// Creates organisations, users (all of USERS, or the logins given) and services. Returns ids and
// logged-in clients on demand.
export async function setupTenants(server, { users: only, services: withServices = true } = {}) {
  const admin = server.client();
  await admin.login('admin', ADMIN_PASSWORD);
  const orgs = {};
  for (const [key, body] of Object.entries(ORGANISATIONS)) {
    const r = await admin.post('/api/organisations', body);
    if (r.status !== 201) throw new Error(`creating organisation ${key}: ${r.status} ${r.text}`);
    orgs[key] = r.body.id;
  }
  const users = { admin: { id: admin.user.id, login: 'admin', password: ADMIN_PASSWORD } };
  await Promise.all(
    Object.entries(USERS).filter(([login]) => !only || only.includes(login)).map(async ([login, [org, role]]) => {
      const r = await admin.post('/api/users', {
        login,
        display_name: login.replace('_', ' '),
        email: `${login}@example.cz`,
        password: PASSWORD,
        language: 'cs',
        memberships: [{ organisation_id: orgs[org], role }],
      });
      if (r.status !== 201) throw new Error(`creating user ${login}: ${r.status} ${r.text}`);
      users[login] = { id: r.body.id, login, password: PASSWORD, org, role };
    }),
  );
  if (withServices && serviceLoader() === 'import') {
    const file = path.join(server.tmpDir, 'rpss.json');
    fs.writeFileSync(file, registryExport());
    const r = kvalisCli(['import', 'registry', file, '--history', '--db', server.db.url]);
    if (server.db.scalar('SELECT COUNT(*) FROM services') !== Object.keys(SERVICES).length)
      throw new Error(`import registry did not load the services: ${r.stdout}${r.stderr}`);
  } else if (withServices) {
    server.db.run(servicesSql(orgs));
  }
  const services = {};
  for (const row of server.db.query('SELECT id, registry_id FROM services')) {
    const key = Object.keys(SERVICES).find((k) => SERVICES[k].registry_id === row.registry_id);
    if (key) services[key] = Number(row.id);
  }
  const clients = new Map([['admin', admin]]);
  const world = {
    server,
    loader: withServices ? serviceLoader() : 'none',
    orgs,
    users,
    services,
    admin,
    // A logged-in client per login (cached; pass fresh=true for a new session).
    async as(login, { fresh = false, lang } = {}) {
      if (!fresh && !lang && clients.has(login)) return clients.get(login);
      const c = server.client({ lang });
      await c.login(login, users[login]?.password ?? PASSWORD);
      if (!fresh && !lang) clients.set(login, c);
      return c;
    },
  };
  return world;
}

// ---- raw sockets --------------------------------------------------------------------------------------

// Sends raw bytes and collects everything the server answers until it closes (or timeoutMs passes).
export function rawRequest(port, data, { timeoutMs = 5000 } = {}) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let out = Buffer.alloc(0);
    let done = false;
    const finish = (how) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      const text = out.toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      const sep = text.indexOf('\r\n\r\n');
      resolve({ status: m ? Number(m[1]) : null, text, head: sep >= 0 ? text.slice(0, sep) : text, body: sep >= 0 ? out.subarray(sep + 4).toString('utf8') : '', how });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    sock.on('data', (d) => (out = Buffer.concat([out, d])));
    sock.on('end', () => finish('end'));
    sock.on('close', () => finish('close'));
    sock.on('error', (e) => finish('error:' + e.code));
    sock.write(data);
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The entries of a zip archive (an .xlsx workbook) as text, by name: read through the central directory.
export function unzipText(bytes) {
  const buf = Buffer.from(bytes);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = {};
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out[name] = (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** A template of the region officer over the latest SQSS set, met/partly scale, essential criteria at least "partly". */
export async function regionSqssTemplate(world, name) {
  const sets = await world.admin.get('/api/quality/sets');
  const sqss = sets.body.items.find((s) => s.code === 'SQSS' && s.latest);
  const region = await world.as('region_officer');
  const scales = await region.get('/api/quality/templates');
  const r = await region.post('/api/quality/templates', {
    name, set_id: sqss.id, scale: scales.body.builtin_scales.find((s) => s.code === 'met_partly'),
    pass_rule: { essential_min_points: 2 },
  });
  if (r.status !== 201) throw new Error(`template ${name}: HTTP ${r.status} ${r.text}`);
  return r.body;
}
