import { describe, expect, it } from 'vitest';
import {
  editorFromSet,
  editorProblems,
  editorToInput,
  nextLetter,
  nextValidFrom,
  type EditorState,
} from '../setEditor';
import type { QSet } from '../types';

const set: QSet = {
  set: {
    id: 1,
    code: 'X',
    version: 1,
    name: 'X',
    kind: 'custom',
    description: '',
    source_act: '',
    valid_from: '2026-01-01',
    valid_to: '',
    owner_org_id: 5,
    owner_name: 'Kraj',
    standards: 1,
    criteria: 2,
    criteria_missing_text: 1,
    latest: true,
    can_edit: true,
    change_note: '',
    created_at: '',
  },
  standards: [
    {
      id: 10,
      number: 1,
      name_cs: 'Cíle',
      part: '',
      name_verified: true,
      criteria: [
        {
          id: 100,
          standard: 1,
          letter: 'b',
          code: '1b',
          essential: 'no',
          text_cs: '',
          source: '',
          note: '',
          valid_from: '',
          valid_to: '',
        },
        {
          id: 101,
          standard: 1,
          letter: 'a',
          code: '1a',
          essential: 'yes',
          text_cs: ' Text ',
          source: 'v',
          note: '',
          valid_from: '',
          valid_to: '',
        },
      ],
    },
  ],
  versions: [],
};

describe('set editor', () => {
  it('reads a set and writes a version body sorted by standard and letter', () => {
    const state = editorFromSet(set);
    expect(state.criteria).toHaveLength(2);
    const body = editorToInput(state, { change_note: 'opraveno' });
    expect(body.change_note).toBe('opraveno');
    expect(body.standards).toEqual([{ number: 1, name_cs: 'Cíle', part: '' }]);
    expect(body.criteria.map((c) => c.letter)).toEqual(['a', 'b']);
    expect(body.criteria[0]).toEqual({
      standard: 1,
      letter: 'a',
      essential: 'yes',
      text_cs: 'Text',
      source: 'v',
      note: '',
    });
  });

  it('suggests the next free letter', () => {
    const state = editorFromSet(set);
    expect(nextLetter(state, 1)).toBe('c');
    expect(nextLetter(state, 2)).toBe('a');
  });

  it('finds duplicates, unknown standards and bad letters', () => {
    const state: EditorState = {
      standards: [
        { number: 1, name_cs: 'A' },
        { number: 1, name_cs: '' },
      ],
      criteria: [
        { key: 'k1', standard: 1, letter: 'a', essential: 'no', text_cs: '' },
        { key: 'k2', standard: 1, letter: 'a', essential: 'no', text_cs: '' },
        { key: 'k3', standard: 3, letter: 'A1', essential: 'no', text_cs: '' },
      ],
    };
    expect(editorProblems(state)).toEqual([
      { key: 's1', field: 'number', message: 'standardInvalid' },
      { key: 's1', field: 'name_cs', message: 'nameMissing' },
      { key: 'k2', field: 'letter', message: 'duplicate' },
      { key: 'k3', field: 'standard', message: 'unknownStandard' },
      { key: 'k3', field: 'letter', message: 'letterInvalid' },
    ]);
    expect(editorProblems(editorFromSet(set))).toEqual([]);
  });
});

describe('the start of a new version', () => {
  it.each([
    [[], '2026-11-24', '2026-11-24'],
    [[{ valid_from: '2007-01-01' }], '2026-11-24', '2026-11-24'],
    [[{ valid_from: '2026-11-24' }, { valid_from: '2007-01-01' }], '2026-11-24', '2026-11-25'],
    [[{ valid_from: '2026-12-31' }], '2026-11-24', '2027-01-01'],
  ])('%j on %s → %s', (versions, today, expected) => expect(nextValidFrom(versions, today)).toBe(expected));
});
