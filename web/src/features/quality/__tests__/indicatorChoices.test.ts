import { describe, expect, it } from 'vitest';
import { choiceMatches, choiceValue, indicatorChoiceOptions, parseChoiceValue } from '../indicatorChoices';
import type { QIndicatorChoice } from '../types';

const choice = (
  group_id: number,
  group_name: string,
  code: string,
  name_cs: string,
  name_en = '',
  unit = '',
): QIndicatorChoice => ({
  group_id,
  group_name,
  code,
  name_cs,
  name_en,
  unit,
});

const choices = [
  choice(
    1,
    'Pobytové služby',
    'refused_per_100_beds',
    'Odmítnutí zájemci na 100 lůžek',
    'Refused applicants per 100 beds',
  ),
  choice(1, 'Pobytové služby', 'cost_per_bed_day', 'Náklady na lůžkoden', '', 'Kč'),
  choice(2, 'Pečovatelská služba', 'cost_per_client', 'Náklady na klienta', 'Cost per client', 'Kč'),
];

describe('linking an action to an indicator', () => {
  it('offers the indicators by name, grouped by working group', () => {
    const groups = indicatorChoiceOptions(choices, 'cs');
    expect(groups.map((g) => g.label)).toEqual(['Pobytové služby', 'Pečovatelská služba']);
    expect(groups[0].options).toEqual([
      { value: '1:refused_per_100_beds', label: 'Odmítnutí zájemci na 100 lůžek', code: 'refused_per_100_beds' },
      { value: '1:cost_per_bed_day', label: 'Náklady na lůžkoden (Kč)', code: 'cost_per_bed_day' },
    ]);
    // English names where there are some, Czech otherwise
    expect(indicatorChoiceOptions(choices, 'en')[0].options.map((o) => o.label)).toEqual([
      'Refused applicants per 100 beds',
      'Náklady na lůžkoden (Kč)',
    ]);
  });

  it('keeps the current link choosable when it is no longer offered', () => {
    const groups = indicatorChoiceOptions(choices.slice(2), 'cs', {
      bm_group_id: 1,
      bm_indicator_code: 'refused_per_100_beds',
      name: 'Odmítnutí zájemci na 100 lůžek',
      group_name: 'Pobytové služby',
    });
    expect(groups.map((g) => [g.label, g.options.map((o) => o.label)])).toEqual([
      ['Pečovatelská služba', ['Náklady na klienta (Kč)']],
      ['Pobytové služby', ['Odmítnutí zájemci na 100 lůžek']],
    ]);
    // an offered link is not repeated
    expect(
      indicatorChoiceOptions(choices, 'cs', { bm_group_id: 2, bm_indicator_code: 'cost_per_client' })[1].options,
    ).toHaveLength(1);
  });

  it('reads and writes the value of a choice', () => {
    expect(choiceValue({ bm_group_id: 7, bm_indicator_code: 'cost_per_client' })).toBe('7:cost_per_client');
    expect(parseChoiceValue('7:cost_per_client')).toEqual({ bm_group_id: 7, bm_indicator_code: 'cost_per_client' });
    expect(parseChoiceValue(undefined)).toBeNull();
    expect(parseChoiceValue('cost_per_client')).toBeNull();
  });

  it('searches by name without accents, by code and by group', () => {
    const o = { label: 'Odmítnutí zájemci na 100 lůžek', code: 'refused_per_100_beds' };
    expect(choiceMatches('odmitnuti', o)).toBe(true);
    expect(choiceMatches('LŮŽEK', o)).toBe(true);
    expect(choiceMatches('refused', o)).toBe(true);
    expect(choiceMatches('pobytové', o, 'Pobytové služby')).toBe(true);
    expect(choiceMatches('náklady', o)).toBe(false);
  });
});
