// Plural forms as the language needs them: Czech has one (1), few (2–4), many (decimals) and other (0, 5+).

export type PluralCategory = 'one' | 'few' | 'many' | 'other';

const rules = new Map<string, Intl.PluralRules>();

export function pluralCategory(count: number, lang: string): PluralCategory {
  const l = lang === 'en' ? 'en' : 'cs';
  let r = rules.get(l);
  if (!r) {
    r = new Intl.PluralRules(l);
    rules.set(l, r);
  }
  const c = r.select(count);
  return c === 'one' || c === 'few' || c === 'many' ? c : 'other';
}
