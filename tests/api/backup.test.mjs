// kvalis backup / restore / checksums on the demo region: the round trip keeps every row (equal row counts
// and per-table SHA-256 checksums, docs/BACKUP.md), the restored database serves (demo users log in, new
// rows get fresh ids), a non-empty target and a damaged or truncated file are refused with nothing restored,
// and the file is portable: a PostgreSQL backup restores into SQLite and back.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { DB_KIND, KvalisServer, TestDatabase, kvalisCli } from './lib/harness.mjs';

const DEMO_PASSWORD = 'kvalis-demo-2026';
const ADMIN_DEMO_PASSWORD = 'admin-demo-2026';

let tmpDir;
const databases = [];
let source;
let backupFile;

function newDatabase(kind = DB_KIND) {
  const dir = fs.mkdtempSync(path.join(tmpDir, 'db-'));
  // TestDatabase.create follows KVALIS_DB_KIND; a SQLite file is made here for the cross-database case.
  const db = kind === DB_KIND ? TestDatabase.create(dir) : new TestDatabase('sqlite', path.join(dir, 'kvalis.db'), () => {});
  databases.push(db);
  return db;
}

// table → { rows, sha256 } from `kvalis checksums`.
function checksums(db) {
  const out = kvalisCli(['checksums', '--db', db.url]).stdout.trim().split('\n');
  assert.equal(out[0], 'table\trows\tsha256');
  return Object.fromEntries(
    out.slice(1).map((l) => {
      const [table, rows, sha256] = l.split('\t');
      return [table, { rows: Number(rows), sha256 }];
    }),
  );
}

function tableNames(db) {
  return db.kind === 'sqlite'
    ? db.query("SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => r.name)
    : db.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()").map((r) => r.name);
}

before(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kvalis-backup-'));
  source = newDatabase();
  kvalisCli(['demo', '--db', source.url]);
  backupFile = path.join(tmpDir, 'demo.kvb');
  const r = kvalisCli(['backup', '--db', source.url, '--out', backupFile]);
  assert.match(r.stdout, /backup of schema \d+ written to .*: \d+ tables, \d+ rows/);
});

