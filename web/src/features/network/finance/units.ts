// Subsidy lines as the lines page shows them: a number of financing units as a sentence words it ("3 klienti",
// "24 klientů", "10 585 lůžkodnů", "1 hour") and the lines a search text finds.
import { formatDecimal } from '../../../lib/format';
import { pluralCategory, type PluralCategory } from '../../../lib/plural';
import type { FinLine } from './types';

type Forms = Record<PluralCategory, string>;

const CS: Record<string, Forms> = {
  hour: { one: 'hodina', few: 'hodiny', many: 'hodiny', other: 'hodin' },
  bed_day: { one: 'lůžkoden', few: 'lůžkodny', many: 'lůžkodne', other: 'lůžkodnů' },
  client: { one: 'klient', few: 'klienti', many: 'klienta', other: 'klientů' },
  contact: { one: 'kontakt', few: 'kontakty', many: 'kontaktu', other: 'kontaktů' },
};

const EN: Record<string, Forms> = {
  hour: { one: 'hour', few: 'hours', many: 'hours', other: 'hours' },
  bed_day: { one: 'bed-day', few: 'bed-days', many: 'bed-days', other: 'bed-days' },
  client: { one: 'client', few: 'clients', many: 'clients', other: 'clients' },
  contact: { one: 'contact', few: 'contacts', many: 'contacts', other: 'contacts' },
};

/** The units with the unit's word in the plural their count needs; an unknown unit with the name the API gave. */
export function unitsText(units: number, unit: string, unitName: string, lang: string): string {
  const rounded = Math.round(units * 100) / 100;
  const forms = (lang === 'en' ? EN : CS)[unit];
  const word = forms ? forms[pluralCategory(rounded, lang)] : unitName;
  const number = formatDecimal(rounded, 2);
  return word ? `${number} ${word}` : number;
}

/** The lines whose service, provider or kind contains the text (any case, with or without diacritics). */
export function filterLines(items: readonly FinLine[], text: string): FinLine[] {
  const fold = (x: string) =>
    x
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const q = fold(text.trim());
  if (!q) return [...items];
  return items.filter((l) => fold(`${l.service.name} ${l.service.provider_name} ${l.service.kind_name}`).includes(q));
}
