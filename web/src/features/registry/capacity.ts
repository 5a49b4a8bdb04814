// Capacity as text: the count with its unit in the right plural form ("29 lůžek", "3 klienti").
import type { TFunction } from 'i18next';
import { formatNumber, EMPTY } from '../../lib/format';
import { pluralCategory } from '../../lib/plural';

/** Capacity type codes of the registry with a translated unit (capacityUnit.<code>.<plural>). */
export const CAPACITY_UNITS = ['luzka', 'klient', 'kontakt', 'interv', 'hovor'] as const;

/** The message key of the unit for a count, or null for a code without a translation. */
export function capacityUnitKey(code: string, count: number, lang: string): string | null {
  if (!(CAPACITY_UNITS as readonly string[]).includes(code)) return null;
  return `capacityUnit.${code}.${pluralCategory(count, lang)}`;
}

/** The unit word for a count; an unknown code is shown as it came. */
export function capacityUnit(t: TFunction, code: string, count: number, lang: string): string {
  const key = capacityUnitKey(code, count, lang);
  return key ? t(key) : code;
}

export function capacityText(t: TFunction, count: number | null | undefined, code: string, lang: string): string {
  if (count === null || count === undefined) return EMPTY;
  return code ? `${formatNumber(count)} ${capacityUnit(t, code, count, lang)}` : formatNumber(count);
}
