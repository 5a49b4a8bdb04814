import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDecimal,
  formatNumber,
  formatPercent,
  roundHalfAwayFromZero,
  todayIso,
  addDays,
  toApiDate,
} from '../format';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('uses Czech grouping and decimal comma', () => {
    expect(formatNumber(6733)).toBe(`6${NBSP}733`);
    expect(formatNumber(1234567.5)).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(formatNumber(0)).toBe('0');
  });
  it('writes whole numbers below 1 000 as Intl does, without making a formatter', () => {
    const intl = new Intl.NumberFormat('cs-CZ');
    for (let v = -1000; v <= 1000; v++) expect(formatNumber(v)).toBe(intl.format(v));
    expect(formatNumber(-0)).toBe(intl.format(-0));
    expect(formatNumber(999.5)).toBe('999,5');
  });
  it('shows a dash for missing values', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
});

describe('formatDecimal and formatPercent', () => {
  it('round to the given decimals with a decimal comma', () => {
    expect(formatDecimal(1234.567)).toBe(`1${NBSP}234,57`);
    expect(formatDecimal(2.5, 0)).toBe('3');
    expect(formatDecimal(-0.001)).toBe('0');
    expect(formatDecimal(null)).toBe('—');
    expect(formatDecimal(Number.POSITIVE_INFINITY)).toBe('—');
  });
  it('writes a fraction as a percentage with a space before the sign', () => {
    expect(formatPercent(0.734)).toBe(`73${NBSP}%`);
    expect(formatPercent(1)).toBe(`100${NBSP}%`);
    expect(formatPercent(0.12345, 1)).toBe(`12,3${NBSP}%`);
    expect(formatPercent(undefined)).toBe('—');
  });
});

describe('formatDate', () => {
  it('formats YYYY-MM-DD as D. M. YYYY', () => {
    expect(formatDate('2026-03-05')).toBe('5. 3. 2026');
    expect(formatDate('2007-01-01')).toBe('1. 1. 2007');
    expect(formatDate('2026-12-31')).toBe('31. 12. 2026');
  });
  it('handles empty and invalid input', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDate('not a date')).toBe('—');
  });
});

describe('formatDateTime', () => {
  it('formats timestamps in local time as D. M. YYYY H:mm', () => {
    const iso = '2026-11-24T10:05:00Z';
    expect(formatDateTime(iso)).toBe(dayjs(iso).format('D. M. YYYY H:mm'));
    expect(formatDateTime(iso)).toMatch(/^2\d\. 11\. 2026 \d{1,2}:05$/);
    expect(formatDateTime(null)).toBe('—');
  });
});

describe('toApiDate', () => {
  it('writes YYYY-MM-DD', () => {
    expect(toApiDate(dayjs('2026-02-03'))).toBe('2026-02-03');
    expect(toApiDate(null)).toBeUndefined();
  });
});

describe('one rounding rule with the printed reports', () => {
  // the same cases as tests/unit/platform/rounding_test.cpp
  const rows = readFileSync(join(__dirname, '../../../../tests/data/platform/rounding.csv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split(','));
  it('has the shared cases', () => expect(rows.length).toBeGreaterThanOrEqual(10));
  it.each(rows)('%s at %s decimals → %s', (value, digits, rounded) => {
    expect(roundHalfAwayFromZero(Number(value), Number(digits)).toFixed(Number(digits))).toBe(rounded);
  });
  it('shows a percentile of 0.125 as 13 %, as the report does', () => {
    expect(formatPercent(0.125)).toBe(`13${NBSP}%`);
    expect(formatDecimal(2.125)).toBe('2,13');
    expect(formatDecimal(-12.5, 0)).toBe('-13');
  });
});

describe('formatDateRange', () => {
  it('writes a span of Czech dates', () => {
    expect(formatDateRange('2026-03-05', '2026-03-07')).toBe('5. 3. 2026 – 7. 3. 2026');
  });
  it('writes one date when the span is a day or has no end', () => {
    expect(formatDateRange('2026-03-05', '2026-03-05')).toBe('5. 3. 2026');
    expect(formatDateRange('2026-03-05', null)).toBe('5. 3. 2026');
  });
  it('writes one dash when no date is set (an audit not yet scheduled), not "— – —"', () => {
    expect(formatDateRange(null, '')).toBe('—');
    expect(formatDateRange(undefined, '2026-03-07')).toBe('… – 7. 3. 2026');
  });
});

describe('todayIso and addDays', () => {
  it("gives today on the user's own calendar, not the day in UTC", () => {
    // 00:30 on 8 December where the user is: already the 8th, whatever UTC says
    expect(todayIso(new Date(2026, 11, 8, 0, 30))).toBe('2026-12-08');
    expect(todayIso(new Date(2027, 0, 1, 0, 5))).toBe('2027-01-01');
  });
  it('adds days across months, years and the summer-time change', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
