// Indicator values and the server's machine reasons as people read them.
import { formatDecimal, formatMeasure } from '../../lib/format';

/**
 * 91.3242 with "%" → "91,32 %"; 57470.59 with "Kč" → "57 471 Kč"; no value → "—". By default as the
 * printed report writes it (formatMeasure).
 */
export function formatIndicator(value: number | null | undefined, unit: string, digits?: number): string {
  const v = digits === undefined ? formatMeasure(value) : formatDecimal(value, digits);
  return v !== '—' && unit ? `${v}\u00a0${unit}` : v;
}

export type Reason =
  | { kind: 'none' }
  | { kind: 'missing'; items: string[] }
  | { kind: 'divisionByZero' }
  | { kind: 'implausible'; rule: string }
  | { kind: 'implausibleItem'; item: string }
  | { kind: 'invalid'; item: string }
  | { kind: 'noPositiveInput'; items: string[] }
  | { kind: 'noPositiveOutput'; items: string[] }
  | { kind: 'other'; text: string };

/**
 * The server's reasons for a missing value: "missing: a, b", "missing: division by zero",
 * "implausible: rule occupancy", "implausible: costs_total" (a rejected item), "invalid: beds" (a value
 * DEA cannot use); anything else is shown as it came.
 */
export function parseReason(reason: string | null | undefined): Reason {
  const r = (reason ?? '').trim();
  if (!r) return { kind: 'none' };
  // DEA: a service with every input (or output) zero takes no part ("no_positive_input: a, b").
  const none = /^no_positive_(input|output):\s*(.*)$/.exec(r);
  if (none) {
    const items = none[2]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return none[1] === 'input' ? { kind: 'noPositiveInput', items } : { kind: 'noPositiveOutput', items };
  }
  const m = /^(missing|implausible|invalid):\s*(.*)$/.exec(r);
  if (m && m[1] === 'missing') {
    if (/^division by zero$/i.test(m[2])) return { kind: 'divisionByZero' };
    if (/^result is not a finite number$/i.test(m[2])) return { kind: 'other', text: r };
    return {
      kind: 'missing',
      items: m[2]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  }
  if (m && m[1] === 'implausible')
    return /^rule\s+/.test(m[2])
      ? { kind: 'implausible', rule: m[2].replace(/^rule\s+/, '') }
      : { kind: 'implausibleItem', item: m[2] };
  if (m && m[1] === 'invalid') return { kind: 'invalid', item: m[2] };
  return { kind: 'other', text: r };
}

/** Names of a methodology's items and indicators by code, in the UI language (Czech when no English). */
export function variableNames(
  m:
    | {
        items: readonly { code: string; name_cs: string; name_en: string }[];
        indicators: readonly { code: string; name_cs: string; name_en: string }[];
      }
    | undefined,
  lang: string,
): Map<string, string> {
  const out = new Map<string, string>();
  if (!m) return out;
  for (const v of [...m.items, ...m.indicators]) out.set(v.code, (lang === 'en' && v.name_en) || v.name_cs || v.code);
  return out;
}

/**
 * A reason as an i18n key under benchmark.reason with its parameters, the codes replaced by the names of
 * the methodology ("chybí: Lůžkodny, Náklady celkem", never "bed_days, costs_total"); null for a reason
 * without a text of its own (the server's text is shown).
 */
export function reasonMessage(
  reason: string | null | undefined,
  names?: ReadonlyMap<string, string>,
): { key: string; params: Record<string, string> } | null {
  const r = parseReason(reason);
  const name = (code: string) => names?.get(code) ?? code;
  switch (r.kind) {
    case 'missing':
      return { key: 'missing', params: { items: r.items.map(name).join(', ') } };
    case 'divisionByZero':
      return { key: 'divisionByZero', params: {} };
    case 'implausible':
      return { key: 'implausible', params: { rule: r.rule } };
    case 'implausibleItem':
      return { key: 'implausibleItem', params: { item: name(r.item) } };
    case 'invalid':
      return { key: 'invalid', params: { item: name(r.item) } };
    case 'noPositiveInput':
      return { key: 'noPositiveInput', params: { items: r.items.map(name).join(', ') } };
    case 'noPositiveOutput':
      return { key: 'noPositiveOutput', params: { items: r.items.map(name).join(', ') } };
    default:
      return null;
  }
}
