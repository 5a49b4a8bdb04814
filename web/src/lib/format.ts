// Czech number and date formatting, used in both UI languages (the data are Czech).
import dayjs from 'dayjs';

// Made on first use: the first Intl.NumberFormat of a page costs some 15–30 ms (the locale's data), which the
// dashboard's first load does without (its counts are below 1 000).
let numberFormat: Intl.NumberFormat | undefined;
const DATE_FORMAT = 'D. M. YYYY';
const DATE_TIME_FORMAT = 'D. M. YYYY H:mm';

export const EMPTY = '—';

/** 12345 → "12 345" (non-breaking space as the thousands separator). */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
  // a whole number below 1 000 reads the same in Czech formatting (no separator, no decimals)
  if (Number.isInteger(value) && Math.abs(value) < 1000 && !Object.is(value, -0)) return String(value);
  numberFormat ??= new Intl.NumberFormat('cs-CZ');
  return numberFormat.format(value);
}

const decimalFormats = new Map<number, Intl.NumberFormat>();

/**
 * The one rounding rule of the screen and the printed reports (src/platform/core/rounding.hpp): half away
 * from zero on value × 10^digits (12.5 → 13, −2.5 → −3, 2.125 → 2.13 at 2 decimals). Shared cases:
 * tests/data/platform/rounding.csv.
 */
export function roundHalfAwayFromZero(value: number, digits = 0): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** digits;
  const scaled = value * scale;
  // Math.round breaks ties towards +∞; away from zero is the same rounding of the magnitude.
  const r = (Math.sign(scaled) * Math.round(Math.abs(scaled))) / scale;
  return r === 0 ? 0 : r;
}

/** A measured value with at most `digits` decimals: 1234.567 → "1 234,57" (digits = 2). */
export function formatDecimal(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  let f = decimalFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('cs-CZ', { maximumFractionDigits: digits });
    decimalFormats.set(digits, f);
  }
  const s = f.format(roundHalfAwayFromZero(value, digits));
  return s === '-0' ? '0' : s;
}

const fixedFormats = new Map<number, Intl.NumberFormat>();

/**
 * A measured value as the printed reports write it (src/platform/export/html.cpp format_cs): decimals by
 * magnitude — none from 1 000, one from 100, two from 1, three below — so that the screen and the report
 * show the same number (57 470,59 Kč is 57 471 Kč in both; a z-score of −0,998 is not "−1" on screen).
 */
export function formatMeasure(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  if (value === 0) return '0';
  const a = Math.abs(value);
  const digits = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : 3;
  let f = fixedFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('cs-CZ', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixedFormats.set(digits, f);
  }
  const s = f.format(roundHalfAwayFromZero(value, digits));
  return /^-0(,0*)?$/.test(s) ? s.slice(1) : s;
}

/** A fraction as a percentage: 0.734 → "73 %" (Czech writes a space before %). */
export function formatPercent(fraction: number | null | undefined, digits = 0): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return EMPTY;
  return `${formatDecimal(fraction * 100, digits)}\u00a0%`;
}

/** "2026-03-05" → "5. 3. 2026". Invalid or empty input gives "—". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m && value.length === 10) return `${Number(m[3])}. ${Number(m[2])}. ${m[1]}`;
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_FORMAT) : EMPTY;
}

/** A span of two ISO dates ("5. 3. 2026 – 7. 3. 2026"); one dash alone when neither is set, not "— – —". */
export function formatDateRange(from: string | null | undefined, to: string | null | undefined): string {
  const a = from ? formatDate(from) : '';
  const b = to ? formatDate(to) : '';
  if (!a && !b) return EMPTY;
  if (!b || a === b) return a;
  return `${a || '…'} – ${b}`;
}

/** ISO timestamp (UTC) → local "5. 3. 2026 14:07". */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_TIME_FORMAT) : EMPTY;
}

/**
 * Today as YYYY-MM-DD on the user's own calendar (their device's time zone; for the Czech users of Kvalis that is
 * the server's calendar too, which keeps the days of Czechia). Never `toISOString()`, which is the day in UTC:
 * between midnight and 1 or 2 a.m. in Prague that is still yesterday.
 */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Adds days to an ISO date YYYY-MM-DD (computed in UTC, so no time zone or summer time can shift the day). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Date as sent to the API: YYYY-MM-DD. */
export function toApiDate(d: dayjs.Dayjs | null | undefined): string | undefined {
  return d && d.isValid() ? d.format('YYYY-MM-DD') : undefined;
}
