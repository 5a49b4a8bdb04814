import { describe, expect, it } from 'vitest';
import { horizontalBarOption, unitValueAxis } from '../chartOptions';

describe('horizontalBarOption', () => {
  it('lists the first datum at the top (ECharts draws categories bottom-up)', () => {
    const o = horizontalBarOption([
      { label: 'Kraje', value: 14 },
      { label: 'Poskytovatelé', value: 2150 },
    ]);
    expect(o.yAxis.data).toEqual(['Poskytovatelé', 'Kraje']);
    expect(o.series[0].data).toEqual([2150, 14]);
    expect(o.series[0].label.formatter({ value: 2150 })).toBe('2\u00a0150');
  });
});

describe('unitValueAxis', () => {
  it('names the axis by its unit and writes decimal commas', () => {
    const axis = unitValueAxis('%');
    expect(axis).toMatchObject({ type: 'value', name: '%', scale: true });
    expect(axis.axisLabel.formatter(0.5)).toBe('0,5');
  });
});
