// ECharts options built from plain data (pure, unit-tested).
import { formatDecimal, formatNumber } from './format';

export interface BarDatum {
  label: string;
  value: number;
}

export function horizontalBarOption(data: BarDatum[], color = '#1f6f5c') {
  const rows = [...data].reverse(); // ECharts draws the first category at the bottom
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => formatNumber(typeof v === 'number' ? v : Number(v)),
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    yAxis: { type: 'category', data: rows.map((d) => d.label), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        data: rows.map((d) => d.value),
        itemStyle: { color, borderRadius: [0, 4, 4, 0] },
        barMaxWidth: 28,
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatNumber(p.value) },
      },
    ],
  };
}

/** A value axis named by its unit (at the top, right-aligned), fitted to the data, with Czech decimal commas. */
export function unitValueAxis(unit: string) {
  return {
    type: 'value' as const,
    name: unit,
    nameTextStyle: { align: 'right' as const },
    scale: true,
    axisLabel: { formatter: (v: number) => formatDecimal(v) },
  };
}
