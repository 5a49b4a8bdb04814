import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { BenchmarkComparison, BmMethodology, DeaResult } from '../types';
import { reasonText } from '../components/Tags';
import {
  comparisonApiQuery,
  comparisonViewToSearch,
  hasReserve,
  localiseComparison,
  ownServices,
  parseComparisonView,
  scoreRows,
  statRows,
} from '../comparison';
import {
  DEA_LABEL_WIDTH,
  deaBarOption,
  deaBars,
  deaChartHeight,
  deaInputError,
  deaJobActive,
  deaJobPercent,
  deaLabelWidth,
  deaStatusText,
  deaVariables,
  localiseDeaResults,
  peersText,
  type DeaJob,
} from '../dea';
import { goodPracticeApiQuery, goodPracticeFiltersToSearch, parseGoodPracticeFilters } from '../goodPracticeFilters';
import { group, indicator, ref, score } from './fixtures';

describe('comparison view in the URL', () => {
  it('round-trips and leaves the default peer grouping out', () => {
    const v = parseComparisonView('?indicator=occupancy&peer=kind&founder=church&service=81&x=occupancy&y=cost');
    expect(v).toEqual({
      indicator: 'occupancy',
      peer: 'kind',
      territory: undefined,
      founder: 'church',
      size_band: undefined,
      service: 81,
      x: 'occupancy',
      y: 'cost',
    });
    expect(parseComparisonView(comparisonViewToSearch(v))).toEqual(v);
    expect(comparisonViewToSearch(parseComparisonView('?peer=kind_form&founder=pirates'))).toBe('');
    expect(comparisonApiQuery(v)).toEqual({
      peer: 'kind',
      territory: undefined,
      founder: 'church',
      size_band: undefined,
    });
  });
});

describe('comparison tables', () => {
  const ind = indicator(
    'cost',
    [
      group('B skupina', [
        score(ref(1, 'Domov A'), 1800),
        score(ref(2, 'Domov B', true), 1500, { reserve_median: 0 }),
        score(ref(3, 'Domov C'), null),
        score(ref(4, 'Domov D'), 1200),
      ]),
      group('A skupina', [score(ref(5, 'Domov E'), 1000)], { suppressed: true }),
    ],
    'lower',
  );

  it('lists own services first, then from the best value by direction, missing values last', () => {
    expect(scoreRows(ind).map((r) => r.service.name)).toEqual(['Domov B', 'Domov E', 'Domov D', 'Domov A', 'Domov C']);
    expect(scoreRows({ ...ind, direction: 'higher' }).map((r) => r.service.name)).toEqual([
      'Domov B',
      'Domov A',
      'Domov D',
      'Domov E',
      'Domov C',
    ]);
  });
  it('puts suppressed groups last in the statistics', () => {
    expect(statRows(ind).map((g) => g.label)).toEqual(['B skupina', 'A skupina']);
  });
  it('finds own services over all indicators', () => {
    expect(ownServices({ indicators: [ind, ind] } as never)).toEqual([{ id: 2, name: 'Domov B' }]);
  });
  it('shows a reserve only when there is one', () => {
    expect([hasReserve(0), hasReserve(null), hasReserve(12.5)]).toEqual([false, false, true]);
  });
});

describe('DEA', () => {
  const methodology = {
    items: [{ code: 'staff_fte', name_cs: 'Úvazky', name_en: 'Staff', unit: 'FTE' }],
    indicators: [{ code: 'occupancy', name_cs: 'Obložnost', name_en: '', unit: '%' }],
  } as unknown as BmMethodology;
  const result = (name: string, efficiency: number | null, own = false, efficient = false): DeaResult => ({
    service: ref(own ? 2 : null, name, own),
    efficiency,
    status: efficiency === null ? 'missing: beds' : 'ok',
    status_text: '',
    status_text_en: '',
    efficient,
    peers: efficiency === 1 ? [] : [{ service: ref(null, 'Služba A'), lambda: 0.4213 }],
    slacks: [],
  });

  it('offers items then indicators in the UI language', () => {
    expect(deaVariables(methodology, 'en').map((v) => `${v.kind}:${v.name}`)).toEqual([
      'item:Staff',
      'indicator:Obložnost',
    ]);
  });
  it('checks the chosen variables', () => {
    expect(deaInputError([], ['a'])).toBe('inputsRequired');
    expect(deaInputError(['a'], [])).toBe('outputsRequired');
    expect(deaInputError(['a'], ['a'])).toBe('overlap');
    expect(deaInputError(['a'], ['b'])).toBeNull();
  });
  it('charts scored services from the most efficient', () => {
    const bars = deaBars([
      result('Služba B', 0.8),
      result('Služba A', 1, false, true),
      result('Náš domov', 0.9, true),
      result('Služba C', null),
    ]);
    expect(bars.map((b) => b.label)).toEqual(['Služba A', 'Náš domov', 'Služba B']);
    const o = deaBarOption(bars, 'Efektivita');
    expect(o.yAxis.data).toEqual(['Služba B', 'Náš domov', 'Služba A']);
    // whole names, wrapped, never cut to identical stubs
    expect(o.yAxis.axisLabel).toEqual({ width: DEA_LABEL_WIDTH, overflow: 'break', lineHeight: 14 });
    expect(deaChartHeight(bars)).toBe(Math.max(160, bars.length * 36 + 40));
    expect(o.series[0].label.formatter({ value: 0.9 })).toBe('90\u00a0%');
    expect(peersText(result('Služba B', 0.8))).toBe('Služba A (0,421)');
    const selfPeer = { ...result('Služba A', 1, false, true), peers: [{ service: ref(null, 'Služba A'), lambda: 1 }] };
    expect(peersText(selfPeer)).toBe('');
  });
});

