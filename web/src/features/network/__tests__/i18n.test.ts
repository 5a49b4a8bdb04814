// The network cards texts: the same keys and placeholders in both languages, no empty text, Czech with diacritics,
// every code the server sends translated, the coverage part's texts merged beside them, and every literal
// t('network.…') key the part uses exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../i18n/messages';
import { flatten, sources } from '../../../test/messages';
import { cs, en, messages } from '../i18n';
import {
  CHANGES,
  COMMENT_STATUSES,
  MEETING_STATUSES,
  TEXT_PARTS,
  VERSION_STATUSES,
  WORKFLOW_ACTIONS,
} from '../network';

const csFlat = flatten(cs);
const enFlat = flatten(en);
const all = flatten(messagesOf('cs'));

describe('network texts', () => {
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
    expect(csFlat['tabs.cards']).toBe('Karty služeb');
    expect(csFlat['versionStatus.comments']).toBe('V připomínkách');
    expect(csFlat['commentStatus.rejected']).toBe('Neakceptována');
    expect(csFlat['part.partners_not_expect']).toBe('Co nemohou očekávat spolupracující subjekty');
    expect(csFlat['comments.reasonRequired']).toBe(
      'U neakceptované nebo částečně akceptované připomínky uveďte odůvodnění.',
    );
    expect(enFlat['workflow.send']).toBe('Send for comments');
  });

  it('name every code the server sends', () => {
    const groups: [string, readonly string[]][] = [
      ['versionStatus', VERSION_STATUSES],
      ['commentStatus', COMMENT_STATUSES],
      ['meetingStatus', MEETING_STATUSES],
      ['change', CHANGES],
      ['part', TEXT_PARTS],
      ['workflow', WORKFLOW_ACTIONS],
    ];
    for (const [group, codes] of groups)
      for (const c of codes) {
        expect(csFlat[`${group}.${c}`], `${group}.${c}`).toBeTruthy();
        expect(enFlat[`${group}.${c}`], `${group}.${c}`).toBeTruthy();
      }
  });

  it('are mounted with the coverage part beside them and contain every literal key the part uses', () => {
    expect(Object.keys(messages.cs)[0]).toBe('network');
    expect(all['network.tabs.cards']).toBe('Karty služeb');
    const missing: string[] = [];
    for (const file of sources(join(__dirname, '..'), ['coverage'])) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z_]+(?:\.[a-zA-Z_]+)+)'/g))
        if (!(m[1] in all)) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/\blabelKey:\s*'([a-zA-Z_]+(?:\.[a-zA-Z_]+)+)'/g))
        if (!(m[1] in all)) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/\bt\(\s*`(network(?:\.[a-zA-Z_]+)+)\.\$\{/g))
        if (!Object.keys(all).some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${file}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });
});
