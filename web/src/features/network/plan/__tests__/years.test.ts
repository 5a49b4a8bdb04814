// The network year by year: filters of a year's entries, the capacity of each kind over the years, the decision
// form's checks and the body it sends.
import { describe, expect, it } from 'vitest';
import {
  actFromEntry,
  capacityByKind,
  capacityByUnit,
  decisionInput,
  decisionProblems,
  filterEntries,
  filterOptions,
  nextYear,
  parseAmount,
  seriesUnits,
  sortYears,
  yearApproveWarnings,
  type DecisionDraft,
} from '../years';
import { entry, yearDetail } from './fixtures';

const entries = [
  entry(),
  entry({
    service_id: 2,
    service_name: 'Domov pro seniory Dvůr Králové',
    provider_id: 11,
    provider_name: 'Město Dvůr Králové',
    kind_code: '13',
    kind_name: 'domovy pro seniory',
    capacity: 60,
    capacity_unit: 'luzka',
    territories: [{ code: '5203', name: 'Dvůr Králové nad Labem' }],
  }),
  entry({
    service_id: 3,
    service_name: 'Pečovatelská služba Broumov',
    territories: [
      { code: '5201', name: 'Broumov' },
      { code: '5209', name: 'Náchod' },
    ],
    capacity: 40,
  }),
];

describe('filterEntries', () => {
  it.each([
    [{}, [1, 2, 3]],
    [{ kind: '4' }, [1, 3]],
    [{ territory: '5209' }, [1, 3]],
    [{ territory: '5201' }, [3]],
    [{ provider: 11 }, [2]],
    [{ text: 'broumov' }, [3]],
    [{ text: 'MĚSTO' }, [2]],
    [{ kind: '4', territory: '5203' }, []],
  ])('%j → %j', (f, ids) => expect(filterEntries(entries, f).map((e) => e.service_id)).toEqual(ids));
});

describe('filterOptions', () => {
  it('offers kinds, territories and providers by name, each once', () => {
    const o = filterOptions(entries);
    expect(o.kinds.map((k) => k.label)).toEqual(['domovy pro seniory', 'pečovatelská služba']);
    expect(o.territories.map((t) => t.label)).toEqual(['Broumov', 'Dvůr Králové nad Labem', 'Náchod']);
    expect(o.providers).toEqual([
      { value: 10, label: 'Charita Náchod' },
      { value: 11, label: 'Město Dvůr Králové' },
    ]);
  });
});

describe('capacity', () => {
  it('sums what is shown by unit', () => {
    expect(capacityByUnit(entries)).toEqual([
      { unit: 'klient', capacity: 140 },
      { unit: 'luzka', capacity: 60 },
    ]);
  });

  it('gives each kind and unit a series over the years ascending, 0 where the kind had nothing', () => {
    const r = capacityByKind([
      yearDetail(2026, entries),
      yearDetail(2024, [entry({ capacity: 80 })]),
      yearDetail(2025, [entry({ capacity: 90 }), entries[1]]),
    ]);
    expect(r.years).toEqual([2024, 2025, 2026]);
    expect(r.series).toEqual([
      { kind: '13', name: 'domovy pro seniory', unit: 'luzka', values: [0, 60, 60] },
      { kind: '4', name: 'pečovatelská služba', unit: 'klient', values: [80, 90, 140] },
    ]);
    expect(seriesUnits(r.series)).toEqual(['klient', 'luzka']);
  });
});

describe('years', () => {
  it('starts the year after the latest, or this year', () => {
    expect(nextYear([{ year: 2025 }, { year: 2026 }, { year: 2024 }])).toBe(2027);
    expect(nextYear([], new Date(2026, 5, 1))).toBe(2026);
    expect(sortYears([{ year: 2024 }, { year: 2026 }, { year: 2025 }]).map((y) => y.year)).toEqual([2026, 2025, 2024]);
  });
});

describe('parseAmount', () => {
  it.each([
    ['12', 12],
    ['1 250,5', 1250.5],
    ['12.5', 12.5],
    ['', undefined],
    ['abc', undefined],
    ['1,2,3', undefined],
  ])('%j → %j', (text, n) => expect(parseAmount(text)).toBe(n));
});

const draft = (patch: Partial<DecisionDraft>): DecisionDraft => ({
  kind: 'change',
  service_id: 1,
  decided_on: '2026-03-01',
  reason: 'Rozšíření do obcí Broumovska',
  decided_by_text: '',
  capacity_after: '120',
  capacity_unit: 'klient',
  ...patch,
});

