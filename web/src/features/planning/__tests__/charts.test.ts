// Chart options of the planning pages: an indicator's history against its target, the T-score over time, a
// ladder assessment's radar and the regional outcomes (suppressed cells have no bar).
import { describe, expect, it } from 'vitest';
import { indicatorHistoryOption, ladderRadarOption, regionalOption, tScoreOption, wrapLabel } from '../charts';
import type { ClientLadder, OutcomeCell } from '../types';

type Opt = Record<string, unknown> & {
  series: Record<string, unknown>[];
  xAxis: { data: unknown[] };
  yAxis?: unknown;
};

describe('indicator history', () => {
  it('draws the recorded values in date order with the target and baseline lines', () => {
    const o = indicatorHistoryOption(
      {
        name: 'Podíl dosažených cílů',
        unit: '%',
        target: 60,
        baseline: 40,
        history: [
          { held_on: '2025-12-15', value: 58 },
          { held_on: '2025-06-30', value: 47 },
          { held_on: '2026-06-30', value: null },
        ],
      },
      { value: 'Hodnota', target: 'Cíl', baseline: 'Výchozí' },
    ) as unknown as Opt;
    expect(o.xAxis.data).toEqual(['30. 6. 2025', '15. 12. 2025']);
    expect(o.series[0].data).toEqual([47, 58]);
    const lines = (o.series[0].markLine as { data: { name: string; yAxis: number }[] }).data;
    expect(lines.map((l) => [l.name, l.yAxis])).toEqual([
      ['Cíl', 60],
      ['Výchozí', 40],
    ]);
  });
});

describe('T-score over time', () => {
  it('leaves out reviews without a T and marks 50', () => {
    const o = tScoreOption(
      [
        { held_on: '2025-09-01', t: 50 },
        { held_on: '2025-03-01', t: 38.2 },
        { held_on: '2025-12-01', t: null },
      ],
      { t: 'T-skór', expected: 'očekávaný výsledek (50)' },
    ) as unknown as Opt;
    expect(o.xAxis.data).toEqual(['1. 3. 2025', '1. 9. 2025']);
    expect(o.series[0].data).toEqual([38.2, 50]);
    expect((o.series[0].markLine as { data: { yAxis: number }[] }).data[0].yAxis).toBe(50);
    expect(o.yAxis).toMatchObject({ min: 20, max: 80 });
  });
  it('widens the axis for T-scores below 20 or above 80 (ratings of −3, many +2)', () => {
    const o = tScoreOption(
      [
        { held_on: '2025-04-15', t: 13.9 },
        { held_on: '2025-07-15', t: 85.2 },
      ],
      { t: 'T-skór', expected: 'očekávaný výsledek (50)' },
    ) as unknown as Opt;
    expect(o.yAxis).toMatchObject({ min: 10, max: 90 });
  });
});

describe('ladder radar', () => {
  const l: ClientLadder = {
    ladder: {
      id: 1,
      organisation_id: 5,
      name: 'Cesta ke změně',
      description: '',
      areas: [
        { id: 7, name: 'Bydlení', description: '' },
        { id: 8, name: 'Finance', description: '' },
      ],
      scale_min: 1,
      scale_max: 10,
      stages: '',
      stage_list: [],
      archived: false,
      can_manage: true,
    },
    assessments: [
      {
        id: 21,
        assessed_on: '2025-09-01',
        note: '',
        values: [
          { area_id: 7, value: 5 },
          { area_id: 8, value: 4 },
        ],
      },
      { id: 20, assessed_on: '2025-02-01', note: '', values: [{ area_id: 7, value: 2 }] },
    ],
    distance: { per_area: [{ area_id: 7, change: 3 }], mean_change: 3 },
  };
  it('draws the chosen assessment over the areas with the first one beside it', () => {
    const o = ladderRadarOption(l, 21, { first: 'první hodnocení' }) as unknown as {
      radar: { indicator: { name: string; min: number; max: number }[] };
      series: { data: { name: string; value: number[] }[] }[];
    };
    expect(o.radar.indicator).toEqual([
      { name: 'Bydlení', min: 1, max: 10 },
      { name: 'Finance', min: 1, max: 10 },
    ]);
    expect(o.series[0].data.map((d) => [d.name, d.value])).toEqual([
      ['první hodnocení (1. 2. 2025)', [2, 1]],
      ['1. 9. 2025', [5, 4]],
    ]);
  });
  it('draws the first assessment alone', () => {
    const o = ladderRadarOption(l, 20, { first: 'první' }) as unknown as { series: { data: unknown[] }[] };
    expect(o.series[0].data).toHaveLength(1);
  });
});

describe('regional outcomes chart', () => {
  const c = (p: Partial<OutcomeCell>): OutcomeCell => ({
    clients: 9,
    goals: 20,
    attained: 15,
    share_attained: 0.75,
    mean_t: 52,
    sd_t: 5,
    mean_ladder_change: 1,
    ladder_clients: 3,
    suppressed: false,
    ...p,
  });
  it('has one series per region, a bar per kind, none for a suppressed cell, shares in percent', () => {
    const o = regionalOption(
      [
        {
          region_code: 'B',
          region_name: 'Královéhradecký kraj',
          kind_code: 'tp',
          kind_name: 'Terénní programy',
          cell: c({}),
        },
        {
          region_code: 'A',
          region_name: 'Hlavní město Praha',
          kind_code: 'tp',
          kind_name: 'Terénní programy',
          cell: c({ suppressed: true, share_attained: null }),
        },
        {
          region_code: 'B',
          region_name: 'Královéhradecký kraj',
          kind_code: 'sas',
          kind_name: 'Sociálně aktivizační služby',
          cell: c({ share_attained: 0.5 }),
        },
      ],
      'share_attained',
    ) as unknown as Opt;
    expect(o.xAxis.data).toEqual(['Sociálně aktivizační služby', 'Terénní programy']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['Hlavní město Praha', [null, null]],
      ['Královéhradecký kraj', [50, 75]],
    ]);
  });
});

describe('wrapLabel', () => {
  it('breaks a ladder area name at spaces into short lines', () => {
    expect(wrapLabel('Práce a vzdělávání', 12)).toBe('Práce a\nvzdělávání');
    expect(wrapLabel('Každodenní život', 12)).toBe('Každodenní\nživot');
    expect(wrapLabel('Bydlení', 12)).toBe('Bydlení');
    expect(wrapLabel('Nejdelšíslovonasvětě a', 12)).toBe('Nejdelšíslovonasvětě\na');
  });
});
