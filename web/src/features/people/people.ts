// Pure logic of the people module: requirement states, tabs by role, the run-plan preview, and the chart options
// (the project's Gantt chart, budget against spending, feedback means). No React, no server; unit-tested.
import { addDays, formatDate, formatDecimal, formatNumber } from '../../lib/format';
import type {
  Activity,
  BudgetLine,
  CategoryBudget,
  FeedbackSummary,
  LecturerFeedback,
  RequirementSummary,
  RunPlanInput,
} from './types';

/** Codes the server sends, each with a translation (people.category.*, people.sessionState.* …). */
export const CATEGORIES = ['social_worker', 'social_services_worker', 'ospod', 'manager', 'other'] as const;
export const SESSION_STATES = ['planned', 'open', 'held', 'cancelled'] as const;
export const REGISTRATION_STATES = ['registered', 'waiting', 'cancelled', 'attended', 'absent'] as const;
export const TRAINING_KINDS = ['accredited_course', 'in_house', 'other'] as const;
export const MEETING_STATES = ['planned', 'held', 'cancelled'] as const;
export const ACTION_STATES = ['open', 'done', 'dropped'] as const;
export const PARTNER_KINDS = ['court', 'police', 'school', 'health', 'ngo', 'municipality', 'other'] as const;
export const BUDGET_CATEGORIES = [
  'personnel',
  'travel',
  'services',
  'equipment',
  'training',
  'publicity',
  'indirect',
  'other',
] as const;
export const LINK_KINDS = [
  'audit',
  'training_session',
  'strategic_plan',
  'operational_plan',
  'meeting',
  'benchmark_round',
  'supervision',
] as const;
export const SCHEDULE_STATES = ['not_started', 'running', 'ended'] as const;
export const FEEDBACK_QUESTIONS = [
  'content_rating',
  'lecturer_rating',
  'usefulness_rating',
  'organisation_rating',
] as const;
export const ABSENCE_READINGS = ['one_twelfth_once', 'whole_months', 'started_months'] as const;

/** A code's translation key when the code is known, else null (the raw code is then shown as it came). */
export function codeKey(group: string, known: readonly string[], code: string): string | null {
  return known.includes(code) ? `people.${group}.${code}` : null;
}

// ---- the requirement ----

export type RequirementState = 'none' | 'met' | 'planned' | 'short';

/**
 * none: no duty this year; met: counted covers the required hours; planned: short now, but the registered
 * sessions cover the rest; short: short even with what is planned.
 */
export function requirementState(r: RequirementSummary | null | undefined): RequirementState {
  if (!r || r.required_hours <= 0) return 'none';
  if (r.shortfall_hours <= 1e-9) return 'met';
  if (r.planned_hours + 1e-9 >= r.shortfall_hours) return 'planned';
  return 'short';
}

/** Share of the requirement met (0–1), null without a duty. */
export function requirementShare(r: RequirementSummary | null | undefined): number | null {
  if (!r || r.required_hours <= 0) return null;
  return Math.min(1, r.counted_hours / r.required_hours);
}

export interface RequirementTotals {
  workers: number;
  withDuty: number;
  short: number;
  shortfall: number;
}
export function requirementTotals(rows: readonly (RequirementSummary | null | undefined)[]): RequirementTotals {
  let withDuty = 0;
  let short = 0;
  let shortfall = 0;
  for (const r of rows) {
    if (!r || r.required_hours <= 0) continue;
    withDuty += 1;
    if (r.shortfall_hours > 1e-9) {
      short += 1;
      shortfall += r.shortfall_hours;
    }
  }
  return { workers: rows.length, withDuty, short, shortfall: Math.round(shortfall * 1e6) / 1e6 };
}

