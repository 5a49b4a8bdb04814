// Pure logic of the development plans and the financing pages: amounts in Kč, the weighted score as the server
// computes it, the plan's decision from the intentions' decisions, the cost grid of an intention, the intention
// as the server takes it back, and the chart options (the evidence trend with its peer band, the outlook by
// source as stacked bars, the what-if against the base). No React, no server; unit-tested.
import type { EChartsCoreOption } from 'echarts/core';
import { EMPTY, formatDecimal, formatNumber, roundHalfAwayFromZero } from '../../../lib/format';
import type {
  CostCategory,
  DevCostInput,
  DevDecision,
  DevIntention,
  DevIntentionInput,
  EvidenceIndicator,
  FinOutlook,
  IntentionDecision,
} from './types';

export const DEV_STATUSES = ['draft', 'submitted', 'evaluated', 'decided'] as const;
export const DEV_DECISIONS = ['support', 'partly', 'not_support'] as const;
export const INTENTION_TYPES = ['capacity', 'new_form', 'new_territory', 'staffing', 'quality', 'other'] as const;
export const COST_CATEGORIES = ['personnel', 'operating', 'investment'] as const;
export const CRITERION_EVIDENCE = ['', 'coverage', 'benchmark', 'audit'] as const;
export const FIN_SOURCES = [
  'client_payments',
  'health_insurance',
  'state_subsidy',
  'region',
  'municipalities',
  'eu_funds',
  'donations',
  'other',
] as const;
export const FIN_UNITS = ['hour', 'bed_day', 'client', 'contact'] as const;
export const CHANGE_WHATS = ['capacity', 'reference_cost', 'own_revenue'] as const;

// ---- amounts ----

/** Whole crowns with Czech thousands separators: 1234567.4 → "1 234 567 Kč"; nothing → "—". */
export function formatCzk(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  return `${formatNumber(roundHalfAwayFromZero(value))}\u00a0Kč`;
}

/** A signed difference in Kč: +12 000 Kč, −3 000 Kč, 0 Kč. */
export function formatCzkDelta(value: number): string {
  const r = roundHalfAwayFromZero(value);
  if (r === 0) return formatCzk(0);
  return `${r > 0 ? '+' : '\u2212'}${formatCzk(Math.abs(r))}`;
}

/** The years from–to, both included. */
export function yearRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

// ---- evaluation and decision ----

export interface ScoreEntry {
  weight: number;
  scale_max: number;
  score: number | null | undefined;
  reason?: string;
}

/**
 * The weighted score 0–100 (PLAN13_SPEC devplans): Σ score/scale_max × weight / Σ weight × 100, one decimal;
 * null until every criterion has a score.
 */
export function weightedScore(entries: readonly ScoreEntry[]): number | null {
  let weights = 0;
  let sum = 0;
  for (const e of entries) {
    if (e.score === null || e.score === undefined || e.scale_max <= 0) return null;
    sum += (e.score / e.scale_max) * e.weight;
    weights += e.weight;
  }
  if (entries.length === 0 || weights <= 0) return null;
  return roundHalfAwayFromZero((sum / weights) * 100, 1);
}

/** Every criterion has a score within its scale and a reason (the server's rule). */
export function evaluationComplete(entries: readonly ScoreEntry[]): boolean {
  return (
    entries.length > 0 &&
    entries.every(
      (e) => e.score !== null && e.score !== undefined && e.score >= 0 && e.score <= e.scale_max && !!e.reason?.trim(),
    )
  );
}

/** The plan's decision the intentions' decisions give: every one supported, some, or none. */
export function decisionFromIntentions(choices: readonly IntentionDecision[]): DevDecision {
  const supported = choices.filter((c) => c === 'support').length;
  if (choices.length > 0 && supported === choices.length) return 'support';
  return supported > 0 ? 'partly' : 'not_support';
}

/** A plan's state by its name in the UI language (the server's name for a code the page does not know). */
export function statusLabel(t: (key: string) => string, code: string, serverName: string): string {
  if ((DEV_STATUSES as readonly string[]).includes(code)) return t(`networkFinance.status.${code}`);
  return serverName || EMPTY;
}

/** A plan's decision by its name in the UI language (the server's name for a code the page does not know). */
export function decisionLabel(t: (key: string) => string, code: string, serverName: string): string {
  if ((DEV_DECISIONS as readonly string[]).includes(code)) return t(`networkFinance.decision.${code}`);
  return serverName || EMPTY;
}

