// `kvalis training requirement --input FILE.csv --year YYYY`: the command outside checks rely on. The files
// and the exact expected output are those of the core tests (tests/data/people/requirement_cli/); here the
// binary itself runs: stdout, stderr and the exit status. No server and no database are involved.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';

import { KVALIS_BIN, REPO_ROOT, kvalisCli } from './lib/harness.mjs';

const DATA = path.join(REPO_ROOT, 'tests/data/people/requirement_cli');
const file = (name) => path.join(DATA, name);
const read = (name) => fs.readFileSync(file(name), 'utf8');
const requirement = (...args) => kvalisCli(['training', 'requirement', ...args], { allowFail: true });

describe('kvalis training requirement', () => {
  test('prints worker,required_hours,counted_hours,shortfall_hours per worker in input order', () => {
    const r = requirement('--input', file('workers.csv'), '--year', '2025');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, read('workers.expected.csv'));
    assert.equal(r.stderr, '');
  });

  test('another reading of the absence rule changes only the worker with a long absence', () => {
    const r = requirement('--input', file('workers.csv'), '--year', '2025', '--absence-reading', 'started_months');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, read('workers.started_months.expected.csv'));
  });

  test('reads standard input with --input -', () => {
    const r = spawnSync(KVALIS_BIN, ['training', 'requirement', '--input', '-', '--year', '2025'], {
      input: 'worker,category,employment_start,employment_end,probation_end,absences,in_house_hours,course_hours\n' +
        'Eva,social_worker,2025-03-15,,2025-06-14,2025-09-01..2025-10-15,10,3.25\n',
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    // Jul–Dec carry the duty (6/12 of 24 h), less one twelfth for the absence: 10 h; 8 of 10 in-house hours count.
    assert.equal(r.stdout, 'worker,required_hours,counted_hours,shortfall_hours\nEva,10,11.25,0\n');
  });

  test('bad rows: every one named by line and field on stderr, exit 1, nothing on stdout', () => {
    const r = requirement('--input', file('bad_rows.csv'), '--year', '2025');
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trim().split('\n');
    assert.deepEqual(lines, [
      "kvalis training requirement: Line 3: Field 'worker' is required.",
      "kvalis training requirement: Line 3: Field 'category': unknown category 'nurse' (allowed: social_worker, social_services_worker, ospod, other).",
      "kvalis training requirement: Line 3: Field 'employment_start' must be a date in the form YYYY-MM-DD.",
      "kvalis training requirement: Line 3: Field 'in_house_hours' must be between 0 and 8784.",
      "kvalis training requirement: Line 3: Field 'course_hours' must be a number.",
      "kvalis training requirement: Line 4: Field 'employment_end': the date 2025-04-01 is before the start of the employment.",
      "kvalis training requirement: Line 5: Field 'absences': '2025-01-01..2025-02-30' is not an absence range YYYY-MM-DD..YYYY-MM-DD (separate several ranges by semicolons).",
    ]);
    for (const name of ['missing_columns.csv', 'empty.csv', 'unclosed_quote.csv']) {
      const bad = requirement('--input', file(name), '--year', '2025');
      assert.equal(bad.status, 1, name);
      assert.equal(bad.stdout, '', name);
      assert.match(bad.stderr, /^kvalis training requirement: /, name);
    }
  });

  test('wrong or missing options: exit 2 with the option named, nothing on stdout', () => {
    for (const [args, pattern] of [
      [['--input', file('workers.csv'), '--year', '25'], /Field '--year' must be a year YYYY/],
      [['--input', file('workers.csv'), '--year', '1850'], /Field '--year' must be a year YYYY/],
      [['--input', file('workers.csv')], /--year YYYY/],
      [['--year', '2025'], /--input FILE\.csv/],
      [['--input', file('workers.csv'), '--year', '2025', '--absence-reading', 'once'], /Field '--absence-reading': unknown reading/],
      [['--input', file('workers.csv'), '--year', '2025', '--round', '1'], /unknown option --round/],
    ]) {
      const r = requirement(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, pattern);
    }
    const missing = requirement('--input', path.join(os.tmpdir(), 'kvalis-no-such-file.csv'), '--year', '2025');
    assert.equal(missing.status, 1);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr, /cannot read/);
  });

  test('--help documents the options and the columns', () => {
    const r = requirement('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /--input FILE\.csv/);
    assert.match(r.stdout, /--year YYYY/);
    assert.match(r.stdout, /worker,category,employment_start,employment_end,probation_end,absences,in_house_hours,course_hours/);
    assert.match(r.stdout, /one_twelfth_once \(default/);
  });
});
