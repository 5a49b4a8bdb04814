import { describe, expect, it } from 'vitest';
import {
  comparisonColor, formatChange, formatPct, groupByStandard, heatColor, indicatorOption, levelLabel, mostFailedOption, radarOption, scoringProgress,
} from '../charts';
import type { QScale, QStandardResult } from '../types';

const std = (standard: number, percent: number | null): QStandardResult => ({
  standard, name_cs: `S${standard}`, score: { points: 0, max: 0, percent }, criteria: 1, scored: 1, not_applicable: 0, not_scored: 0,
});

describe('heat colours', () => {
  it.each([
    [0, 'hsl(0, 62%, 84%)'],
    [50, 'hsl(60, 62%, 80%)'],
    [100, 'hsl(120, 62%, 84%)'],
    [130, 'hsl(120, 62%, 84%)'],
  ])('%s %% → %s', (p, bg) => expect(heatColor(p).background).toBe(bg));
  it('greys an unknown value', () => expect(heatColor(null).background).toBe('#f5f5f5'));
});

describe('formatting', () => {
  it('formats percentages and changes in Czech', () => {
    expect(formatPct(73.4)).toBe('73\u00a0%');
    expect(formatPct(null)).toBe('—');
    expect(formatChange(12.5)).toBe('+12,5\u00a0p.\u00a0b.');
    expect(formatChange(-3)).toBe('−3\u00a0p.\u00a0b.');
    expect(formatChange(0)).toBe('±0\u00a0p.\u00a0b.');
  });
  it('colours improvements and worsenings', () => {
    expect(comparisonColor('improved')).toBe('#d9f7be');
    expect(comparisonColor('worsened')).toBe('#ffccc7');
    expect(comparisonColor('same')).toBeUndefined();
  });
});

describe('chart options', () => {
  it('draws one radar axis per standard at 0–100', () => {
    const o = radarOption([std(1, 80), std(2, null), std(3, 33.33)], 'audit');
    expect(o.radar.indicator).toEqual([{ name: '1', max: 100 }, { name: '2', max: 100 }, { name: '3', max: 100 }]);
    expect(o.series[0].data[0].value).toEqual([80, 0, 33.3]);
  });
  it('puts the most failed criterion at the top and marks essential ones', () => {
    const o = mostFailedOption([
      { set_code: 'SQSS', code: '1a', text_cs: '', essential: false, failed: 2, assessed: 5 },
      { set_code: 'SQSS', code: '2a', text_cs: '', essential: true, failed: 4, assessed: 5 },
      { set_code: 'SQSS', code: '3a', text_cs: '', essential: false, failed: 1, assessed: 5 },
    ], 2);
    // ECharts draws the first category at the bottom
    expect(o.yAxis.data).toEqual(['SQSS 1a', 'SQSS 2a *']);
    expect(o.series[0].data.map((d) => d.value)).toEqual([2, 4]);
  });
});

describe('scoring helpers', () => {
  it('counts scored criteria and groups by standard', () => {
    expect(scoringProgress([{ level_code: 'met' }, { level_code: '' }, { level_code: 'na' }])).toEqual({ scored: 2, total: 3 });
    const g = groupByStandard([{ standard: 2, c: 'b' }, { standard: 1, c: 'a' }, { standard: 2, c: 'c' }]);
    expect([...g.keys()]).toEqual([1, 2]);
    expect(g.get(2)!.map((x) => x.c)).toEqual(['b', 'c']);
  });
  it('names a level in the UI language', () => {
    const scale: QScale = { code: 'x', name_cs: '', name_en: '', max_points: 2, levels: [{ code: 'met', label_cs: 'splněno', label_en: 'met', points: 2 }] };
    expect(levelLabel(scale, 'met', 'cs')).toBe('splněno');
    expect(levelLabel(scale, 'met', 'en')).toBe('met');
    expect(levelLabel(scale, 'zzz', 'cs')).toBe('zzz');
  });
});

describe('indicator before and after', () => {
  it('splits the values into a grey and a green line joined at the last value before', () => {
    const o = indicatorOption({
      group_id: 1, group_name: 'G', code: 'occ', name: 'Obložnost', unit: '%', direction: 'higher_better', before: 90, after: 95, change: 5,
      points: [
        { round_id: 1, round_name: 'K1', period: '2022', value: null, when: 'before' },
        { round_id: 2, round_name: 'K2', period: '2023', value: 90.004, when: 'before' },
        { round_id: 3, round_name: 'K3', period: '2024', value: 95, when: 'after' },
      ],
    });
    expect(o.xAxis.data).toEqual(['K1', 'K2', 'K3']);
    expect(o.series[0].data).toEqual([null, 90, null]);
    expect(o.series[1].data).toEqual([null, 90, 95]);
  });
});
