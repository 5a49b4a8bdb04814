// Pure logic of the medium-term plan (SPRSS): the proposal tree (priorities → goals → measures → activities) from
// the server's flat list, which level a node's children have, moving a node among its siblings, the body of a
// node's update, an indicator's targets and actuals per year, the answer to a comment, the action plan's items
// and their evaluation, and where the analytical part's links lead. No React, no server; unit-tested.
import { formatDate } from '../../../lib/format';
import type {
  ActionItem,
  AnalysisLink,
  EvaluationInput,
  Indicator,
  IndicatorInput,
  ItemInput,
  ItemResultCode,
  NodeInput,
  NodeLevel,
  PlanDetail,
  PlanNode,
} from './types';

export interface TreeNode {
  node: PlanNode;
  children: TreeNode[];
}

const byPosition = (a: PlanNode, b: PlanNode) => a.position - b.position || a.id - b.id;

/** The tree of the plan's nodes, siblings by position; nodes whose parent is missing become roots. */
export function buildTree(nodes: readonly PlanNode[]): TreeNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<number, PlanNode[]>();
  const roots: PlanNode[] = [];
  for (const n of nodes) {
    const parent = n.parent_id ?? 0;
    if (parent && ids.has(parent)) children.set(parent, [...(children.get(parent) ?? []), n]);
    else roots.push(n);
  }
  const grow = (list: PlanNode[]): TreeNode[] =>
    [...list].sort(byPosition).map((node) => ({ node, children: grow(children.get(node.id) ?? []) }));
  return grow(roots);
}

/** The level of a node's children (null: an activity has none). */
export function childLevel(level: string): NodeLevel | null {
  if (level === 'priority') return 'goal';
  if (level === 'goal') return 'measure';
  if (level === 'measure') return 'activity';
  return null;
}

/** Every node of the tree, depth first (the order the page lists them). */
export function flatten(tree: readonly TreeNode[]): PlanNode[] {
  return tree.flatMap((t) => [t.node, ...flatten(t.children)]);
}

/**
 * Moving a node one place up (-1) or down (+1) among its siblings: the new position of each sibling whose position
 * changes (positions become 1, 2, 3… in the new order). Empty when the node cannot move that way.
 */
export function moveNode(nodes: readonly PlanNode[], id: number, delta: -1 | 1): { id: number; position: number }[] {
  const node = nodes.find((n) => n.id === id);
  if (!node) return [];
  const siblings = nodes.filter((n) => (n.parent_id ?? 0) === (node.parent_id ?? 0)).sort(byPosition);
  const i = siblings.findIndex((n) => n.id === id);
  const j = i + delta;
  if (j < 0 || j >= siblings.length) return [];
  [siblings[i], siblings[j]] = [siblings[j], siblings[i]];
  return siblings.flatMap((n, k) => (n.position === k + 1 ? [] : [{ id: n.id, position: k + 1 }]));
}

/** The whole body of PUT /plan-nodes/{id} (the server replaces every field), with the changes applied. */
export function nodeUpdate(node: PlanNode, patch: Partial<NodeInput> = {}): NodeInput {
  return {
    title: node.title,
    description: node.description,
    responsible: node.responsible,
    kinds: node.kinds.map((k) => k.code),
    target_groups: node.target_groups.map((g) => g.code),
    territories: node.territories.map((t) => t.code),
    position: node.position,
    ...patch,
  };
}

/** The nodes an action plan's item may take into a year: measures and activities, in the tree's order. */
export function itemNodes(nodes: readonly PlanNode[]): PlanNode[] {
  return flatten(buildTree(nodes)).filter((n) => n.level === 'measure' || n.level === 'activity');
}

/** One year of an indicator: its target, the actual typed at the evaluation, the value from its source. */
export interface IndicatorPoint {
  year: number;
  target: number | null;
  actual: number | null;
  /** The source's value (benchmark group's median, planning indicator's value); null where none or suppressed. */
  source: number | null;
  sourceNote: SourceNote | null;
}

/** What to say beside a source value: the round or evaluation it comes from and why it may be missing. */
export interface SourceNote {
  source: string; // benchmark | planning
  detail: string; // the benchmark round's name, or the planning evaluation's date (YYYY-MM-DD)
  suppressed: boolean;
  preliminary: boolean;
  n: number | null;
}

/**
 * An indicator's years from..to with the target, the actual value typed at the action plan's evaluation and the
 * value from the indicator's source (benchmarking or planning) of each (null where none is set). The server lists
 * both a source value and a manual value of a year; neither replaces the other.
 */
