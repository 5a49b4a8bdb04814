// The module's texts: the same keys and placeholders in both languages, no empty text, and every
// literal t('quality.…') key used in the module's code exists (they are mounted under `quality`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../i18n/messages';
import { cs, en } from '../i18n';
import { flatten, sources } from '../../../test/messages';

const csFlat = flatten(cs);
const enFlat = flatten(en);
const all = flatten(messagesOf('cs'));

describe('quality texts', () => {
  it('have the same keys, placeholders and no empty text', () => {
    expect(Object.keys(enFlat).sort()).toEqual(Object.keys(csFlat).sort());
    const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const k of Object.keys(csFlat)) {
      expect(csFlat[k].trim(), k).not.toBe('');
      expect(enFlat[k].trim(), k).not.toBe('');
      expect(vars(enFlat[k]), k).toEqual(vars(csFlat[k]));
    }
  });

  it('are Czech with diacritics', () => {
    expect(csFlat['verdict.fail']).toBe('Nevyhovuje');
    expect(csFlat['verdict.incomplete']).toBe('Neúplné');
    expect(csFlat['save.retrying']).toBe('Neuloženo — zkusím znovu');
    expect(csFlat['essential.yes']).toBe('zásadní');
    expect(csFlat['actionStatus.verified']).toBe('Ověřeno');
  });

  it('contain every literal key the module uses', () => {
    const missing: string[] = [];
    for (const file of sources(join(__dirname, '..'), ['care'])) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z_]+(?:\.[a-zA-Z_]+)+)'/g))
        if (!(m[1] in all)) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/\bt\(\s*`(quality(?:\.[a-zA-Z_]+)+)\.\$\{/g))
        if (!Object.keys(all).some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${file}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });
});

describe('not applicable is not "not scored"', () => {
  it('calls a criterion that does not apply "nevztahuje se", leaving "nehodnoceno" to the ones still to score', () => {
    expect(csFlat['results.notApplicable']).toBe('Nevztahuje se');
    expect(csFlat['results.notApplicable']).not.toMatch(/hodnocen/i);
    expect(csFlat['detail.closeUnscored']).toMatch(/Nehodnocená/);
  });
});