/** "3,5 h" */
export function hours(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatDecimal(value, 2)}\u00a0h`;
}

/**
 * The hours a worker's Kvalis session stands for on the worker page: counted when attended, planned (the module's
 * hours) while registered or waiting, none when absent or cancelled.
 */
export function workerSessionHours(state: string, value: number): { hours: number | null; planned: boolean } {
  if (state === 'attended') return { hours: value, planned: false };
  if (state === 'registered' || state === 'waiting') return { hours: value, planned: true };
  return { hours: null, planned: false };
}

/** Whether a date (YYYY-MM-DD) is before today (an appraisal or review overdue). */
export function isPast(date: string | null | undefined, today: string): boolean {
  return !!date && date < today;
}

// ---- tabs ----

export interface PeopleTab {
  key: 'staff' | 'regional' | 'catalogue' | 'sessions' | 'cooperation' | 'projects';
  path: string;
  also?: readonly string[];
}
export const PEOPLE_TABS: readonly PeopleTab[] = [
  { key: 'staff', path: '/people', also: ['/people/workers'] },
  { key: 'regional', path: '/people/regional' },
  { key: 'catalogue', path: '/people/training' },
  { key: 'sessions', path: '/people/sessions' },
  { key: 'cooperation', path: '/people/cooperation' },
  { key: 'projects', path: '/people/projects' },
];

export interface TabUser {
  platform_admin: boolean;
  memberships: readonly { organisation_type: string; role: string }[];
}

/** Whether the user is only an external evaluator somewhere: they read projects, never staff records. */
export function evaluatorOnly(user: TabUser): boolean {
  return !user.platform_admin && user.memberships.length > 0 && user.memberships.every((m) => m.role === 'evaluator');
}

/**
 * The region's aggregate view for region staff and the platform administrator; staff for everyone but an
 * external evaluator (who sees no staff records); the rest for every reader.
 */
export function visibleTabs(user: TabUser): PeopleTab[] {
  const region = user.platform_admin || user.memberships.some((m) => m.organisation_type === 'region');
  const evaluator = evaluatorOnly(user);
  return PEOPLE_TABS.filter((t) => (t.key !== 'regional' || region) && (t.key !== 'staff' || !evaluator));
}

export function peopleTabForPath(pathname: string): PeopleTab['key'] {
  let best: { key: PeopleTab['key']; len: number } = { key: 'staff', len: 0 };
  for (const tab of PEOPLE_TABS)
    for (const p of [tab.path, ...(tab.also ?? [])])
      if ((pathname === p || pathname.startsWith(`${p}/`)) && p.length > best.len)
        best = { key: tab.key, len: p.length };
  return best.key;
}

/**
 * The organisations a user may organise training for: memberships as administrator or manager, then the
 * organisations the people list marks as managed (the platform administrator's), each once, by name.
 */
export function moduleOrganisers(
  memberships: readonly { organisation_id: number; organisation_name: string; role: string }[],
  managed: readonly { id: number; name: string; can_manage: boolean }[],
): { id: number; name: string }[] {
  const out = new Map<number, string>();
  for (const m of memberships)
    if (m.role === 'admin' || m.role === 'manager') out.set(m.organisation_id, m.organisation_name);
  for (const o of managed) if (o.can_manage && !out.has(o.id)) out.set(o.id, o.name);
  return [...out].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'cs'));
}

/**
 * The organisations of the cooperation and project pages: the caller's memberships outside the region (managing
 * as administrator or manager), the organisations whose people it sees, then the owners of the meetings and
 * projects it reads (a region's officer, an evaluator); each once, by name.
 */
export function cooperationOrganisations(
  memberships: readonly {
    organisation_id: number;
    organisation_name: string;
    organisation_type: string;
    role: string;
  }[],
  people: readonly { id: number; name: string; type: string; can_manage: boolean }[],
  owned: readonly { organisation_id: number; organisation_name: string }[],
): { id: number; name: string; type: string; can_manage: boolean }[] {
  const out = new Map<number, { id: number; name: string; type: string; can_manage: boolean }>();
  for (const m of memberships)
    if (m.organisation_type !== 'region')
      out.set(m.organisation_id, {
        id: m.organisation_id,
        name: m.organisation_name,
        type: m.organisation_type,
        can_manage: m.role === 'admin' || m.role === 'manager',
      });
  for (const o of people)
    if (o.type !== 'region') out.set(o.id, { ...o, can_manage: o.can_manage || !!out.get(o.id)?.can_manage });
  for (const x of owned)
    if (!out.has(x.organisation_id))
      out.set(x.organisation_id, { id: x.organisation_id, name: x.organisation_name, type: '', can_manage: false });
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'cs'));
}

// ---- run plan ----

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${ny}-${p(nm)}-${p(Math.min(d, last))}`;
}

export interface RunPlanCell {
  place: string;
  run: number;
  held_on: string;
}

/** The places that count: trimmed, non-empty, each once. */
export function cleanPlaces(places: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of places.map((x) => x.trim())) if (p && !out.includes(p)) out.push(p);
  return out;
}

/**
 * What a run plan will create (as the server plans it): run by run, place by place, the k-th session
 * (k = run × places + place) interval_days × k after the first date. The preview shown before sending.
 */
export function runPlanPreview(
  input: Pick<RunPlanInput, 'places' | 'runs_per_place' | 'first_date' | 'interval_days'>,
): RunPlanCell[] {
  const places = cleanPlaces(input.places);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.first_date) || input.runs_per_place < 1) return [];
  const cells: RunPlanCell[] = [];
  const step = Math.max(0, input.interval_days ?? 0);
  for (let r = 0; r < input.runs_per_place; r++)
    places.forEach((place, p) =>
      cells.push({ place, run: r + 1, held_on: addDays(input.first_date, (r * places.length + p) * step) }),
    );
  return cells;
}

/** The dates of a meeting series (the quarterly plan): count dates every_months apart. */
export function meetingSeries(firstOn: string, everyMonths: number, count: number): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstOn) || count < 1 || everyMonths < 1) return [];
  return Array.from({ length: count }, (_, i) => addMonths(firstOn, i * everyMonths));
}

/** Free places of a session (never below zero). */
export function freePlaces(s: { capacity: number; registered: number }): number {
  return Math.max(0, s.capacity - s.registered);
}

// ---- charts ----

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The project's schedule as a Gantt chart: one row per activity, a bar from its start to its end drawn as a
 * stacked bar over a time-valued axis (an invisible bar up to the start, the visible one for the duration).
 */
