// Pure data shaping of the care pages: chart options (supervision hours, staffing ratio, capacity over
// time, inclusion indicator trends), parsing of the forms' text fields, and milestone counts.
import { formatDecimal } from '../../../lib/format';
import type { EChartsCoreOption } from 'echarts/core';

/** Values on an axis with a decimal comma (ECharts writes "0.5" in both languages). */
export const CZECH_VALUE_LABELS = { formatter: (v: number) => formatDecimal(v) };

export interface NamedHours {
  name: string;
  hours: number;
}

/** Horizontal bars of hours (workers or teams), largest first. */
export function hoursBarOption(rows: NamedHours[], unit: string): EChartsCoreOption {
  const sorted = [...rows].sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name, 'cs'));
  const shown = sorted.reverse(); // ECharts draws the first category at the bottom
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: unit, axisLabel: CZECH_VALUE_LABELS },
    yAxis: { type: 'category', data: shown.map((r) => r.name) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        data: shown.map((r) => r.hours),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatDecimal(p.value) },
      },
    ],
  };
}

/**
 * Participants typed one per line as "Name; Team" (or "Name, Team" / "Name – Team"); empty lines are
 * skipped, spaces collapsed. Returns the list and the numbers of lines without a name.
 */
export function parseParticipants(text: string): { participants: { name: string; team: string }[]; bad: number[] } {
  const participants: { name: string; team: string }[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const [rawName, ...rest] = line.split(/[;,]| – | - /);
    const name = (rawName ?? '').replace(/\s+/g, ' ').trim();
    const team = rest.join(' ').replace(/\s+/g, ' ').trim();
    if (!name) bad.push(i + 1);
    else participants.push({ name, team });
  });
  return { participants, bad };
}

export function formatParticipants(list: { name: string; team: string }[]): string {
  return list.map((p) => (p.team ? `${p.name}; ${p.team}` : p.name)).join('\n');
}

/** "3;2" or "3, 2" or "3 2" → [3, 2]; null when a part is not a whole number 1–99 or nothing is given. */
export function parseHouseholdSizes(text: string): number[] | null {
  const parts = text.split(/[;,\s]+/).filter((p) => p !== '');
  if (!parts.length) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,2}$/.test(p)) return null;
    const n = Number(p);
    if (n < 1) return null;
    out.push(n);
  }
  return out;
}

/**
 * Labels of a time axis written the Czech way in both languages (ECharts would write "Apr", "Jul" in
 * English): years as "2024", months as "4/2024", days as "1. 4.".
 */
export const TIME_AXIS_LABELS = {
  hideOverlap: true,
  formatter: {
    year: '{yyyy}',
    month: '{M}/{yyyy}',
    day: '{d}. {M}.',
    hour: '{d}. {M}.',
    minute: '{d}. {M}.',
    second: '{d}. {M}.',
    millisecond: '{d}. {M}.',
  },
} as const;

export interface DatedValue {
  date: string;
  value: number | null;
}

/** Staffing over time: cases (or children) per FTE of each snapshot, with the norm as a dashed line. */
export function staffingOption(
  points: { as_of: string; ratio: number | null | undefined }[],
  norm: number | null | undefined,
  labels: { ratio: string; norm: string },
): EChartsCoreOption {
  const series: Record<string, unknown>[] = [
    {
      name: labels.ratio,
      type: 'line',
      data: points.map((p) => [p.as_of, p.ratio ?? null]),
      connectNulls: false,
      symbolSize: 8,
    },
  ];
  if (norm != null && points.length) {
    series.push({
      name: labels.norm,
      type: 'line',
      symbol: 'none',
      lineStyle: { type: 'dashed' },
      data: [
        [points[0].as_of, norm],
        [points[points.length - 1].as_of, norm],
      ],
    });
  }
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'time', axisLabel: TIME_AXIS_LABELS },
    yAxis: { type: 'value', axisLabel: CZECH_VALUE_LABELS },
    series,
  };
}

/** Capacity of the institution: planned steps, actual steps and the target. */
export function capacityOption(
  planned: { date: string; capacity: number }[],
  actual: { date: string; capacity: number }[],
  target: { date: string; capacity: number },
  labels: { planned: string; actual: string; target: string },
): EChartsCoreOption {
  const line = (pts: { date: string; capacity: number }[]) => pts.map((p) => [p.date, p.capacity]);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'time', axisLabel: TIME_AXIS_LABELS },
    yAxis: { type: 'value', min: 0, axisLabel: CZECH_VALUE_LABELS },
    series: [
      { name: labels.planned, type: 'line', step: 'end', data: line(planned), lineStyle: { type: 'dashed' } },
      { name: labels.actual, type: 'line', step: 'end', data: line(actual), symbolSize: 8 },
      { name: labels.target, type: 'scatter', data: [[target.date, target.capacity]], symbolSize: 12 },
    ],
  };
}

export interface IndicatorDef {
  id: number;
  code: string;
  name: string;
  unit: string;
  direction: string;
}
export interface IndicatorValue {
  indicator_id: number;
  period: string;
  value: number;
}

