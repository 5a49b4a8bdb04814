import { describe, expect, it } from 'vitest';
import { practiceIndicatorNames } from '../goodPracticeFilters';

describe('practiceIndicatorNames', () => {
  it('names an indicator linked in two rounds once (the list showed "Náklady na lůžkoden" twice)', () => {
    expect(
      practiceIndicatorNames([
        { indicator_id: 1, indicator_name: 'Náklady na lůžkoden' },
        { indicator_id: 1, indicator_name: 'Náklady na lůžkoden' },
        { indicator_id: 4, indicator_name: 'Obložnost' },
        { indicator_id: null, indicator_name: '' },
      ]),
    ).toEqual(['Náklady na lůžkoden', 'Obložnost']);
  });
});
