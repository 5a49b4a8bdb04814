// The provider's form: typed text ⇄ numbers, problems by item, what to send, a CSV template.
import type { BmFormItem, BmProblem } from './types';

export type Parsed = { ok: true; value: number | null } | { ok: false };

/**
 * A number as people type it in Czech: "1 234,5", "1234.5", "+3"; empty clears the value.
 * Same rules as the server's upload: spaces and no-break spaces group thousands, one decimal
 * comma and then no decimal point ("1.234,5" is ambiguous and refused).
 */
export function parseDecimal(text: string): Parsed {
  let s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { ok: true, value: null };
  const comma = s.indexOf(',');
  if (comma >= 0) {
    if (s.indexOf(',', comma + 1) >= 0 || s.includes('.')) return { ok: false };
    s = s.replace(',', '.');
  }
  if (s.startsWith('+')) s = s.slice(1);
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return { ok: false };
  const v = Number(s);
  return Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
}

/** A value in an input: decimal comma, no grouping (so it parses back the same). */
export function formatInputValue(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '';
  return String(v).replace('.', ',');
}

/**
 * What an item's input starts with: the saved value, or the value another module prefilled (item.source names
 * it, e.g. the share of the minimal form of the service met, from the Network module); else empty.
 */
export function initialDraft(item: Pick<BmFormItem, 'entered' | 'value' | 'source'>): string {
  return item.entered || item.source ? formatInputValue(item.value) : '';
}

/** The item problems by item code (rules are listed apart). */
export function problemsByItem(problems: readonly BmProblem[]): Map<string, BmProblem[]> {
  const out = new Map<string, BmProblem[]>();
  for (const p of problems) {
    if (p.target !== 'item') continue;
    const list = out.get(p.code) ?? [];
    list.push(p);
    out.set(p.code, list);
  }
  return out;
}

export function ruleProblems(problems: readonly BmProblem[]): BmProblem[] {
  return problems.filter((p) => p.target === 'rule');
}

export interface ChangedValues {
  /** Values to send: code → number, or null to clear. */
  values: Record<string, number | null>;
  /** Codes whose text is not a number (nothing is sent for them). */
  invalid: string[];
}

/** The drafts that differ from the saved values. */
export function changedValues(drafts: Readonly<Record<string, string>>, items: readonly BmFormItem[]): ChangedValues {
  const out: ChangedValues = { values: {}, invalid: [] };
  for (const item of items) {
    const text = drafts[item.code];
    if (text === undefined) continue;
    const parsed = parseDecimal(text);
    if (!parsed.ok) {
      out.invalid.push(item.code);
      continue;
    }
    const saved = item.entered && typeof item.value === 'number' ? item.value : null;
    if (parsed.value !== saved) out.values[item.code] = parsed.value;
  }
  return out;
}

export type RangeHint =
  | { kind: 'between'; min: number; max: number }
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number }
  | { kind: 'none' };

export function rangeHint(item: Pick<BmFormItem, 'min_value' | 'max_value'>): RangeHint {
  const min = typeof item.min_value === 'number' ? item.min_value : null;
  const max = typeof item.max_value === 'number' ? item.max_value : null;
  if (min !== null && max !== null) return { kind: 'between', min, max };
  if (min !== null) return { kind: 'min', min };
  if (max !== null) return { kind: 'max', max };
  return { kind: 'none' };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file types the form's upload takes (the server reads CSV text or an XLSX workbook). */
export const UPLOAD_ACCEPT = `.csv,.xlsx,text/csv,text/plain,${XLSX_TYPE}`;

/** How to send an uploaded file: an XLSX workbook as its bytes, anything else as CSV text. */
export function uploadContentType(fileName: string, mimeType = ''): string {
  return /\.xlsx$/i.test(fileName) || mimeType === XLSX_TYPE ? XLSX_TYPE : 'text/csv; charset=utf-8';
}

/** A CSV to fill in a spreadsheet and upload: "kod;hodnota", one item a line, current values. */
export function csvTemplate(items: readonly BmFormItem[]): string {
  const lines = ['kod;hodnota', ...items.map((i) => `${i.code};${i.entered ? formatInputValue(i.value) : ''}`)];
  return `${lines.join('\r\n')}\r\n`;
}
