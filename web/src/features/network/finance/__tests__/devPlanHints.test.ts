// The hint on a draft development plan without an intention (the submit button only appears with one).
import { describe, expect, it } from 'vitest';
import { submitHint } from '../devPlanHints';
import type { DevPlan } from '../types';

const intention = {} as DevPlan['intentions'][number];

describe('submitHint', () => {
  it.each([
    ['an editable draft without intentions', 'draft', ['edit'], 0, 'networkFinance.dev.submitNeedsIntention'],
    ['an editable draft with an intention (submit offered)', 'draft', ['edit', 'submit'], 1, null],
    ['a draft the reader may not edit (provider reader)', 'draft', [], 0, null],
    ['a submitted plan', 'submitted', [], 1, null],
    ['a plan returned to draft with intentions, submit offered', 'draft', ['edit', 'submit'], 2, null],
  ] as const)('%s', (_, status, allowed, intentions, expected) => {
    expect(
      submitHint({ status, allowed: [...allowed], intentions: Array.from({ length: intentions }, () => intention) }),
    ).toBe(expected);
  });
});
