// Pure logic of the medium-term plan (SPRSS): the proposal tree (priorities → goals → measures → activities) from
// the server's flat list, which level a node's children have, moving a node among its siblings, the body of a
// node's update, an indicator's targets and actuals per year, the answer to a comment, the action plan's items
// and their evaluation, and where the analytical part's links lead. No React, no server; unit-tested.
import type {
  ActionItem,
  AnalysisLink,
  EvaluationInput,
  Indicator,
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

/** An indicator's years from..to with the target and the actual value of each (null where none is set). */
export function indicatorSeries(
  ind: Pick<Indicator, 'years'>,
  yearFrom: number,
  yearTo: number,
): { year: number; target: number | null; actual: number | null }[] {
  const out: { year: number; target: number | null; actual: number | null }[] = [];
  for (let y = yearFrom; y <= yearTo; y++) {
    const v = ind.years.find((x) => x.year === y);
    out.push({ year: y, target: v?.target ?? null, actual: v?.actual ?? null });
  }
  return out;
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
