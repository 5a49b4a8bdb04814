// Small, realistic answers of the benchmark API for the shaping tests.
import type { BenchmarkIndicatorComparison, BenchmarkPeerGroup, BenchmarkScore, BenchmarkServiceRef } from '../types';

export const ref = (id: number | null, name: string, own = false): BenchmarkServiceRef => ({
  service_id: id,
  name,
  provider_name: id === null ? '' : `Poskytovatel ${name}`,
  own,
  anonymised: id === null,
});

export const score = (
  service: BenchmarkServiceRef,
  value: number | null,
  extra: Partial<BenchmarkScore> = {},
): BenchmarkScore => ({
  service,
  value,
  missing_reason: value === null ? 'missing: beds' : '',
  missing_reason_text: value === null ? 'chybí: beds' : '',
  percent_rank: null,
  z_score: null,
  reserve_median: null,
  reserve_best: null,
  ...extra,
});

export const group = (
  label: string,
  scores: BenchmarkScore[],
  stats: Partial<BenchmarkPeerGroup> = {},
): BenchmarkPeerGroup => ({
  peer_key: `kind=13;form=${label}`,
  kind_code: '13',
  form_code: 'pob',
  label,
  suppressed: false,
  note: '',
  n: scores.length,
  min: 85,
  q1: 90,
  median: 92,
  q3: 96,
  max: 99,
  mean: 92.5,
  sd: 4,
  scores,
  ...stats,
});

export const indicator = (
  code: string,
  groups: BenchmarkPeerGroup[],
  direction = 'higher',
): BenchmarkIndicatorComparison => ({
  indicator_id: code.length,
  code,
  name: code,
  unit: '%',
  direction,
  rba: 'how_much',
  groups,
});
