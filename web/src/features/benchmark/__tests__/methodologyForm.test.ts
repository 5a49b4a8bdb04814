import { describe, expect, it } from 'vitest';
import type { BmMethodology } from '../types';
import { fieldPath, formFieldFor, formulaText, toFormValues, toMethodologyInput } from '../methodologyForm';

const methodology: BmMethodology = {
  id: 1,
  group_id: 1,
  version: 1,
  name: 'Domovy pro seniory v1',
  status: 'draft',
  created_at: '2026-01-01T00:00:00Z',
  items: [
    {
      code: 'beds',
      name_cs: 'Počet lůžek',
      name_en: '',
      unit: 'lůžka',
      required: true,
      min_value: 1,
      max_value: null,
      help_cs: '',
    },
  ],
  indicators: [
    {
      code: 'occupancy',
      name_cs: 'Obložnost',
      name_en: 'Occupancy',
      numerator: 'bed_days',
      denominator: 'beds * 365',
      factor: 100,
      unit: '%',
      direction: 'higher',
      rba: 'how_much',
      kinds: [],
    },
  ],
  rules: [
    {
      code: 'days_max',
      left: 'bed_days',
      op: '<=',
      right: 'beds * 366',
      message_cs: 'Lůžkodnů je moc.',
      message_en: '',
    },
  ],
};

describe('methodology form', () => {
  it('round-trips the saved methodology into the PUT body', () => {
    const body = toMethodologyInput(toFormValues(methodology));
    // the PUT body is the saved methodology's name and lists, nothing added, nothing lost
    const { name, items, indicators, rules } = methodology;
    expect(body).toEqual({ name, items, indicators, rules });
  });

  it('trims texts and fills the defaults of an indicator', () => {
    const v = toFormValues(methodology);
    v.indicators[0] = { ...v.indicators[0], code: ' staff ', denominator: ' ', factor: null };
    const body = toMethodologyInput(v);
    expect(body.indicators[0]).toMatchObject({ code: 'staff', denominator: '1', factor: 1 });
  });

  it('maps server field names to form paths', () => {
    expect(fieldPath('indicators[3].numerator')).toEqual(['indicators', 3, 'numerator']);
    expect(fieldPath('name')).toEqual(['name']);
    expect(fieldPath('items[0].min_value')).toEqual(['items', 0, 'min_value']);
    expect(formFieldFor('indicators[1].kinds[2]')).toEqual(['indicators', 1, 'kinds']);
  });

  it('writes a formula as people read it', () => {
    expect(formulaText('bed_days', 'beds * 365', 100)).toBe('bed_days / (beds × 365) × 100');
    expect(formulaText('costs_total', 'bed_days', 1)).toBe('costs_total / bed_days');
    expect(formulaText('a + b', '1', 10)).toBe('(a + b) × 10');
    expect(formulaText('staff', '', 0.5)).toBe('staff × 0,5');
  });
});
