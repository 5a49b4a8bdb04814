// The planning texts: the same keys and placeholders in both languages, no empty text, Czech with diacritics,
// every state/level/source/RBA/kind translated, and every literal t('planning.…') key the module uses exists.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../i18n/messages';
import { cs, en } from '../i18n';
import { COUNT_OF, GAS_LEVELS, RBA, SOURCES, gasLevelKey } from '../planning';
import { flatten, missingKeys, parityProblems } from '../../../test/messages';

const csFlat = flatten(cs);
const enFlat = flatten(en);
const all = flatten(messagesOf('cs'));

describe('planning texts', () => {
  it('have the same keys, placeholders and no empty text', () => {
    expect(parityProblems(csFlat, enFlat)).toEqual([]);
  });

  it('are Czech with diacritics', () => {
    expect(csFlat['outcome.suppressed']).toBe('méně než 5 klientů');
    expect(csFlat['due.myReviews']).toBe('Moje revize');
    expect(csFlat['goalState.partly_met']).toBe('Částečně splněn');
    expect(csFlat['rba.better_off']).toBe('Je na tom někdo lépe');
    expect(csFlat['level.strategic']).toBe('Strategický cíl');
    expect(csFlat['gasLevel.zero']).toBe('Očekávaný výsledek');
    expect(enFlat['outcome.suppressed']).toBe('fewer than 5 clients');
  });

  it('name every code the server sends', () => {
    for (const s of SOURCES) expect(csFlat[`source.${s}`], s).toBeTruthy();
    for (const r of RBA) expect(csFlat[`rba.${r}`], r).toBeTruthy();
    for (const c of COUNT_OF) expect(csFlat[`countOf.${c}`], c).toBeTruthy();
    for (const l of GAS_LEVELS) expect(csFlat[`gasLevel.${gasLevelKey(l)}`], String(l)).toBeTruthy();
    for (const s of ['active', 'met', 'partly_met', 'not_met', 'dropped'])
      expect(csFlat[`goalState.${s}`]).toBeTruthy();
    for (const s of ['carry_over', 'revise', 'drop']) expect(csFlat[`carry.${s}`]).toBeTruthy();
    for (const s of ['draft', 'active', 'closed', 'open']) expect(csFlat[`planState.${s}`]).toBeTruthy();
    for (const s of ['worker', 'client', 'partner', 'other']) expect(csFlat[`participantKind.${s}`]).toBeTruthy();
    for (const s of ['due_soon', 'overdue']) expect(csFlat[`dueState.${s}`]).toBeTruthy();
    for (const s of ['active', 'ended', 'erased']) expect(csFlat[`clientState.${s}`]).toBeTruthy();
    for (const s of ['staff', 'granted']) expect(csFlat[`staffKind.${s}`]).toBeTruthy();
  });

  it('contain every literal key the module uses', () => {
    expect(missingKeys(join(__dirname, '..'), all)).toEqual([]);
  });
});
