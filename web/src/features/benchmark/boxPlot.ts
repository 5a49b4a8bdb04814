// Box plot of one indicator across peer groups: the boxes come from the server's statistics
// (quartiles by R type 7), the points are the services, the caller's own ones highlighted.
import type { BenchmarkPeerGroup } from './types';
import { formatDecimal } from '../../lib/format';
import { unitValueAxis } from '../../lib/chartOptions';

/** [category index, value, service label] as ECharts scatter data. */
export type PointDatum = [number, number, string];

export interface BoxPlotData {
  categories: string[];
  /** Peer keys of the categories, in the same order. */
  peerKeys: string[];
  /** [min, Q1, median, Q3, max] per category. */
  boxes: [number, number, number, number, number][];
  own: PointDatum[];
  peers: PointDatum[];
  /** Labels of groups left out because the server suppressed them (fewer than 3 services). */
  suppressed: string[];
}

function hasStats(g: BenchmarkPeerGroup): boolean {
  return [g.min, g.q1, g.median, g.q3, g.max].every((v) => typeof v === 'number' && Number.isFinite(v));
}

/**
 * Categories for the groups with statistics. `onlyOwn` keeps the groups holding an own service
 * (a provider sees its own peer groups first); when none holds one, every group is kept.
 */
export function boxPlotData(groups: readonly BenchmarkPeerGroup[], onlyOwn = false): BoxPlotData {
  const out: BoxPlotData = { categories: [], peerKeys: [], boxes: [], own: [], peers: [], suppressed: [] };
  const withOwn = groups.filter((g) => g.scores.some((s) => s.service.own));
  const shown = onlyOwn && withOwn.length ? withOwn : groups;
  for (const g of shown) {
    if (g.suppressed || !hasStats(g)) {
      out.suppressed.push(g.label);
      continue;
    }
    const i = out.categories.length;
    out.categories.push(`${g.label}\n(n = ${g.n ?? 0})`);
    out.peerKeys.push(g.peer_key);
    out.boxes.push([g.min!, g.q1!, g.median!, g.q3!, g.max!]);
    for (const s of g.scores) {
      if (typeof s.value !== 'number' || !Number.isFinite(s.value)) continue;
      (s.service.own ? out.own : out.peers).push([i, s.value, s.service.name]);
    }
  }
  return out;
}

export interface BoxPlotLabels {
  box: string;
  own: string;
  peers: string;
  unit: string;
  /** Tooltip lines of a box: min, Q1, median, Q3, max. */
  stats: [string, string, string, string, string];
}

const GREEN = '#1f6f5c';
const OWN = '#d4380d';

/**
 * Labels of the peer groups under the boxes, readable however many groups there are: up to four share
 * the width, wrapped; more are slanted (steeper the more there are) and cut to a width that cannot
 * overlap (the tooltip of the box gives the full name). `width` is the plot's width in pixels, as the
 * comparison page lays it out beside the own service's card (about 520 px on a laptop).
 */
export function categoryAxisLabel(count: number, width = 520) {
  if (count <= 4)
    return {
      interval: 0,
      rotate: 0,
      width: Math.floor(width / Math.max(count, 1)) - 12,
      overflow: 'break' as const,
      lineHeight: 14,
    };
  // slanted labels (two lines: name and n) stay apart while the gap across them, width / count ×
  // sin(rotate), holds both lines
  const rotate = count > 12 ? 60 : count > 8 ? 45 : 30;
  return {
    interval: 0,
    rotate,
    width: 150,
    overflow: 'truncate' as const,
    ellipsis: '…',
    lineHeight: 13,
    fontSize: 10,
  };
}

/** Below this plot width (a phone) the legend takes two lines: the plot starts lower so the axis name stays clear of it. */
export const NARROW_PLOT = 420;

/**
 * The plot's width for the labels: about 520 px beside the own service's card on a laptop (xl), the
 * whole width of the content less the side menu, paddings and the value axis otherwise.
 */
export function boxPlotWidth(windowWidth: number, screens: { md?: boolean; xl?: boolean }): number {
  if (screens.xl) return 520;
  const menu = screens.md ? 224 + 48 : 24;
  const card = screens.md ? 48 : 24;
  return Math.max(200, windowWidth - menu - card - 80);
}

export function boxPlotOption(d: BoxPlotData, l: BoxPlotLabels, plotWidth = 520) {
  const fmt = (v: number) => (l.unit ? `${formatDecimal(v)} ${l.unit}` : formatDecimal(v));
  return {
    animation: false,
    grid: { left: 8, right: 24, top: plotWidth < NARROW_PLOT ? 76 : 48, bottom: 8, containLabel: true },
    legend: { top: 0, data: [l.box, l.peers, l.own] },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesType: string; name: string; value: number[]; data: unknown }) => {
        if (p.seriesType === 'boxplot') {
          // ECharts prepends the category index to a box's value
          const v = p.value.length === 6 ? p.value.slice(1) : p.value;
          return [p.name, ...l.stats.map((s, i) => `${s}: ${fmt(v[i])}`)].join('<br/>');
        }
        const [, value, label] = p.data as PointDatum;
        return `${label}: ${fmt(value)}`;
      },
    },
    xAxis: {
      type: 'category',
      data: d.categories,
      axisLabel: categoryAxisLabel(d.categories.length, plotWidth),
    },
    yAxis: unitValueAxis(l.unit),
    series: [
      {
        name: l.box,
        type: 'boxplot',
        data: d.boxes,
        itemStyle: { color: '#e3f0ec', borderColor: GREEN, borderWidth: 1.5 },
        boxWidth: [12, 60],
      },
      {
        name: l.peers,
        type: 'scatter',
        data: d.peers,
        symbolSize: 7,
        itemStyle: { color: '#7c8b85', opacity: 0.65 },
      },
      {
        name: l.own,
        type: 'scatter',
        data: d.own,
        symbol: 'diamond',
        symbolSize: 16,
        itemStyle: { color: OWN, borderColor: '#fff', borderWidth: 1 },
        z: 10,
      },
    ],
  };
}
