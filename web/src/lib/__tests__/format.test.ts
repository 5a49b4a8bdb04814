import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { formatCapacity, formatDate, formatDateTime, formatNumber, toApiDate } from '../format';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('uses Czech grouping and decimal comma', () => {
    expect(formatNumber(6733)).toBe(`6${NBSP}733`);
    expect(formatNumber(1234567.5)).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(formatNumber(0)).toBe('0');
  });
  it('shows a dash for missing values', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
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

describe('formatCapacity', () => {
  it('joins a count with its unit', () => {
    expect(formatCapacity(1200, 'klientů')).toBe(`1${NBSP}200 klientů`);
    expect(formatCapacity(32, null)).toBe('32');
    expect(formatCapacity(null, 'lůžek')).toBe('—');
  });
});

describe('toApiDate', () => {
  it('writes YYYY-MM-DD', () => {
    expect(toApiDate(dayjs('2026-02-03'))).toBe('2026-02-03');
    expect(toApiDate(null)).toBeUndefined();
  });
});