/** The intentions' decisions a plan decision implies when the region picks it first (partly keeps the choices). */
export function choicesForDecision(decision: DevDecision, current: readonly IntentionDecision[]): IntentionDecision[] {
  if (decision === 'support') return current.map(() => 'support');
  if (decision === 'not_support') return current.map(() => 'not_support');
  return [...current];
}

// ---- intentions and their costs ----

/** Costs of an intention as a grid: per category the amount of each year (0 where none). */
export function costGrid(
  costs: readonly { year: number; category: string; amount: number }[],
  years: readonly number[],
): Record<CostCategory, number[]> {
  const grid = Object.fromEntries(COST_CATEGORIES.map((c) => [c, years.map(() => 0)])) as Record<
    CostCategory,
    number[]
  >;
  for (const c of costs) {
    const i = years.indexOf(c.year);
    if (i >= 0 && (COST_CATEGORIES as readonly string[]).includes(c.category))
      grid[c.category as CostCategory][i] += c.amount;
  }
  return grid;
}

/** The grid back as the server's cost rows (zero cells left out). */
export function gridCosts(grid: Record<CostCategory, number[]>, years: readonly number[]): DevCostInput[] {
  const out: DevCostInput[] = [];
  years.forEach((year, i) => {
    for (const category of COST_CATEGORIES) {
      const amount = grid[category][i] ?? 0;
      if (amount) out.push({ year, category, amount });
    }
  });
  return out;
}

/** An intention as the server takes it back (PUT replaces the whole list). */
export function intentionInput(i: DevIntention): DevIntentionInput {
  return {
    type: i.type,
    description: i.description,
    capacity_delta: i.capacity_delta ?? undefined,
    capacity_unit: i.capacity_unit || undefined,
    form_code: i.form_code || undefined,
    territory_code: i.territory_code || undefined,
    fte_delta: i.fte_delta ?? undefined,
    from_year: i.from_year,
    need_area_id: i.need_area_id ?? undefined,
    finding_id: i.finding_id ?? undefined,
    plan_node_id: i.plan_node_id ?? undefined,
    answers_text: i.answers_text || undefined,
    costs: i.costs.map((c) => ({ year: c.year, category: c.category, amount: c.amount })),
  };
}

/** Whether an intention names what it answers (a need, a finding, a plan measure or a text). */
export function answersSomething(
  i: Pick<DevIntentionInput, 'need_area_id' | 'finding_id' | 'plan_node_id' | 'answers_text'>,
) {
  return !!(i.need_area_id || i.finding_id || i.plan_node_id || i.answers_text?.trim());
}

// ---- charts ----

const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export interface EvidenceTrendLabels {
  own: string;
  median: string;
  band: string;
}

/** A benchmark indicator of the service over rounds: its value, the peers' median and the Q1–Q3 band. */
export function evidenceTrendOption(ind: EvidenceIndicator, l: EvidenceTrendLabels): EChartsCoreOption {
  const points = [...ind.trend].sort((a, b) => a.period - b.period || a.round_id - b.round_id);
  const q1 = points.map((p) => num(p.peer_q1));
  const band = points.map((p) => {
    const a = num(p.peer_q1);
    const b = num(p.peer_q3);
    return a !== null && b !== null ? b - a : null;
  });
  const fmt = (v: unknown) =>
    typeof v === 'number' ? (ind.unit ? `${formatDecimal(v)} ${ind.unit}` : formatDecimal(v)) : EMPTY;
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [l.own, l.median, l.band] },
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    xAxis: { type: 'category', data: points.map((p) => p.round || String(p.period)), boundaryGap: false },
    yAxis: { type: 'value', name: ind.unit, scale: true, axisLabel: { formatter: (v: number) => formatDecimal(v) } },
    series: [
      {
        name: 'q1',
        type: 'line',
        data: q1,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
      },
      {
        name: l.band,
        type: 'line',
        data: band,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: '#1f6f5c', opacity: 0.15 },
        itemStyle: { color: '#9cc7bb' },
      },
      {
        name: l.median,
        type: 'line',
        data: points.map((p) => num(p.peer_median)),
        itemStyle: { color: '#1f6f5c' },
        lineStyle: { type: 'dashed' },
        connectNulls: true,
      },
      {
        name: l.own,
        type: 'line',
        data: points.map((p) => num(p.value)),
        itemStyle: { color: '#d4380d' },
        lineStyle: { width: 3 },
        symbolSize: 8,
        connectNulls: true,
      },
    ],
  };
}

