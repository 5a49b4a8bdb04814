import { describe, expect, it } from 'vitest';
import {
  capacityOption,
  formatParticipants,
  hoursBarOption,
  indicatorTrend,
  indicatorTrendOption,
  indicatorValueText,
  parseHouseholdSizes,
  parseParticipants,
  parseWorkers,
  staffingOption,
  trendDirection,
  trendsByUnit,
  latestRecordYear,
  supervisionProviders,
  defaultSupervisionKind,
  recordsOfKind,
  TIME_AXIS_LABELS,
  seesRegionIndicators,
} from '../care';
import { cs, en } from '../i18n';

describe('parseParticipants', () => {
  it('reads name and team per line, skipping empty lines and collapsing spaces', () => {
    const r = parseParticipants(
      'Jana  Nováková; Terénní tým\n\nPetr Svoboda, Pobytový tým\nEva Dvořáková\n ; bez jména',
    );
    expect(r.participants).toEqual([
      { name: 'Jana Nováková', team: 'Terénní tým' },
      { name: 'Petr Svoboda', team: 'Pobytový tým' },
      { name: 'Eva Dvořáková', team: '' },
    ]);
    expect(r.bad).toEqual([5]);
  });
  it('round-trips through formatParticipants', () => {
    const list = [
      { name: 'A B', team: 'T' },
      { name: 'C', team: '' },
    ];
    expect(parseParticipants(formatParticipants(list)).participants).toEqual(list);
  });
});

describe('parseHouseholdSizes', () => {
  it.each([
    ['3;2', [3, 2]],
    ['3, 2 4', [3, 2, 4]],
    ['1', [1]],
    ['', null],
    ['0', null],
    ['3;x', null],
    ['100', null],
    ['2.5', null],
  ])('%s → %j', (text, expected) => expect(parseHouseholdSizes(text)).toEqual(expected));
});