describe('good-practice filters', () => {
  it('round-trip through the URL with 20 a page by default', () => {
    const f = parseGoodPracticeFilters('?q=noc&kind=13&indicator=occupancy&page=2');
    expect(f).toEqual({ q: 'noc', kind: '13', indicator: 'occupancy', page: 2, page_size: 20 });
    expect(goodPracticeFiltersToSearch(f)).toBe('?q=noc&kind=13&indicator=occupancy&page=2');
    expect(goodPracticeApiQuery(f)).toEqual({ q: 'noc', kind: '13', indicator: 'occupancy', page: 2, page_size: 20 });
  });
});

describe('the DEA chart on a phone (390 px)', () => {
  it('leaves the bars most of the width: names take about two fifths, wrapped, and rows grow', () => {
    expect(deaLabelWidth(1440)).toBe(DEA_LABEL_WIDTH);
    const phone = deaLabelWidth(390);
    expect(phone).toBeLessThan(0.45 * 390);
    expect(phone).toBeGreaterThanOrEqual(110);
    const bars = [{ label: 'Pečovatelská služba Třebechovice pod Orebem', value: 1, own: false, efficient: true }];
    const o = deaBarOption(bars, 'Efektivita', phone);
    expect(o.yAxis.axisLabel).toEqual({ width: phone, overflow: 'break', lineHeight: 14 });
    expect(o.xAxis.interval).toBe(0.5);
    expect(deaBarOption(bars, 'Efektivita').xAxis.interval).toBeUndefined();
    expect(deaChartHeight(Array(20).fill(bars[0]), phone)).toBeGreaterThan(deaChartHeight(Array(20).fill(bars[0])));
  });
});

describe('DEA job', () => {
  const job = (state: DeaJob['state'], done: number, total: number): DeaJob => ({
    id: 7,
    round_id: 3,
    state,
    done,
    total,
    run_id: state === 'done' ? 12 : null,
    error: null,
    created_at: '',
    updated_at: '',
  });

  it('is polled while queued or running, and its progress is whole percent of the services', () => {
    expect(deaJobActive(job('queued', 0, 900))).toBe(true);
    expect(deaJobActive(job('running', 450, 900))).toBe(true);
    expect(deaJobActive(job('done', 900, 900))).toBe(false);
    expect(deaJobActive(job('failed', 10, 900))).toBe(false);
    expect(deaJobActive(undefined)).toBe(false);
    expect(deaJobPercent(job('queued', 0, 900))).toBe(0);
    expect(deaJobPercent(job('running', 299, 900))).toBe(33);
    expect(deaJobPercent(job('running', 0, 0))).toBe(0);
    expect(deaJobPercent(job('done', 0, 0))).toBe(100);
  });

  it('says in the UI language why a service has no score, naming the items', () => {
    const t = ((key: string, params?: Record<string, string>) =>
      `${key}|${params?.items ?? ''}`) as unknown as TFunction;
    const names = new Map([
      ['bed_days', 'Bed-days'],
      ['clients_high_dependency', 'High-dependency clients'],
    ]);
    expect(reasonText(t, 'no_positive_output: bed_days, clients_high_dependency', '', names)).toBe(
      'benchmark.reason.noPositiveOutput|Bed-days, High-dependency clients',
    );
    expect(reasonText(t, 'no_positive_input: costs_total', '', new Map())).toBe(
      'benchmark.reason.noPositiveInput|costs_total',
    );
    const r = {
      status_text: 'bez skóre: všechny výstupy jsou nulové',
      status_text_en: 'no score: every output is zero',
    };
    expect(deaStatusText(r, 'en')).toBe('no score: every output is zero');
    expect(deaStatusText(r, 'cs')).toBe('bez skóre: všechny výstupy jsou nulové');
  });
});

describe('comparison in the UI language', () => {
  const c = {
    round_id: 1,
    round_name: 'Kolo 2024',
    period_year: 2024,
    round_kind: 'full',
    group_id: 1,
    group_name: 'Domovy',
    quantile_method: '',
    peer: 'kind_form',
    audience: 'data_only',
    precomputed: true,
    indicators: [
      indicator('occupancy', [
        group('pobytová', [score(ref(null, 'Služba C'), 91), score(ref(2, 'Domov B', true), null)]),
      ]),
    ],
  } as BenchmarkComparison;

  it('takes the English names of indicators, peer groups, anonymous labels and reasons in English', () => {
    const en = localiseComparison(c, 'en');
    const ind = en.indicators[0];
    expect(ind.name).toBe('occupancy (en)');
    expect(ind.groups[0].label).toBe('pobytová (en)');
    expect(ind.groups[0].scores.map((s) => s.service.name)).toEqual(['Service C', 'Domov B']);
    expect(ind.groups[0].scores[1].missing_reason_text).toBe('missing value: beds');
  });

  it('leaves the Czech answer as it is in Czech', () => {
    expect(localiseComparison(c, 'cs')).toBe(c);
  });
});

describe('DEA results in the UI language', () => {
  const r: DeaResult = {
    service: ref(null, 'Služba B'),
    efficiency: 0.8,
    status: 'ok',
    status_text: 'vyřešeno',
    status_text_en: 'solved',
    efficient: false,
    peers: [
      { service: ref(null, 'Služba A'), lambda: 0.5 },
      { service: ref(2, 'Domov B', true), lambda: 0.25 },
    ],
    slacks: [],
  };

  it('names anonymised services in English, registered names as they are', () => {
    const [en] = localiseDeaResults([r], 'en');
    expect(en.service.name).toBe('Service B');
    expect(en.peers.map((p) => p.service.name)).toEqual(['Service A', 'Domov B']);
    expect(localiseDeaResults([r], 'cs')[0].service.name).toBe('Služba B');
  });
});
