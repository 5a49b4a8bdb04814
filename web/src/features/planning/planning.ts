// Pure logic of the planning pages: outcome cells, GAS levels, the tree, the plan cycle (closing and deriving),
// due work, indicator and evaluation forms, reviews and ladders. No React, no server.
import type {
  ClientGoal,
  ClientLadder,
  CloseInput,
  DeriveDecision,
  DeriveInput,
  DueEvaluation,
  EvaluationDraft,
  EvaluationInput,
  EvaluationResult,
  GasLevels,
  GoalLevel,
  GoalSummary,
  IndicatorInput,
  IndicatorSource,
  IndicatorWithValues,
  OutcomeCell,
  Participant,
  RegionalOutcome,
  ReviewInput,
  TreeNode,
} from './types';

// ---- outcome cells ----

export type OutcomeView =
  | { kind: 'none' }
  | { kind: 'suppressed' }
  | {
      kind: 'values';
      clients: number;
      goals: number;
      attained: number;
      share: number | null;
      meanT: number | null;
      sdT: number | null;
      ladder: number | null;
      ladderClients: number;
    };

/** What an outcome cell shows: nothing (no cell or no clients), "fewer than 5 clients", or its numbers. */
export function outcomeView(cell: OutcomeCell | null | undefined): OutcomeView {
  if (!cell) return { kind: 'none' };
  if (cell.suppressed) return { kind: 'suppressed' };
  if (!cell.clients) return { kind: 'none' };
  return {
    kind: 'values',
    clients: cell.clients,
    goals: cell.goals ?? 0,
    attained: cell.attained ?? 0,
    share: cell.share_attained ?? null,
    meanT: cell.mean_t ?? null,
    sdT: cell.sd_t ?? null,
    ladder: cell.mean_ladder_change ?? null,
    ladderClients: cell.ladder_clients ?? 0,
  };
}

// ---- Goal Attainment Scaling ----

/** The allowed levels, best first: −2…+2 and the variants −0.5 (a little less than expected) and −3 (worse than at the start). */
export const GAS_LEVELS = [2, 1, 0, -0.5, -1, -2, -3] as const;
export type GasLevelKey = 'plus2' | 'plus1' | 'zero' | 'minus05' | 'minus1' | 'minus2' | 'minus3';
const LEVEL_KEYS: Record<string, GasLevelKey> = {
  '2': 'plus2',
  '1': 'plus1',
  '0': 'zero',
  '-0.5': 'minus05',
  '-1': 'minus1',
  '-2': 'minus2',
  '-3': 'minus3',
};
/** The five levels described when a goal is set, from the best. */
export const DESCRIBED_LEVELS: readonly (keyof GasLevels)[] = ['plus2', 'plus1', 'zero', 'minus1', 'minus2'];

export function isGasLevel(level: number): boolean {
  return String(level) in LEVEL_KEYS;
}

/** The text key of a level (gasLevel.<key>); undefined for a value that is no GAS level. */
export function gasLevelKey(level: number): GasLevelKey | undefined {
  return LEVEL_KEYS[String(level)];
}

/** The client's own description of a level (−2…+2); the variants −0.5 and −3 have none of their own. */
export function levelDescription(levels: GasLevels, level: number): string {
  const key = gasLevelKey(level);
  if (!key || key === 'minus05' || key === 'minus3') return '';
  return levels[key as keyof GasLevels] ?? '';
}

/** "+2", "+1", "0", "−0,5", "−1": a level as the forms and tables write it. */
export function gasLevelText(level: number): string {
  if (level > 0) return `+${level}`;
  if (level === 0) return '0';
  return `\u2212${String(-level).replace('.', ',')}`;
}

/** A level as reported (DOMAIN.md): −0.5 counts as −1, −3 stays −3; the others as they are. */
export function reportedLevel(level: number): number {
  return level === -0.5 ? -1 : level;
}

/** All five levels are described (the goal can be rated). */
export function levelsComplete(levels: GasLevels): boolean {
  return DESCRIBED_LEVELS.every((k) => (levels[k] ?? '').trim() !== '');
}

// ---- the tree ----

export interface TreeStats {
  goals: number;
  byLevel: Record<GoalLevel, number>;
  personalGoals: number;
  unlinked: number;
}