describe('charts', () => {
  it('hours bars put the largest at the top', () => {
    const o = hoursBarOption(
      [
        { name: 'B', hours: 2 },
        { name: 'A', hours: 5 },
        { name: 'C', hours: 2 },
      ],
      'h',
    ) as {
      yAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(o.yAxis.data).toEqual(['C', 'B', 'A']);
    expect(o.series[0].data).toEqual([2, 2, 5]);
  });
  it('hours read as Czech numbers on the axis and the bars', () => {
    const o = hoursBarOption([{ name: 'A', hours: 1.5 }], 'h') as {
      xAxis: { axisLabel: { formatter: (v: number) => string } };
      series: { label: { formatter: (p: { value: number }) => string } }[];
    };
    expect(o.xAxis.axisLabel.formatter(0.5)).toBe('0,5');
    expect(o.series[0].label.formatter({ value: 1.5 })).toBe('1,5');
  });
  it('staffing draws the norm only when it is set', () => {
    const pts = [
      { as_of: '2023-01-01', ratio: 70 },
      { as_of: '2024-01-01', ratio: null },
      { as_of: '2025-01-01', ratio: 65 },
    ];
    const without = staffingOption(pts, null, { ratio: 'r', norm: 'n' }) as { series: { data: unknown[] }[] };
    expect(without.series).toHaveLength(1);
    expect(without.series[0].data[1]).toEqual(['2024-01-01', null]);
    const withNorm = staffingOption(pts, 60, { ratio: 'r', norm: 'n' }) as { series: { data: unknown[] }[] };
    expect(withNorm.series[1].data).toEqual([
      ['2023-01-01', 60],
      ['2025-01-01', 60],
    ]);
  });
  it('time axes are labelled the Czech way, never with English month names', () => {
    const pts = [
      { as_of: '2023-01-01', ratio: 75 },
      { as_of: '2025-01-01', ratio: 70 },
    ];
    const staffing = staffingOption(pts, null, { ratio: 'r', norm: 'n' }) as { xAxis: { axisLabel: unknown } };
    const capacity = capacityOption(
      [{ date: '2022-01-01', capacity: 60 }],
      [],
      { date: '2027-12-31', capacity: 12 },
      { planned: 'p', actual: 'a', target: 't' },
    ) as { xAxis: { axisLabel: unknown } };
    for (const o of [staffing, capacity]) {
      expect(o.xAxis.axisLabel).toBe(TIME_AXIS_LABELS);
    }
    expect(Object.values(TIME_AXIS_LABELS.formatter).join(' ')).not.toMatch(/MMM|MMMM|ee/);
    expect(TIME_AXIS_LABELS.formatter.month).toBe('{M}/{yyyy}');
  });
  it('value axes write a decimal comma (0,5 hours, not 0.5)', () => {
    const bars = hoursBarOption([{ name: 'A', hours: 1.5 }], 'h') as {
      xAxis: { axisLabel: { formatter: (v: number) => string } };
    };
    expect(bars.xAxis.axisLabel.formatter(0.5)).toBe('0,5');
    const staffing = staffingOption([{ as_of: '2023-01-01', ratio: 74.9 }], null, { ratio: 'r', norm: 'n' }) as {
      yAxis: { axisLabel: { formatter: (v: number) => string } };
    };
    expect(staffing.yAxis.axisLabel.formatter(2.5)).toBe('2,5');
  });
  it('the kind filter of supervision applies to the list as it does to the hours', () => {
    const records = [
      { id: 1, kind: 'supervision' },
      { id: 2, kind: 'consultation' },
    ];
    expect(recordsOfKind(records, 'supervision').map((r) => r.id)).toEqual([1]);
    expect(recordsOfKind(records, 'consultation').map((r) => r.id)).toEqual([2]);
    expect(recordsOfKind(records, 'all').map((r) => r.id)).toEqual([1, 2]);
  });
  it('capacity has planned, actual and target series', () => {
    const o = capacityOption(
      [
        { date: '2022-01-01', capacity: 60 },
        { date: '2023-01-01', capacity: 48 },
      ],
      [{ date: '2022-01-01', capacity: 60 }],
      { date: '2027-12-31', capacity: 12 },
      { planned: 'p', actual: 'a', target: 't' },
    ) as {
      series: { name: string; data: unknown[] }[];
    };
    expect(o.series.map((s) => s.name)).toEqual(['p', 'a', 't']);
    expect(o.series[2].data).toEqual([['2027-12-31', 12]]);
  });
});

describe('indicator trend', () => {
  const defs = [
    { id: 1, code: 'own_key', name: 'Klíč', unit: '%', direction: 'higher' },
    { id: 2, code: 'restraint', name: 'Omezení', unit: '', direction: 'lower' },
    { id: 3, code: 'empty', name: 'Bez hodnot', unit: '', direction: 'higher' },
  ];
  const values = [
    { indicator_id: 1, period: '2024', value: 58 },
    { indicator_id: 1, period: '2023', value: 35 },
    { indicator_id: 2, period: '2023', value: 14 },
    { indicator_id: 2, period: '2025', value: 5 },
  ];
  it('aligns values on sorted periods and drops indicators without values', () => {
    const t = indicatorTrend(defs, values);
    expect(t.periods).toEqual(['2023', '2024', '2025']);
    expect(t.series.map((s) => s.indicator.code)).toEqual(['own_key', 'restraint']);
    expect(t.series[0].data).toEqual([35, 58, null]);
    expect(t.series[1].data).toEqual([14, null, 5]);
  });
  it('draws each unit on its own chart and axis, never mixing units', () => {
    const defs = [
      { id: 1, code: 'leisure', name: 'Volnočasové aktivity', unit: 'aktivit/měsíc', direction: 'higher' },
      { id: 2, code: 'own_key', name: 'Klienti s vlastním klíčem', unit: '%', direction: 'higher' },
      { id: 3, code: 'work', name: 'Klienti v zaměstnání', unit: '%', direction: 'higher' },
      { id: 4, code: 'restraint', name: 'Omezující opatření', unit: 'případů/rok', direction: 'lower' },
    ];
    const values = [
      { indicator_id: 1, period: '2024', value: 1.2 },
      { indicator_id: 2, period: '2024', value: 35 },
      { indicator_id: 3, period: '2024', value: 4 },
      { indicator_id: 4, period: '2024', value: 14 },
    ];
    const groups = trendsByUnit(indicatorTrend(defs, values));
    expect(groups.map((g) => [g.unit, g.series.map((s) => s.indicator.code)])).toEqual([
      ['aktivit/měsíc', ['leisure']],
      ['%', ['own_key', 'work']],
      ['případů/rok', ['restraint']],
    ]);
    const o = indicatorTrendOption(groups[1]) as { yAxis: { name: string }; series: { name: string }[] };
    expect(o.yAxis.name).toBe('%');
    expect(o.series.map((s) => s.name)).toEqual(['Klienti s vlastním klíčem', 'Klienti v zaměstnání']);
  });
  it('shows counts without decimals and decimals with a comma', () => {
    expect(indicatorValueText(35)).toBe('35');
    expect(indicatorValueText(1.2)).toBe('1,2');
    expect(indicatorValueText(null)).toBe('—');
  });
  it('judges the change by the direction', () => {
    expect(trendDirection('higher', [35, 58, null])).toBe('better');
    expect(trendDirection('lower', [14, null, 5])).toBe('better');
    expect(trendDirection('lower', [5, 9])).toBe('worse');
    expect(trendDirection('none', [1, 2])).toBe('unknown');
    expect(trendDirection('higher', [3])).toBe('unknown');
    expect(trendDirection('higher', [3, 3])).toBe('same');
  });
});

describe('texts', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  it('Czech and English have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(cs).sort());
    expect(keys(cs).length).toBeGreaterThan(50);
  });
});

