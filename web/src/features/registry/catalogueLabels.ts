// Names from the catalogues in the UI language, and lookups by code.
import type { CatalogueEntry, Catalogues, ServiceKind } from './types';

export interface Named {
  code: string;
  name_cs: string;
  name_en: string;
}

/** A name as a label shows it: the catalogues' English names are lower case ("home care service"). */
export function capitalised(name: string): string {
  return name ? name.charAt(0).toLocaleUpperCase() + name.slice(1) : name;
}

export function localName(item: Named | undefined, lang: string): string | undefined {
  if (!item) return undefined;
  return lang === 'en' ? capitalised(item.name_en) || item.name_cs : item.name_cs || capitalised(item.name_en);
}

/** "§49 Domovy pro seniory" (paragraph first, as Czech practice cites it). */
export function kindLabel(kind: ServiceKind | undefined, lang: string, fallback = ''): string {
  if (!kind) return fallback;
  const name = localName(kind, lang) ?? fallback;
  return kind.paragraph ? `${kind.paragraph} ${name}` : name;
}

export function indexByCode<T extends { code: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((i) => [i.code, i]));
}

export interface CatalogueIndex {
  kinds: Map<string, ServiceKind>;
  /** ORP territories; parent_code is the region's code. */
  territories: Map<string, CatalogueEntry>;
  regions: Map<string, CatalogueEntry>;
  targetGroups: Map<string, CatalogueEntry>;
  capacityTypes: Map<string, CatalogueEntry>;
  forms: Map<string, CatalogueEntry>;
}

/** The name of a code in a catalogue, in the UI language; the code itself when unknown. */
export function nameOf(map: Map<string, Named>, code: string, lang: string): string {
  return localName(map.get(code), lang) ?? code;
}

export function indexCatalogues(c: Catalogues | undefined): CatalogueIndex {
  return {
    kinds: indexByCode(c?.service_kinds),
    territories: indexByCode(c?.territories),
    regions: indexByCode(c?.regions),
    targetGroups: indexByCode(c?.target_groups),
    capacityTypes: indexByCode(c?.capacity_types),
    forms: indexByCode(c?.forms),
  };
}

export interface SelectOption {
  value: string;
  label: string;
}

/** Kinds sorted by paragraph number (§37, §39, …, §60, §60a, §61, …), unknown paragraphs last. */
export function kindOptions(kinds: readonly ServiceKind[] | undefined, lang: string): SelectOption[] {
  const num = (k: ServiceKind) => {
    const m = /(\d+)([a-z]?)/.exec(k.paragraph ?? '');
    return m ? Number(m[1]) * 100 + (m[2] ? m[2].charCodeAt(0) - 96 : 0) : Number.MAX_SAFE_INTEGER;
  };
  return [...(kinds ?? [])]
    .sort((a, b) => num(a) - num(b) || a.code.localeCompare(b.code))
    .map((k) => ({ value: k.code, label: kindLabel(k, lang, k.code) }));
}

export function namedOptions(items: readonly Named[] | undefined, lang: string): SelectOption[] {
  return [...(items ?? [])]
    .map((i) => ({ value: i.code, label: localName(i, lang) ?? i.code }))
    .sort((a, b) => a.label.localeCompare(b.label, 'cs'));
}

export function territoryOptions(
  territories: readonly CatalogueEntry[] | undefined,
  region: string | undefined,
  lang: string,
): SelectOption[] {
  return (territories ?? [])
    .filter((t) => !region || t.parent_code === region)
    .map((t) => ({ value: t.code, label: localName(t, lang) ?? t.code }))
    .sort((a, b) => a.label.localeCompare(b.label, 'cs'));
}
