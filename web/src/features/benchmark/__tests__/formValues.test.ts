import { describe, expect, it } from 'vitest';
import type { BmFormItem, BmProblem } from '../types';
import {
  changedValues,
  csvTemplate,
  formatInputValue,
  initialDraft,
  parseDecimal,
  problemsByItem,
  rangeHint,
  ruleProblems,
  UPLOAD_ACCEPT,
  uploadContentType,
  XLSX_TYPE,
} from '../formValues';

const item = (code: string, value: number | null, extra: Partial<BmFormItem> = {}): BmFormItem => ({
  code,
  name: code,
  unit: '',
  required: true,
  min_value: null,
  max_value: null,
  help: '',
  value,
  entered: value !== null,
  ...extra,
});

describe('parseDecimal', () => {
  it('reads Czech and plain numbers', () => {
    expect(parseDecimal('1 234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseDecimal('1\u00a0234')).toEqual({ ok: true, value: 1234 });
    expect(parseDecimal('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseDecimal('+3')).toEqual({ ok: true, value: 3 });
    expect(parseDecimal('-0,5')).toEqual({ ok: true, value: -0.5 });
    expect(parseDecimal('  ')).toEqual({ ok: true, value: null });
  });
  it('refuses text and ambiguous numbers', () => {
    expect(parseDecimal('abc').ok).toBe(false);
    expect(parseDecimal('1.234,5').ok).toBe(false);
    expect(parseDecimal('1,2,3').ok).toBe(false);
    expect(parseDecimal('12 kg').ok).toBe(false);
  });
  it('round-trips through the input format', () => {
    expect(formatInputValue(1234.5)).toBe('1234,5');
    expect(formatInputValue(null)).toBe('');
    expect(parseDecimal(formatInputValue(0.125))).toEqual({ ok: true, value: 0.125 });
  });
});

describe('problems', () => {
  const problems: BmProblem[] = [
    {
      target: 'item',
      code: 'staff_fte',
      kind: 'above_max',
      blocking: true,
      message: 'Hodnota 600 … je větší než 500.',
      params: [],
    },
    {
      target: 'item',
      code: 'costs_total',
      kind: 'missing',
      blocking: true,
      message: 'Položka je povinná.',
      params: [],
    },
    {
      target: 'rule',
      code: 'days_max',
      kind: 'rule_failed',
      blocking: true,
      message: 'Lůžkodnů nemůže být víc …',
      params: [],
    },
  ];
  it('are grouped by item, rules apart', () => {
    const m = problemsByItem(problems);
    expect([...m.keys()]).toEqual(['staff_fte', 'costs_total']);
    expect(m.get('staff_fte')?.[0].kind).toBe('above_max');
    expect(ruleProblems(problems).map((p) => p.code)).toEqual(['days_max']);
  });
});

describe('changedValues', () => {
  it('sends only what differs, null to clear, and reports text that is not a number', () => {
    const items = [item('beds', 60), item('staff_fte', null), item('costs_total', 100), item('bed_days', 20000)];
    expect(changedValues({ beds: '60', staff_fte: '30,5', costs_total: '', bed_days: 'dvacet' }, items)).toEqual({
      values: { staff_fte: 30.5, costs_total: null },
      invalid: ['bed_days'],
    });
  });
});

describe('rangeHint and csvTemplate', () => {
  it('describes the allowed range', () => {
    expect(rangeHint({ min_value: 0, max_value: 500 })).toEqual({ kind: 'between', min: 0, max: 500 });
    expect(rangeHint({ min_value: 1, max_value: null })).toEqual({ kind: 'min', min: 1 });
    expect(rangeHint({ min_value: null, max_value: 9 })).toEqual({ kind: 'max', max: 9 });
    expect(rangeHint({ min_value: null, max_value: null })).toEqual({ kind: 'none' });
  });
  it('writes the template the upload reads (code;value, decimal comma)', () => {
    expect(csvTemplate([item('beds', 60), item('staff_fte', 30.5), item('costs_total', null)])).toBe(
      'kod;hodnota\r\nbeds;60\r\nstaff_fte;30,5\r\ncosts_total;\r\n',
    );
  });
});

describe('uploadContentType', () => {
  it('sends an XLSX workbook as its bytes and anything else as CSV text', () => {
    expect(uploadContentType('hodnoty.xlsx')).toBe(XLSX_TYPE);
    expect(uploadContentType('HODNOTY.XLSX')).toBe(XLSX_TYPE);
    expect(uploadContentType('bez-pripony', XLSX_TYPE)).toBe(XLSX_TYPE);
    expect(uploadContentType('hodnoty.csv', 'text/csv')).toBe('text/csv; charset=utf-8');
    expect(uploadContentType('hodnoty.txt')).toBe('text/csv; charset=utf-8');
  });
  it('lets the file dialog offer both kinds', () => {
    expect(UPLOAD_ACCEPT).toContain('.xlsx');
    expect(UPLOAD_ACCEPT).toContain('.csv');
  });
});

describe('initialDraft', () => {
  it('starts with the saved value, or a value prefilled by another module, else empty', () => {
    expect(initialDraft({ entered: true, value: 12.5, source: null })).toBe('12,5');
    expect(
      initialDraft({ entered: false, value: 66.67, source: 'z modulu Síť: podíl naplněné minimální podoby služby' }),
    ).toBe('66,67');
    expect(initialDraft({ entered: false, value: null, source: null })).toBe('');
    expect(initialDraft({ entered: false, value: 3, source: undefined })).toBe('');
  });
});
