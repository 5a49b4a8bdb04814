import { describe, expect, it } from 'vitest';
import type { BmServiceProgress } from '../types';
import { completionPercent, roundProgress, sortByAttention } from '../completeness';

const svc = (
  id: number,
  name: string,
  status: string,
  filled: number,
  required = 4,
  errors = 0,
): BmServiceProgress => ({
  service_id: id,
  service_name: name,
  kind_code: '13',
  provider_id: 1,
  provider_name: 'P',
  status,
  filled,
  required,
  errors,
  submitted_at: null,
  reminded_at: null,
});

describe('completionPercent', () => {
  it('rounds down so that 100 % means complete', () => {
    expect(completionPercent(0, 4)).toBe(0);
    expect(completionPercent(3, 4)).toBe(75);
    expect(completionPercent(2, 3)).toBe(66);
    expect(completionPercent(4, 4)).toBe(100);
    expect(completionPercent(5, 4)).toBe(100);
    expect(completionPercent(0, 0)).toBe(100);
  });
});

describe('roundProgress', () => {
  it('counts forms by status and items over the round', () => {
    const p = roundProgress([
      svc(1, 'A', 'submitted', 4),
      svc(2, 'B', 'draft', 2, 4, 2),
      svc(3, 'C', 'not_started', 0, 4, 4),
      svc(4, 'D', 'reopened', 4),
    ]);
    expect(p).toEqual({
      total: 4,
      submitted: 1,
      percentSubmitted: 25,
      percentFilled: 62,
      byStatus: { not_started: 1, draft: 1, submitted: 1, reopened: 1 },
      withErrors: 1,
    });
  });
  it('handles an empty round', () => {
    expect(roundProgress([])).toMatchObject({ total: 0, percentSubmitted: 0, percentFilled: 100 });
  });
});

describe('sortByAttention', () => {
  it('lists unsubmitted forms first, the least complete first, then by Czech name', () => {
    const order = sortByAttention([
      svc(1, 'Čáslav', 'submitted', 4),
      svc(2, 'Cheb', 'draft', 2),
      svc(3, 'Beroun', 'draft', 2),
      svc(4, 'Aš', 'not_started', 0),
    ]);
    expect(order.map((s) => s.service_id)).toEqual([4, 3, 2, 1]);
  });
});
