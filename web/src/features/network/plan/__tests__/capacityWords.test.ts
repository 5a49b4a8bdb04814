import { afterAll, describe, expect, it } from 'vitest';
import i18n from '../../../../i18n';
import { capacityWords } from '../components/common';

describe('a capacity in words', () => {
  afterAll(() => i18n.changeLanguage('cs'));
  it('puts the unit in the plural the number needs, in Czech and in English', async () => {
    await i18n.changeLanguage('cs');
    const t = i18n.t.bind(i18n) as (k: string, o?: Record<string, unknown>) => string;
    expect(capacityWords(t, 1, 'luzka', 'lůžka')).toBe('1 lůžko');
    expect(capacityWords(t, 3, 'klient', 'klienti')).toBe('3 klienti');
    expect(capacityWords(t, 931, 'klient', 'klienti')).toBe('931 klientů');
    expect(capacityWords(t, 2.5, 'hodiny', 'hodiny')).toBe('2,5 hodiny');
    expect(capacityWords(t, 12, 'jine', 'jiná jednotka')).toBe('12 jiná jednotka');
    await i18n.changeLanguage('en');
    expect(capacityWords(t, 1, 'luzka', 'beds')).toBe('1 bed');
    expect(capacityWords(t, 176, 'klient', 'clients')).toBe('176 clients');
  });
});
