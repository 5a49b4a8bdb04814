// The module's texts: the same keys and placeholders in both languages, no empty text, and every
// literal t('quality.…') key used in the module's code exists (they are mounted under `quality`).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../i18n/messages';
import { cs, en } from '../i18n';
import { flatten, missingKeys, parityProblems } from '../../../test/messages';

const csFlat = flatten(cs);
const enFlat = flatten(en);
const all = flatten(messagesOf('cs'));

describe('quality texts', () => {
  it('have the same keys, placeholders and no empty text', () => {
    expect(parityProblems(csFlat, enFlat)).toEqual([]);
  });

  it('are Czech with diacritics', () => {
    expect(csFlat['verdict.fail']).toBe('Nevyhovuje');
    expect(csFlat['verdict.incomplete']).toBe('Neúplné');
    expect(csFlat['save.retrying']).toBe('Neuloženo — zkusím znovu');
    expect(csFlat['essential.yes']).toBe('zásadní');
    expect(csFlat['actionStatus.verified']).toBe('Ověřeno');
  });

  it('contain every literal key the module uses', () => {
    expect(missingKeys(join(__dirname, '..'), all, { skip: ['care'] })).toEqual([]);
  });
});

describe('not applicable is not "not scored"', () => {
  it('calls a criterion that does not apply "nevztahuje se", leaving "nehodnoceno" to the ones still to score', () => {
    expect(csFlat['results.notApplicable']).toBe('Nevztahuje se');
    expect(csFlat['results.notApplicable']).not.toMatch(/hodnocen/i);
    expect(csFlat['detail.closeUnscored']).toMatch(/Nehodnocená/);
  });
});
