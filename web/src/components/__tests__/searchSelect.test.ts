import { describe, expect, it } from 'vitest';
import { searchOptions } from '../SearchSelect';

describe('search select options', () => {
  it('put the current value first with its known label, then the found items, each once', () => {
    const known = new Map([[7, 'Domov Na Kopci']]);
    const found = [
      { value: 3, label: 'Charita Hradec' },
      { value: 7, label: 'Domov Na Kopci, z. ú.' },
    ];
    expect(searchOptions(7, known, found)).toEqual([
      { value: 7, label: 'Domov Na Kopci, z. ú.' },
      { value: 3, label: 'Charita Hradec' },
    ]);
  });

  it('keep the chosen value visible when the search no longer lists it', () => {
    expect(searchOptions(7, new Map([[7, 'Domov Na Kopci']]), [{ value: 3, label: 'Charita Hradec' }])).toEqual([
      { value: 7, label: 'Domov Na Kopci' },
      { value: 3, label: 'Charita Hradec' },
    ]);
  });

  it('list only the found items when no value is chosen or its label is unknown', () => {
    expect(searchOptions(undefined, new Map([[7, 'x']]), [{ value: 3, label: 'a' }])).toEqual([
      { value: 3, label: 'a' },
    ]);
    expect(searchOptions(9, new Map(), [])).toEqual([]);
  });
});
