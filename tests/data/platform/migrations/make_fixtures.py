#!/usr/bin/env python3
"""Builds the migration fixtures: for every schema version N, a database created by the SQLite migration
files 0001..N themselves, filled with a few rows of each table that exists at N (taken from a fresh demo
region, restricted to the columns the table had then, each row's foreign keys pointing at rows kept), and
written with `kvalis backup` as schema_NNNN.kvb. tests/app/platform/migration_fixtures_test.cpp restores each
into SQLite and PostgreSQL, migrates it to the newest schema and checks that every row survived.

    python3 tests/data/platform/migrations/make_fixtures.py [build/kvalis] [--newest]

Run it again only when a new migration is added (it writes the fixture of the new version too)."""
import glob
import os
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
KVALIS = os.path.abspath(ARGS[0] if ARGS else os.path.join(ROOT, "build/kvalis"))
MIGRATIONS = sorted(glob.glob(os.path.join(ROOT, "src/platform/store/migrations/sqlite/*.sql")))
ROWS_PER_TABLE = 3
APPLIED_AT = 1767225600  # 2026-01-01: fixed, so that a rebuilt fixture differs only where the data does


def q(name):
    return '"' + name.replace('"', '""') + '"'


def build(version, demo, out_dir):
    path = os.path.join(out_dir, f"schema_{version:04d}.db")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)")
    for file in MIGRATIONS[:version]:
        name = os.path.basename(file)[:-4]
        with open(file, encoding="utf-8") as f:
            db.executescript(f.read())
        db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (int(name[:4]), name, APPLIED_AT))
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("ATTACH DATABASE ? AS demo", (demo,))
    tables = [r[0] for r in db.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> 'schema_migrations' ORDER BY rowid")]
    # A table the migrations seed (data_versions) keeps exactly their rows: the demo's copy has rows that
    # only later migrations add, which a database of this version never had.
    seeded = {t for t in tables if db.execute(f"SELECT 1 FROM main.{q(t)} LIMIT 1").fetchone()}
    db.execute("BEGIN")
    def common_columns(t):
        now = [r[1] for r in db.execute(f"PRAGMA main.table_info({q(t)})")]
        then = {r[1] for r in db.execute(f"PRAGMA demo.table_info({q(t)})")}
        return [c for c in now if c in then]

    def foreign_keys(t):
        return [(fk[2], fk[3], fk[4] or "id") for fk in db.execute(f"PRAGMA main.foreign_key_list({q(t)})")]

    def has_rowid(t):
        sql = db.execute("SELECT sql FROM demo.sqlite_master WHERE type = 'table' AND name = ?", (t,)).fetchone()[0]
        return "WITHOUT ROWID" not in sql.upper()

    def copy(t, where, limit=None):
        names = ", ".join(q(c) for c in common_columns(t))
        # A table WITHOUT ROWID (0013 on) is read in its primary key's order.
        order = " ORDER BY rowid" if has_rowid(t) else ""
        tail = f"{order} LIMIT {limit}" if limit else ""
        return db.execute(f"INSERT OR IGNORE INTO main.{q(t)} ({names}) SELECT {names} FROM demo.{q(t)}{where}{tail}").rowcount

    def pull_parents(t, seen):
        # The rows the table's rows reference, and theirs, so that a child table still gets rows.
        for parent, col, pcol in foreign_keys(t):
            if parent == t or parent in seen or parent in seeded or col not in common_columns(t):
                continue
            copy(parent, f" WHERE {q(pcol)} IN (SELECT {q(col)} FROM main.{q(t)})")
            pull_parents(parent, seen | {t})

    for t in tables:
        if t in seeded or not db.execute("SELECT 1 FROM demo.sqlite_master WHERE type = 'table' AND name = ?", (t,)).fetchone():
            continue
        cols = common_columns(t)
        conds = [f"({q(col)} IS NULL OR {q(col)} IN (SELECT {q(pcol)} FROM main.{q(parent)}))"
                 for parent, col, pcol in foreign_keys(t) if col in cols]
        if copy(t, " WHERE " + " AND ".join(conds) if conds else "", ROWS_PER_TABLE) <= 0:
            copy(t, "", ROWS_PER_TABLE)
            pull_parents(t, set())
    # A row whose parent did not make it (a reference to a later row of its own table) goes too.
    while True:
        bad = db.execute("PRAGMA main.foreign_key_check").fetchall()
        if not bad:
            break
        for table, rowid, parent, fk in bad:
            if rowid is not None:
                db.execute(f"DELETE FROM main.{q(table)} WHERE rowid = ?", (rowid,))
                continue
            # A table WITHOUT ROWID names no row: its rows whose reference of this key has no parent go.
            cols = [(r[3], r[4] or "id") for r in db.execute(f"PRAGMA main.foreign_key_list({q(table)})") if r[0] == fk]
            cond = " OR ".join(f"({q(c)} IS NOT NULL AND {q(c)} NOT IN (SELECT {q(pc)} FROM main.{q(parent)}))"
                               for c, pc in cols)
            db.execute(f"DELETE FROM main.{q(table)} WHERE {cond}")
    db.execute("COMMIT")
    db.execute("DETACH DATABASE demo")
    db.close()
    target = os.path.join(HERE, f"schema_{version:04d}.kvb")
    if os.path.exists(target):
        os.remove(target)
    subprocess.run([KVALIS, "backup", "--db", path, "--out", target], check=True, stdout=subprocess.DEVNULL)
    print(f"{os.path.relpath(target, ROOT)}: schema {version}")


def main():
    # --newest: only the fixture of the newest migration (the earlier ones are kept as they were made).
    newest_only = "--newest" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        demo = os.path.join(tmp, "demo.db")
        subprocess.run([KVALIS, "demo", "--db", demo], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for version in range(len(MIGRATIONS) if newest_only else 1, len(MIGRATIONS) + 1):
            build(version, demo, tmp)


if __name__ == "__main__":
    main()
