// Titles of standard sets for choices and headings: the built-in sets by a short title in the UI
// language (never their code, e.g. "KOMUNITNI"); a set of a region or an audit body by its name.
const BUILTIN: Record<string, { cs: string; en: string }> = {
  SQSS: { cs: 'Standardy kvality sociálních služeb', en: 'Quality standards of social services' },
  OSPOD: {
    cs: 'Standardy kvality výkonu sociálně-právní ochrany dětí',
    en: 'Quality standards of social and legal protection of children',
  },
  KOMUNITNI: {
    cs: 'Kritéria komunitních služeb a transformace (MPSV)',
    en: 'Community-based services and transformation criteria (MPSV)',
  },
};

/** A set's title: the built-in title for a built-in code, else the set's name, else its code. */
export function setTitle(code: string, name: string | undefined, lang: string, builtin = true): string {
  const b = builtin ? BUILTIN[code] : undefined;
  if (b) return lang === 'en' ? b.en : b.cs;
  return name?.trim() || code;
}

/** Choices of sets by code (the overview's columns): one per code, titled, in title order. */
export function setCodeOptions(
  sets: readonly { code: string; name: string; kind: string; latest?: boolean }[],
  lang: string,
) {
  const byCode = new Map<string, { value: string; label: string }>();
  for (const s of sets) {
    if (byCode.has(s.code) && !s.latest) continue;
    byCode.set(s.code, { value: s.code, label: setTitle(s.code, s.name, lang, s.kind === 'builtin') });
  }
  return [...byCode.values()].sort((a, b) => a.label.localeCompare(b.label, lang === 'en' ? 'en' : 'cs'));
}

/** A scoring scale's name in the UI language (the Czech one where it has no English name). */
export function scaleName(scale: { name_cs: string; name_en?: string | null }, lang: string): string {
  return lang === 'en' && scale.name_en?.trim() ? scale.name_en : scale.name_cs;
}
