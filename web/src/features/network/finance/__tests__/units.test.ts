import { describe, expect, it } from 'vitest';
import { filterLines, unitsText } from '../units';
import type { FinLine } from '../types';

const line = (id: number, name: string, provider: string, kind: string): FinLine => ({
  service: { id, name, provider_name: provider, kind_name: kind } as FinLine['service'],
  year: 2026,
  capacity: 3,
  units: 3,
  unit: 'client',
  unit_name: 'klient',
  optimal: 1,
  difference_text: '',
  difference_reason: '',
  can_request: false,
  can_grant: true,
});

describe('unitsText', () => {
  it('words the units in the plural their count needs', () => {
    expect(unitsText(1, 'client', 'klient', 'cs')).toBe('1 klient');
    expect(unitsText(3, 'client', 'klient', 'cs')).toBe('3 klienti');
    expect(unitsText(24, 'client', 'klient', 'cs')).toBe('24 klientů');
    expect(unitsText(10585, 'bed_day', 'lůžkoden', 'cs')).toBe('10\u00a0585 lůžkodnů');
    expect(unitsText(2, 'hour', 'hodina', 'cs')).toBe('2 hodiny');
    expect(unitsText(1, 'hour', 'hour', 'en')).toBe('1 hour');
    expect(unitsText(40, 'contact', 'contact', 'en')).toBe('40 contacts');
  });
  it('keeps the name the API gave for a unit it does not know', () => {
    expect(unitsText(5, 'visit', 'návštěva', 'cs')).toBe('5 návštěva');
  });
});

describe('filterLines', () => {
  const items = [
    line(1, 'Občanská poradna Náchod', 'Charita Kladské pomezí', 'Sociální poradenství'),
    line(2, 'Domov U Studánky', 'Charita Kladské pomezí', 'Domovy pro seniory'),
    line(3, 'Denní stacionář Slunečnice', 'Centrum Slunečnice', 'Denní stacionáře'),
  ];
  it('finds a service by its name, provider or kind, without diacritics and case', () => {
    expect(filterLines(items, 'nachod').map((l) => l.service.id)).toEqual([1]);
    expect(filterLines(items, 'CHARITA').map((l) => l.service.id)).toEqual([1, 2]);
    expect(filterLines(items, 'stacionáře').map((l) => l.service.id)).toEqual([3]);
  });
  it('shows every line for an empty text', () => {
    expect(filterLines(items, '  ')).toHaveLength(3);
  });
});
