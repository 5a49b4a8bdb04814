// SPRSS indicators from benchmarking or planning (sprss.ts): the form's body per source, the options offered from
// the benchmark methodology and the planning plan, the region's groups, the label of the source in words, and the
// series the chart draws (targets, the source's values, the evaluation's actuals) with the note on each value.
import { describe, expect, it } from 'vitest';
import {
  benchmarkIndicatorOptions,
  indicatorBody,
  indicatorSeries,
  judgedValue,
  offeredMethodology,
  planningIndicatorOptions,
  regionGroups,
  sourceLabel,
  sourceNoteText,
} from '../sprss';
import { indicatorChartOption } from '../charts';

// A translation stub that shows the key and its values, so the tests see which text and which names are used.
const t = (key: string, o?: Record<string, unknown>) =>
  o
    ? `${key}(${Object.entries(o)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(',')})`
    : key;

const years = [2025, 2026, 2027];
const values = {
  2025: { target: 9, actual: null },
  2026: { target: 9.5, actual: 10.25 },
  2027: { target: null, actual: null },
};

describe('the indicator form body', () => {
  it('sends the benchmark group and indicator code only for a benchmark indicator', () => {
    expect(
      indicatorBody(
        {
          source: 'benchmark',
          bmGroupId: 3,
          bmIndicatorCode: 'clients_per_fte_direct',
          plIndicatorId: 7,
          name: '  Klienti na úvazek přímé péče ',
          unit: 'osoby ',
          direction: 'higher',
          baseline: null,
        },
        years,
        values,
      ),
    ).toEqual({
      source: 'benchmark',
      bm_group_id: 3,
      bm_indicator_code: 'clients_per_fte_direct',
      name: 'Klienti na úvazek přímé péče',
      unit: 'osoby',
      direction: 'higher',
      years: [
        { year: 2025, target: 9, actual: null },
        { year: 2026, target: 9.5, actual: 10.25 },
      ],
    });
  });

  it('sends the planning indicator only for a planning indicator, and nothing of a source for an own one', () => {
    const planning = indicatorBody(
      {
        source: 'planning',
        bmGroupId: 3,
        bmIndicatorCode: 'x',
        plIndicatorId: 15,
        name: 'Rodiny',
        direction: 'lower',
        baseline: 28,
      },
      years,
      values,
    );
    expect(planning.pl_indicator_id).toBe(15);
    expect(planning.bm_group_id).toBeUndefined();
    expect(planning.bm_indicator_code).toBeUndefined();
    expect(planning.baseline).toBe(28);
    const own = indicatorBody(
      { source: 'manual', bmGroupId: 3, plIndicatorId: 15, name: 'Obce', direction: 'higher' },
      years,
      values,
    );
    expect(own).not.toHaveProperty('bm_group_id');
    expect(own).not.toHaveProperty('pl_indicator_id');
    expect(own.source).toBe('manual');
  });
});

describe('the sources offered', () => {
  it('takes the newest published methodology, else the newest', () => {
    expect(
      offeredMethodology([
        { id: 1, version: 1, status: 'published' },
        { id: 2, version: 3, status: 'draft' },
        { id: 3, version: 2, status: 'published' },
      ])?.id,
    ).toBe(3);
    expect(offeredMethodology([{ id: 2, version: 3, status: 'draft' }])?.id).toBe(2);
    expect(offeredMethodology([])).toBeNull();
  });

  it('offers benchmark indicators by name with the unit, and their defaults', () => {
    expect(
      benchmarkIndicatorOptions([
        { code: 'cost_per_client', name_cs: 'Náklady na klienta', unit: 'Kč', direction: 'lower' },
        { code: 'clients_per_fte_direct', name_cs: 'Klienti na úvazek přímé péče', unit: 'osoby', direction: 'higher' },
      ]),
    ).toEqual([
      {
        value: 'clients_per_fte_direct',
        label: 'Klienti na úvazek přímé péče (osoby)',
        name: 'Klienti na úvazek přímé péče',
        unit: 'osoby',
        direction: 'higher',
      },
      {
        value: 'cost_per_client',
        label: 'Náklady na klienta (Kč)',
        name: 'Náklady na klienta',
        unit: 'Kč',
        direction: 'lower',
      },
    ]);
  });

  it('offers planning indicators with their goal', () => {
    expect(
      planningIndicatorOptions([
        {
          code: 'O1',
          title: 'Snížit počet rodin ohrožených ztrátou bydlení',
          indicators: [{ id: 2, name: 'Rodiny, které si udržely bydlení', unit: 'rodin', direction: 'higher' }],
        },
        { code: '', title: 'Bez kódu', indicators: [{ id: 9, name: 'Počet', unit: '', direction: 'weird' }] },
      ]),
    ).toEqual([
      {
        value: 2,
        label: 'O1 Snížit počet rodin ohrožených ztrátou bydlení – Rodiny, které si udržely bydlení (rodin)',
        name: 'Rodiny, které si udržely bydlení',
        unit: 'rodin',
        direction: 'higher',
      },
      { value: 9, label: 'Bez kódu – Počet', name: 'Počet', unit: '', direction: 'higher' },
    ]);
  });

  it("lists only the plan's region's working groups, by name", () => {
    const groups = [
      { id: 1, name: 'Pobytové služby pro seniory', region_name: 'Královéhradecký kraj' },
      { id: 2, name: 'Domovy', region_name: 'Pardubický kraj' },
      { id: 3, name: 'Pečovatelská služba', region_name: 'Královéhradecký kraj' },
    ];
    expect(regionGroups(groups, 'Královéhradecký kraj').map((g) => g.id)).toEqual([3, 1]);
  });
});

