// Czech number and date formatting, used in both UI languages (the data are Czech).
import dayjs from 'dayjs';

const numberFormat = new Intl.NumberFormat('cs-CZ');
const DATE_FORMAT = 'D. M. YYYY';
const DATE_TIME_FORMAT = 'D. M. YYYY H:mm';

export const EMPTY = '—';

/** 12345 → "12 345" (non-breaking space as the thousands separator). */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
  return numberFormat.format(value);
}

/** "2026-03-05" → "5. 3. 2026". Invalid or empty input gives "—". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m && value.length === 10) return `${Number(m[3])}. ${Number(m[2])}. ${m[1]}`;
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_FORMAT) : EMPTY;
}

/** ISO timestamp (UTC) → local "5. 3. 2026 14:07". */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_TIME_FORMAT) : EMPTY;
}

/** 32 + "lůžka" → "32 lůžka"; no count → "—". */
export function formatCapacity(count: number | null | undefined, unit: string | null | undefined): string {
  if (count === null || count === undefined) return EMPTY;
  return unit ? `${formatNumber(count)} ${unit}` : formatNumber(count);
}

/** Date as sent to the API: YYYY-MM-DD. */
export function toApiDate(d: dayjs.Dayjs | null | undefined): string | undefined {
  return d && d.isValid() ? d.format('YYYY-MM-DD') : undefined;
}
