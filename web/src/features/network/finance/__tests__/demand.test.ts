// The network's financial demand as the outlook and the plan card show it (optimal subsidy + supported
// development), the SPRSS measures an intention may link to, and subsidy-line amounts that can be cleared.
import { describe, expect, it } from 'vitest';
import { demandOption, demandRows, lineInput, parseAmount, planNodeGroups } from '../finance';
import { planDemandQuery, planDemandView } from '../components/PlanDemandCard';

const outlook = {
  years: [2026, 2027, 2028],
  total_optimal: [12_150_000, 14_050_000, 14_752_500],
  total_demand: [13_000_000, 14_890_000, 14_872_500],
  development: {
    totals: [
      { year: 2026, personnel: 800_000, operating: 50_000, investment: 0, total: 850_000 },
      { year: 2027, personnel: 840_000, operating: 0, investment: 0, total: 840_000 },
      { year: 2028, personnel: 0, operating: 0, investment: 120_000, total: 120_000 },
    ],
    plans: [],
  },
};

describe('demandRows', () => {
  it('puts the optimal subsidy, the development by category and the server total side by side per year', () => {
    const rows = demandRows(outlook);
    expect(rows).toEqual([
      {
        year: 2026,
        optimal: 12_150_000,
        personnel: 800_000,
        operating: 50_000,
        investment: 0,
        development: 850_000,
        total: 13_000_000,
      },
      {
        year: 2027,
        optimal: 14_050_000,
        personnel: 840_000,
        operating: 0,
        investment: 0,
        development: 840_000,
        total: 14_890_000,
      },
      {
        year: 2028,
        optimal: 14_752_500,
        personnel: 0,
        operating: 0,
        investment: 120_000,
        development: 120_000,
        total: 14_872_500,
      },
    ]);
  });

  it('counts a year with no development (or an outlook without the part) as 0 and sums itself', () => {
    const rows = demandRows({ years: [2030], total_optimal: [1000] });
    expect(rows).toEqual([
      { year: 2030, optimal: 1000, personnel: 0, operating: 0, investment: 0, development: 0, total: 1000 },
    ]);
  });
});

describe('demandOption', () => {
  it('stacks the development on the optimal subsidy, rounded to whole crowns', () => {
    const option = demandOption(demandRows({ ...outlook, total_optimal: [1000.5, 2000.4, 0] }), {
      optimal: 'Optimální dotace',
      development: 'Rozvoj',
    }) as { xAxis: { data: string[] }; series: { name: string; stack: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(['2026', '2027', '2028']);
    expect(option.series.map((s) => [s.name, s.stack])).toEqual([
      ['Optimální dotace', 'demand'],
      ['Rozvoj', 'demand'],
    ]);
    expect(option.series[0].data).toEqual([1001, 2000, 0]);
    expect(option.series[1].data).toEqual([850_000, 840_000, 120_000]);
  });
});

describe('planNodeGroups', () => {
  it('lists the measures and activities of each plan as "code title", leaving plans without any out', () => {
    const groups = planNodeGroups([
      {
        plan: { id: 1, title: 'SPRSS KHK', year_from: 2025, year_to: 2027 },
        nodes: [
          { id: 10, level: 'priority', code: '1', title: 'Dostupnost' },
          { id: 11, level: 'goal', code: '1.1', title: 'Péče doma' },
          { id: 12, level: 'measure', code: '1.1.1', title: 'Rozšířit terénní služby' },
          { id: 13, level: 'activity', code: '1.1.1.1', title: 'Nové úvazky' },
        ],
      },
      { plan: { id: 2, title: 'Koncept', year_from: 2028, year_to: 2030 }, nodes: [] },
    ]);
    expect(groups).toEqual([
      {
        label: 'SPRSS KHK (2025–2027)',
        options: [
          { value: 12, label: '1.1.1 Rozšířit terénní služby' },
          { value: 13, label: '1.1.1.1 Nové úvazky' },
        ],
      },
    ]);
  });
});

describe('planDemandCard access and span', () => {
  it('shows the whole region to its staff, a provider its own part, nobody else anything', () => {
    expect(planDemandView(new Set(['region']))).toBe('all');
    expect(planDemandView(new Set(['provider', 'municipality']))).toBe('own');
    expect(planDemandView(new Set(['municipality']))).toBe('none');
    expect(planDemandView(new Set(['audit']))).toBe('none');
    expect(planDemandView(new Set())).toBe('none');
  });
  it('asks the outlook for the plan years (at most 10) without the service list', () => {
    expect(planDemandQuery(2025, 2027)).toEqual({ year_from: 2025, years: 3, limit: 0 });
    expect(planDemandQuery(2025, 2040)).toEqual({ year_from: 2025, years: 10, limit: 0 });
  });
});

describe('clearing amounts of a subsidy line', () => {
  it('reads an emptied field as no value, not 0', () => {
    expect(parseAmount('')).toBe('');
    expect(parseAmount(undefined)).toBe('');
    expect(parseAmount(' Kč')).toBe('');
    expect(parseAmount('1 250 000')).toBe(1_250_000);
    expect(parseAmount('0')).toBe(0);
  });

  const stored = { requested: 11_000_000, granted: 10_000_000, can_request: true, can_grant: false };
  it('clears a stored requested amount and leaves out one never given', () => {
    expect(lineInput(stored, null, null, '')).toEqual({ clear_requested: true });
    expect(lineInput({ ...stored, requested: null }, null, null, '')).toEqual({});
    expect(lineInput(stored, 12_000_000, null, '')).toEqual({ requested: 12_000_000 });
  });
  it('lets the region clear the granted amount and send its reason', () => {
    const region = { ...stored, can_grant: true };
    expect(lineInput(region, 11_000_000, null, 'Bez dotace')).toEqual({
      requested: 11_000_000,
      clear_granted: true,
      difference_reason: 'Bez dotace',
    });
    expect(lineInput({ ...region, granted: undefined }, 0, 0, '')).toEqual({
      requested: 0,
      granted: 0,
      difference_reason: '',
    });
  });
});
