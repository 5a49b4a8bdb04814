// Pure helpers of the quality pages: heat-table colours, chart options (radar, bars, comparison,
// indicator before/after), and small derived values. Percent values from the API are 0–100.
import { formatDecimal } from '../../lib/format';
import type {
  QActionIndicator,
  QAuditCriterion,
  QFailedCriterion,
  QOverviewRow,
  QScale,
  QScoreComparison,
  QStandard,
  QStandardResult,
} from './types';

/** Heat-table cell colour for a % of maximum: red below 50, amber to 75, green above; grey when unknown. */
export function heatColor(percent: number | null | undefined): { background: string; color: string } {
  if (percent === null || percent === undefined || !Number.isFinite(percent))
    return { background: '#f5f5f5', color: '#8c8c8c' };
  const p = Math.max(0, Math.min(100, percent));
  // hue 0 (red) … 120 (green), lighter in the middle
  const hue = Math.round((p / 100) * 120);
  return { background: `hsl(${hue}, 62%, ${p >= 50 && p < 75 ? 80 : 84}%)`, color: '#1f1f1f' };
}

/** "73 %" for a 0–100 percentage. */
export function formatPct(percent: number | null | undefined, digits = 0): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return '—';
  return `${formatDecimal(percent, digits)}\u00a0%`;
}

