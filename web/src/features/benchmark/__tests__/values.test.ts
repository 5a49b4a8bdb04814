import { describe, expect, it } from 'vitest';
import { formatIndicator, parseReason } from '../values';

describe('indicator values and reasons', () => {
  it('formats a value with its unit', () => {
    expect(formatIndicator(91.32420091, '%')).toBe('91,32\u00a0%');
    expect(formatIndicator(1500, 'Kč')).toBe('1\u00a0500\u00a0Kč');
    expect(formatIndicator(4.48, '')).toBe('4,48');
    expect(formatIndicator(null, '%')).toBe('—');
  });
  it('reads the machine reasons', () => {
    expect(parseReason('missing: costs_total, beds')).toEqual({ kind: 'missing', items: ['costs_total', 'beds'] });
    expect(parseReason('missing: division by zero')).toEqual({ kind: 'divisionByZero' });
    expect(parseReason('implausible: rule days_max')).toEqual({ kind: 'implausible', rule: 'days_max' });
    expect(parseReason('')).toEqual({ kind: 'none' });
    expect(parseReason('solver_failure')).toEqual({ kind: 'other', text: 'solver_failure' });
  });
});
