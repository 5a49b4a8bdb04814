// The methodology editor: the saved methodology ⇄ the form ⇄ the PUT body, and server field
// names ("indicators[3].numerator") ⇄ form paths.
import type { BmIndicatorInput, BmItemInput, BmMethodology, BmMethodologyInput, BmRuleInput } from './types';

export const DIRECTIONS = ['higher', 'lower'] as const;
export const RBA_TAGS = ['how_much', 'how_well', 'better_off'] as const;
export const RULE_OPS = ['<=', '<', '>=', '>', '='] as const;

export interface ItemRow {
  code: string;
  name_cs: string;
  name_en?: string;
  unit?: string;
  required: boolean;
  min_value?: number | null;
  max_value?: number | null;
  help_cs?: string;
}

export interface IndicatorRow {
  code: string;
  name_cs: string;
  name_en?: string;
  numerator: string;
  denominator?: string;
  factor?: number | null;
  unit?: string;
  direction: (typeof DIRECTIONS)[number];
  rba: (typeof RBA_TAGS)[number];
  kinds?: string[];
}

export interface RuleRow {
  code: string;
  left: string;
  op: (typeof RULE_OPS)[number];
  right: string;
  message_cs: string;
  message_en?: string;
}

export interface MethodologyFormValues {
  name: string;
  items: ItemRow[];
  indicators: IndicatorRow[];
  rules: RuleRow[];
}

const pick = <T extends string>(v: string, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly string[]).includes(v) ? (v as T) : fallback;

export function toFormValues(m: BmMethodology): MethodologyFormValues {
  return {
    name: m.name,
    items: m.items.map((i) => ({
      code: i.code,
      name_cs: i.name_cs,
      name_en: i.name_en,
      unit: i.unit,
      required: i.required,
      min_value: i.min_value ?? null,
      max_value: i.max_value ?? null,
      help_cs: i.help_cs,
    })),
    indicators: m.indicators.map((x) => ({
      code: x.code,
      name_cs: x.name_cs,
      name_en: x.name_en,
      numerator: x.numerator,
      denominator: x.denominator,
      factor: x.factor,
      unit: x.unit,
      direction: pick(x.direction, DIRECTIONS, 'higher'),
      rba: pick(x.rba, RBA_TAGS, 'how_much'),
      kinds: x.kinds,
    })),
    rules: m.rules.map((r) => ({
      code: r.code,
      left: r.left,
      op: pick(r.op, RULE_OPS, '<='),
      right: r.right,
      message_cs: r.message_cs,
      message_en: r.message_en,
    })),
  };
}

const text = (v: string | undefined | null) => (v ?? '').trim();
const optionalNumber = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The PUT body; empty optional texts are sent empty, an empty denominator means 1. */
export function toMethodologyInput(v: MethodologyFormValues): BmMethodologyInput {
  const items: BmItemInput[] = (v.items ?? []).map((i) => ({
    code: text(i.code),
    name_cs: text(i.name_cs),
    name_en: text(i.name_en),
    unit: text(i.unit),
    required: i.required !== false,
    min_value: optionalNumber(i.min_value),
    max_value: optionalNumber(i.max_value),
    help_cs: text(i.help_cs),
  }));
  const indicators: BmIndicatorInput[] = (v.indicators ?? []).map((x) => ({
    code: text(x.code),
    name_cs: text(x.name_cs),
    name_en: text(x.name_en),
    numerator: text(x.numerator),
    denominator: text(x.denominator) || '1',
    factor: optionalNumber(x.factor) ?? 1,
    unit: text(x.unit),
    direction: x.direction,
    rba: x.rba,
    kinds: x.kinds ?? [],
  }));
  const rules: BmRuleInput[] = (v.rules ?? []).map((r) => ({
    code: text(r.code),
    left: text(r.left),
    op: r.op,
    right: text(r.right),
    message_cs: text(r.message_cs),
    message_en: text(r.message_en),
  }));
  return { name: text(v.name), items, indicators, rules };
}

/** "indicators[3].numerator" → ['indicators', 3, 'numerator']; "kinds[0]" → ['kinds', 0]. */
export function fieldPath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of field.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [field];
    out.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/** The path of the form field showing a server error: a kind in a list shows at the list. */
export function formFieldFor(field: string): (string | number)[] {
  const path = fieldPath(field);
  if (path.length >= 2 && path[path.length - 2] === 'kinds' && typeof path[path.length - 1] === 'number')
    return path.slice(0, -1);
  return path;
}

/** "bed_days / (beds × 365) × 100" as a reader sees the formula. */
export function formulaText(
  numerator: string,
  denominator: string | undefined,
  factor: number | null | undefined,
): string {
  const den = (denominator ?? '').trim();
  const n = numerator.trim() || '?';
  const wrap = (s: string) => (/[+\-*/]/.test(s) ? `(${s})` : s);
  let out = den && den !== '1' ? `${wrap(n)} / ${wrap(den)}` : n;
  if (typeof factor === 'number' && factor !== 1)
    out = `${den && den !== '1' ? out : wrap(out)} × ${String(factor).replace('.', ',')}`;
  return out.replace(/\*/g, '×');
}

export const emptyItem = (): ItemRow => ({
  code: '',
  name_cs: '',
  unit: '',
  required: true,
  min_value: null,
  max_value: null,
});
export const emptyIndicator = (): IndicatorRow => ({
  code: '',
  name_cs: '',
  numerator: '',
  denominator: '1',
  factor: 1,
  unit: '',
  direction: 'higher',
  rba: 'how_much',
  kinds: [],
});
export const emptyRule = (): RuleRow => ({ code: '', left: '', op: '<=', right: '', message_cs: '' });