describe('decisionProblems', () => {
  it.each<[Partial<DecisionDraft>, [string, string][]]>([
    [{}, []],
    [{ service_id: undefined }, [['service_id', 'networkPlan.decision.serviceRequired']]],
    [{ kind: 'include' }, [['service_id', 'networkPlan.decision.alreadyIn']]],
    [{ kind: 'include', service_id: 99 }, []],
    [{ kind: 'remove', service_id: 99 }, [['service_id', 'networkPlan.decision.notIn']]],
    [{ kind: 'remove', capacity_after: '' }, []],
    [{ decided_on: '' }, [['decided_on', 'networkPlan.decision.dateRequired']]],
    [{ reason: '  ' }, [['reason', 'networkPlan.decision.reasonRequired']]],
    [{ capacity_after: '0' }, [['capacity_after', 'networkPlan.decision.capacityPositive']]],
    [{ capacity_after: 'hodně' }, [['capacity_after', 'networkPlan.decision.capacityPositive']]],
    [{ capacity_after: '100' }, [['capacity_after', 'networkPlan.decision.sameCapacity']]],
    [{ capacity_after: '100', capacity_unit: 'hodiny' }, []],
    [{ capacity_after: '100', territories: ['5209'] }, [['capacity_after', 'networkPlan.decision.sameCapacity']]],
    [{ capacity_after: '100', territories: ['5209', '5201'] }, []],
  ])('%j', (patch, problems) => expect(decisionProblems(draft(patch), entries)).toEqual(problems));
});

describe('decisionInput', () => {
  it('sends the capacity of a change with its unit, trimmed texts, who decided only when given', () => {
    expect(
      decisionInput(draft({ capacity_after: '1 250,5', reason: ' Důvod ', decided_by_text: ' Rada kraje ' })),
    ).toEqual({
      service_id: 1,
      kind: 'change',
      decided_on: '2026-03-01',
      reason: 'Důvod',
      decided_by_text: 'Rada kraje',
      capacity_after: 1250.5,
      capacity_unit: 'klient',
    });
  });

  it('sends the territories after an inclusion or a change when chosen, never for a removal', () => {
    expect(decisionInput(draft({ territories: ['5201', '5209'] })).territories_after).toEqual(['5201', '5209']);
    expect(decisionInput(draft({ territories: [] }))).not.toHaveProperty('territories_after');
    expect(decisionInput(draft({ kind: 'remove', territories: ['5201'] }))).not.toHaveProperty('territories_after');
  });

  it('sends no capacity for a removal', () => {
    expect(decisionInput(draft({ kind: 'remove' }))).toEqual({
      service_id: 1,
      kind: 'remove',
      decided_on: '2026-03-01',
      reason: 'Rozšíření do obcí Broumovska',
    });
  });
});

describe('actFromEntry', () => {
  const e = entry({
    capacity: 24,
    capacity_unit: 'luzka',
    territories: [
      { code: '5205', name: 'Hradec Králové' },
      { code: '5212', name: 'Nový Bydžov' },
    ],
  });
  it('fills a new act with the capacity, unit and territories of the service in the network', () => {
    expect(actFromEntry(e, {})).toEqual({ capacity: 24, capacity_unit: 'luzka', territories: ['5205', '5212'] });
  });
  it('keeps what the officer already entered', () => {
    expect(actFromEntry(e, { capacity: 20, capacity_unit: 'klient', territories: ['5205'] })).toEqual({});
    expect(actFromEntry(e, { capacity: 0 })).toEqual({ capacity_unit: 'luzka', territories: ['5205', '5212'] });
  });
  it('takes nothing for a service not in the network', () => {
    expect(actFromEntry(undefined, {})).toEqual({});
  });
});

describe('yearApproveWarnings', () => {
  it('names the services not in the registry and the capacity mismatches before a year is approved', () => {
    const diff = {
      not_registered: [{ service_id: 1 }],
      capacity_mismatch: [{ service_id: 2 }, { service_id: 3 }],
    } as unknown as Parameters<typeof yearApproveWarnings>[0];
    expect(yearApproveWarnings(diff)).toEqual([
      { key: 'networkPlan.year.warnNotRegistered', values: { count: 1 } },
      { key: 'networkPlan.year.warnMismatch', values: { count: 2 } },
    ]);
  });
  it('says nothing when the network agrees with the registry or the comparison is not loaded', () => {
    expect(yearApproveWarnings({ not_registered: [], capacity_mismatch: [] })).toEqual([]);
    expect(yearApproveWarnings(undefined)).toEqual([]);
  });
});