const SOURCE_COLORS = ['#5b8ff9', '#61ddaa', '#1f6f5c', '#f6bd16', '#7262fd', '#78d3f8', '#9661bc', '#bfbfbf'];

/** Revenues of the network by source as stacked bars per year (sources with nothing in any year left out). */
export function outlookBySourceOption(
  o: Pick<FinOutlook, 'years' | 'by_source'>,
  sourceName: (source: string, serverName: string) => string = (_s, n) => n,
): EChartsCoreOption {
  const used = o.by_source.filter((s) => s.values.some((v) => v !== 0));
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => formatCzk(num(v as number)),
    },
    xAxis: { type: 'category', data: o.years.map(String) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: used.map((s) => ({
      name: sourceName(s.source, s.name),
      type: 'bar',
      stack: 'sources',
      barMaxWidth: 56,
      itemStyle: { color: SOURCE_COLORS[(FIN_SOURCES as readonly string[]).indexOf(s.source)] ?? '#999' },
      data: s.values.map((v) => roundHalfAwayFromZero(v)),
    })),
  };
}

/** The optimal subsidy by kind per year: with a scenario, the base beside it. */
export function outlookByKindOption(
  o: Pick<FinOutlook, 'years' | 'by_kind'>,
  withBase: boolean,
  baseLabel: string,
): EChartsCoreOption {
  const kinds = [...o.by_kind].sort((a, b) => sum(b.optimal) - sum(a.optimal));
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => formatCzk(num(v as number)),
    },
    xAxis: { type: 'category', data: o.years.map(String) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: [
      ...kinds.map((k) => ({
        name: k.kind_name,
        type: 'bar',
        stack: 'kinds',
        barMaxWidth: 56,
        data: k.optimal.map((v) => roundHalfAwayFromZero(v)),
      })),
      ...(withBase
        ? [
            {
              name: baseLabel,
              type: 'line',
              itemStyle: { color: '#000' },
              lineStyle: { type: 'dashed' },
              data: o.years.map((_, i) =>
                roundHalfAwayFromZero(kinds.reduce((a, k) => a + (k.base_optimal[i] ?? 0), 0)),
              ),
            },
          ]
        : []),
    ],
  };
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Per year: the scenario's value less the base (what the what-if changes). */
export function yearDeltas(values: readonly number[], base: readonly number[]): number[] {
  return values.map((v, i) => v - (base[i] ?? 0));
}

// ---- model editing ----

/** A fraction as a percentage to edit (0.05 → 5) and back, without float noise. */
export const toPercent = (fraction: number): number => roundHalfAwayFromZero(fraction * 100, 4);
export const fromPercent = (percent: number): number => roundHalfAwayFromZero(percent / 100, 6);

/** Compensation per unit (reference cost − own revenue, never below 0) and the optimal subsidy per unit. */
export function compensationPerUnit(referenceCost: number, ownRevenue: number): number {
  return Math.max(0, referenceCost - ownRevenue);
}
export function optimalPerUnit(row: {
  reference_cost: number;
  own_revenue: number;
  subsidy_share: number;
  other_public: number;
}): number {
  return Math.max(0, compensationPerUnit(row.reference_cost, row.own_revenue) * row.subsidy_share - row.other_public);
}

/**
 * Whether the user may read a service's evidence (as the server's evidence panel allows): the platform
 * administrator, the region's staff, and the members of the service's provider; never an evaluator. Without a
 * provider (a page that lists only what the user may read, as the subsidy lines): a member of a region or a provider.
 */
export function mayReadEvidence(
  user: {
    platform_admin: boolean;
    memberships: readonly { organisation_id: number; organisation_type: string; role: string }[];
  },
  providerId?: number,
): boolean {
  if (user.platform_admin) return true;
  return user.memberships.some(
    (m) =>
      m.role !== 'evaluator' &&
      (m.organisation_type === 'region' ||
        (providerId === undefined ? m.organisation_type === 'provider' : m.organisation_id === providerId)),
  );
}

