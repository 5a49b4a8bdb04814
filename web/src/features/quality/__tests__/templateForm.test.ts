import { describe, expect, it } from 'vitest';
import { CUSTOM_SCALE, formToTemplateInput, templateToForm } from '../templateForm';
import type { QScale, QTemplate } from '../types';

const metPartly: QScale = {
  code: 'met_partly',
  name_cs: 'Splněno / částečně',
  name_en: 'Met / partly',
  max_points: 2,
  levels: [
    { code: 'met', label_cs: 'splněno', label_en: 'met', points: 2 },
    { code: 'partly', label_cs: 'částečně splněno', label_en: 'partly met', points: 1 },
    { code: 'not_met', label_cs: 'nesplněno', label_en: 'not met', points: 0 },
    { code: 'na', label_cs: 'nehodnoceno', label_en: 'n/a', points: null },
  ],
};

describe('template form', () => {
  it('starts a new template with the first built-in scale', () => {
    const v = templateToForm(undefined, [metPartly]);
    expect(v.scale_code).toBe('met_partly');
    expect(v.levels).toHaveLength(4);
  });

  it('turns percentages into shares and keeps a built-in scale as is', () => {
    const body = formToTemplateInput(
      {
        name: ' Šablona ',
        set_id: 3,
        scale_code: 'met_partly',
        levels: [],
        essential_min_points: 2,
        min_share_percent: 75,
        min_share_per_standard_percent: null,
        weights: [
          { code: '2a', weight: 2 },
          { code: ' ', weight: 3 },
        ],
      },
      [metPartly],
      'Vlastní',
    );
    expect(body.name).toBe('Šablona');
    expect(body.scale?.code).toBe('met_partly');
    expect(body.scale?.levels[3].points).toBeNull();
    expect(body.pass_rule).toEqual({
      essential_min_points: 2,
      min_share: 0.75,
      min_share_per_standard: null,
      text: '',
    });
    expect(body.weights).toEqual([{ code: '2a', weight: 2 }]);
  });

  it('sends a custom scale with its levels and round-trips a template', () => {
    const body = formToTemplateInput(
      {
        name: 'X',
        scale_code: CUSTOM_SCALE,
        levels: [
          { code: 'a', label_cs: 'ano', points: 1 },
          { code: 'n', label_cs: 'ne', points: 0 },
        ],
        weights: [],
      },
      [metPartly],
      'Vlastní škála',
    );
    expect(body.scale).toEqual({
      code: 'custom',
      name_cs: 'Vlastní škála',
      name_en: 'Vlastní škála',
      max_points: 0,
      levels: [
        { code: 'a', label_cs: 'ano', label_en: 'ano', points: 1 },
        { code: 'n', label_cs: 'ne', label_en: 'ne', points: 0 },
      ],
    });
    const tpl = {
      id: 1,
      name: 'X',
      description: '',
      set_id: 3,
      set_code: 'SQSS',
      set_version: 1,
      set_name: '',
      owner_name: '',
      scale: { ...body.scale!, code: 'own' },
      pass_rule: { essential_min_points: null, min_share: 0.6, min_share_per_standard: 0.5, text: '' },
      weights: [],
      archived: false,
      can_edit: true,
      audits: 0,
    } as QTemplate;
    const v = templateToForm(tpl, [metPartly]);
    expect(v.scale_code).toBe(CUSTOM_SCALE);
    expect(v.min_share_percent).toBe(60);
    expect(v.min_share_per_standard_percent).toBe(50);
  });
});
