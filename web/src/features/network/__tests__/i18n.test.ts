// The network cards texts: the same keys and placeholders in both languages, no empty text, Czech with diacritics,
// every code the server sends translated, the coverage part's texts merged beside them, and every literal
// t('network.…') key the part uses exists.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../i18n/messages';
import { flatten, missingKeys, parityProblems, unnamedCodes } from '../../../test/messages';
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
    expect(parityProblems(csFlat, enFlat)).toEqual([]);
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
    expect(unnamedCodes([csFlat, enFlat], groups)).toEqual([]);
  });

  it('are mounted with the coverage part beside them and contain every literal key the part uses', () => {
    expect(Object.keys(messages.cs)[0]).toBe('network');
    expect(all['network.tabs.cards']).toBe('Karty služeb');
    expect(missingKeys(join(__dirname, '..'), all, { skip: ['coverage'] })).toEqual([]);
  });
});
