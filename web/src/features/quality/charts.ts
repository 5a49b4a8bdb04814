// Pure helpers of the quality pages: heat-table colours, chart options (radar, bars, comparison,
// indicator before/after), and small derived values. Percent values from the API are 0–100.
import { formatDecimal } from '../../lib/format';
import type { QActionIndicator, QAuditCriterion, QFailedCriterion, QScale, QScoreComparison, QStandardResult } from './types';

/** Heat-table cell colour for a % of maximum: red below 50, amber to 75, green above; grey when unknown. */
export function heatColor(percent: number | null | undefined): { background: string; color: string } {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return { background: '#f5f5f5', color: '#8c8c8c' };
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
  return verdict === 'pass' ? 'success' : verdict === 'fail' ? 'error' : verdict === 'incomplete' ? 'warning' : 'default';
}

export function comparisonColor(kind: string): string | undefined {
  return kind === 'improved' ? '#d9f7be' : kind === 'worsened' ? '#ffccc7' : undefined;
}

/** Radar of the standards' % of maximum (a standard with nothing applicable counts 0 and is marked). */
export function radarOption(standards: readonly QStandardResult[], seriesName: string) {
  return {
    tooltip: { trigger: 'item' },
    radar: {
      indicator: standards.map((s) => ({ name: `${s.standard}`, max: 100 })),
      radius: '68%',
      axisName: { color: '#434343' },
    },
    series: [
      {
        type: 'radar',
        name: seriesName,
        areaStyle: { opacity: 0.2 },
        itemStyle: { color: '#1f6f5c' },
        data: [{ name: seriesName, value: standards.map((s) => Math.round((s.score.percent ?? 0) * 10) / 10) }],
      },
    ],
  };
}

/** The most failed criteria as horizontal bars (first = most failed at the top). */
export function mostFailedOption(items: readonly QFailedCriterion[], limit = 10) {
  const rows = [...items].sort((a, b) => b.failed - a.failed || a.code.localeCompare(b.code, 'cs')).slice(0, limit).reverse();
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => `${r.set_code} ${r.code}${r.essential ? ' *' : ''}`), axisTick: { show: false } },
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

/** Previous and current % per standard side by side. */
export function comparisonOption(rows: readonly QScoreComparison[], labels: { previous: string; current: string }) {
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map((r) => String(r.standard)) },
    yAxis: { type: 'value', max: 100 },
    series: [
      { type: 'bar', name: labels.previous, data: rows.map((r) => r.previous_percent ?? null), itemStyle: { color: '#bfbfbf' } },
      { type: 'bar', name: labels.current, data: rows.map((r) => r.current_percent ?? null), itemStyle: { color: '#1f6f5c' } },
    ],
  };
}

/** The indicator values over rounds: grey before the action, green after it. */
export function indicatorOption(ind: QActionIndicator) {
  const value = (p: QActionIndicator['points'][number]) => (p.value === null || p.value === undefined ? null : Math.round(p.value * 100) / 100);
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
export function scoringProgress(criteria: readonly Pick<QAuditCriterion, 'level_code'>[]): { scored: number; total: number } {
  return { scored: criteria.filter((c) => c.level_code !== '').length, total: criteria.length };
}

/** Criteria grouped by standard number, in order. */
export function groupByStandard<T extends { standard: number }>(criteria: readonly T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const c of [...criteria].sort((a, b) => a.standard - b.standard)) m.set(c.standard, [...(m.get(c.standard) ?? []), c]);
  return m;
}

/** A level's label in the UI language. */
export function levelLabel(scale: QScale, code: string, lang: string): string {
  const l = scale.levels.find((x) => x.code === code);
  if (!l) return code;
  return (lang === 'en' ? l.label_en : l.label_cs) || l.label_cs || code;
}