describe('parseWorkers', () => {
  it('reads position and FTE with a decimal comma and reports bad lines', () => {
    const r = parseWorkers('sociální pracovnice; 1\nvedoucí; 0,5\n\nkurátor\nasistent; 2');
    expect(r.workers).toEqual([
      { name: '', job: 'sociální pracovnice', fte: 1 },
      { name: '', job: 'vedoucí', fte: 0.5 },
    ]);
    expect(r.bad).toEqual([4, 5]);
  });
});

describe('the supervision page opens on readable data', () => {
  const records = [
    { provider_org_id: 26, provider_name: 'Charita Kladské pomezí', held_on: '2024-05-14' },
    { provider_org_id: 26, provider_name: 'Charita Kladské pomezí', held_on: '2025-03-02' },
    { provider_org_id: 31, provider_name: 'Domov Na Stráni', held_on: '2023-11-20' },
  ];
  it('offers the own providers first, then those of readable records, each once', () => {
    const own = [
      { organisation_id: 31, organisation_name: 'Domov Na Stráni', organisation_type: 'provider' },
      { organisation_id: 2, organisation_name: 'Kraj', organisation_type: 'region' },
    ];
    expect(supervisionProviders(records, own)).toEqual([
      { id: 31, name: 'Domov Na Stráni' },
      { id: 26, name: 'Charita Kladské pomezí' },
    ]);
    expect(supervisionProviders([], own)).toEqual([{ id: 31, name: 'Domov Na Stráni' }]);
    // An audit body with no provider membership: only providers it has records of.
    expect(
      supervisionProviders(records, [
        { organisation_id: 5, organisation_name: 'Institut', organisation_type: 'audit_body' },
      ]).map((p) => p.id),
    ).toEqual([26, 31]);
  });
  it('opens on the latest year with a record of the provider, else the current year', () => {
    expect(latestRecordYear(records, 26, 2026)).toBe(2025);
    expect(latestRecordYear(records, 31, 2026)).toBe(2023);
    expect(latestRecordYear(records, 99, 2026)).toBe(2026);
    expect(latestRecordYear(records, undefined, 2026)).toBe(2026);
  });
  it('opens on every kind when the provider has only consultations in the year', () => {
    const kinds = [
      { provider_org_id: 26, held_on: '2025-03-12', kind: 'consultation' },
      { provider_org_id: 26, held_on: '2024-05-14', kind: 'supervision' },
    ];
    expect(defaultSupervisionKind(kinds, 26, 2025)).toBe('all');
    expect(defaultSupervisionKind(kinds, 26, 2024)).toBe('supervision');
    expect(defaultSupervisionKind(kinds, 26, 2023)).toBe('supervision');
  });
});

describe('the link to the inclusion indicators', () => {
  it.each([
    ['a region member', false, ['region'], true],
    ['the platform administrator', true, [], true],
    ['a provider', false, ['provider'], false],
    ['an audit body and a municipality', false, ['audit_body', 'municipality'], false],
  ])('is shown to %s: %s', (_, platform_admin, types, shown) => {
    expect(
      seesRegionIndicators({ platform_admin, memberships: types.map((organisation_type) => ({ organisation_type })) }),
    ).toBe(shown);
  });
});
