// The table alternative of a chart is built from the same ECharts option the chart draws.
import { describe, expect, it } from 'vitest';
import { horizontalBarOption } from '../../../lib/chartOptions';
import { cellText, chartTable, type ChartTableTexts } from '../chartTable';

const TEXTS: ChartTableTexts = {
  series: (n) => `Řada ${n}`,
  point: 'Bod',
  x: 'Osa x',
  y: 'Osa y',
  value: 'Hodnota',
  boxplot: ['Min', 'Q1', 'Medián', 'Q3', 'Max'],
};

describe('chartTable', () => {
  it('reads a horizontal bar chart top to bottom as it is drawn (the builder reverses the categories)', () => {
    const option = horizontalBarOption([
      { label: 'Trutnov', value: 12 },
      { label: 'Náchod', value: 1234.5 },
      { label: 'Jičín', value: 0 },
    ]);
    const t = chartTable(option, TEXTS);
    expect(t.columns).toEqual(['', 'Řada 1']);
    expect(t.rows).toEqual([
      ['Trutnov', '12'],
      ['Náchod', '1\u00a0234,5'],
      ['Jičín', '0'],
    ]);
    expect(t.kinds).toEqual(['bar']);
  });

  it('gives a row per category and a column per named series, a dash for a missing value', () => {
    const t = chartTable(
      {
        xAxis: { type: 'category', data: ['2024', '2025'], name: 'Rok' },
        yAxis: { type: 'value' },
        series: [
          { type: 'bar', name: 'Plán', data: [10, { value: 12, itemStyle: {} }] },
          { type: 'line', name: 'Skutečnost', data: [9.5, null] },
          { type: 'line', name: 'Cíl', data: [], markLine: { data: [{ yAxis: 11 }] } },
        ],
      },
      TEXTS,
    );
    expect(t.columns).toEqual(['Rok', 'Plán', 'Skutečnost']);
    expect(t.rows).toEqual([
      ['2024', '10', '9,5'],
      ['2025', '12', '—'],
    ]);
    expect(t.seriesNames).toEqual(['Plán', 'Skutečnost']);
  });

  it('lists the five numbers of a box plot', () => {
    const t = chartTable(
      {
        xAxis: { type: 'category', data: ['A'] },
        yAxis: { type: 'value' },
        series: [{ type: 'boxplot', data: [[1, 2, 3, 4, 5.25]] }],
      },
      TEXTS,
    );
    expect(t.columns).toEqual(['', 'Min', 'Q1', 'Medián', 'Q3', 'Max']);
    expect(t.rows).toEqual([['A', '1', '2', '3', '4', '5,25']]);
  });

  it('gives a radar a row per axis and a column per polygon', () => {
    const t = chartTable(
      {
        radar: {
          indicator: [
            { name: 'Práva', max: 3 },
            { name: 'Personál', max: 3 },
          ],
        },
        series: [
          {
            type: 'radar',
            data: [
              { name: 'Audit 2025', value: [2, 3] },
              { name: 'Audit 2026', value: [3, 1] },
            ],
          },
        ],
      },
      TEXTS,
    );
    expect(t.columns).toEqual(['', 'Audit 2025', 'Audit 2026']);
    expect(t.rows).toEqual([
      ['Práva', '2', '3'],
      ['Personál', '3', '1'],
    ]);
  });

  it('turns a heat map into a grid of its two categories', () => {
    const t = chartTable(
      {
        xAxis: { type: 'category', data: ['Senioři', 'Děti'] },
        yAxis: { type: 'category', data: ['Trutnov', 'Náchod'], inverse: true },
        series: [
          {
            type: 'heatmap',
            data: [
              [0, 0, 1.5],
              [1, 1, 0.25],
            ],
          },
        ],
      },
      TEXTS,
    );
    expect(t.columns).toEqual(['', 'Senioři', 'Děti']);
    expect(t.rows).toEqual([
      ['Trutnov', '1,5', '—'],
      ['Náchod', '—', '0,25'],
    ]);
  });

  it('gives points on time and value axes a row each, with the axes as columns', () => {
    const t = chartTable(
      {
        xAxis: { type: 'time', name: 'Datum' },
        yAxis: { type: 'value', name: 'Lůžka' },
        series: [
          { type: 'line', name: 'Kapacita', data: [['2026-01-01', 40], { name: 'cíl', value: ['2027-01-01', 32] }] },
          { type: 'scatter', name: 'Cíl', data: [[Date.UTC(2028, 0, 1), 30]] },
        ],
      },
      TEXTS,
    );
    expect(t.columns).toEqual(['Bod', 'Datum', 'Lůžka']);
    expect(t.rows).toEqual([
      ['Kapacita: Bod 1', '2026-01-01', '40'],
      ['Kapacita: cíl', '2027-01-01', '32'],
      ['Cíl: Bod 1', '2028-01-01', '30'],
    ]);
  });

  it('gives a map a row per area', () => {
    const t = chartTable(
      {
        series: [
          {
            type: 'map',
            name: 'Pokrytí',
            data: [
              { name: 'Trutnov', value: 0.8 },
              { name: 'Náchod', value: null },
            ],
          },
        ],
      },
      TEXTS,
    );
    expect(t.columns).toEqual(['', 'Pokrytí']);
    expect(t.rows).toEqual([
      ['Trutnov', '0,8'],
      ['Náchod', '—'],
    ]);
  });

  it('writes values as the pages do', () => {
    expect(cellText(0.1234)).toBe('0,123');
    expect(cellText(undefined)).toBe('—');
    expect(cellText('-')).toBe('—');
    expect(cellText({ value: 3 })).toBe('3');
    expect(cellText('text')).toBe('text');
  });
});
