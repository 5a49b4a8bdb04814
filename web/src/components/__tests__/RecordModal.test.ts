import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { fromForm, toForm, type Field } from '../RecordModal';

const fields: Field[] = [
  { name: 'title', label: 'Název' },
  { name: 'valid_from', label: 'Platí od', kind: 'date' },
  { name: 'kind', label: 'Druh', kind: 'select' },
  { name: 'active', label: 'Aktivní', kind: 'checkbox' },
];

describe('the shared record modal', () => {
  it('turns stored dates into pickers and back into ISO dates, trims texts and reads checkboxes', () => {
    const form = toForm(fields, { title: 'Plán', valid_from: '2026-03-01', kind: 'a' });
    expect(dayjs.isDayjs(form.valid_from)).toBe(true);
    expect(fromForm(fields, { ...form, title: '  Plán rozvoje  ' })).toEqual({
      title: 'Plán rozvoje',
      valid_from: '2026-03-01',
      kind: 'a',
      active: false,
    });
    expect(fromForm(fields, { title: undefined, valid_from: null }).valid_from).toBe('');
  });

  it('leaves a cleared select out, or sends it as null where the API clears with null', () => {
    expect(fromForm(fields, { title: 'x', kind: undefined })).not.toHaveProperty('kind', null);
    expect(fromForm(fields, { title: 'x', kind: undefined }, true)).toHaveProperty('kind', null);
  });
});
