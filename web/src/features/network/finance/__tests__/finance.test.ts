// Pure logic of the development plans and financing pages: amounts, the weighted score, the decision from the
// intentions, the cost grid, the intention sent back, the model's per-unit arithmetic and the chart options.
import { describe, expect, it } from 'vitest';
import {
  mayReadEvidence,
  answersSomething,
  choicesForDecision,
  compensationPerUnit,
  costGrid,
  decisionFromIntentions,
  decisionLabel,
  statusLabel,
  evaluationComplete,
  evidenceTrendOption,
  formatCzk,
  formatCzkDelta,
  fromPercent,
  gridCosts,
  intentionInput,
  optimalPerUnit,
  outlookByKindOption,
  outlookBySourceOption,
  toPercent,
  weightedScore,
  yearDeltas,
  yearRange,
} from '../finance';
import type { DevIntention, EvidenceIndicator } from '../types';

const NBSP = '\u00a0';

describe('amounts', () => {
  it('are whole crowns with Czech thousands separators', () => {
    expect(formatCzk(1234567.4)).toBe(`1${NBSP}234${NBSP}567${NBSP}Kč`);
    expect(formatCzk(999.5)).toBe(`1${NBSP}000${NBSP}Kč`);
    expect(formatCzk(0)).toBe(`0${NBSP}Kč`);
    expect(formatCzk(null)).toBe('—');
    expect(formatCzk(undefined)).toBe('—');
  });
  it('show a change with its sign', () => {
    expect(formatCzkDelta(12000)).toBe(`+12${NBSP}000${NBSP}Kč`);
    expect(formatCzkDelta(-3000)).toBe(`\u22123${NBSP}000${NBSP}Kč`);
    expect(formatCzkDelta(0.2)).toBe(`0${NBSP}Kč`);
    expect(yearDeltas([10, 20, 35], [10, 15, 30])).toEqual([0, 5, 5]);
  });
  it('count the years of a plan', () => {
    expect(yearRange(2026, 2028)).toEqual([2026, 2027, 2028]);
    expect(yearRange(2027, 2027)).toEqual([2027]);
  });
});

describe('the weighted score', () => {
  // Σ score/scale_max × weight / Σ weight × 100 (PLAN13_SPEC devplans)
  const cases: [string, { weight: number; scale_max: number; score: number | null }[], number | null][] = [
    [
      'all at the top',
      [
        { weight: 3, scale_max: 5, score: 5 },
        { weight: 1, scale_max: 5, score: 5 },
      ],
      100,
    ],
    [
      'weights count',
      [
        { weight: 3, scale_max: 5, score: 5 },
        { weight: 1, scale_max: 5, score: 0 },
      ],
      75,
    ],
    [
      'scales differ',
      [
        { weight: 1, scale_max: 4, score: 3 },
        { weight: 1, scale_max: 10, score: 5 },
      ],
      62.5,
    ],
    ['one decimal', [{ weight: 1, scale_max: 3, score: 1 }], 33.3],
    [
      'a missing score',
      [
        { weight: 1, scale_max: 5, score: 4 },
        { weight: 1, scale_max: 5, score: null },
      ],
      null,
    ],
    ['no criteria', [], null],
    ['zero weights', [{ weight: 0, scale_max: 5, score: 3 }], null],
  ];
  it.each(cases)('%s', (_name, entries, expected) => {
    expect(weightedScore(entries)).toBe(expected);
  });
  it('needs a score within the scale and a reason for every criterion', () => {
    expect(evaluationComplete([{ weight: 1, scale_max: 5, score: 3, reason: 'Pokrývá potřebu.' }])).toBe(true);
    expect(evaluationComplete([{ weight: 1, scale_max: 5, score: 3, reason: '  ' }])).toBe(false);
    expect(evaluationComplete([{ weight: 1, scale_max: 5, score: 6, reason: 'x' }])).toBe(false);
    expect(evaluationComplete([{ weight: 1, scale_max: 5, score: null, reason: 'x' }])).toBe(false);
    expect(evaluationComplete([])).toBe(false);
  });
});

