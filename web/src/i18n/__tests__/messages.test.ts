// Every visible string is translated: both languages have the same keys, no empty text, and every
// literal key used in the code exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_TABLES, messagesOf, SHARED_MESSAGES } from '../messages';
import { flatten, sources } from '../../test/messages';

const cs = messagesOf('cs');
const en = messagesOf('en');

const csFlat = flatten(cs);
const enFlat = flatten(en);

describe('messages', () => {
  it('come from tables whose top-level keys do not clash (app-wide and each feature own theirs)', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    const tables = [{ id: 'shared', messages: SHARED_MESSAGES }, ...FEATURE_TABLES];
    for (const { id, messages } of tables) {
      for (const lang of ['cs', 'en'] as const) {
        expect(Object.keys(messages.en).sort(), id).toEqual(Object.keys(messages.cs).sort());
        if (lang === 'en') continue;
        for (const key of Object.keys(messages[lang])) {
          if (owners.has(key)) clashes.push(`${key}: ${owners.get(key)} and ${id}`);
          owners.set(key, id);
        }
      }
    }
    expect(clashes).toEqual([]);
    expect(owners.get('benchmark')).toBe('benchmark');
    expect(owners.get('qualityCare')).toBe('quality');
    expect(owners.get('nav')).toBe('shared');
  });

  it('have the same keys in Czech and English', () => {
    expect(Object.keys(enFlat).sort()).toEqual(Object.keys(csFlat).sort());
  });

  it('have no empty texts', () => {
    for (const [k, v] of [...Object.entries(csFlat), ...Object.entries(enFlat)]) expect(v.trim(), k).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const k of Object.keys(csFlat)) expect(vars(enFlat[k]), k).toEqual(vars(csFlat[k]));
  });

  it('are written in Czech with diacritics where Czech needs them', () => {
    expect(csFlat['login.wrongPassword']).toContain('přihlašovací');
    expect(csFlat['serviceDetail.secretAddress']).toBe('Utajená adresa');
    expect(csFlat['roles.readonly']).toBe('jen pro čtení');
    expect(csFlat['roles.admin']).toBe('administrátor');
  });

  it('contain every literal key used in the code', () => {
    const root = join(__dirname, '..', '..');
    const missing: string[] = [];
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z_]+(?:\.[a-zA-Z_]+)+)'/g))
        // a plural key (t(key, { count })) is in the table as its forms key_one, key_few, key_other
        if (!(m[1] in csFlat) && !(`${m[1]}_other` in csFlat)) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z_]+)\.\$\{/g))
        if (!Object.keys(csFlat).some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${file}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });
});