describe('values from the source', () => {
  const ind = {
    source: 'benchmark',
    source_name: 'Pečovatelská služba',
    source_indicator_name: 'Klienti na úvazek přímé péče',
    name: 'Klienti (medián)',
    years: [
      { year: 2025, target: 9, actual: null },
      { year: 2026, target: 9.5, actual: 10 },
    ],
    actuals: [
      {
        year: 2025,
        value: 12.24,
        source: 'benchmark',
        suppressed: false,
        detail: 'Kolo 2025',
        n: 13,
        preliminary: true,
      },
      { year: 2026, value: null, source: 'benchmark', suppressed: true, detail: 'Kolo 2026', n: 2, preliminary: false },
      { year: 2026, value: 10, source: 'manual', suppressed: false, detail: '', n: null, preliminary: false },
    ],
  };

  it('names the source in words, never by code', () => {
    expect(sourceLabel(ind, t)).toBe(
      'networkPlan.indicator.labelBenchmark(group=Pečovatelská služba,indicator=Klienti na úvazek přímé péče)',
    );
    expect(
      sourceLabel(
        {
          source: 'planning',
          source_name: 'Rodiny',
          source_indicator_name: 'Rodiny, které si udržely bydlení',
          name: 'x',
        },
        t,
      ),
    ).toBe('networkPlan.indicator.labelPlanning(indicator=Rodiny, které si udržely bydlení)');
    expect(sourceLabel({ source: 'manual', source_name: '', source_indicator_name: '', name: 'x' }, t)).toBeNull();
  });

  it('puts the source value and the evaluation actual of each year side by side', () => {
    const points = indicatorSeries(ind, 2025, 2027);
    expect(points.map((p) => [p.year, p.target, p.source, p.actual])).toEqual([
      [2025, 9, 12.24, null],
      [2026, 9.5, null, 10],
      [2027, null, null, null],
    ]);
    expect(points.map(judgedValue)).toEqual([12.24, 10, null]);
    expect(sourceNoteText(points[0].sourceNote!, t)).toBe(
      '(Kolo 2025, networkPlan.indicator.median(n=13), networkPlan.indicator.preliminary)',
    );
    expect(sourceNoteText(points[1].sourceNote!, t)).toBe('(Kolo 2026, networkPlan.indicator.suppressed)');
    expect(points[2].sourceNote).toBeNull();
    expect(
      sourceNoteText({ source: 'planning', detail: '2026-01-20', suppressed: false, preliminary: false, n: null }, t),
    ).toBe('(networkPlan.indicator.evaluatedOn(date=20. 1. 2026))');
  });

  it('draws the source values as bars labelled with the source beside the targets', () => {
    const points = indicatorSeries(ind, 2025, 2027);
    const option = indicatorChartOption(points, {
      target: 'Cíl',
      actual: 'Skutečnost z vyhodnocení',
      unit: 'osoby',
      source: 'Benchmarking: Pečovatelská služba – Klienti na úvazek přímé péče',
    }) as { series: { name: string; type: string; data: (number | null)[] }[] };
    expect(option.series.map((s) => [s.name, s.type, s.data])).toEqual([
      ['Benchmarking: Pečovatelská služba – Klienti na úvazek přímé péče', 'bar', [12.24, null, null]],
      ['Skutečnost z vyhodnocení', 'bar', [null, 10, null]],
      ['Cíl', 'line', [9, 9.5, null]],
    ]);
    const own = indicatorChartOption(points, { target: 'Cíl', actual: 'Skutečnost', unit: '' }) as {
      series: { name: string }[];
    };
    expect(own.series.map((s) => s.name)).toEqual(['Skutečnost', 'Cíl']);
  });
});
