// Two indicators against each other for the services of a round (one point per service).
import type { BenchmarkIndicatorComparison, BenchmarkServiceRef } from './types';
import { formatDecimal } from '../../lib/format';

export interface ScatterPoint {
  x: number;
  y: number;
  label: string;
  own: boolean;
}

/** A service's key across indicators: its id, or for an anonymised peer its label. */
export function serviceKey(s: BenchmarkServiceRef): string {
  return s.service_id !== null && s.service_id !== undefined ? `id:${s.service_id}` : `label:${s.name}`;
}

function values(ind: BenchmarkIndicatorComparison): Map<string, { value: number; ref: BenchmarkServiceRef }> {
  const out = new Map<string, { value: number; ref: BenchmarkServiceRef }>();
  for (const g of ind.groups)
    for (const s of g.scores)
      if (typeof s.value === 'number' && Number.isFinite(s.value))
        out.set(serviceKey(s.service), { value: s.value, ref: s.service });
  return out;
}

/** Points for the services with a value of both indicators, in the order of the x indicator. */
export function scatterPoints(x: BenchmarkIndicatorComparison, y: BenchmarkIndicatorComparison): ScatterPoint[] {
  const ys = values(y);
  const out: ScatterPoint[] = [];
  for (const [key, xv] of values(x)) {
    const yv = ys.get(key);
    if (!yv) continue;
    out.push({ x: xv.value, y: yv.value, label: xv.ref.name, own: xv.ref.own });
  }
  return out;
}

export interface ScatterLabels {
  x: string;
  y: string;
  own: string;
  peers: string;
}

export function scatterOption(points: ScatterPoint[], l: ScatterLabels) {
  const toDatum = (p: ScatterPoint) => [p.x, p.y, p.label];
  return {
    animation: false,
    grid: { left: 8, right: 32, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, data: [l.peers, l.own] },
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: [number, number, string] }) =>
        `${p.data[2]}<br/>${l.x}: ${formatDecimal(p.data[0])}<br/>${l.y}: ${formatDecimal(p.data[1])}`,
    },
    xAxis: {
      type: 'value',
      name: l.x,
      nameLocation: 'middle',
      nameGap: 28,
      scale: true,
      axisLabel: { formatter: (v: number) => formatDecimal(v) },
    },
    yAxis: {
      type: 'value',
      name: l.y,
      nameTextStyle: { align: 'left' },
      scale: true,
      axisLabel: { formatter: (v: number) => formatDecimal(v) },
    },
    series: [
      {
        name: l.peers,
        type: 'scatter',
        data: points.filter((p) => !p.own).map(toDatum),
        symbolSize: 9,
        itemStyle: { color: '#1f6f5c', opacity: 0.7 },
      },
      {
        name: l.own,
        type: 'scatter',
        data: points.filter((p) => p.own).map(toDatum),
        symbol: 'diamond',
        symbolSize: 16,
        itemStyle: { color: '#d4380d' },
        z: 10,
      },
    ],
  };
}
