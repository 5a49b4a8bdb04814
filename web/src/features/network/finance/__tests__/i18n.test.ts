// The development plans and financing texts: the same keys and placeholders in both languages, Czech with
// diacritics, every code the server sends named, mounted under `networkFinance`, and every key the part's files
// use (t('networkFinance.…') and the pages' k('…') helpers) exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../../i18n/messages';
import { flatten, missingKeys, parityProblems, sources, unnamedCodes } from '../../../../test/messages';
import { cs, en, financeMessages } from '../i18n';
import {
  CHANGE_WHATS,
  COST_CATEGORIES,
  DEV_DECISIONS,
  DEV_STATUSES,
  FIN_SOURCES,
  FIN_UNITS,
  INTENTION_TYPES,
} from '../finance';
import { FINANCE_TABS } from '..';

const csFlat = flatten(cs);
const enFlat = flatten(en);

describe('network finance texts', () => {
  it('have the same keys, placeholders and no empty text', () => {
    expect(parityProblems(csFlat, enFlat)).toEqual([]);
  });

  it('are Czech with diacritics', () => {
    expect(csFlat['tabs.devPlans']).toBe('Rozvojové plány');
    expect(csFlat['decision.partly']).toBe('Podpořit částečně');
    expect(csFlat['fin.source.state_subsidy']).toBe('Státní dotace přes kraj');
    expect(csFlat['fin.unit.bed_day']).toBe('lůžkoden');
    expect(csFlat['models.compensation']).toBe('Vyrovnávací platba na jednotku');
    expect(enFlat['lines.granted']).toBe('Granted');
  });

  it('name every code the server sends', () => {
    const groups: [string, readonly string[]][] = [
      ['status', DEV_STATUSES],
      ['decision', DEV_DECISIONS],
      ['intentionType', INTENTION_TYPES],
      ['costCategory', COST_CATEGORIES],
      ['fin.source', FIN_SOURCES],
      ['fin.unit', FIN_UNITS],
      ['fin.what', CHANGE_WHATS],
      ['evidenceKind', ['none', 'coverage', 'benchmark', 'audit']],
    ];
    expect(unnamedCodes([csFlat, enFlat], groups)).toEqual([]);
  });

  it('are mounted under networkFinance and contain every key the part uses', () => {
    expect(Object.keys(financeMessages.cs)).toEqual(['networkFinance']);
    const all = flatten(messagesOf('cs'));
    expect(all['networkFinance.tabs.finance']).toBe('Financování');
    for (const tab of FINANCE_TABS) expect(all[tab.labelKey], tab.labelKey).toBeTruthy();
    const missing = missingKeys(join(__dirname, '..'), all);
    for (const file of sources(join(__dirname, '..'))) {
      const text = readFileSync(file, 'utf8');
      // const k = (key) => t(`networkFinance.<part>.${key}`): every k('…') of the file is a key of that part.
      const helper = /const k = \([^)]*\) => t\(`(networkFinance\.[a-zA-Z]+)\.\$\{key\}`/.exec(text);
      if (helper)
        for (const m of text.matchAll(/\bk\(\s*'([a-zA-Z_]+)'/g))
          if (!(`${helper[1]}.${m[1]}` in all)) missing.push(`${file}: ${helper[1]}.${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