after(() => {
  for (const db of databases) db.cleanup();
  if (!process.env.KVALIS_TEST_KEEP) fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe(`backup and restore (${DB_KIND})`, () => {
  test('the backup names its format and schema and ends with a footer', () => {
    const lines = fs.readFileSync(backupFile, 'utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0]);
    assert.equal(header.format, 'kvalis-backup');
    assert.equal(header.format_version, 1);
    assert.equal(header.dialect, DB_KIND);
    assert.equal(header.schema_version, header.migrations.length);
    assert.ok(header.schema_version >= 10);
    const footer = JSON.parse(lines.at(-1));
    assert.equal(footer.end, 'kvalis-backup');
    assert.equal(footer.tables, header.tables);
    const sums = checksums(source);
    assert.equal(Object.keys(sums).length, header.tables);
    assert.equal(footer.rows, Object.values(sums).reduce((n, s) => n + s.rows, 0));
    // The file's own per-table sums are those of the database.
    for (const l of lines.filter((x) => x.startsWith('{"end_of_table"'))) {
      const t = JSON.parse(l);
      assert.deepEqual({ rows: t.rows, sha256: t.sha256 }, sums[t.end_of_table], t.end_of_table);
    }
  });

  test('a restore gives equal row counts and checksums, and the database serves', async () => {
    const target = newDatabase();
    const r = kvalisCli(['restore', '--db', target.url, '--in', backupFile]);
    assert.match(r.stdout, /restored \d+ tables, \d+ rows/);
    const before = checksums(source);
    const restored = checksums(target);
    assert.deepEqual(restored, before);
    assert.ok(before.organisations.rows >= 40 && before.users.rows >= 19 && before.bm_values.rows > 1000);

    const server = new KvalisServer();
    server.tmpDir = fs.mkdtempSync(path.join(tmpDir, 'serve-'));
    server.db = { ...target, cleanup: () => {} };
    const web = path.join(server.tmpDir, 'web');
    fs.mkdirSync(web);
    fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Kvalis</title>\n');
    await server.spawn(web);
    try {
      const evaluator = server.client();
      await evaluator.login('hodnotitel', DEMO_PASSWORD);
      assert.equal(evaluator.user.login, 'hodnotitel');
      const admin = server.client();
      await admin.login('admin', ADMIN_DEMO_PASSWORD);
      const orgs = await admin.get('/api/organisations?limit=100');
      assert.equal(orgs.status, 200);
      assert.equal(orgs.body.total, before.organisations.rows);
      // A new row gets an id past the restored ones (PostgreSQL sequences moved on).
      const created = await admin.post('/api/organisations', { type: 'provider', name: 'Po obnově, z. ú.' });
      assert.equal(created.status, 201, created.text);
      assert.ok(created.body.id > before.organisations.rows);
    } finally {
      await server.stop();
    }
  });

  test('a non-empty database is refused and keeps its rows', () => {
    const target = newDatabase();
    kvalisCli(['migrate', '--db', target.url]);
    const before = checksums(target);
    const r = kvalisCli(['restore', '--db', target.url, '--in', backupFile], { allowFail: true });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /The database is not empty \(it has the table '[a-z_]+'\)\. Restore only into a new, empty database\./);
    assert.match(r.stderr, /Databáze není prázdná/);
    assert.deepEqual(checksums(target), before);
  });

  test('a truncated or altered backup restores nothing', () => {
    const lines = fs.readFileSync(backupFile, 'utf8').trimEnd().split('\n');
    const truncated = path.join(tmpDir, 'truncated.kvb');
    fs.writeFileSync(truncated, lines.slice(0, -1).join('\n') + '\n');
    const t1 = newDatabase();
    const r1 = kvalisCli(['restore', '--db', t1.url, '--in', truncated], { allowFail: true });
    assert.equal(r1.status, 1);
    assert.match(r1.stderr, /The backup is incomplete: its end is missing/);
    assert.deepEqual(tableNames(t1), []);

    // One organisation renamed: the rows still insert, but the table's checksum no longer matches.
    const i = lines.findIndex((l) => l.startsWith('{"table":"organisations"'));
    const columns = JSON.parse(lines[i]).columns;
    const row = JSON.parse(lines[i + 1]);
    row[columns.indexOf('name')] = 'Podvržený název';
    const altered = path.join(tmpDir, 'altered.kvb');
    fs.writeFileSync(altered, [...lines.slice(0, i + 1), JSON.stringify(row), ...lines.slice(i + 2)].join('\n') + '\n');
    const t2 = newDatabase();
    const r2 = kvalisCli(['restore', '--db', t2.url, '--in', altered], { allowFail: true });
    assert.equal(r2.status, 1);
    assert.match(r2.stderr, /Table 'organisations' differs from the backup after the restore/);
    assert.deepEqual(tableNames(t2), []);

    const notBackup = path.join(tmpDir, 'not-a-backup.kvb');
    fs.writeFileSync(notBackup, '{"hello":1}\n');
    const t3 = newDatabase();
    const r3 = kvalisCli(['restore', '--db', t3.url, '--in', notBackup], { allowFail: true });
    assert.equal(r3.status, 1);
    assert.match(r3.stderr, /The file is not a Kvalis backup \(line 1\)/);
  });

  test('the backup of one database restores into the other', { skip: DB_KIND !== 'postgresql' && 'PostgreSQL run only' }, () => {
    const lite = newDatabase('sqlite');
    kvalisCli(['restore', '--db', lite.url, '--in', backupFile]);
    const sums = checksums(source);
    assert.deepEqual(checksums(lite), sums);
    // And back: the SQLite copy's backup restores into PostgreSQL with the same sums.
    const again = path.join(tmpDir, 'from-sqlite.kvb');
    kvalisCli(['backup', '--db', lite.url, '--out', again]);
    const pg = newDatabase();
    kvalisCli(['restore', '--db', pg.url, '--in', again]);
    assert.deepEqual(checksums(pg), sums);
  });
});
