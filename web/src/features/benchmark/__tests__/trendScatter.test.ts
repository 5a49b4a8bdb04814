import { describe, expect, it } from 'vitest';
import type { BenchmarkTrend, BenchmarkTrendPoint } from '../types';
import { scatterOption, scatterPoints, serviceKey } from '../scatter';
import { trendData, trendOption } from '../trend';
import { group, indicator, ref, score } from './fixtures';

const point = (year: number, value: number | null, extra: Partial<BenchmarkTrendPoint> = {}): BenchmarkTrendPoint => ({
  round_id: year - 2000,
  round_name: `Sběr ${year}`,
  period_year: year,
  round_kind: 'full',
  value,
  missing_reason: '',
  missing_reason_text: '',
  missing_reason_text_en: '',
  peer_key: 'kind=13;form=pob',
  suppressed: false,
  n: 16,
  peer_median: 92,
  peer_q1: 90,
  peer_q3: 96,
  percent_rank: 0.5,
  z_score: 0,
  reserve_median: 0,
  reserve_best: 0,
  ...extra,
});

describe('trendData', () => {
  it('orders rounds by year and builds the Q1–Q3 band', () => {
    const trend: BenchmarkTrend = {
      code: 'occupancy',
      name: 'Obložnost',
      name_en: 'Occupancy',
      unit: '%',
      direction: 'higher',
      points: [
        point(2025, 91.3),
        point(2023, 88, { round_kind: 'pilot', peer_median: 90, peer_q1: 85, peer_q3: 93 }),
        point(2024, null),
      ],
    };
    const d = trendData(trend, 'pilot');
    expect(d.categories).toEqual(['2023 pilot', '2024', '2025']);
    expect(d.own).toEqual([88, null, 91.3]);
    expect(d.median).toEqual([90, 92, 92]);
    expect(d.q1).toEqual([85, 90, 90]);
    expect(d.band).toEqual([8, 6, 6]);
    expect(d.hasData).toBe(true);
  });

  it('shows no peer statistics for a suppressed round', () => {
    const d = trendData(
      {
        code: 'x',
        name: 'x',
        name_en: 'x',
        unit: '',
        direction: 'higher',
        points: [point(2025, 3, { suppressed: true })],
      },
      'pilot',
    );
    expect(d.median).toEqual([null]);
    expect(d.band).toEqual([null]);
    expect(d.own).toEqual([3]);
  });

  it('makes the own line and the median line', () => {
    const o = trendOption(
      trendData(
        { code: 'x', name: 'x', name_en: 'x', unit: 'Kč', direction: 'lower', points: [point(2025, 1500)] },
        'pilot',
      ),
      { own: 'Vaše služba', median: 'Medián skupiny', band: 'Q1–Q3', unit: 'Kč' },
    );
    expect(o.series.map((s) => s.name)).toEqual(['q1', 'Q1–Q3', 'Medián skupiny', 'Vaše služba']);
    expect(o.series[3].data).toEqual([1500]);
    expect(o.tooltip.valueFormatter(1500)).toBe('1\u00a0500 Kč');
  });
});

describe('scatterPoints', () => {
  const occupancy = indicator('occupancy', [
    group('A', [score(ref(1, 'Domov A'), 95), score(ref(2, 'Domov B', true), 90), score(ref(null, 'Služba C'), 88)]),
  ]);
  const cost = indicator(
    'cost',
    [
      group('A', [
        score(ref(2, 'Domov B', true), 1500),
        score(ref(null, 'Služba C'), 1800),
        score(ref(1, 'Domov A'), null),
      ]),
    ],
    'lower',
  );

  it('joins services by id, and anonymised peers by their label', () => {
    expect(serviceKey(ref(2, 'x'))).toBe('id:2');
    expect(serviceKey(ref(null, 'Služba C'))).toBe('label:Služba C');
    expect(scatterPoints(occupancy, cost)).toEqual([
      { x: 90, y: 1500, label: 'Domov B', own: true },
      { x: 88, y: 1800, label: 'Služba C', own: false },
    ]);
  });

  it('puts own services in their own series', () => {
    const o = scatterOption(scatterPoints(occupancy, cost), {
      x: 'Obložnost',
      y: 'Náklady',
      own: 'Vaše',
      peers: 'Ostatní',
    });
    expect(o.series[0].data).toEqual([[88, 1800, 'Služba C']]);
    expect(o.series[1].data).toEqual([[90, 1500, 'Domov B']]);
  });
});
