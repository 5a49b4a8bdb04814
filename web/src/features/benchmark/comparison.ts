// The comparison page's state in the URL, and the rows of its tables.
import type { Query } from '../../api/client';
import type { BenchmarkComparison, BenchmarkIndicatorComparison, BenchmarkPeerGroup, BenchmarkScore } from './types';
import { parseEnum, parseId, parseText, toSearchString } from '../../lib/listParams';

export const PEER_MODES = ['kind_form', 'kind'] as const;
export type PeerMode = (typeof PEER_MODES)[number];
export const FOUNDERS = ['region', 'municipality', 'state', 'church', 'ngo', 'business', 'other'] as const;
export const SIZE_BANDS = ['small', 'medium', 'large', 'xlarge'] as const;

export interface ComparisonView {
  indicator?: string;
  peer: PeerMode;
  territory?: string;
  founder?: (typeof FOUNDERS)[number];
  size_band?: (typeof SIZE_BANDS)[number];
  /** The service whose time series is shown. */
  service?: number;
  /** Scatter axes (indicator codes). */
  x?: string;
  y?: string;
}

export function parseComparisonView(search: string): ComparisonView {
  const p = new URLSearchParams(search);
  return {
    indicator: parseText(p.get('indicator')),
    peer: parseEnum(p.get('peer'), PEER_MODES) ?? 'kind_form',
    territory: parseText(p.get('territory')),
    founder: parseEnum(p.get('founder'), FOUNDERS),
    size_band: parseEnum(p.get('size_band'), SIZE_BANDS),
    service: parseId(p.get('service')),
    x: parseText(p.get('x')),
    y: parseText(p.get('y')),
  };
}

export function comparisonViewToSearch(v: ComparisonView): string {
  return toSearchString([
    ['indicator', v.indicator],
    ['peer', v.peer === 'kind_form' ? undefined : v.peer],
    ['territory', v.territory],
    ['founder', v.founder],
    ['size_band', v.size_band],
    ['service', v.service],
    ['x', v.x],
    ['y', v.y],
  ]);
}

/** The server's query: the peer grouping and narrowing (all indicators come in one answer). */
export function comparisonApiQuery(v: ComparisonView): Query {
  return { peer: v.peer, territory: v.territory, founder: v.founder, size_band: v.size_band };
}

export function selectedIndicator(
  c: BenchmarkComparison | undefined,
  code: string | undefined,
): BenchmarkIndicatorComparison | undefined {
  if (!c?.indicators.length) return undefined;
  return c.indicators.find((i) => i.code === code) ?? c.indicators[0];
}

export interface ScoreRow extends BenchmarkScore {
  key: string;
  peer_key: string;
  group_label: string;
  suppressed: boolean;
}

/** Every score of an indicator, own services first, then by value from the best (direction). */
export function scoreRows(ind: BenchmarkIndicatorComparison): ScoreRow[] {
  const rows: ScoreRow[] = [];
  for (const g of ind.groups)
    g.scores.forEach((s, i) =>
      rows.push({
        ...s,
        key: `${g.peer_key}|${s.service.service_id ?? s.service.name}|${i}`,
        peer_key: g.peer_key,
        group_label: g.label,
        suppressed: g.suppressed,
      }),
    );
  const sign = ind.direction === 'lower' ? 1 : -1;
  const val = (r: ScoreRow) => (typeof r.value === 'number' ? r.value : null);
  return rows.sort((a, b) => {
    if (a.service.own !== b.service.own) return a.service.own ? -1 : 1;
    const va = val(a);
    const vb = val(b);
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    return sign * (va - vb);
  });
}

/** Own services of the comparison (over all indicators), by id, for the time-series picker. */
export function ownServices(c: BenchmarkComparison | undefined): { id: number; name: string }[] {
  const out = new Map<number, string>();
  for (const ind of c?.indicators ?? [])
    for (const g of ind.groups)
      for (const s of g.scores)
        if (s.service.own && typeof s.service.service_id === 'number') out.set(s.service.service_id, s.service.name);
  return [...out].map(([id, name]) => ({ id, name }));
}

/** Statistics rows of the peer groups (suppressed groups stay, marked). */
export function statRows(ind: BenchmarkIndicatorComparison): BenchmarkPeerGroup[] {
  return [...ind.groups].sort(
    (a, b) => Number(a.suppressed) - Number(b.suppressed) || a.label.localeCompare(b.label, 'cs'),
  );
}

/** An improvement reserve is worth showing when the service is not there yet. */
export function hasReserve(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}

/**
 * The comparison in the UI language: in English the indicators, peer groups, anonymous labels and
 * suppression notes take the server's English names (name_en, label_en, note_en); Czech otherwise.
 */
export function localiseComparison(c: BenchmarkComparison, lang: string): BenchmarkComparison {
  if (lang !== 'en') return c;
  return {
    ...c,
    indicators: c.indicators.map((i) => ({
      ...i,
      name: i.name_en || i.name,
      groups: i.groups.map((g) => ({
        ...g,
        label: g.label_en || g.label,
        note: g.note_en || g.note,
        scores: g.scores.map((s) => ({
          ...s,
          service: { ...s.service, name: s.service.name_en || s.service.name },
          missing_reason_text: s.missing_reason_text_en || s.missing_reason_text,
        })),
      })),
    })),
  };
}