// ---- the network's financial demand: operating (optimal subsidy) + development ----

export interface DemandRow {
  year: number;
  optimal: number;
  personnel: number;
  operating: number;
  investment: number;
  development: number;
  total: number;
}

/**
 * Per year of the outlook: the optimal subsidy (of the scenario, if any), the supported development costs by
 * category and the total demand as the server sums it (optimal + development). An outlook of an older server
 * without the development part counts it as 0.
 */
export function demandRows(
  o: Pick<FinOutlook, 'years' | 'total_optimal'> & Partial<Pick<FinOutlook, 'development' | 'total_demand'>>,
): DemandRow[] {
  return o.years.map((year, i) => {
    const dev = o.development?.totals.find((d) => d.year === year);
    const optimal = o.total_optimal[i] ?? 0;
    const development = dev?.total ?? 0;
    return {
      year,
      optimal,
      personnel: dev?.personnel ?? 0,
      operating: dev?.operating ?? 0,
      investment: dev?.investment ?? 0,
      development,
      total: o.total_demand?.[i] ?? optimal + development,
    };
  });
}

/** The demand by year as stacked bars: the optimal subsidy and the development on top of it. */
export function demandOption(
  rows: readonly DemandRow[],
  labels: { optimal: string; development: string },
): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => formatCzk(num(v as number)),
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: [
      {
        name: labels.optimal,
        type: 'bar',
        stack: 'demand',
        barMaxWidth: 56,
        itemStyle: { color: '#3a6ea5' },
        data: rows.map((r) => roundHalfAwayFromZero(r.optimal)),
      },
      {
        name: labels.development,
        type: 'bar',
        stack: 'demand',
        barMaxWidth: 56,
        itemStyle: { color: '#e0a030' },
        data: rows.map((r) => roundHalfAwayFromZero(r.development)),
      },
    ],
  };
}

// ---- the SPRSS measures an intention may answer ----

export interface PlanNodeLike {
  id: number;
  level: string;
  code: string;
  title: string;
}
export interface PlanNodeGroup {
  label: string;
  options: { value: number; label: string }[];
}

/**
 * The measures and activities of the region's medium-term plans as select groups (one per plan, "code title"
 * in the plan's order); the other levels cannot be linked. A plan without any is left out.
 */
export function planNodeGroups(
  plans: readonly {
    plan: { id: number; title: string; year_from: number; year_to: number };
    nodes: readonly PlanNodeLike[];
  }[],
): PlanNodeGroup[] {
  return plans
    .map(({ plan, nodes }) => ({
      label: `${plan.title} (${plan.year_from}–${plan.year_to})`,
      options: nodes
        .filter((n) => n.level === 'measure' || n.level === 'activity')
        .map((n) => ({ value: n.id, label: [n.code, n.title].filter(Boolean).join(' ') })),
    }))
    .filter((g) => g.options.length > 0);
}

// ---- subsidy lines: amounts that can be cleared ----

/**
 * The text of an amount field as a number; an empty field (or one without digits) is '' so that the number
 * input reports "no value" (null) rather than 0.
 */
export function parseAmount(text: string | undefined): number | '' {
  const digits = (text ?? '').replace(/[^\d.-]/g, '');
  if (!digits || !/\d/.test(digits)) return '';
  const n = Number(digits);
  return Number.isFinite(n) ? n : '';
}

/**
 * The body of a line's save: what the caller may set. An emptied amount that was stored is cleared
 * (clear_requested / clear_granted: back to "not given"); one that was never given is left out.
 */
export function lineInput(
  line: {
    requested?: number | null;
    granted?: number | null;
    can_request: boolean;
    can_grant: boolean;
  },
  requested: number | null,
  granted: number | null,
  reason: string,
): {
  requested?: number;
  granted?: number;
  difference_reason?: string;
  clear_requested?: boolean;
  clear_granted?: boolean;
} {
  const out: ReturnType<typeof lineInput> = {};
  const had = (v: number | null | undefined) => typeof v === 'number';
  if (line.can_request || line.can_grant) {
    if (requested !== null) out.requested = requested;
    else if (had(line.requested)) out.clear_requested = true;
  }
  if (line.can_grant) {
    if (granted !== null) out.granted = granted;
    else if (had(line.granted)) out.clear_granted = true;
    out.difference_reason = reason;
  }
  return out;
}
