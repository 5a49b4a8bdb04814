// Indicator values and the server's machine reasons as people read them.
import { formatDecimal } from '../../lib/format';

/** 91.3242 with "%" → "91,32 %"; 1500 with "Kč" → "1 500 Kč"; no value → "—". */
export function formatIndicator(value: number | null | undefined, unit: string, digits = 2): string {
  const v = formatDecimal(value, digits);
  return v !== '—' && unit ? `${v}\u00a0${unit}` : v;
}

export type Reason =
  | { kind: 'none' }
  | { kind: 'missing'; items: string[] }
  | { kind: 'divisionByZero' }
  | { kind: 'implausible'; rule: string }
  | { kind: 'other'; text: string };

/**
 * The server's reasons for a missing value: "missing: a, b", "missing: division by zero",
 * "implausible: rule occupancy"; anything else is shown as it came.
 */
export function parseReason(reason: string | null | undefined): Reason {
  const r = (reason ?? '').trim();
  if (!r) return { kind: 'none' };
  const m = /^(missing|implausible):\s*(.*)$/.exec(r);
  if (m && m[1] === 'missing') {
    if (/^division by zero$/i.test(m[2])) return { kind: 'divisionByZero' };
    return { kind: 'missing', items: m[2].split(',').map((s) => s.trim()).filter(Boolean) };
  }
  if (m && m[1] === 'implausible') return { kind: 'implausible', rule: m[2].replace(/^rule\s+/, '') };
  return { kind: 'other', text: r };
}
