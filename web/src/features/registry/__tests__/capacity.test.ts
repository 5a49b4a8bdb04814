import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { cs } from '../i18n';
import { capacityText, capacityUnitKey } from '../capacity';

// A t() over the Czech messages, enough for these keys.
const t = ((key: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], cs)) as unknown as TFunction;

describe('capacity', () => {
  it('picks the Czech plural form for the count', () => {
    expect(capacityText(t, 1, 'luzka', 'cs')).toBe('1 lůžko');
    expect(capacityText(t, 3, 'luzka', 'cs')).toBe('3 lůžka');
    expect(capacityText(t, 29, 'luzka', 'cs')).toBe('29 lůžek');
    expect(capacityText(t, 18, 'klient', 'cs')).toBe('18 klientů');
    expect(capacityText(t, 2, 'klient', 'cs')).toBe('2 klienti');
    expect(capacityText(t, 0, 'kontakt', 'cs')).toBe('0 kontaktů');
  });
  it('uses English plural keys in English', () => {
    expect(capacityUnitKey('luzka', 1, 'en')).toBe('capacityUnit.luzka.one');
    expect(capacityUnitKey('luzka', 3, 'en')).toBe('capacityUnit.luzka.other');
  });
  it('shows an unknown unit as it came, and a dash without a count', () => {
    expect(capacityText(t, 5, 'mist', 'cs')).toBe('5 mist');
    expect(capacityText(t, 5, '', 'cs')).toBe('5');
    expect(capacityText(t, null, 'luzka', 'cs')).toBe('—');
  });
});
