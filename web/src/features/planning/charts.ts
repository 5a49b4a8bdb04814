// Chart options of the planning pages (drawn by components/charts/Chart.tsx): an indicator's history against
// its target, a client's GAS T-score over time, a ladder assessment as a radar, and the regional outcomes.
import type { EChartsCoreOption } from 'echarts/core';
import { formatDate, formatDecimal } from '../../lib/format';
import type { ClientLadder, IndicatorWithValues, OutcomeCell, RegionalOutcome } from './types';

const DATE_AXIS = { type: 'category' as const };

/** One indicator's recorded values over time, with its target (and baseline) as lines. */
export function indicatorHistoryOption(
  ind: Pick<IndicatorWithValues, 'name' | 'unit' | 'target' | 'baseline' | 'history'>,
  labels: { value: string; target: string; baseline: string },
): EChartsCoreOption {
  const points = [...ind.history].filter((h) => h.value !== null).sort((a, b) => a.held_on.localeCompare(b.held_on));
  const markLines: { name: string; yAxis: number; lineStyle: { type: string; color: string } }[] = [];
  if (ind.target !== null && ind.target !== undefined)
    markLines.push({ name: labels.target, yAxis: ind.target, lineStyle: { type: 'dashed', color: '#1f6f5c' } });
  if (ind.baseline !== null && ind.baseline !== undefined)
    markLines.push({ name: labels.baseline, yAxis: ind.baseline, lineStyle: { type: 'dotted', color: '#999' } });
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatDecimal(typeof v === 'number' ? v : null) },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { ...DATE_AXIS, data: points.map((p) => formatDate(p.held_on)) },
    yAxis: {
      type: 'value',
      name: ind.unit,
      scale: true,
      axisLabel: { formatter: (v: number) => formatDecimal(v) },
    },
    series: [
      {
        name: labels.value,
        type: 'line',
        data: points.map((p) => p.value),
        symbolSize: 8,
        markLine: markLines.length
          ? {
              symbol: 'none',
              label: { formatter: (p: { name: string }) => p.name, position: 'insideEndTop' },
              data: markLines,
            }
          : undefined,
      },
    ],
  };
}

/** A client's GAS T-score at each review; 50 (the expected outcome) as a line. */
export function tScoreOption(
  history: readonly { held_on: string; t: number | null }[],
  labels: { t: string; expected: string },
): EChartsCoreOption {
  const points = history.filter((h) => h.t !== null).sort((a, b) => a.held_on.localeCompare(b.held_on));
  // 20–80 covers the usual T-scores; ratings of −3 (worse than at the start) or many +2 go beyond: widen the
  // axis to whole tens so no point is drawn off the chart.
  const ts = points.map((p) => p.t as number);
  const yMin = Math.min(20, Math.floor(Math.min(...ts, 20) / 10) * 10);
  const yMax = Math.max(80, Math.ceil(Math.max(...ts, 80) / 10) * 10);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatDecimal(typeof v === 'number' ? v : null, 1) },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { ...DATE_AXIS, data: points.map((p) => formatDate(p.held_on)) },
    yAxis: { type: 'value', min: yMin, max: yMax, axisLabel: { formatter: (v: number) => formatDecimal(v) } },
    series: [
      {
        name: labels.t,
        type: 'line',
        data: points.map((p) => p.t),
        symbolSize: 8,
        markLine: {
          symbol: 'none',
          label: { formatter: labels.expected, position: 'insideEndTop' },
          data: [{ yAxis: 50, lineStyle: { type: 'dashed', color: '#1f6f5c' } }],
        },
      },
    ],
  };
}

/** Breaks a label into lines of at most `max` characters at spaces (a longer word stays whole on its line). */
export function wrapLabel(text: string, max: number): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length ? lines[lines.length - 1] : undefined;
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** One ladder assessment (and, faded, the first one for comparison) as a radar over the ladder's areas. */
export function ladderRadarOption(l: ClientLadder, assessmentId: number, labels: { first: string }): EChartsCoreOption {
  const sorted = [...l.assessments].sort((a, b) => a.assessed_on.localeCompare(b.assessed_on));
  const current = sorted.find((a) => a.id === assessmentId);
  const first = sorted[0];
  const valuesOf = (a: (typeof sorted)[number]) =>
    l.ladder.areas.map((area) => a.values.find((v) => v.area_id === area.id)?.value ?? l.ladder.scale_min);
  const data: { name: string; value: number[]; lineStyle?: object; areaStyle?: object; itemStyle?: object }[] = [];
  if (first && current && first.id !== current.id)
    data.push({
      name: `${labels.first} (${formatDate(first.assessed_on)})`,
      value: valuesOf(first),
      lineStyle: { type: 'dashed', color: '#aaa' },
      itemStyle: { color: '#aaa' },
    });
  if (current)
    data.push({ name: formatDate(current.assessed_on), value: valuesOf(current), areaStyle: { opacity: 0.2 } });
  return {
    tooltip: {},
    legend: { bottom: 0 },
    radar: {
      indicator: l.ladder.areas.map((a) => ({ name: a.name, min: l.ladder.scale_min, max: l.ladder.scale_max })),
      // Area names on two or three short lines and a smaller radius, so the names beside the radar are not
      // cut off on a phone.
      radius: '50%',
      axisName: { formatter: (name: string) => wrapLabel(name, 12), fontSize: 11, lineHeight: 14 },
    },
    series: [{ type: 'radar', data }],
  };
}

export type RegionalMetric = 'share_attained' | 'mean_t' | 'mean_ladder_change';

/** Bars of one measure per service kind, one series per region; suppressed cells have no bar. */
export function regionalOption(items: readonly RegionalOutcome[], metric: RegionalMetric): EChartsCoreOption {
  const kinds = [...new Map(items.map((i) => [i.kind_code, i.kind_name])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1], 'cs'),
  );
  const regions = [...new Map(items.map((i) => [i.region_code, i.region_name])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1], 'cs'),
  );
  const valueOf = (c: OutcomeCell | undefined) => {
    if (!c || c.suppressed) return null;
    const v = c[metric];
    return v === null || v === undefined ? null : metric === 'share_attained' ? v * 100 : v;
  };
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatDecimal(typeof v === 'number' ? v : null, 1) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: kinds.map((k) => k[1]),
      axisLabel: { interval: 0, width: 140, overflow: 'break', lineHeight: 15 },
    },
    yAxis: {
      type: 'value',
      axisLabel: {
        formatter: (v: number) => (metric === 'share_attained' ? `${formatDecimal(v)} %` : formatDecimal(v)),
      },
    },
    series: regions.map(([code, name]) => ({
      name,
      type: 'bar',
      data: kinds.map(([k]) => valueOf(items.find((i) => i.kind_code === k && i.region_code === code)?.cell)),
    })),
  };
}
