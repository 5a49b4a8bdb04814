// A service's indicator over rounds against its peers: own value, peer median and the Q1–Q3 band.
import type { BenchmarkTrend } from './types';
import { formatDecimal } from '../../lib/format';
import { unitValueAxis } from '../../lib/chartOptions';

export interface TrendData {
  /** Round labels, oldest first ("2024", "2025 pilot" …). */
  categories: string[];
  own: (number | null)[];
  median: (number | null)[];
  q1: (number | null)[];
  /** Q3 − Q1, stacked on Q1 to draw the band. */
  band: (number | null)[];
  /** Any point has a value (otherwise there is nothing to draw). */
  hasData: boolean;
}

const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function trendData(trend: BenchmarkTrend, pilotLabel: string): TrendData {
  const points = [...trend.points].sort((a, b) => a.period_year - b.period_year || a.round_id - b.round_id);
  const out: TrendData = { categories: [], own: [], median: [], q1: [], band: [], hasData: false };
  for (const p of points) {
    out.categories.push(p.round_kind === 'pilot' ? `${p.period_year} ${pilotLabel}` : String(p.period_year));
    const own = num(p.value);
    // A suppressed peer group has no statistics to show.
    const median = p.suppressed ? null : num(p.peer_median);
    const q1 = p.suppressed ? null : num(p.peer_q1);
    const q3 = p.suppressed ? null : num(p.peer_q3);
    out.own.push(own);
    out.median.push(median);
    out.q1.push(q1);
    out.band.push(q1 !== null && q3 !== null ? q3 - q1 : null);
    if (own !== null || median !== null) out.hasData = true;
  }
  return out;
}

export interface TrendLabels {
  own: string;
  median: string;
  band: string;
  unit: string;
}

export function trendOption(d: TrendData, l: TrendLabels) {
  const fmt = (v: unknown) =>
    typeof v === 'number' ? (l.unit ? `${formatDecimal(v)} ${l.unit}` : formatDecimal(v)) : '—';
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, data: [l.own, l.median, l.band] },
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    xAxis: { type: 'category', data: d.categories, boundaryGap: false },
    yAxis: unitValueAxis(l.unit),
    series: [
      {
        name: 'q1',
        type: 'line',
        data: d.q1,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
      },
      {
        name: l.band,
        type: 'line',
        data: d.band,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: '#1f6f5c', opacity: 0.12 },
        itemStyle: { color: '#9cc7bb' },
      },
      {
        name: l.median,
        type: 'line',
        data: d.median,
        itemStyle: { color: '#1f6f5c' },
        lineStyle: { type: 'dashed' },
        connectNulls: true,
      },
      {
        name: l.own,
        type: 'line',
        data: d.own,
        itemStyle: { color: '#d4380d' },
        lineStyle: { width: 3 },
        symbolSize: 9,
        connectNulls: true,
      },
    ],
  };
}