/** Counts of the goals of a tree (the strategic plan's chain), for the summary above it. */
export function treeStats(nodes: readonly TreeNode[], unlinked: readonly TreeNode[] = []): TreeStats {
  const stats: TreeStats = {
    goals: 0,
    byLevel: { strategic: 0, objective: 0, service: 0 },
    personalGoals: 0,
    unlinked: 0,
  };
  const walk = (n: TreeNode) => {
    stats.goals += 1;
    const level = n.goal.level as GoalLevel;
    if (level in stats.byLevel) stats.byLevel[level] += 1;
    if (n.goal.level === 'service') stats.personalGoals += n.personal_goals?.count ?? 0;
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  for (const n of unlinked) {
    walk(n);
    stats.unlinked += 1;
  }
  return stats;
}

/** Keys of every node that has children (to open the whole tree at once). */
export function expandableKeys(nodes: readonly TreeNode[]): string[] {
  const out: string[] = [];
  const walk = (n: TreeNode) => {
    if (n.children.length) out.push(String(n.goal.id));
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

/** The level one step up the chain (the level of a goal's parent); strategic goals have none. */
export function parentLevel(level: GoalLevel): GoalLevel | null {
  return level === 'service' ? 'objective' : level === 'objective' ? 'strategic' : null;
}

/** A goal's link is complete: a parent, or (for objectives and service goals) a reason why not. */
export function linkComplete(level: GoalLevel, parentId: number | null | undefined, reason: string): boolean {
  if (level === 'strategic') return true;
  return (parentId ?? 0) > 0 || reason.trim() !== '';
}

/** A goal as lists name it: "O1 Snížit počet rodin…", or the title alone without a code. */
export function goalName(g: { code: string; title: string }): string {
  return g.code ? `${g.code} ${g.title}` : g.title;
}

// ---- the plan cycle ----

export interface CloseRow {
  goal_id: number;
  result: EvaluationResult;
  conclusion: string;
  participants: Participant[];
}

/** Goals of a plan that take part in closing it (dropped ones do not). */
export function goalsToClose(goals: readonly GoalSummary[]): GoalSummary[] {
  return goals.filter((g) => g.state !== 'dropped');
}

/** Goals still lacking a result or a conclusion in the closing wizard, in the plan's order. */
export function missingCloseGoals(
  goals: readonly GoalSummary[],
  rows: Readonly<Record<number, CloseRow>>,
): GoalSummary[] {
  return goalsToClose(goals).filter((g) => {
    const r = rows[g.id];
    return !r || !r.result || r.conclusion.trim() === '';
  });
}

export function closeInput(
  heldOn: string,
  goals: readonly GoalSummary[],
  rows: Readonly<Record<number, CloseRow>>,
): CloseInput {
  return {
    held_on: heldOn,
    evaluations: goalsToClose(goals).map((g) => {
      const r = rows[g.id];
      return {
        goal_id: g.id,
        result: r?.result ?? '',
        conclusion: (r?.conclusion ?? '').trim(),
        participants: cleanParticipants(r?.participants ?? []),
      };
    }),
  };
}

/** Participants with a name (empty rows of the form are left out), texts trimmed. */
export function cleanParticipants(list: readonly Participant[]): Participant[] {
  return list
    .filter((p) => p.name.trim() !== '')
    .map((p) => ({ kind: p.kind, name: p.name.trim(), role: p.role.trim(), organisation: p.organisation.trim() }));
}

export type DecisionRow = Partial<DeriveDecision> & { goal_id: number };

/** Goals of the closed plan still lacking a decision or its reason. */
export function missingDecisions(
  goals: readonly GoalSummary[],
  rows: Readonly<Record<number, DecisionRow>>,
): GoalSummary[] {
  return goals.filter((g) => {
    const r = rows[g.id];
    return !r || !r.carry || (r.reason ?? '').trim() === '';
  });
}

/** A suggestion per goal from how it ended: met goals dropped, the others carried over (the reason stays for the user). */
export function suggestedCarry(state: GoalSummary['state']): DeriveDecision['carry'] {
  return state === 'met' || state === 'dropped' ? 'drop' : state === 'not_met' ? 'revise' : 'carry_over';
}

export function deriveInput(
  year: number,
  title: string,
  goals: readonly GoalSummary[],
  rows: Readonly<Record<number, DecisionRow>>,
): DeriveInput {
  return {
    year,
    title: title.trim(),
    decisions: goals.map((g) => {
      const r = rows[g.id];
      const d: DeriveDecision = { goal_id: g.id, carry: r?.carry ?? 'carry_over', reason: (r?.reason ?? '').trim() };
      if (d.carry === 'revise') {
        if (r?.title?.trim()) d.title = r.title.trim();
        if (r?.description?.trim()) d.description = r.description.trim();
      }
      return d;
    }),
  };
}

// ---- due work ----

export interface DueGroup {
  service_id: number | null;
  service_name: string;
  items: DueEvaluation[];
  overdue: number;
}

/** Evaluations due, one group per service (the organisation's own goals first), each sorted by due date. */
export function groupDueByService(items: readonly DueEvaluation[]): DueGroup[] {
  const groups = new Map<string, DueGroup>();
  for (const it of items) {
    const key = String(it.service_id ?? 0);
    let g = groups.get(key);
    if (!g) {
      g = { service_id: it.service_id ?? null, service_name: it.service_name, items: [], overdue: 0 };
      groups.set(key, g);
    }
    g.items.push(it);
    if (it.state === 'overdue') g.overdue += 1;
  }
  const out = [...groups.values()];
  for (const g of out)
    g.items.sort((a, b) => a.next_due_on.localeCompare(b.next_due_on) || a.indicator_id - b.indicator_id);
  return out.sort((a, b) =>
    a.service_id === null ? -1 : b.service_id === null ? 1 : a.service_name.localeCompare(b.service_name, 'cs'),
  );
}

// ---- indicators ----

export const SOURCES: readonly IndicatorSource[] = [
  'gas_t',
  'share_attained',
  'ladder_change',
  'clients',
  'benchmark',
  'count',
  'manual',
];
export const COUNT_OF = ['reviews', 'clients', 'evaluations', 'personal_goals'] as const;
export const RBA = ['how_much', 'how_well', 'better_off'] as const;

/** Values of computed sources come from the data (roll-ups, benchmark, counts); only manual ones are typed in. */
export function isComputedSource(source: string): boolean {
  return source !== 'manual';
}

export interface IndicatorFormValues {
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  direction: 'higher' | 'lower';
  source: IndicatorSource;
  benchmark_indicator_code: string;
  count_of: string;
  rba: 'how_much' | 'how_well' | 'better_off';
  schedule_months: number;
  next_due_on: string;
}

export const NEW_INDICATOR: IndicatorFormValues = {
  name: '',
  unit: '',
  baseline: null,
  target: null,
  direction: 'higher',
  source: 'manual',
  benchmark_indicator_code: '',
  count_of: '',
  rba: 'how_much',
  schedule_months: 12,
  next_due_on: '',
};

export function indicatorFormValues(i: IndicatorWithValues | IndicatorFormValues): IndicatorFormValues {
  return {
    name: i.name,
    unit: i.unit,
    baseline: i.baseline ?? null,
    target: i.target ?? null,
    direction: i.direction === 'lower' ? 'lower' : 'higher',
    source: i.source as IndicatorSource,
    benchmark_indicator_code: i.benchmark_indicator_code ?? '',
    count_of: i.count_of ?? '',
    rba: i.rba as IndicatorFormValues['rba'],
    schedule_months: i.schedule_months,
    next_due_on: i.next_due_on ?? '',
  };
}

/** The request body: the benchmark code only for benchmark indicators, what is counted only for counts. */
export function indicatorInput(v: IndicatorFormValues): IndicatorInput {
  const body: IndicatorInput = {
    name: v.name.trim(),
    unit: v.unit.trim(),
    baseline: v.baseline ?? null,
    target: v.target ?? null,
    direction: v.direction,
    source: v.source,
    benchmark_indicator_code: v.source === 'benchmark' ? v.benchmark_indicator_code.trim() : '',
    count_of: v.source === 'count' ? (v.count_of as IndicatorInput['count_of']) : '',
    rba: v.rba,
    schedule_months: v.schedule_months,
  };
  if (v.next_due_on) body.next_due_on = v.next_due_on;
  return body;
}

// ---- evaluations ----

export interface EvaluationValueRow {
  indicator_id: number;
  name: string;
  unit: string;
  source: string;
  computed: boolean;
  value: number | null;
  clients_n: number | null;
  note: string;
}

/** The value rows of a new evaluation: computed sources prefilled from the evaluation draft, manual ones empty. */
export function evaluationRows(
  indicators: readonly IndicatorWithValues[],
  draft: EvaluationDraft | undefined,
): EvaluationValueRow[] {
  return indicators.map((i) => {
    const d = draft?.items.find((x) => x.indicator_id === i.id);
    const computed = isComputedSource(i.source);
    return {
      indicator_id: i.id,
      name: i.name,
      unit: i.unit,
      source: i.source,
      computed,
      value: computed ? (d?.value ?? null) : null,
      clients_n: d?.clients_n ?? null,
      note: '',
    };
  });
}

/** Manual indicators without a value (the server refuses them). */
export function missingManualValues(rows: readonly EvaluationValueRow[]): EvaluationValueRow[] {
  return rows.filter((r) => !r.computed && (r.value === null || r.value === undefined));
}

export function evaluationInput(
  head: Omit<EvaluationInput, 'participants' | 'values'>,
  participants: readonly Participant[],
  rows: readonly EvaluationValueRow[],
): EvaluationInput {
  return {
    ...head,
    conclusion: (head.conclusion ?? '').trim(),
    participants: cleanParticipants(participants),
    // computed values are left out: the server computes and stores them with the number of clients
    values: rows.map((r) =>
      r.computed
        ? { indicator_id: r.indicator_id, note: r.note.trim() }
        : { indicator_id: r.indicator_id, value: r.value, note: r.note.trim() },
    ),
  };
}

// ---- reviews ----

export interface RatingRow {
  client_goal_id: number;
  level: number | null;
  note: string;
}

/** Goals a review rates: the active ones. */
export function goalsToRate(goals: readonly ClientGoal[]): ClientGoal[] {
  return goals.filter((g) => g.state === 'active');
}

export function reviewInput(head: Omit<ReviewInput, 'ratings'>, ratings: readonly RatingRow[]): ReviewInput {
  return {
    held_on: head.held_on,
    what_changed: (head.what_changed ?? '').trim(),
    client_view: (head.client_view ?? '').trim(),
    next_steps: (head.next_steps ?? '').trim(),
    participants: (head.participants ?? '').trim(),
    next_review_on: head.next_review_on,
    ratings: ratings
      .filter((r): r is RatingRow & { level: number } => r.level !== null && isGasLevel(r.level))
      .map((r) => ({ client_goal_id: r.client_goal_id, level: r.level, note: r.note.trim() })),
  };
}

// ---- ladders ----

export interface LadderStage {
  from: number;
  to: number;
  name: string;
}

/** Stages as the ladder's `stages` text ("1-2:Uvíznutí;3-4:Přijímání pomoci"), which the server reads. */
export function stagesText(stages: readonly LadderStage[]): string {
  return stages.map((s) => (s.from === s.to ? `${s.from}:${s.name}` : `${s.from}-${s.to}:${s.name}`)).join(';');
}

export function stageOf(stages: readonly LadderStage[], value: number): string {
  return stages.find((s) => value >= s.from && value <= s.to)?.name ?? '';
}

/** The distance travelled per area (first → last assessment) with the area names. */
export function distanceRows(l: ClientLadder): { area_id: number; name: string; change: number }[] {
  return (l.distance?.per_area ?? []).map((p) => ({
    area_id: p.area_id,
    change: p.change,
    name: l.ladder.areas.find((a) => a.id === p.area_id)?.name ?? String(p.area_id),
  }));
}

// ---- regional outcomes ----

export interface RegionalMatrix {
  regions: { code: string; name: string }[];
  kinds: { code: string; name: string }[];
  cell: (kind: string, region: string) => OutcomeCell | undefined;
}

/** Items by service kind × region (rows kinds, columns regions, both sorted by name). */
export function regionalMatrix(items: readonly RegionalOutcome[]): RegionalMatrix {
  const regions = new Map<string, string>();
  const kinds = new Map<string, string>();
  const cells = new Map<string, OutcomeCell>();
  for (const it of items) {
    regions.set(it.region_code, it.region_name);
    kinds.set(it.kind_code, it.kind_name);
    cells.set(`${it.kind_code}\u0000${it.region_code}`, it.cell);
  }
  const sorted = (m: Map<string, string>) =>
    [...m.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'cs'));
  return { regions: sorted(regions), kinds: sorted(kinds), cell: (k, r) => cells.get(`${k}\u0000${r}`) };
}

/** Year span as the period query of the tree and the report ("2025" → 2025-01-01 … 2025-12-31). */
export function yearPeriod(yearFrom: number, yearTo = yearFrom): { from: string; to: string } {
  return { from: `${yearFrom}-01-01`, to: `${yearTo}-12-31` };
}

/**
 * The organisation a planning page opens on: the one asked for in the URL, else the first (in the list's order)
 * that has a strategic plan, else the first. A region officer reads many organisations and most have no plans:
 * opening on the first alphabetically would show an empty page.
 */
export function defaultOrganisation<O extends { id: number }>(
  orgs: readonly O[],
  plans: readonly { organisation_id: number }[],
  wanted?: number,
): O | undefined {
  const asked = orgs.find((o) => o.id === wanted);
  if (asked) return asked;
  const withPlans = new Set(plans.map((p) => p.organisation_id));
  return orgs.find((o) => withPlans.has(o.id)) ?? orgs[0];
}