/** Signed percentage points: +12,5 p. b. */
export function formatChange(points: number | null | undefined): string {
  if (points === null || points === undefined || !Number.isFinite(points)) return '—';
  const s = formatDecimal(Math.abs(points), 1);
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${s}\u00a0p.\u00a0b.`;
}

export function verdictColor(verdict: string): string {
  return verdict === 'pass'
    ? 'success'
    : verdict === 'fail'
      ? 'error'
      : verdict === 'incomplete'
        ? 'warning'
        : 'default';
}

export function comparisonColor(kind: string): string | undefined {
  return kind === 'improved' ? '#d9f7be' : kind === 'worsened' ? '#ffccc7' : undefined;
}

/** A standard's share for a chart: null when not assessed (nothing scored or nothing applicable), never 0. */
export function assessedPercent(s: Pick<QStandardResult, 'scored' | 'score'>): number | null {
  const p = s.score.percent;
  if (s.scored === 0 || p === null || p === undefined || !Number.isFinite(p)) return null;
  return Math.round(p * 10) / 10;
}

/** The ticks of the radar's scale: 0, 25, 50, 75, 100 %. */
export const RADAR_TICKS = [0, 25, 50, 75, 100] as const;

/**
 * Radar of the standards' % of maximum, with its scale (0–100 %, a tick every 25) labelled on the first
 * axis. Only assessed standards are axes: ECharts would draw a missing value at the centre, i.e. as 0 %;
 * the others are listed beside the chart (notAssessedStandards) and in the tooltip.
 */
export function radarOption(standards: readonly QStandardResult[], seriesName: string, notAssessed = 'neposouzeno') {
  const assessed = standards
    .map((s) => ({ s, value: assessedPercent(s) }))
    .filter((x): x is { s: QStandardResult; value: number } => x.value !== null);
  const tooltipLines = standards.map((s) => {
    const v = assessedPercent(s);
    return `${s.standard}. ${s.name_cs}: ${v === null ? notAssessed : formatPct(v, 1)}`;
  });
  return {
    tooltip: { trigger: 'item', confine: true, formatter: () => tooltipLines.join('<br/>') },
    radar: {
      indicator: assessed.map(({ s }, i) => ({
        name: `${s.standard}`,
        max: 100,
        min: 0,
        ...(i === 0
          ? { axisLabel: { show: true, color: '#8c8c8c', fontSize: 10, formatter: (v: number) => `${v} %` } }
          : {}),
      })),
      splitNumber: RADAR_TICKS.length - 1,
      radius: '68%',
      axisName: { color: '#434343' },
    },
    series: [
      {
        type: 'radar',
        name: seriesName,
        areaStyle: { opacity: 0.2 },
        itemStyle: { color: '#1f6f5c' },
        data: [{ name: seriesName, value: assessed.map((x) => x.value) }],
      },
    ],
  };
}

/** The standards with nothing assessed ("2. Ochrana práv osob"), listed beside the radar instead of a 0. */
export function notAssessedStandards(standards: readonly QStandardResult[]): string[] {
  return standards.filter((s) => assessedPercent(s) === null).map((s) => `${s.standard}. ${s.name_cs}`);
}

/** "2a *: Poskytovatel má písemně zpracovaná…" shortened to `max` characters with an ellipsis. */
export function shortText(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The most failed criteria as horizontal bars (first = most failed at the top): each bar is labelled
 * with the code and the wording (wrapped, up to 90 characters); the tooltip gives the set, the full
 * wording and failed of assessed.
 */
export function mostFailedOption(
  items: readonly QFailedCriterion[],
  limit = 10,
  labels = { failed: 'nesplněno', essential: 'zásadní kritérium' },
) {
  const rows = [...items]
    .sort((a, b) => b.failed - a.failed || a.code.localeCompare(b.code, 'cs'))
    .slice(0, limit)
    .reverse();
  const label = (r: QFailedCriterion) => `${r.set_code} ${r.code}${r.essential ? ' *' : ''}`;
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      extraCssText: 'max-width: 420px; white-space: normal;',
      formatter: (params: Array<{ dataIndex: number }>) => {
        const r = rows[params[0]?.dataIndex ?? 0];
        if (!r) return '';
        return `<strong>${escapeHtml(label(r))}</strong>${r.essential ? ` (${escapeHtml(labels.essential)})` : ''}<br/>${escapeHtml(r.text_cs)}<br/>${escapeHtml(labels.failed)}: ${r.failed} / ${r.assessed}`;
      },
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      // the code and the wording, wrapped (wordings often begin alike: a cut would leave identical stubs)
      data: rows.map((r) => (r.text_cs ? `${r.code}${r.essential ? ' *' : ''} ${shortText(r.text_cs, 90)}` : label(r))),
      axisTick: { show: false },
      axisLabel: { width: 300, overflow: 'break', lineHeight: 13, fontSize: 11 },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => ({ value: r.failed, itemStyle: { color: r.essential ? '#cf1322' : '#d46b08' } })),
        barMaxWidth: 24,
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** The most-failed chart's height for its bars (each label wraps to up to three lines). */
export function mostFailedHeight(bars: number): number {
  return Math.max(200, bars * 46 + 40);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Previous and current % per standard side by side. */
export function comparisonOption(rows: readonly QScoreComparison[], labels: { previous: string; current: string }) {
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map((r) => String(r.standard)) },
    yAxis: { type: 'value', max: 100 },
    series: [
      {
        type: 'bar',
        name: labels.previous,
        data: rows.map((r) => r.previous_percent ?? null),
        itemStyle: { color: '#bfbfbf' },
      },
      {
        type: 'bar',
        name: labels.current,
        data: rows.map((r) => r.current_percent ?? null),
        itemStyle: { color: '#1f6f5c' },
      },
    ],
  };
}

/** The indicator values over rounds: grey before the action, green after it. */
export function indicatorOption(ind: QActionIndicator) {
  const value = (p: QActionIndicator['points'][number]) =>
    p.value === null || p.value === undefined ? null : Math.round(p.value * 100) / 100;
  const lastBefore = ind.points.map((p) => p.when).lastIndexOf('before');
  return {
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { show: false },
    xAxis: { type: 'category', data: ind.points.map((p) => p.round_name || p.period) },
    yAxis: { type: 'value', scale: true, name: ind.unit, axisLabel: { formatter: (v: number) => formatDecimal(v) } },
    series: [
      {
        type: 'line',
        name: 'before',
        connectNulls: true,
        symbolSize: 8,
        itemStyle: { color: '#8c8c8c' },
        lineStyle: { color: '#8c8c8c' },
        data: ind.points.map((p) => (p.when === 'before' ? value(p) : null)),
      },
      {
        type: 'line',
        name: 'after',
        connectNulls: true,
        symbolSize: 8,
        itemStyle: { color: '#1f6f5c' },
        lineStyle: { color: '#1f6f5c' },
        // starts at the last value before, so the two lines join
        data: ind.points.map((p, i) => (p.when === 'after' || i === lastBefore ? value(p) : null)),
      },
    ],
  };
}

/** Scoring progress: criteria with a level (including N/A) of all. */
export function scoringProgress(criteria: readonly Pick<QAuditCriterion, 'level_code'>[]): {
  scored: number;
  total: number;
} {
  return { scored: criteria.filter((c) => c.level_code !== '').length, total: criteria.length };
}

/** The criteria without a level yet (not even N/A), in the audit's order: what closing would leave unscored. */
export function unscoredCriteria<T extends Pick<QAuditCriterion, 'level_code' | 'code' | 'text_cs' | 'essential'>>(
  criteria: readonly T[],
): T[] {
  return criteria.filter((c) => c.level_code === '');
}

/**
 * The heat table's standard columns: the standards some row has a share of (all of them when there are
 * no rows), each with its index into standard_percents and a header "1. Cíle a způsoby…" (full name in
 * the tooltip).
 */
export function heatColumns(
  standards: readonly Pick<QStandard, 'number' | 'name_cs'>[],
  rows: readonly Pick<QOverviewRow, 'standard_percents'>[],
  nameLength = 24,
) {
  return standards
    .map((s, index) => ({
      index,
      number: s.number,
      name: s.name_cs,
      short: shortText(s.name_cs, nameLength),
      title: `${s.number}. ${s.name_cs}`,
    }))
    .filter(({ index }) => !rows.length || rows.some((r) => r.standard_percents[index] != null));
}

/** Criteria grouped by standard number, in order. */
export function groupByStandard<T extends { standard: number }>(criteria: readonly T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const c of [...criteria].sort((a, b) => a.standard - b.standard))
    m.set(c.standard, [...(m.get(c.standard) ?? []), c]);
  return m;
}

/** A level's label in the UI language. */
export function levelLabel(scale: QScale, code: string, lang: string): string {
  const l = scale.levels.find((x) => x.code === code);
  if (!l) return code;
  return (lang === 'en' ? l.label_en : l.label_cs) || l.label_cs || code;
}