describe('the decision', () => {
  it('follows the intentions: all supported, some, none', () => {
    expect(decisionFromIntentions(['support', 'support'])).toBe('support');
    expect(decisionFromIntentions(['support', 'not_support'])).toBe('partly');
    expect(decisionFromIntentions(['not_support', 'not_support'])).toBe('not_support');
    expect(decisionFromIntentions([])).toBe('not_support');
  });
  it("is named in the UI language, the server's name for an unknown code", () => {
    const t = (key: string) => `[${key}]`;
    expect(decisionLabel(t, 'partly', 'podpořit částečně')).toBe('[networkFinance.decision.partly]');
    expect(decisionLabel(t, 'other', 'jiné')).toBe('jiné');
    expect(decisionLabel(t, '', '')).toBe('—');
    expect(statusLabel(t, 'decided', 'rozhodnutý')).toBe('[networkFinance.status.decided]');
    expect(statusLabel(t, 'archived', 'archivovaný')).toBe('archivovaný');
  });
  it('sets the intentions when picked first (partly keeps them)', () => {
    expect(choicesForDecision('support', ['not_support', 'support'])).toEqual(['support', 'support']);
    expect(choicesForDecision('not_support', ['support', 'support'])).toEqual(['not_support', 'not_support']);
    expect(choicesForDecision('partly', ['support', 'not_support'])).toEqual(['support', 'not_support']);
  });
});

describe('intentions', () => {
  const years = [2026, 2027, 2028];
  const costs = [
    { year: 2026, category: 'personnel', amount: 400000 },
    { year: 2027, category: 'personnel', amount: 420000 },
    { year: 2026, category: 'investment', amount: 150000 },
    { year: 2030, category: 'operating', amount: 1 },
  ];
  it('costs as a grid by category and year (years outside the plan left out) and back', () => {
    const grid = costGrid(costs, years);
    expect(grid).toEqual({
      personnel: [400000, 420000, 0],
      operating: [0, 0, 0],
      investment: [150000, 0, 0],
    });
    expect(gridCosts(grid, years)).toEqual([
      { year: 2026, category: 'personnel', amount: 400000 },
      { year: 2026, category: 'investment', amount: 150000 },
      { year: 2027, category: 'personnel', amount: 420000 },
    ]);
  });
  it('go back to the server without names and with empty codes left out', () => {
    const i: DevIntention = {
      id: 7,
      type: 'capacity',
      type_name: 'Změna kapacity',
      description: 'Rozšíření o 5 lůžek',
      capacity_delta: 5,
      capacity_unit: 'lůžka',
      form_code: '',
      form_name: '',
      territory_code: 'CZ0521',
      territory_name: 'Hradec Králové',
      fte_delta: null,
      from_year: 2027,
      need_area_id: 3,
      need_name: 'Bydlení',
      finding_id: null,
      finding_text: '',
      plan_node_id: null,
      plan_node_code: '',
      plan_node_title: '',
      answers_text: '',
      decision: '',
      decision_name: '',
      costs: [{ year: 2027, category: 'personnel', category_name: 'Osobní náklady', amount: 500000 }],
      total: 500000,
    };
    expect(intentionInput(i)).toEqual({
      type: 'capacity',
      description: 'Rozšíření o 5 lůžek',
      capacity_delta: 5,
      capacity_unit: 'lůžka',
      form_code: undefined,
      territory_code: 'CZ0521',
      fte_delta: undefined,
      from_year: 2027,
      need_area_id: 3,
      finding_id: undefined,
      plan_node_id: undefined,
      answers_text: undefined,
      costs: [{ year: 2027, category: 'personnel', amount: 500000 }],
    });
    expect(answersSomething({ need_area_id: 3 })).toBe(true);
    expect(answersSomething({ finding_id: 9 })).toBe(true);
    expect(answersSomething({ answers_text: 'Čekatelé' })).toBe(true);
    expect(answersSomething({ answers_text: '  ' })).toBe(false);
  });
});

describe('the model per unit', () => {
  it.each([
    // reference, own revenue, share, other public → compensation, optimal
    [500, 200, 1, 0, 300, 300],
    [500, 200, 0.8, 40, 300, 200],
    [200, 500, 1, 0, 0, 0],
    [500, 200, 0.1, 100, 300, 0],
  ])('%d − %d, share %d, other %d', (rc, or, share, other, comp, optimal) => {
    expect(compensationPerUnit(rc, or)).toBe(comp);
    expect(optimalPerUnit({ reference_cost: rc, own_revenue: or, subsidy_share: share, other_public: other })).toBe(
      optimal,
    );
  });
  it('edits fractions as percentages', () => {
    expect(toPercent(0.035)).toBe(3.5);
    expect(fromPercent(3.5)).toBe(0.035);
    expect(fromPercent(100)).toBe(1);
  });
});

