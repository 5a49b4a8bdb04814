import { describe, expect, it } from 'vitest';
import {
  assessedPercent,
  comparisonColor,
  formatChange,
  formatPct,
  groupByStandard,
  heatColor,
  heatColumns,
  indicatorOption,
  levelLabel,
  mostFailedOption,
  notAssessedStandards,
  radarOption,
  RADAR_TICKS,
  scoringProgress,
  shortText,
  unscoredCriteria,
} from '../charts';
import type { QScale, QStandardResult } from '../types';

const std = (standard: number, percent: number | null, scored = 1): QStandardResult => ({
  standard,
  name_cs: `S${standard}`,
  score: { points: 0, max: 0, percent },
  criteria: 1,
  scored,
  not_applicable: 0,
  not_scored: 1 - scored,
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
  it('draws a radar axis per assessed standard at 0–100 with its scale, never a not-assessed one as 0', () => {
    // standard 2: nothing applicable; standard 4: applicable but nothing scored yet (the server may send 0)
    const standards = [std(1, 80), std(2, null), std(3, 33.33), std(4, 0, 0)];
    const o = radarOption(standards, 'audit', 'neposouzeno');
    expect(o.radar.indicator.map((i) => [i.name, i.min, i.max])).toEqual([
      ['1', 0, 100],
      ['3', 0, 100],
    ]);
    expect(o.series[0].data[0].value).toEqual([80, 33.3]);
    // the scale: ticks every 25 %, labelled on the first axis only
    expect(o.radar.splitNumber).toBe(4);
    expect(RADAR_TICKS).toEqual([0, 25, 50, 75, 100]);
    const first = o.radar.indicator[0] as { axisLabel?: { show: boolean; formatter: (v: number) => string } };
    expect(first.axisLabel?.show).toBe(true);
    expect(first.axisLabel?.formatter(75)).toBe('75 %');
    expect('axisLabel' in o.radar.indicator[1]).toBe(false);
    expect(o.tooltip.formatter()).toBe(
      '1. S1: 80\u00a0%<br/>2. S2: neposouzeno<br/>3. S3: 33,3\u00a0%<br/>4. S4: neposouzeno',
    );
    expect(notAssessedStandards(standards)).toEqual(['2. S2', '4. S4']);
  });
  it('charts a standard as not assessed when nothing of it is scored', () => {
    expect(assessedPercent(std(1, 0, 0))).toBeNull();
    expect(assessedPercent(std(1, null))).toBeNull();
    expect(assessedPercent(std(1, 0))).toBe(0); // scored and all not met: a real 0 %
    expect(assessedPercent(std(1, 66.666))).toBe(66.7);
  });
  it('names the heat table columns by standard and drops the columns no audit has', () => {
    const standards = [
      { number: 1, name_cs: 'Cíle a způsoby poskytování sociálních služeb' },
      { number: 2, name_cs: 'Ochrana práv osob' },
      { number: 3, name_cs: 'Jednání se zájemcem' },
    ];
    const cols = heatColumns(
      standards,
      [{ standard_percents: [50, null, 75] }, { standard_percents: [null, null, 10] }],
      20,
    );
    expect(cols.map((c) => [c.index, c.number, c.short, c.title])).toEqual([
      [0, 1, 'Cíle a způsoby posk…', '1. Cíle a způsoby poskytování sociálních služeb'],
      [2, 3, 'Jednání se zájemcem', '3. Jednání se zájemcem'],
    ]);
    expect(heatColumns(standards, []).length).toBe(3);
    expect(shortText('  a   b  ', 10)).toBe('a b');
  });
  it('puts the most failed criterion at the top, labels it with its wording and explains it in the tooltip', () => {
    const o = mostFailedOption(
      [
        {
          set_code: 'SQSS',
          code: '1a',
          text_cs: 'Poskytovatel má písemně definováno poslání služby',
          essential: false,
          failed: 2,
          assessed: 5,
        },
        {
          set_code: 'SQSS',
          code: '2a',
          text_cs: 'Pravidla pro předcházení porušování práv',
          essential: true,
          failed: 4,
          assessed: 5,
        },
        { set_code: 'SQSS', code: '3a', text_cs: '', essential: false, failed: 1, assessed: 5 },
      ],
      2,
      { failed: 'nesplněno', essential: 'zásadní' },
    );
    // ECharts draws the first category at the bottom
    expect(o.yAxis.data).toEqual([
      '1a Poskytovatel má písemně definováno poslání služby',
      '2a * Pravidla pro předcházení porušování práv',
    ]);
    expect(o.yAxis.axisLabel.overflow).toBe('break');
    expect(o.series[0].data.map((d) => d.value)).toEqual([2, 4]);
    expect(o.tooltip.formatter([{ dataIndex: 1 }])).toBe(
      '<strong>SQSS 2a *</strong> (zásadní)<br/>Pravidla pro předcházení porušování práv<br/>nesplněno: 4 / 5',
    );
    expect(o.tooltip.formatter([{ dataIndex: 0 }])).toContain('Poskytovatel má písemně definováno poslání služby');
  });
});

describe('closing an audit', () => {
  it('names the criteria left unscored (not N/A) in order', () => {
    const c = (code: string, level_code: string, essential = false) => ({
      code,
      level_code,
      essential,
      text_cs: `Kritérium ${code}`,
    });
    const list = unscoredCriteria([c('1a', 'met'), c('1b', ''), c('2a', 'na'), c('2b', '', true)]);
    expect(list.map((x) => [x.code, x.text_cs, x.essential])).toEqual([
      ['1b', 'Kritérium 1b', false],
      ['2b', 'Kritérium 2b', true],
    ]);
    expect(unscoredCriteria([c('1a', 'met')])).toEqual([]);
  });
});

describe('scoring helpers', () => {
  it('counts scored criteria and groups by standard', () => {
    expect(scoringProgress([{ level_code: 'met' }, { level_code: '' }, { level_code: 'na' }])).toEqual({
      scored: 2,
      total: 3,
    });
    const g = groupByStandard([
      { standard: 2, c: 'b' },
      { standard: 1, c: 'a' },
      { standard: 2, c: 'c' },
    ]);
    expect([...g.keys()]).toEqual([1, 2]);
    expect(g.get(2)!.map((x) => x.c)).toEqual(['b', 'c']);
  });
  it('names a level in the UI language', () => {
    const scale: QScale = {
      code: 'x',
      name_cs: '',
      name_en: '',
      max_points: 2,
      levels: [{ code: 'met', label_cs: 'splněno', label_en: 'met', points: 2 }],
    };
    expect(levelLabel(scale, 'met', 'cs')).toBe('splněno');
    expect(levelLabel(scale, 'met', 'en')).toBe('met');
    expect(levelLabel(scale, 'zzz', 'cs')).toBe('zzz');
  });
});

describe('indicator before and after', () => {
  it('splits the values into a grey and a green line joined at the last value before', () => {
    const o = indicatorOption({
      group_id: 1,
      group_name: 'G',
      code: 'occ',
      name: 'Obložnost',
      unit: '%',
      direction: 'higher_better',
      before: 90,
      after: 95,
      change: 5,
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
