// DEA page: variables to choose from, the efficiency bar chart, and the run form's checks.
import type { BmMethodology, DeaJob, DeaResult } from './types';
import { formatDecimal, formatPercent } from '../../lib/format';
import { serviceKey } from './scatter';

export const DEA_MODELS = ['ccr', 'bcc'] as const;
export const DEA_ORIENTATIONS = ['input', 'output'] as const;

export interface DeaVariable {
  code: string;
  name: string;
  kind: 'item' | 'indicator';
  unit: string;
}

/** Items and indicators of the round's methodology, items first (DEA takes either). */
export function deaVariables(m: BmMethodology | undefined, lang: string): DeaVariable[] {
  if (!m) return [];
  const name = (cs: string, en: string) => (lang === 'en' && en ? en : cs);
  return [
    ...m.items.map((i) => ({ code: i.code, name: name(i.name_cs, i.name_en), kind: 'item' as const, unit: i.unit })),
    ...m.indicators.map((i) => ({
      code: i.code,
      name: name(i.name_cs, i.name_en),
      kind: 'indicator' as const,
      unit: i.unit,
    })),
  ];
}

export type DeaInputError = 'inputsRequired' | 'outputsRequired' | 'overlap';

/** What keeps a run from starting (the server checks again). */
export function deaInputError(inputs: readonly string[], outputs: readonly string[]): DeaInputError | null {
  if (!inputs.length) return 'inputsRequired';
  if (!outputs.length) return 'outputsRequired';
  if (inputs.some((c) => outputs.includes(c))) return 'overlap';
  return null;
}

export interface DeaBar {
  label: string;
  value: number;
  own: boolean;
  efficient: boolean;
}

/** Scored services from the most efficient; services without a score are left out. */
export function deaBars(results: readonly DeaResult[]): DeaBar[] {
  return results
    .filter((r) => typeof r.efficiency === 'number' && Number.isFinite(r.efficiency))
    .map((r) => ({ label: r.service.name, value: r.efficiency as number, own: r.service.own, efficient: r.efficient }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'cs'));
}

/** Width of the service names beside the bars, in pixels; longer names wrap onto more lines. */
export const DEA_LABEL_WIDTH = 300;

/**
 * The names' width for a window: 300 px on a laptop; on a phone (below 576 px) about two fifths of the
 * chart, so that the bars keep the rest (300 px of names left no room for bars on a 390 px screen).
 */
export function deaLabelWidth(windowWidth: number): number {
  return windowWidth < 576 ? Math.max(110, Math.round((windowWidth - 48) * 0.4)) : DEA_LABEL_WIDTH;
}

/** The chart's height: a row per service, tall enough for a name wrapped onto two lines (four on a phone). */
export function deaChartHeight(bars: readonly DeaBar[], labelWidth = DEA_LABEL_WIDTH): number {
  const row = labelWidth < DEA_LABEL_WIDTH ? 58 : 36;
  return Math.max(160, bars.length * row + 40);
}

export function deaBarOption(bars: DeaBar[], label: string, labelWidth = DEA_LABEL_WIDTH) {
  const rows = [...bars].reverse(); // ECharts draws the first category at the bottom
  return {
    animation: false,
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => formatPercent(Number(v), 1),
    },
    // a phone has room for 0 %, 50 % and 100 % under the bars, not for every 20 %
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      ...(labelWidth < DEA_LABEL_WIDTH ? { interval: 0.5 } : {}),
      axisLabel: { formatter: (v: number) => formatPercent(v), hideOverlap: true },
    },
    // full names, wrapped (a cut leaves "Domov pro seniory …" for every home); the tooltip names the service too
    yAxis: {
      type: 'category',
      data: rows.map((b) => b.label),
      axisTick: { show: false },
      axisLabel: { width: labelWidth, overflow: 'break', lineHeight: 14 },
    },
    series: [
      {
        name: label,
        type: 'bar',
        barMaxWidth: 22,
        data: rows.map((b) => ({
          value: b.value,
          itemStyle: { color: b.own ? '#d4380d' : b.efficient ? '#1f6f5c' : '#7fb3a5', borderRadius: [0, 4, 4, 0] },
        })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatPercent(p.value, 1) },
      },
    ],
  };
}

/** "Služba C (0,42)" for the peers of an inefficient service (an efficient one is its own peer: left out). */
export function peersText(r: DeaResult): string {
  const self = serviceKey(r.service);
  return r.peers
    .filter((p) => serviceKey(p.service) !== self)
    .map((p) => `${p.service.name} (${formatDecimal(p.lambda, 3)})`)
    .join(', ');
}

/** A DEA run requested over HTTP: done at once for a small round, otherwise queued on the server. */
export type { DeaJob };

/** Still to wait for (the page polls the job). */
export function deaJobActive(job: Pick<DeaJob, 'state'> | undefined): boolean {
  return job?.state === 'queued' || job?.state === 'running';
}

/** Progress in whole percent: services done of the total (a done job is 100 %). */
export function deaJobPercent(job: Pick<DeaJob, 'state' | 'done' | 'total'>): number {
  if (job.state === 'done') return 100;
  if (job.total <= 0) return 0;
  return Math.min(100, Math.floor((job.done / job.total) * 100));
}

/** The status text of a result in the UI language: the server's English text when the UI is English. */
export function deaStatusText(r: Pick<DeaResult, 'status_text' | 'status_text_en'>, lang: string): string {
  return lang === 'en' && r.status_text_en ? r.status_text_en : r.status_text;
}

/** A run's results in the UI language: anonymised services as "Service C" (name_en) in English. */
export function localiseDeaResults(results: readonly DeaResult[], lang: string): DeaResult[] {
  if (lang !== 'en') return [...results];
  const en = <T extends { service: DeaResult['service'] }>(x: T): T => ({
    ...x,
    service: { ...x.service, name: x.service.name_en || x.service.name },
  });
  return results.map((r) => ({ ...en(r), peers: r.peers.map(en) }));
}
