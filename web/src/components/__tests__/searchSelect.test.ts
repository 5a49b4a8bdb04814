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

  it('while the user types, list the matches first and the current value last, so Enter picks a match', () => {
    const known = new Map([[1, 'Charita Kladské pomezí']]);
    const found = [
      { value: 5, label: 'Domov Na Kopečku' },
      { value: 6, label: 'Domov Na Stráni' },
    ];
    expect(searchOptions(1, known, found, true)).toEqual([
      { value: 5, label: 'Domov Na Kopečku' },
      { value: 6, label: 'Domov Na Stráni' },
      { value: 1, label: 'Charita Kladské pomezí' },
    ]);
    expect(searchOptions(5, new Map([[5, 'Domov Na Kopečku']]), found, true)).toEqual(found);
  });
});
