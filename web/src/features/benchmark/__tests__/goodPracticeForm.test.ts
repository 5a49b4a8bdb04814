import { describe, expect, it } from 'vitest';
import type { GoodPractice } from '../types';
import { newPracticeForm, practiceInput, practiceToForm } from '../goodPracticeForm';

const practice: GoodPractice = {
  id: 3,
  author_org_id: 26,
  author_org_name: 'Charita Kladské pomezí',
  title: 'Noční služby bez přesčasů',
  summary: 'Krátce',
  body: 'Dlouze',
  kinds: ['13'],
  created_at: '',
  updated_at: '',
  can_edit: true,
  links: [
    {
      service_id: 81,
      service_name: 'Domov U Studánky',
      indicator_id: 2,
      indicator_code: 'cost',
      indicator_name: 'Náklady',
      round_id: 1,
      round_name: 'Sběr 2025',
      value: 1500,
      note: 'nejnižší náklady',
      round_readable: true,
    },
  ],
};

describe('good-practice form', () => {
  it('round-trips a record', () => {
    expect(practiceInput(practiceToForm(practice))).toEqual({
      title: 'Noční služby bez přesčasů',
      summary: 'Krátce',
      body: 'Dlouze',
      kinds: ['13'],
      links: [{ service_id: 81, round_id: 1, indicator_id: 2, note: 'nejnižší náklady' }],
    });
  });
  it('starts a new record from the comparison page link', () => {
    expect(newPracticeForm('?service=81&round=1&indicator=2').links).toEqual([
      { service_id: 81, round_id: 1, indicator_id: 2, note: '' },
    ]);
    expect(newPracticeForm('').links).toEqual([]);
  });
  it('drops empty links and an indicator without its round', () => {
    const body = practiceInput({ title: ' T ', links: [{ note: 'x' }, { service_id: 5, indicator_id: 9, note: ' ' }] });
    expect(body.title).toBe('T');
    expect(body.links).toEqual([{ service_id: 5, round_id: null, indicator_id: null, note: '' }]);
  });
});
