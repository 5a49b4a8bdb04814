import { describe, expect, it } from 'vitest';
import { formatMeasure } from '../../../lib/format';
import { formatIndicator, parseReason, reasonMessage, variableNames } from '../values';

describe('indicator values and reasons', () => {
  it('formats a value with its unit', () => {
    expect(formatIndicator(91.32420091, '%')).toBe('91,32\u00a0%');
    expect(formatIndicator(1500, 'Kč')).toBe('1\u00a0500\u00a0Kč');
    expect(formatIndicator(4.48, '')).toBe('4,48');
    expect(formatIndicator(null, '%')).toBe('—');
  });
  it('writes the numbers of the printed report (src/platform/export/html.cpp format_cs), not 2 decimals of its own', () => {
    // the comparison of home care in 2024: the report said 57 471, the screen 57 470,59 Kč; −0,998 was "−1" on screen
    expect(formatIndicator(57470.58823529412, 'Kč')).toBe('57\u00a0471\u00a0Kč');
    expect(formatIndicator(81297.2972972973, 'Kč')).toBe('81\u00a0297\u00a0Kč');
    expect(formatMeasure(-0.998)).toBe('-0,998');
    expect(formatMeasure(-1.4)).toBe('-1,40');
    expect(formatMeasure(123.44)).toBe('123,4');
    expect(formatMeasure(0.3914)).toBe('0,391');
    expect(formatMeasure(0)).toBe('0');
    expect(formatMeasure(-0.0001)).toBe('0,000');
    expect(formatIndicator(4.48, '', 2)).toBe('4,48');
  });
  it('reads the machine reasons', () => {
    expect(parseReason('missing: costs_total, beds')).toEqual({ kind: 'missing', items: ['costs_total', 'beds'] });
    expect(parseReason('missing: division by zero')).toEqual({ kind: 'divisionByZero' });
    expect(parseReason('implausible: rule days_max')).toEqual({ kind: 'implausible', rule: 'days_max' });
    expect(parseReason('')).toEqual({ kind: 'none' });
    expect(parseReason('solver_failure')).toEqual({ kind: 'other', text: 'solver_failure' });
  });
});

describe('reasons name the methodology variables, not their codes', () => {
  const methodology = {
    items: [
      { code: 'bed_days', name_cs: 'Lůžkodny', name_en: 'Bed days' },
      { code: 'costs_total', name_cs: 'Náklady celkem', name_en: '' },
    ],
    indicators: [
      {
        code: 'refused_per_100_beds',
        name_cs: 'Odmítnutí zájemci na 100 lůžek',
        name_en: 'Refused applicants per 100 beds',
      },
    ],
  };
  it('maps codes to names in the UI language', () => {
    const cs = variableNames(methodology, 'cs');
    expect(cs.get('bed_days')).toBe('Lůžkodny');
    expect(cs.get('refused_per_100_beds')).toBe('Odmítnutí zájemci na 100 lůžek');
    const en = variableNames(methodology, 'en');
    expect(en.get('bed_days')).toBe('Bed days');
    expect(en.get('costs_total')).toBe('Náklady celkem'); // no English name: the Czech one
    expect(variableNames(undefined, 'cs').size).toBe(0);
  });
  it('puts the names into the reason', () => {
    const names = variableNames(methodology, 'cs');
    expect(reasonMessage('missing: bed_days, costs_total', names)).toEqual({
      key: 'missing',
      params: { items: 'Lůžkodny, Náklady celkem' },
    });
    expect(reasonMessage('missing: costs_total', names)).toEqual({
      key: 'missing',
      params: { items: 'Náklady celkem' },
    });
    expect(reasonMessage('invalid: bed_days', names)).toEqual({ key: 'invalid', params: { item: 'Lůžkodny' } });
    expect(reasonMessage('implausible: costs_total', names)).toEqual({
      key: 'implausibleItem',
      params: { item: 'Náklady celkem' },
    });
    expect(reasonMessage('implausible: rule days_max', names)).toEqual({
      key: 'implausible',
      params: { rule: 'days_max' },
    });
    // an unknown code stays as it is; a reason without its own text is left to the server's text
    expect(reasonMessage('missing: other_item', names)).toEqual({ key: 'missing', params: { items: 'other_item' } });
    expect(reasonMessage('solver_failure', names)).toBeNull();
    expect(reasonMessage('', names)).toBeNull();
  });
});
