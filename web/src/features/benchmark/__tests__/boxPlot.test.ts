import { describe, expect, it } from 'vitest';
import { boxPlotData, boxPlotOption, boxPlotWidth, categoryAxisLabel, NARROW_PLOT } from '../boxPlot';
import { group, ref, score } from './fixtures';

const homes = group(
  'Domovy pro seniory – pobytová',
  [
    score(ref(44, 'Domov Trutnov'), 98.9),
    score(ref(81, 'Domov U Studánky', true), 91.3),
    score(ref(null, 'Služba C'), 90.1),
    score(ref(60, 'Domov Kostelec'), null),
  ],
  { n: 3, min: 90.1, q1: 90.7, median: 91.3, q3: 95.1, max: 98.9 },
);
const small = group('Odlehčovací služby – pobytová', [score(ref(12, 'Odlehčovací Hronov'), 70)], {
  suppressed: true,
  note: 'potlačeno',
  n: null,
  min: null,
  q1: null,
  median: null,
  q3: null,
  max: null,
});
const other = group(
  'Domovy pro seniory – ambulantní',
  [score(ref(5, 'Denní pobyt'), 80), score(ref(6, 'Centrum'), 82), score(ref(7, 'Klub'), 84)],
  {
    n: 3,
    min: 80,
    q1: 81,
    median: 82,
    q3: 83,
    max: 84,
  },
);

describe('boxPlotData', () => {
  it('takes the boxes from the server statistics and splits own and peer points', () => {
    const d = boxPlotData([homes, other]);
    expect(d.categories).toEqual([
      'Domovy pro seniory – pobytová\n(n = 3)',
      'Domovy pro seniory – ambulantní\n(n = 3)',
    ]);
    expect(d.boxes).toEqual([
      [90.1, 90.7, 91.3, 95.1, 98.9],
      [80, 81, 82, 83, 84],
    ]);
    expect(d.own).toEqual([[0, 91.3, 'Domov U Studánky']]);
    // anonymised peers keep their labels; a service without a value is no point
    expect(d.peers).toEqual([
      [0, 98.9, 'Domov Trutnov'],
      [0, 90.1, 'Služba C'],
      [1, 80, 'Denní pobyt'],
      [1, 82, 'Centrum'],
      [1, 84, 'Klub'],
    ]);
  });

  it('leaves out suppressed groups and names them', () => {
    const d = boxPlotData([small, homes]);
    expect(d.categories).toHaveLength(1);
    expect(d.suppressed).toEqual(['Odlehčovací služby – pobytová']);
    expect(d.peers.every(([i]) => i === 0)).toBe(true);
  });

  it('keeps only the groups with an own service when asked, or all when none has one', () => {
    expect(boxPlotData([homes, other], true).categories).toEqual(['Domovy pro seniory – pobytová\n(n = 3)']);
    expect(boxPlotData([other], true).categories).toHaveLength(1);
  });
});

describe('boxPlotOption', () => {
  it('draws a box series and highlights own services as a separate series', () => {
    const o = boxPlotOption(boxPlotData([homes]), {
      box: 'Skupina',
      own: 'Vaše služba',
      peers: 'Ostatní',
      unit: '%',
      stats: ['min', 'Q1', 'medián', 'Q3', 'max'],
    });
    expect(o.series.map((s) => s.type)).toEqual(['boxplot', 'scatter', 'scatter']);
    expect(o.series[2].name).toBe('Vaše služba');
    expect(o.series[2].data).toEqual([[0, 91.3, 'Domov U Studánky']]);
    const tip = o.tooltip.formatter({
      seriesType: 'boxplot',
      name: 'X',
      value: [0, 90.1, 90.7, 91.3, 95.1, 98.9],
      data: null,
    });
    expect(tip).toBe('X<br/>min: 90,1 %<br/>Q1: 90,7 %<br/>medián: 91,3 %<br/>Q3: 95,1 %<br/>max: 98,9 %');
    expect(
      o.tooltip.formatter({ seriesType: 'scatter', name: '', value: [], data: [0, 91.3, 'Domov U Studánky'] }),
    ).toBe('Domov U Studánky: 91,3 %');
  });
});

describe('peer group labels under the boxes', () => {
  it('share the width, wrapped, for a few groups', () => {
    expect(categoryAxisLabel(2, 760)).toEqual({
      interval: 0,
      rotate: 0,
      width: 368,
      overflow: 'break',
      lineHeight: 14,
    });
    // four groups on a laptop: 118 px each, wrapped, no overlap
    expect(categoryAxisLabel(4).width).toBe(118);
    expect(categoryAxisLabel(4).width * 4).toBeLessThan(520);
  });
  it('are slanted and cut so that many groups never overlap', () => {
    expect(categoryAxisLabel(5)).toMatchObject({ interval: 0, rotate: 30, overflow: 'truncate' });
    for (let n = 5; n <= 16; n += 1) {
      const l = categoryAxisLabel(n);
      // the gap across two neighbouring slanted labels holds their two lines (name, n)
      expect((520 / n) * Math.sin((l.rotate * Math.PI) / 180), `${n} groups`).toBeGreaterThanOrEqual(2 * l.lineHeight);
    }
  });
  it('are used by the chart', () => {
    const o = boxPlotOption(boxPlotData([homes]), {
      box: 'Skupina',
      own: 'Vaše',
      peers: 'Ostatní',
      unit: '%',
      stats: ['a', 'b', 'c', 'd', 'e'],
    });
    expect(o.xAxis.axisLabel).toEqual(categoryAxisLabel(1));
  });
});

describe('the box plot on a phone (390 px)', () => {
  const labels = {
    box: 'Srovnávací skupina',
    own: 'Vaše služba',
    peers: 'Ostatní služby',
    unit: 'Kč',
    stats: ['a', 'b', 'c', 'd', 'e'] as [string, string, string, string, string],
  };
  it('measures the plot as the phone lays it out, not as a laptop', () => {
    expect(boxPlotWidth(1440, { md: true, xl: true })).toBe(520);
    const phone = boxPlotWidth(390, { md: false, xl: false });
    expect(phone).toBeLessThan(300);
    expect(phone).toBeGreaterThan(200);
  });
  it('two long group names share the phone width without overlapping', () => {
    const width = boxPlotWidth(390, { md: false, xl: false });
    const o = boxPlotOption(boxPlotData([homes, homes]), labels, width);
    // "Pečovatelská služba – ambulantní" and "– terénní" side by side: each label narrower than its slot
    expect(o.xAxis.axisLabel.width * 2).toBeLessThan(width);
    expect(o.xAxis.axisLabel.overflow).toBe('break');
  });
  it('starts the plot below the two-line legend so the unit over the axis is not drawn over it', () => {
    expect(boxPlotOption(boxPlotData([homes]), labels, 260).grid.top).toBeGreaterThan(
      boxPlotOption(boxPlotData([homes]), labels).grid.top,
    );
    expect(boxPlotOption(boxPlotData([homes]), labels, NARROW_PLOT + 100).grid.top).toBe(48);
  });
});