export function indicatorSeries(
  ind: Pick<Indicator, 'years'> & Partial<Pick<Indicator, 'actuals'>>,
  yearFrom: number,
  yearTo: number,
): IndicatorPoint[] {
  const out: IndicatorPoint[] = [];
  for (let y = yearFrom; y <= yearTo; y++) {
    const v = ind.years.find((x) => x.year === y);
    const s = (ind.actuals ?? []).find((a) => a.year === y && a.source !== 'manual');
    out.push({
      year: y,
      target: v?.target ?? null,
      actual: v?.actual ?? null,
      source: s?.value ?? null,
      sourceNote: s
        ? { source: s.source, detail: s.detail, suppressed: s.suppressed, preliminary: s.preliminary, n: s.n ?? null }
        : null,
    });
  }
  return out;
}

/** The note beside a source value: "(Kolo 2025, medián skupiny, 12 služeb, předběžně …)" or why it is missing. */
export function sourceNoteText(note: SourceNote, t: (key: string, o?: Record<string, unknown>) => string): string {
  const parts: string[] = [];
  if (note.detail)
    parts.push(
      note.source === 'planning'
        ? t('networkPlan.indicator.evaluatedOn', { date: formatDate(note.detail) })
        : note.detail,
    );
  if (note.suppressed) parts.push(t('networkPlan.indicator.suppressed'));
  else if (note.n !== null) parts.push(t('networkPlan.indicator.median', { n: note.n }));
  if (note.preliminary) parts.push(t('networkPlan.indicator.preliminary'));
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** The value a year's target is judged against: the evaluation's actual, else the source's value. */
export const judgedValue = (p: Pick<IndicatorPoint, 'actual' | 'source'>): number | null => p.actual ?? p.source;

/**
 * Where an indicator comes from, in words (never a code): "Benchmarking: <group> – <indicator>" or
 * "Plánování: <indicator>"; null for an indicator of the region's own.
 */
export function sourceLabel(
  ind: Pick<Indicator, 'source' | 'source_name' | 'source_indicator_name' | 'name'>,
  t: (key: string, o?: Record<string, unknown>) => string,
): string | null {
  if (ind.source === 'benchmark')
    return t('networkPlan.indicator.labelBenchmark', {
      group: ind.source_name,
      indicator: ind.source_indicator_name || ind.name,
    });
  if (ind.source === 'planning')
    return t('networkPlan.indicator.labelPlanning', { indicator: ind.source_indicator_name || ind.source_name });
  return null;
}

export type IndicatorSourceKind = 'manual' | 'benchmark' | 'planning';

/** What the indicator form holds: the source chosen, the name and the rest, and the values of each year. */
export interface IndicatorFormValues {
  source: IndicatorSourceKind;
  bmGroupId?: number | null;
  bmIndicatorCode?: string | null;
  plIndicatorId?: number | null;
  name: string;
  unit?: string;
  direction: string;
  baseline?: number | null;
}

/** The body of an indicator's create or update: the source's ids only for that source, years with a value. */
export function indicatorBody(
  v: IndicatorFormValues,
  years: readonly number[],
  values: Record<number, { target: number | null; actual: number | null }>,
): IndicatorInput {
  const body: IndicatorInput = {
    source: v.source,
    name: v.name.trim(),
    unit: (v.unit ?? '').trim(),
    direction: v.direction,
    years: years
      .filter((y) => values[y] && (values[y].target !== null || values[y].actual !== null))
      .map((y) => ({ year: y, target: values[y].target, actual: values[y].actual })),
  };
  if (v.baseline !== null && v.baseline !== undefined) body.baseline = v.baseline;
  if (v.source === 'benchmark') {
    if (v.bmGroupId) body.bm_group_id = v.bmGroupId;
    if (v.bmIndicatorCode) body.bm_indicator_code = v.bmIndicatorCode;
  }
  if (v.source === 'planning' && v.plIndicatorId) body.pl_indicator_id = v.plIndicatorId;
  return body;
}

/** A methodology as the form reads it: its version, status and indicators. */
interface MethodologyLike {
  id: number;
  version: number;
  status: string;
}
/** The methodology whose indicators a group offers: the newest published one, else the newest. */
export function offeredMethodology<M extends MethodologyLike>(list: readonly M[]): M | null {
  const sorted = [...list].sort((a, b) => b.version - a.version);
  return sorted.find((m) => m.status === 'published') ?? sorted[0] ?? null;
}

/** A source indicator to choose, with the defaults it gives the form. */
export interface SourceOption {
  value: string | number;
  label: string;
  name: string;
  unit: string;
  direction: string;
}

/** The indicators of a benchmark methodology as options: "name (unit)", by name. */
export function benchmarkIndicatorOptions(
  indicators: readonly { code: string; name_cs: string; unit: string; direction: string }[],
): SourceOption[] {
  return [...indicators]
    .map((i) => ({
      value: i.code,
      label: i.unit ? `${i.name_cs} (${i.unit})` : i.name_cs,
      name: i.name_cs,
      unit: i.unit,
      direction: i.direction === 'lower' ? 'lower' : 'higher',
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'cs'));
}

/** The indicators of a planning plan's goals as options: "goal code title – name (unit)". */
export function planningIndicatorOptions(
  goals: readonly {
    code: string;
    title: string;
    indicators: readonly { id: number; name: string; unit: string; direction: string }[];
  }[],
): SourceOption[] {
  return goals.flatMap((g) =>
    g.indicators.map((i) => ({
      value: i.id,
      label: `${g.code ? `${g.code} ` : ''}${g.title} – ${i.name}${i.unit ? ` (${i.unit})` : ''}`,
      name: i.name,
      unit: i.unit,
      direction: i.direction === 'lower' ? 'lower' : 'higher',
    })),
  );
}

/** The working groups of the plan's region (the region organisation's name), by name. */
export function regionGroups<G extends { id: number; name: string; region_name: string }>(
  groups: readonly G[],
  regionName: string,
): G[] {
  return groups.filter((g) => g.region_name === regionName).sort((a, b) => a.name.localeCompare(b.name, 'cs'));
}

/** Whether the actual value of a year meets its target in the indicator's direction (null: nothing to compare). */
export function targetMet(direction: string, target: number | null, actual: number | null): boolean | null {
  if (target === null || actual === null) return null;
  return direction === 'lower' ? actual <= target : actual >= target;
}

/** The answer's problem (a translation key) or null: a status, and a reason when not fully accepted. */
export function answerProblem(status: string | undefined, answer: string): string | null {
  if (!status || status === 'open') return 'networkPlan.comments.statusRequired';
  if ((status === 'rejected' || status === 'partly') && !answer.trim()) return 'networkPlan.comments.reasonRequired';
  return null;
}

// ---- action plans ----

export interface ItemDraft {
  id?: number;
  node_id?: number;
  what: string;
  responsible: string;
  due: string;
  budget: string;
  carried?: boolean;
}

export function itemDraft(i: ActionItem): ItemDraft {
  return {
    id: i.id,
    node_id: i.node_id,
    what: i.what,
    responsible: i.responsible,
    due: i.due,
    budget: i.budget === null || i.budget === undefined ? '' : String(i.budget).replace('.', ','),
    carried: !!i.carried_from,
  };
}

const amount = (text: string): number | undefined => {
  const t = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return t && /^\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
};

/** The items' problems as [index, field, translation key]: a measure, what is to be done, a budget as a number. */
export function itemProblems(items: readonly ItemDraft[]): [number, string, string][] {
  const out: [number, string, string][] = [];
  items.forEach((i, k) => {
    if (!i.node_id) out.push([k, 'node_id', 'networkPlan.items.nodeRequired']);
    if (!i.what.trim()) out.push([k, 'what', 'networkPlan.items.whatRequired']);
    if (i.budget.trim() && amount(i.budget) === undefined) out.push([k, 'budget', 'networkPlan.items.budgetNumber']);
  });
  return out;
}

/** The body of PUT /action-plans/{id}: the items as given (existing ones by id). */
export function itemsInput(items: readonly ItemDraft[]): ItemInput[] {
  return items.map((i) => {
    const out: ItemInput = { node_id: i.node_id ?? 0, what: i.what.trim() };
    if (i.id) out.id = i.id;
    if (i.responsible.trim()) out.responsible = i.responsible.trim();
    if (i.due) out.due = i.due;
    const b = amount(i.budget);
    if (b !== undefined) out.budget = b;
    return out;
  });
}

export interface ResultDraft {
  result?: ItemResultCode;
  result_text: string;
  evidence: string;
}

/** The evaluation's problems as [item id, field, translation key]: every item a result, a note when not done. */
export function evaluationProblems(
  items: readonly Pick<ActionItem, 'id'>[],
  drafts: Readonly<Record<number, ResultDraft>>,
): [number, string, string][] {
  const out: [number, string, string][] = [];
  for (const i of items) {
    const d = drafts[i.id];
    if (!d?.result) out.push([i.id, 'result', 'networkPlan.evaluate.resultRequired']);
    else if (d.result !== 'done' && !d.result_text.trim())
      out.push([i.id, 'result_text', 'networkPlan.evaluate.textRequired']);
  }
  return out;
}

export function evaluationInput(
  items: readonly Pick<ActionItem, 'id'>[],
  drafts: Readonly<Record<number, ResultDraft>>,
  evaluatedOn: string,
  summary: string,
  actuals: Readonly<Record<number, string>> = {},
): EvaluationInput {
  const indicators = Object.entries(actuals).flatMap(([id, v]) => {
    const a = amount(v);
    return a === undefined ? [] : [{ indicator_id: Number(id), actual: a }];
  });
  return {
    evaluated_on: evaluatedOn,
    summary: summary.trim(),
    items: items.map((i) => ({
      id: i.id,
      result: drafts[i.id]?.result ?? '',
      result_text: (drafts[i.id]?.result_text ?? '').trim(),
      evidence: (drafts[i.id]?.evidence ?? '').trim(),
    })),
    ...(indicators.length ? { indicators } : {}),
  };
}

/** Counts of the items by result (evaluated action plans). */
export function resultCounts(items: readonly Pick<ActionItem, 'result'>[]): Record<ItemResultCode, number> {
  const out = { done: 0, partly: 0, not: 0 };
  for (const i of items) if (i.result in out) out[i.result as ItemResultCode] += 1;
  return out;
}

/** The tone of an evaluated action plan's summary: all done (success), some partly (warning), some not (error). */
export function resultTone(counts: Record<ItemResultCode, number>): 'success' | 'warning' | 'error' {
  if (counts.not > 0) return 'error';
  return counts.partly > 0 ? 'warning' : 'success';
}

/** How many items the next year would take over: those done partly or not at all. */
export function toCarry(
  items: readonly Pick<ActionItem, 'id' | 'result'>[],
  next: readonly Pick<ActionItem, 'carried_from'>[] = [],
): number {
  const carried = new Set(next.map((i) => i.carried_from?.item_id).filter((x): x is number => !!x));
  return items.filter((i) => (i.result === 'partly' || i.result === 'not') && !carried.has(i.id)).length;
}

/** The items grouped by the measure (or activity) they belong to, in the order the items come. */
export function itemsByNode<T extends Pick<ActionItem, 'node_id' | 'node_code' | 'node_title'>>(
  items: readonly T[],
): { node_id: number; code: string; title: string; items: T[] }[] {
  const groups = new Map<number, { node_id: number; code: string; title: string; items: T[] }>();
  for (const i of items) {
    let g = groups.get(i.node_id);
    if (!g) {
      g = { node_id: i.node_id, code: i.node_code, title: i.node_title, items: [] };
      groups.set(i.node_id, g);
    }
    g.items.push(i);
  }
  return [...groups.values()].sort((a, b) => compareCodes(a.code, b.code));
}

/** "1.2.10" after "1.2.9": codes compared number by number. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return a.localeCompare(b);
}

/** Where a link of the analytical part leads inside the app (or its own web address); null when nowhere. */
export function linkTarget(l: Pick<AnalysisLink, 'kind' | 'ref_id' | 'url'>): { to: string; external: boolean } | null {
  if (l.kind === 'coverage_map') return { to: '/network/coverage/map', external: false };
  if (l.kind === 'benchmark_round')
    return { to: l.ref_id ? `/benchmarking/rounds/${l.ref_id}` : '/benchmarking', external: false };
  if (l.kind === 'audit_overview') return { to: '/quality', external: false };
  if (l.url && /^https?:\/\//i.test(l.url)) return { to: l.url, external: true };
  return null;
}

/** The years of a plan, from..to. */
export function planYears(p: { year_from: number; year_to: number }): number[] {
  const out: number[] = [];
  for (let y = p.year_from; y <= p.year_to; y++) out.push(y);
  return out;
}

/**
 * What the region should know before approving a plan: the comment period still runs (approving ends it), comments
 * not yet answered, an empty proposal part. Each as an i18n key with its values; none when all is settled.
 */
export function approveWarnings(
  d: Pick<PlanDetail, 'plan' | 'nodes'>,
  today: string,
): { key: string; values?: Record<string, string | number> }[] {
  const out: { key: string; values?: Record<string, string | number> }[] = [];
  const p = d.plan;
  if (p.status === 'comments' && p.comments_until && p.comments_until >= today)
    out.push({ key: 'networkPlan.plan.warnPeriod', values: { until: p.comments_until } });
  if (p.comments_open > 0) out.push({ key: 'networkPlan.plan.warnOpen', values: { count: p.comments_open } });
  if (d.nodes.length === 0) out.push({ key: 'networkPlan.plan.warnEmpty' });
  return out;
}