export function ganttOption(activities: readonly Activity[], today?: string) {
  const rows = [...activities].filter((a) => a.starts_on && a.ends_on).reverse();
  const min = rows.length ? Math.min(...rows.map((a) => ms(a.starts_on))) : 0;
  const max = rows.length ? Math.max(...rows.map((a) => ms(a.ends_on))) + DAY : 0;
  const label = (a: Activity) => (a.code ? `${a.code} ${a.title}` : a.title);
  const markLine =
    today && rows.length && ms(today) >= min && ms(today) <= max
      ? {
          symbol: 'none',
          silent: true,
          label: { show: false },
          lineStyle: { color: '#c0392b', type: 'dashed' },
          data: [{ xAxis: ms(today) }],
        }
      : undefined;
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number; seriesIndex: number }) => {
        const a = rows[p.dataIndex];
        return a ? `${label(a)}<br/>${formatDate(a.starts_on)} – ${formatDate(a.ends_on)}` : '';
      },
    },
    xAxis: {
      type: 'value',
      min,
      max,
      axisLabel: { formatter: (v: number) => formatDate(new Date(v).toISOString().slice(0, 10)), hideOverlap: true },
      splitLine: { show: true },
    },
    yAxis: {
      type: 'category',
      data: rows.map(label),
      axisTick: { show: false },
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        stack: 'gantt',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: rows.map((a) => ms(a.starts_on)),
        markLine,
      },
      {
        type: 'bar',
        stack: 'gantt',
        barMaxWidth: 22,
        itemStyle: { color: '#1f6f5c', borderRadius: 3 },
        data: rows.map((a) => ms(a.ends_on) + DAY - ms(a.starts_on)),
      },
    ],
  };
}

export interface BudgetByCategory {
  category: string;
  planned: number;
  spent: number;
}

/** Budget lines summed per category, in the order of BUDGET_CATEGORIES (unknown categories last). */
export function budgetByCategory(lines: readonly BudgetLine[]): BudgetByCategory[] {
  const map = new Map<string, BudgetByCategory>();
  for (const l of lines) {
    const c = map.get(l.category) ?? { category: l.category, planned: 0, spent: 0 };
    c.planned += l.planned;
    c.spent += l.spent ?? 0;
    map.set(l.category, c);
  }
  const order = (c: string) => {
    const i = (BUDGET_CATEGORIES as readonly string[]).indexOf(c);
    return i < 0 ? BUDGET_CATEGORIES.length : i;
  };
  return [...map.values()].sort((a, b) => order(a.category) - order(b.category));
}

/** Budget against spending per category: two bars per category (labels already translated). */
export function budgetOption(
  rows: readonly { label: string; planned: number; spent: number }[],
  names: { planned: string; spent: string },
) {
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => `${formatNumber(Number(v))} Kč`,
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { interval: 0, rotate: rows.length > 4 ? 30 : 0 },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: [
      { name: names.planned, type: 'bar', data: rows.map((r) => r.planned), itemStyle: { color: '#9fb8ad' } },
      { name: names.spent, type: 'bar', data: rows.map((r) => r.spent), itemStyle: { color: '#1f6f5c' } },
    ],
  };
}

/** The monitoring report's budget rows as chart rows (planned, spent cumulatively). */
export function monitoringBudgetRows(rows: readonly CategoryBudget[], label: (c: string) => string) {
  return rows.map((r) => ({ label: label(r.category), planned: r.planned, spent: r.spent_cumulative }));
}

/** Feedback means per question (1–5), one series per lecturer (or one for the whole module). */
export function feedbackOption(
  groups: readonly { name: string; means: FeedbackSummary }[],
  questionLabel: (q: (typeof FEEDBACK_QUESTIONS)[number]) => string,
) {
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : formatDecimal(Number(v), 2)),
    },
    xAxis: { type: 'value', min: 0, max: 5, interval: 1 },
    // the first question on top
    yAxis: { type: 'category', inverse: true, data: FEEDBACK_QUESTIONS.map(questionLabel), axisTick: { show: false } },
    series: groups.map((g) => ({
      name: g.name,
      type: 'bar',
      barMaxWidth: 18,
      data: FEEDBACK_QUESTIONS.map((q) => (g.means.n > 0 ? g.means[q] : null)),
      label: {
        show: true,
        position: 'right',
        formatter: (p: { value: number | null }) => (p.value === null ? '' : formatDecimal(p.value, 1)),
      },
    })),
  };
}

/** The lecturers' rows of a module's feedback, those with answers first, by name. */
export function lecturerGroups(rows: readonly LecturerFeedback[] | undefined) {
  return [...(rows ?? [])]
    .filter((r) => r.results.n > 0)
    .sort((a, b) => a.lecturer.localeCompare(b.lecturer, 'cs'))
    .map((r) => ({ name: r.lecturer || '—', means: r.results, n: r.results.n }));
}

/** Progress of an indicator towards its target (0–1+), null without a target or value. */
export function indicatorProgress(value: number | null | undefined, target: number | null | undefined): number | null {
  if (value === null || value === undefined || !target) return null;
  return value / target;
}
