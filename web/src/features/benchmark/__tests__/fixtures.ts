// Small, realistic answers of the benchmark API for the shaping tests.
import type { BenchmarkIndicatorComparison, BenchmarkPeerGroup, BenchmarkScore, BenchmarkServiceRef } from '../types';

export const ref = (id: number | null, name: string, own = false): BenchmarkServiceRef => ({
  service_id: id,
  name,
  name_en: id === null ? name.replace('Služba', 'Service') : name,
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
  missing_reason_text_en: value === null ? 'missing value: beds' : '',
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
  label_en: `${label} (en)`,
  suppressed: false,
  note: '',
  note_en: '',
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
  name_en: `${code} (en)`,
  unit: '%',
  direction,
  rba: 'how_much',
  groups,
});