/** Sorted distinct periods and one series per indicator that has values (null where a period is missing). */
export function indicatorTrend(defs: IndicatorDef[], values: IndicatorValue[]) {
  const periods = [...new Set(values.map((v) => v.period))].sort();
  const series = defs
    .map((d) => ({
      indicator: d,
      data: periods.map((p) => values.find((v) => v.indicator_id === d.id && v.period === p)?.value ?? null),
    }))
    .filter((s) => s.data.some((v) => v !== null));
  return { periods, series };
}

/** The trend split by unit: one chart per unit, so that percentages, counts per month and cases per
 *  year never share an axis. Units in the order the indicators come. */
export function trendsByUnit(trend: ReturnType<typeof indicatorTrend>) {
  const groups = new Map<string, ReturnType<typeof indicatorTrend>['series']>();
  for (const s of trend.series) groups.set(s.indicator.unit, [...(groups.get(s.indicator.unit) ?? []), s]);
  return [...groups.entries()].map(([unit, series]) => ({ unit, periods: trend.periods, series }));
}

/** One unit's chart: its own axis, named by the unit, values in Czech. */
export function indicatorTrendOption(group: ReturnType<typeof trendsByUnit>[number]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => indicatorValueText(typeof v === 'number' ? v : null) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: group.periods },
    yAxis: {
      type: 'value',
      name: group.unit,
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (v: number) => formatDecimal(v) },
    },
    series: group.series.map((s) => ({
      name: s.indicator.name,
      type: 'line',
      data: s.data,
      connectNulls: false,
      symbolSize: 8,
    })),
  };
}

/** A value in the table: Czech decimals, whole numbers without a decimal part ("35", "1,2"), "—" for none. */
export function indicatorValueText(value: number | null | undefined): string {
  return formatDecimal(value, 2);
}

/** Whether a value's change from the first to the last period is an improvement for the indicator. */
export function trendDirection(direction: string, data: (number | null)[]): 'better' | 'worse' | 'same' | 'unknown' {
  const known = data.filter((v): v is number => v !== null);
  if (known.length < 2 || direction === 'none') return 'unknown';
  const diff = known[known.length - 1] - known[0];
  if (diff === 0) return 'same';
  return diff > 0 === (direction === 'higher') ? 'better' : 'worse';
}

export function thisYear(now = new Date()): number {
  return now.getFullYear();
}

/**
 * Providers the supervision page offers: the caller's own providers first, then those of the records it
 * may read (both readable, so the preselected one never answers 404).
 */
export function supervisionProviders(
  records: { provider_org_id: number; provider_name: string }[],
  memberships: { organisation_id: number; organisation_name: string; organisation_type: string }[],
): { id: number; name: string }[] {
  const m = new Map<number, string>();
  for (const ms of memberships)
    if (ms.organisation_type === 'provider') m.set(ms.organisation_id, ms.organisation_name);
  for (const r of records) if (!m.has(r.provider_org_id)) m.set(r.provider_org_id, r.provider_name);
  return [...m.entries()].map(([id, name]) => ({ id, name }));
}

/** The kind the page opens on: supervision when the provider has one in the year, else every kind
 * (an external consultation alone would otherwise show as "no records"). */
export function defaultSupervisionKind(
  records: { provider_org_id: number; held_on: string; kind: string }[],
  provider: number | undefined,
  year: number,
): 'supervision' | 'all' {
  const inYear = records.filter((r) => r.provider_org_id === provider && r.held_on.startsWith(`${year}-`));
  return inYear.length && !inYear.some((r) => r.kind === 'supervision') ? 'all' : 'supervision';
}

/** The year the page opens on: the latest year with a record of the provider, else the current year. */
export function latestRecordYear(
  records: { provider_org_id: number; held_on: string }[],
  provider: number | undefined,
  fallback: number,
): number {
  let latest = 0;
  for (const r of records) {
    const y = Number(r.held_on.slice(0, 4));
    if (r.provider_org_id === provider && Number.isInteger(y) && y > latest) latest = y;
  }
  return latest || fallback;
}

/** Workers of a staffing snapshot typed as "position; FTE" per line (decimal comma allowed); bad line numbers. */
export function parseWorkers(text: string) {
  const workers: { name: string; job: string; fte: number }[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const [job, fte] = line.split(';').map((x) => x.trim());
    const n = Number((fte ?? '').replace(',', '.'));
    if (!job || !(n > 0) || n > 1.5) bad.push(i + 1);
    else workers.push({ name: '', job, fte: n });
  });
  return { workers, bad };
}

/** The records the kind filter shows: all of them, or those of the one kind (as the hours and the CSV export). */
export function recordsOfKind<T extends { kind: string }>(
  records: T[],
  kind: 'supervision' | 'consultation' | 'all',
): T[] {
  return kind === 'all' ? records : records.filter((r) => r.kind === kind);
}

/**
 * Whether the plans' list links to the region's inclusion indicators: the page shows the indicators of the
 * caller's own region (or, for the platform administrator, of any region); others would find it empty.
 */
export function seesRegionIndicators(user: {
  platform_admin: boolean;
  memberships: readonly { organisation_type: string }[];
}): boolean {
  return user.platform_admin || user.memberships.some((m) => m.organisation_type === 'region');
}
