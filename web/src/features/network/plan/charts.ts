// Chart options of this part (drawn by components/charts/Chart.tsx): the network's capacity of each kind over the
// years (one unit at a time), a service's capacity year by year, and an indicator's targets against its actual
// values per year.
import type { EChartsCoreOption } from 'echarts/core';
import { formatDecimal } from '../../../lib/format';
import type { KindSeries } from './years';

const value = (v: unknown) => formatDecimal(typeof v === 'number' ? v : null);

/** Bars of each kind's capacity in each year (kinds counted in `unit` only). */
export function capacityChartOption(
  years: readonly number[],
  series: readonly KindSeries[],
  unit: string,
  unitLabel: string,
): EChartsCoreOption {
  const shown = series.filter((s) => s.unit === unit);
  return {
    tooltip: { trigger: 'axis', valueFormatter: value },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', name: unitLabel, axisLabel: { formatter: (v: number) => formatDecimal(v) } },
    series: shown.map((s) => ({ name: s.name, type: 'bar', data: s.values, emphasis: { focus: 'series' } })),
  };
}

/** A service's capacity in each year it was in the network (a gap where it was not). */
export function historyChartOption(
  points: readonly { year: number; capacity: number | null }[],
  label: string,
): EChartsCoreOption {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  return {
    tooltip: { trigger: 'axis', valueFormatter: value },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: sorted.map((p) => String(p.year)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatDecimal(v) } },
    series: [{ name: label, type: 'line', step: 'middle', data: sorted.map((p) => p.capacity), symbolSize: 8 }],
  };
}

/**
 * An indicator's target per year as a dashed line, the actual value typed at the evaluation per year as bars and,
 * for an indicator from benchmarking or planning, the source's value per year as bars beside them (labelled with
 * the source, e.g. "Benchmarking: Pečovatelská služba – Klienti na úvazek přímé péče").
 */
export function indicatorChartOption(
  points: readonly { year: number; target: number | null; actual: number | null; source?: number | null }[],
  labels: { target: string; actual: string; unit: string; source?: string | null },
): EChartsCoreOption {
  const withSource = Boolean(labels.source);
  const withActual = !withSource || points.some((p) => p.actual !== null);
  const series: Record<string, unknown>[] = [];
  if (withSource)
    series.push({ name: labels.source, type: 'bar', data: points.map((p) => p.source ?? null), barMaxWidth: 28 });
  if (withActual) series.push({ name: labels.actual, type: 'bar', data: points.map((p) => p.actual), barMaxWidth: 28 });
  series.push({
    name: labels.target,
    type: 'line',
    data: points.map((p) => p.target),
    lineStyle: { type: 'dashed' },
    symbolSize: 6,
    connectNulls: true,
  });
  return {
    tooltip: { trigger: 'axis', valueFormatter: value },
    legend: { bottom: 0, type: 'scroll', data: series.map((s) => s.name as string) },
    grid: { left: 8, right: 8, top: 20, bottom: 28, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: {
      type: 'value',
      name: labels.unit,
      scale: true,
      axisLabel: { formatter: (v: number) => formatDecimal(v) },
    },
    series,
  };
}