describe('charts', () => {
  it('draw the indicator with the peer band stacked on Q1', () => {
    const ind: EvidenceIndicator = {
      group_id: 1,
      group: 'Domovy pro seniory',
      code: 'cost_bed_day',
      indicator: 'Náklady na lůžkoden',
      unit: 'Kč',
      direction: 'lower',
      direction_name: 'nižší je lepší',
      trend: [
        {
          round_id: 2,
          round: '2025',
          period: 2025,
          value: 1800,
          peer_median: 1700,
          peer_q1: 1500,
          peer_q3: 1900,
          peers: 12,
        },
        {
          round_id: 1,
          round: '2024',
          period: 2024,
          value: 1650,
          peer_median: 1600,
          peer_q1: null,
          peer_q3: 1800,
          peers: 4,
        },
      ],
    };
    const o = evidenceTrendOption(ind, { own: 'Služba', median: 'Medián', band: 'Q1–Q3' }) as {
      xAxis: { data: string[] };
      series: { name: string; data: (number | null)[] }[];
    };
    expect(o.xAxis.data).toEqual(['2024', '2025']);
    expect(o.series.map((s) => s.name)).toEqual(['q1', 'Q1–Q3', 'Medián', 'Služba']);
    expect(o.series[0].data).toEqual([null, 1500]);
    expect(o.series[1].data).toEqual([null, 400]);
    expect(o.series[3].data).toEqual([1650, 1800]);
  });
  it('stack the sources by year, leaving out the empty ones', () => {
    const o = outlookBySourceOption({
      years: [2026, 2027],
      by_source: [
        { source: 'client_payments', name: 'Úhrady klientů', values: [100.4, 110], base_values: [100, 110] },
        { source: 'eu_funds', name: 'Fondy EU', values: [0, 0], base_values: [0, 0] },
        { source: 'state_subsidy', name: 'Státní dotace přes kraj', values: [500, 520.6], base_values: [500, 520] },
      ],
    }) as { xAxis: { data: string[] }; series: { name: string; stack: string; data: number[] }[] };
    expect(o.xAxis.data).toEqual(['2026', '2027']);
    expect(o.series.map((s) => s.name)).toEqual(['Úhrady klientů', 'Státní dotace přes kraj']);
    expect(o.series.every((s) => s.stack === 'sources')).toBe(true);
    expect(o.series[1].data).toEqual([500, 521]);
    const named = outlookBySourceOption(
      { years: [2026], by_source: [{ source: 'region', name: 'kraj', values: [1], base_values: [1] }] },
      (s) => `[${s}]`,
    ) as { series: { name: string }[] };
    expect(named.series[0].name).toBe('[region]');
  });
  it('show the kinds largest first and the base as a line with a scenario', () => {
    const kinds = [
      {
        kind_code: 'a',
        kind_name: 'Pečovatelská služba',
        services: 2,
        units: [],
        cost: [],
        optimal: [10, 10],
        base_optimal: [10, 8],
      },
      {
        kind_code: 'b',
        kind_name: 'Domovy pro seniory',
        services: 1,
        units: [],
        cost: [],
        optimal: [50, 60],
        base_optimal: [50, 50],
      },
    ];
    const o = outlookByKindOption({ years: [2026, 2027], by_kind: kinds }, true, 'Základ') as {
      series: { name: string; type: string; data: number[] }[];
    };
    expect(o.series.map((s) => s.name)).toEqual(['Domovy pro seniory', 'Pečovatelská služba', 'Základ']);
    expect(o.series[2]).toMatchObject({ type: 'line', data: [60, 58] });
    const plain = outlookByKindOption({ years: [2026, 2027], by_kind: kinds }, false, 'Základ') as {
      series: unknown[];
    };
    expect(plain.series).toHaveLength(2);
  });
});

describe('who may open the evidence of a service', () => {
  const member = (organisation_id: number, organisation_type: string, role: string) => ({
    platform_admin: false,
    memberships: [{ organisation_id, organisation_type, role }],
  });
  it('the region staff and the members of its provider, never an evaluator, a municipality or an audit body', () => {
    expect(mayReadEvidence(member(1, 'region', 'worker'), 7)).toBe(true);
    expect(mayReadEvidence(member(7, 'provider', 'readonly'), 7)).toBe(true);
    expect(mayReadEvidence(member(8, 'provider', 'manager'), 7)).toBe(false);
    expect(mayReadEvidence(member(7, 'provider', 'evaluator'), 7)).toBe(false);
    expect(mayReadEvidence(member(3, 'municipality', 'manager'), 7)).toBe(false);
    expect(mayReadEvidence(member(4, 'audit_body', 'auditor'), 7)).toBe(false);
    expect(mayReadEvidence({ platform_admin: true, memberships: [] }, 7)).toBe(true);
  });
  it('without a provider (a list of what the user may read) any provider or region member', () => {
    expect(mayReadEvidence(member(8, 'provider', 'worker'))).toBe(true);
    expect(mayReadEvidence(member(3, 'municipality', 'manager'))).toBe(false);
  });
});
